// English words of `par list`, `par show` and `par agencies`: headers, roles, labels and messages.

export const listEn = {
  header: {
    id: "ID",
    /** An agency's id (Vietnamese "TT" is a row's ordinal number, not an id). */
    agencyId: "ID",
    area: "Area",
    letter: "Letter",
    task: "Task",
    lead: "Lead",
    support: "Support",
    deadline: "Deadline",
    due: "Due",
    milestone: "Milestone",
    role: "Role",
    via: "Via group",
    targets: "Targets",
    agency: "Agency",
    name: "Name",
    short: "Short name",
    kind: "Kind",
    leadDirect: "Lead (named)",
    leadTotal: "Lead (with groups)",
    supportDirect: "Support (named)",
    supportTotal: "Support (with groups)",
    groups: "Member of",
  },
  role: { lead: "lead", support: "support" } as Record<"lead" | "support", string>,
  via: (group: string) => `via ${group}`,
  ongoing: "ongoing (no due date)",
  milestoneOf: (label: string | undefined, index: number, of: number) => `${label ?? `milestone ${index}`} of ${of}`,
  count: (rows: number, tasks: number) =>
    rows === tasks ? (tasks === 1 ? "1 task." : `${tasks} tasks.`) : `${rows} due dates of ${tasks === 1 ? "1 task" : `${tasks} tasks`}.`,
  noRows: "No task matches.",
  forAgency: (name: string, id: string) => `Tasks of ${name} (${id})`,
  filters: {
    role: (r: string) => `as ${r}`,
    direct: "named directly",
    due: (from: string | undefined, to: string | undefined) => (from && to ? `due ${from}–${to}` : from ? `due from ${from}` : `due by ${to}`),
    includeOngoing: "with ongoing tasks",
    area: (n: number) => `area ${n}`,
    search: (t: string) => `text contains "${t}"`,
  },
  show: {
    bucket: "Status",
    reports: "Reports",
    asAt: (period: string, cutoff: string) => `${period}, at ${cutoff}`,
    area: "Area",
    task: "Task",
    items: "Items",
    lead: "Lead",
    support: "Support",
    deadline: "Deadline",
    due: "Due",
    amendments: "Amended",
    inForce: (date: string) => `in force at ${date}`,
    targets: "Targets",
    note: "Note",
    transcription: "Transcription",
    file: "File",
    members: (n: number) => (n === 1 ? "group of 1 member" : `group of ${n} members`),
    group: "group",
    noDue: "none: judged every reporting period",
    recurring: (periods: string, day: number) => `report by day ${day} of each ${periods}`,
    periods: { quarter: "quarter", "half-year": "half-year", "nine-months": "nine months", year: "year" } as Record<string, string>,
  },
  ics: {
    lead: "Lead",
    support: "Support",
    deadline: "Deadline as written",
    calendarName: (title: string) => title,
    alarm: (id: string, days: number, lead: string) => `Task ${id} falls due in ${days} day${days === 1 ? "" : "s"} (lead: ${lead})`,
  },
  kinds: {
    department: "department",
    office: "office",
    centre: "centre",
    association: "association",
    "tax-office": "tax office",
    district: "district",
    commune: "commune",
    organisation: "organisation",
    group: "group",
  } as Record<string, string>,
  agencies: {
    lead: "Lead",
    support: "Support",
    legend: "Lead, Support: tasks that name the agency, + tasks that name a group it belongs to.",
    count: (n: number) => `${n} agencies and groups.`,
  },
  lineage: {
    kinds: { renamed: "renamed", merged: "merged", split: "split", transferred: "functions transferred", dissolved: "ended" } as Record<string, string>,
    /** The role column of a task a successor inherits: "inherited from Sở Kế hoạch và Đầu tư, merged 2025". */
    inherited: (from: string, kind: string, year: string) => `inherited from ${from}, ${kind} ${year}`,
    unconfirmed: "date not confirmed",
    ended: (cmd: string, name: string, id: string, kind: string, date: string, unconfirmed: boolean, successors: string[]) =>
      `par ${cmd}: ${name} (${id}) ${kind} on ${date}${unconfirmed ? " (date not confirmed)" : ""}; ` +
      (successors.length ? `carried on by ${successors.join("; ")}.` : "no agency carries it on.") +
      " The tasks the plan gives it follow.",
    notYet: (cmd: string, name: string, id: string, asOf: string, date: string, unconfirmed: boolean) =>
      `par ${cmd}: ${name} (${id}) did not exist yet on ${asOf}: it starts on ${date}${unconfirmed ? " (date not confirmed)" : ""}.`,
    heading: "Lineage (outside the decision)",
    event: (date: string, unconfirmed: boolean, kind: string, from: string, to: string) =>
      `${date}${unconfirmed ? " (date not confirmed)" : ""}, ${kind}: ${from}${to ? ` → ${to}` : ""}`,
    source: (text: string) => `source: ${text}`,
    isNew: "new",
    column: "Lineage",
    endedShort: (kind: string, year: string) => `${kind} ${year}`,
    startedShort: (year: string) => `from ${year}`,
  },
  decision: {
    heading: "Duties under the decision's text (outside the appendix; one part: par show III.1)",
    assigned: "assigned",
    consolidates: "consolidates the reports",
    report: (what: string, periods: string, to: string, through: string | undefined) =>
      `reports ${periods} to ${to}${through ? ` through ${through}` : ""}: ${what}`,
    periods: { quarter: "quarterly", "half-year": "half-yearly", "nine-months": "nine-monthly", year: "yearly" } as Record<string, string>,
    part: "Part",
    agencies: "Assigned to (editorial)",
    section: "Section",
  },
  error: {
    binaryToTerminal: (cmd: string, format: string) =>
      `par ${cmd}: a ${format} file is binary and is not printed to a terminal. Redirect standard output to a file (par ${cmd} --format ${format} > file.${format}).`,
    noBinaryOutput: (cmd: string, format: string) => `par ${cmd}: this output cannot take a ${format} file's bytes.`,
    ambiguousAgency: (cmd: string, q: string, candidates: string[]) =>
      `par ${cmd}: "${q}" matches several agencies:\n${candidates.map((c) => `  ${c}`).join("\n")}\nType more of the name, or the id.`,
    unknownAgency: (cmd: string, q: string, suggestions: string[]) =>
      `par ${cmd}: no agency "${q}".` +
      (suggestions.length ? ` Did you mean:\n${suggestions.map((c) => `  ${c}`).join("\n")}\n` : "\n") +
      "`par agencies` lists every agency and group.",
    departmentNote: (cmd: string, q: string, group: string, id: string) =>
      `par ${cmd}: the plan names no agency "${q}"; it assigns the provincial departments through "${group}" (${id}). Its tasks follow: they are the department's too.`,
    badDate: (cmd: string, option: string, value: string) =>
      `par ${cmd}: ${option} takes a date as dd/mm/yyyy or yyyy-mm-dd (e.g. 31/10/2024), not "${value}".`,
    badPeriod: (cmd: string, value: string) =>
      `par ${cmd}: cannot read the period "${value}". Write a quarter (Q3, 2024-Q3, Quý III), a month (2024-10, 10/2024) or a year (2024).`,
    emptyRange: (cmd: string, from: string, to: string) => `par ${cmd}: the dates asked for leave nothing: from ${from} to ${to}.`,
    badArea: (cmd: string, value: string, areas: number[]) => `par ${cmd}: --area takes an area number of the plan (${areas.join(", ")}), not "${value}".`,
    needsAgency: (cmd: string, option: string) => `par ${cmd}: ${option} only applies with --agency.`,
    unknownTask: (cmd: string, id: string, near: string[]) =>
      `par ${cmd}: no task "${id}" in the plan.` + (near.length ? ` Tasks near it: ${near.join(", ")}.` : "") + " `par list --sort id` lists them all.",
    badFormat: (cmd: string, value: string, formats: readonly string[]) => `par ${cmd}: unknown format "${value}"; use one of ${formats.join(", ")}.`,
    unknownPart: (cmd: string, id: string, parts: string[]) => `par ${cmd}: the decision's text has no part "${id}". Parts: ${parts.join(", ")}.`,
  },
};

export type ListCatalogue = typeof listEn;
