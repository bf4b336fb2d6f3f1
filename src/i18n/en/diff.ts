// Words of `par diff` in English: headings and labels of the text and Markdown formats, and the command's errors.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const diffEn = {
  worktree: "working tree",
  index: "index",
  absent: "no plan",
  title: (from: string, to: string, plan: string) => `Plan changes in ${plan}: ${from} → ${to}`,
  noChanges: (from: string, to: string) => `No changes to the plan between ${from} and ${to}.`,
  planAbsent: (side: string) => `The plan does not exist at ${side}.`,
  summary: (c: { added: number; removed: number; renumbered: number; changed: number; agencies: number; meta: number }) =>
    [
      c.added ? plural(c.added, "task added", "tasks added") : "",
      c.removed ? plural(c.removed, "task removed", "tasks removed") : "",
      c.renumbered ? plural(c.renumbered, "task renumbered", "tasks renumbered") : "",
      c.changed ? plural(c.changed, "task changed", "tasks changed") : "",
      c.agencies ? plural(c.agencies, "agency change", "agency changes") : "",
      c.meta ? plural(c.meta, "plan detail changed", "plan details changed") : "",
    ]
      .filter(Boolean)
      .join(", "),
  withoutDecision: "deadline moved without a decision: no amendment recorded (amendments:) names the document that moved it",
  headings: {
    added: "Tasks added",
    removed: "Tasks removed",
    renumbered: "Tasks renumbered",
    changed: "Tasks changed",
    agencies: "Agency registry",
    meta: "Plan details",
  },
  fields: {
    text: "text",
    items: "items",
    deadline: "deadline",
    lead: "lead",
    support: "supporting",
    targets: "targets",
    note: "note",
    transcription: "transcription note",
    bullet: "bullet mark",
    name: "name",
    short: "short name",
    nameEn: "English name",
    kind: "kind",
    parent: "parent",
    members: "members",
    aliases: "aliases",
  },
  columns: {
    task: "Task",
    text: "Text",
    lead: "Lead",
    deadline: "Deadline",
    file: "File",
    agency: "Agency",
    name: "Name",
    kind: "Kind",
    field: "Detail",
    from: "Before",
    to: "After",
  },
  levels: { province: "province", district: "district", commune: "commune" },
  renumberedAs: (from: string, to: string) => `${from} → ${to}`,
  similarity: (pct: number) => `${pct}% alike`,
  added: "added",
  removed: "removed",
  none: "none",
  ongoing: "ongoing",
  noDueDate: "no due date",
  moved: (days: number) => (days === 0 ? "same due date" : days > 0 ? `${days} days later` : `${-days} days earlier`),
  membersOf: (n: number) => plural(n, "member", "members"),
  targetChanged: "changed",
  // Errors (exit 2).
  notRepo: (cwd: string) => `par diff: ${cwd} is not in a git repository. Run par diff inside the plan's repository (or pass --data with a folder inside one).`,
  noGit: "par diff: git was not found. Install git and make sure it is on PATH.",
  unknownRevision: (rev: string) =>
    `par diff: unknown revision "${rev}". Check the name with \`git log --oneline\`; a shallow clone may lack it: run \`git fetch --unshallow\` (in GitHub Actions: actions/checkout with fetch-depth: 0).`,
  unmerged: (path: string) => `par diff: the index has unresolved conflicts (${path}). Resolve them, or compare commits instead of --staged.`,
  gitFailed: (detail: string) => `par diff: git failed: ${detail}`,
  tooManyRevisions: "par diff: give at most two revisions (par diff [REV_A [REV_B]]).",
  stagedWithTwo: "par diff: --staged compares one revision (default HEAD) with the index; give at most one revision with it.",
  outsideRepo: (dir: string, root: string) => `par diff: the data folder ${dir} is outside the git repository ${root}. Pass --data with a folder inside it.`,
  noPlanAnywhere: (dir: string, from: string, to: string) =>
    `par diff: no plan in ${dir} at ${from} nor at ${to}. Pass --data (and --plan) to say where the plan is.`,
  planDoesNotLoad: (side: string) => `par diff: the plan at ${side} does not load (see above); fix it there, or compare other revisions.`,
};

export type DiffWords = typeof diffEn;
