// `par diff [REV_A [REV_B]]`: what changed in the plan between two git revisions, a revision and the index
// (--staged), or a revision and the working tree (the default: HEAD and the working tree).
// Each revision's data folder is read into memory (git ls-tree and one git cat-file --batch) and opened with the
// ordinary loader through a file source; nothing is written to disk.
import { existsSync, statSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import type { Diagnostic } from "../model/diagnostic";
import { diffDocument, diffWords, sideLabel } from "../format/build/diff";
import { formatChoices, renderOptions, textFormatter } from "./formats";
import { displayPath } from "../load/repo";
import { buildProgress, readProgressFiles } from "../load/progress";
import { mergeBase, readTree, relativeToRoot, repositoryRoot, resolveCommit, type GitSource } from "../load/git";
import { diffPlans, type DiffSide, type PlanSnapshot } from "../report/diff";
import { choosePlanDir, memorySource, openPlan, resolveDataDir, type FileSource } from "../workspace";
import { PlanProblemsError, UsageError } from "../workspace/errors";
import { EXIT, type CommandContext } from "./context";

export interface DiffOptions {
  staged?: boolean;
  cached?: boolean;
  format?: string;
  exitCode?: boolean;
}

/** Problems that mean a version of the plan cannot be read as a whole (a rule broken is no reason not to compare). */
function isBlocking(d: Diagnostic): boolean {
  return (
    d.severity === "error" &&
    (/^(io|encoding|yaml|format|schema)\//.test(d.code) || d.code === "plan/missing" || d.code === "plan/agencies-missing" || d.code === "plan/duplicate")
  );
}

/** One side of the comparison: its files, and where its data folder is in them. */
interface Side {
  info: DiffSide;
  source: FileSource;
  /** Put before a file's repository path in messages: "HEAD~1:", ":" for the index, "" for the working tree. */
  prefix: string;
  /** The data folder of this version (for a revision or the index: where it would be checked out). */
  dataDir: string;
}

/** "REV_A..REV_B" and "REV_A...REV_B" (from their merge base) in one argument, as git diff takes them. */
function splitRange(revs: string[]): { revs: string[]; mergeBase: boolean } {
  if (revs.length !== 1) return { revs, mergeBase: false };
  const m = /^(.*?)(\.\.\.?)(.*)$/.exec(revs[0]!);
  if (!m) return { revs, mergeBase: false };
  return { revs: [m[1] || "HEAD", m[3] || "HEAD"], mergeBase: m[2] === "..." };
}

function toSlash(p: string): string {
  return p.split(sep).join("/");
}

/** Run diff; returns the exit code (0 compared, 1 differs with --exit-code, 2 usage, git or plan failure). */
export function diffCommand(ctx: CommandContext, revisions: string[], opts: DiffOptions): number {
  const w = diffWords(ctx.lang);
  const format = textFormatter("diff", opts.format ?? "text");
  if (!format) throw new UsageError("text", [`par diff: unknown format "${opts.format}"; use one of ${formatChoices("diff").join(", ")}.`]);
  const staged = Boolean(opts.staged || opts.cached);
  const range = splitRange(revisions);
  if (range.revs.length > 2) throw new UsageError("diff.tooManyRevisions");
  if (staged && range.revs.length > 1) throw new UsageError("diff.stagedWithTwo");

  const env = ctx.io.env;
  const dataAbs = resolveDataDir(ctx.io.cwd, ctx.dataOption);
  // The repository is the one holding the data folder (or, when it is gone from the working tree, its parent).
  let probe = dataAbs;
  while (!existsSync(probe) && dirname(probe) !== probe) probe = dirname(probe);
  const root = repositoryRoot(statSync(probe).isDirectory() ? probe : dirname(probe), env);
  const rel = relativeToRoot(root, dataAbs);
  if (rel === undefined) throw new UsageError("diff.outsideRepo", [displayPath(dataAbs, ctx.io.cwd), root]);

  const fromRev = range.revs[0] ?? "HEAD";
  let fromCommit = resolveCommit(root, fromRev, env);
  const toRev = range.revs[1];
  const toCommit = toRev !== undefined ? resolveCommit(root, toRev, env) : undefined;
  let fromLabel = fromRev;
  if (range.mergeBase && toCommit) {
    fromCommit = mergeBase(root, fromCommit, toCommit, env);
    fromLabel = fromCommit.slice(0, 7);
  }

  const dataDir = rel === "" ? root : join(root, ...rel.split("/"));
  const fromGit = (git: GitSource, info: DiffSide, prefix: string): Side => ({
    info,
    source: memorySource(root, readTree(root, git, rel, env)),
    prefix,
    dataDir,
  });
  const from = fromGit({ kind: "commit", commit: fromCommit }, { kind: "revision", rev: fromLabel, commit: fromCommit, exists: false }, `${fromLabel}:`);
  const to: Side =
    toCommit !== undefined
      ? fromGit({ kind: "commit", commit: toCommit }, { kind: "revision", rev: toRev!, commit: toCommit, exists: false }, `${toRev}:`)
      : staged
        ? fromGit({ kind: "index" }, { kind: "index", exists: false }, ":")
        : { info: { kind: "worktree", exists: false }, source: ctx.source, prefix: "", dataDir };

  // Which plan: --plan by name, else the only one, else the one par would choose in the newer version.
  const plansOf = (s: Side) => (s.source.kind(s.dataDir) === "folder" ? s.source.planDirs(s.dataDir).map((d) => toSlash(relative(s.dataDir, d))) : []);
  const fromPlans = plansOf(from);
  const toPlans = plansOf(to);
  const all = [...new Set([...toPlans, ...fromPlans])].sort();
  let planRel: string;
  const dataShown = rel || ".";
  if (ctx.planOption) {
    const wanted = ctx.planOption;
    const hit = all.filter((p) => p === wanted || basename(p) === wanted || p.endsWith(`/${wanted}`));
    if (hit.length !== 1) throw new UsageError("ui.unknownPlan", [wanted, all.map((p) => basename(p) || dataShown)]);
    planRel = hit[0]!;
  } else if (all.length === 0) throw new UsageError("diff.noPlanAnywhere", [dataShown, sideLabel(from.info, w), sideLabel(to.info, w)]);
  else if (all.length === 1) planRel = all[0]!;
  else {
    const side = toPlans.length ? to : from;
    const list = toPlans.length ? toPlans : fromPlans;
    const chosen = choosePlanDir(
      side.source,
      list.map((p) => join(side.dataDir, p)),
      undefined,
    );
    planRel = toSlash(relative(side.dataDir, chosen));
  }

  const snapshots: PlanSnapshot[] = [];
  for (const side of [from, to]) {
    const planDir = join(side.dataDir, planRel);
    if (side.source.kind(join(planDir, "plan.yaml")) !== "file") {
      snapshots.push({ agencies: [], tasks: [] });
      continue;
    }
    side.info.exists = true;
    const opened = openPlan(side.source, planDir);
    const blocking = opened.diagnostics.filter(isBlocking);
    if (!opened.plan || blocking.length) {
      const shown = (blocking.length ? blocking : opened.diagnostics.filter((d) => d.severity === "error")).map((d) => ({ ...d, file: side.prefix + d.file }));
      throw new PlanProblemsError(shown, opened.files.length, new UsageError("diff.planDoesNotLoad", [sideLabel(side.info, w)]), EXIT.failure);
    }
    // Progress files too, so that a reviewer sees what an import or a hand edit changed (issue 14).
    const progress = buildProgress(readProgressFiles(opened.files, opened.dir, opened.plan.tasks)).entries;
    snapshots.push({ meta: opened.plan.meta, agencies: opened.plan.agencies, tasks: opened.plan.tasks, progress });
  }

  const plan = toSlash(join(rel, planRel)) || ".";
  const diff = diffPlans(snapshots[0]!, snapshots[1]!, { plan, from: from.info, to: to.info });
  ctx.io.stdout(format.render(diffDocument(diff, { lang: ctx.lang, profile: format.profile }), { ...renderOptions(ctx, format), color: ctx.color }));
  return opts.exitCode && diff.changed ? EXIT.problems : EXIT.ok;
}
