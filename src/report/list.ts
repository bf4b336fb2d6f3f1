// `par list` as data: which tasks (and which of their due dates) answer a question about agencies, dates, areas
// and words, in which order. No strings for display here: src/format/build/list.ts does that.
import type { Agency, DecisionPart, DecisionSection, LineageKind, Plan, PlanMeta, Task } from "../model/types";
import { assignmentsOf, buildRegistry, type Registry, type Role } from "../model/agencies";
import { endOf, inheritedAssignments, lastEventDate, registryAt, startOf, successorsAt, type LineageLink } from "../model/lineage";
import { dueDates, isOngoing, type DueDate } from "../model/deadline";
import { compareVi, fold, letterIndex } from "../model/vietnamese";
import { nearTaskIds, parseTaskId } from "../model/task-ids";

export const SORT_KEYS = ["deadline", "id", "agency"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** What `par list` was asked. Dates are ISO; both bounds are inclusive. */
export interface ListQuery {
  /** Id of the agency (or group) whose tasks to list. */
  agency?: string;
  role?: Role;
  /** Only tasks that name the agency itself, not a group it belongs to. */
  direct?: boolean;
  /** Due on or after this date. */
  from?: string;
  /** Due on or before this date. */
  to?: string;
  /** With a due-date filter, keep ongoing tasks (which have no due date) too. */
  includeOngoing?: boolean;
  area?: number;
  /** Words that must all appear in the task's text, ignoring case and diacritics. */
  search?: string;
  sort?: SortKey;
  /** The date (ISO) whose names are in force: lineage is followed up to it, and groups hold the members in force then.
   * Absent: every recorded event is followed, and groups hold every member they ever had. */
  asOf?: string;
  /** Only these task ids (par list --state); all when absent. */
  ids?: ReadonlySet<string>;
}

/** Where a successor's task comes from: the predecessor that passed into it, by which event. */
export interface Inheritance {
  from: string;
  kind: LineageKind;
  /** ISO date of the event (see `confirmed`). */
  date: string;
  confirmed: boolean;
}

/** How the listed agency takes part in a task: its role, and the group named in the task when not named itself. */
export interface AgencyRole {
  role: Role;
  via?: string;
  qualifier?: string;
  /** The task is the listed agency's by lineage: it was named for a predecessor. */
  inherited?: Inheritance;
}

/** Where the listed agency stands in the lineage at the list's date: ended (and who carries on), or not yet in force. */
export interface AgencyStanding {
  /** The event that ended it, on or before the date, and the agencies in force that carry on its functions. */
  ended?: { kind: LineageKind; date: string; confirmed: boolean; successors: LineageLink[] };
  /** The event that brings it into being, after the date. */
  notYet?: { date: string; confirmed: boolean };
}

/** One milestone of a task with several due dates; index is 1-based. */
export interface MilestoneRef {
  index: number;
  of: number;
  label?: string;
  date: string;
}

/** One row of the list: a task, or one of its milestones when a due-date filter picked it. */
export interface ListRow {
  task: Task;
  /** The due date this row stands for: the milestone's when the row is one, else the task's last; null when ongoing. */
  due: string | null;
  /** Every due date of the task, in order. */
  dueDates: DueDate[];
  milestone?: MilestoneRef;
  /** Only when the list is for one agency: its roles in the task (lead first). */
  roles?: AgencyRole[];
}

export interface ListReport {
  plan: PlanMeta;
  registry: Registry;
  /** The agency the list is for, when --agency was given. */
  agency?: Agency;
  /** The listed agency's place in the lineage at the list's date, when it has ended or is not yet in force. */
  standing?: AgencyStanding;
  query: ListQuery;
  rows: ListRow[];
}

/** True when the query filters on due dates. */
export function hasDueFilter(q: ListQuery): boolean {
  return q.from !== undefined || q.to !== undefined;
}

function inRange(date: string, q: ListQuery): boolean {
  return (q.from === undefined || date >= q.from) && (q.to === undefined || date <= q.to);
}

/** An ongoing task kept by --include-ongoing: one bound to a year ("Thường xuyên trong năm 2024") only when that year meets the range. */
function ongoingInRange(task: Task, q: ListQuery): boolean {
  if (task.deadline.kind !== "ongoing-year") return true;
  const y = task.deadline.year;
  return (q.to === undefined || `${y}-01-01` <= q.to) && (q.from === undefined || `${y}-12-31` >= q.from);
}

/** The words of a task that --search looks in: its text and its items. */
export function searchableText(task: Task): string {
  return [task.text ?? "", ...task.items].join("\n");
}

function matchesSearch(task: Task, search: string): boolean {
  const words = fold(search).split(" ").filter(Boolean);
  const hay = fold(searchableText(task));
  return words.every((w) => hay.includes(w));
}

/** Plan order: area, then letter in Vietnamese order, then milestone. */
export function compareById(a: ListRow, b: ListRow): number {
  return a.task.area - b.task.area || letterIndex(a.task.letter) - letterIndex(b.task.letter) || (a.milestone?.index ?? 0) - (b.milestone?.index ?? 0);
}

/** Earliest due date first; rows without one (ongoing) last; then plan order. */
export function compareByDeadline(a: ListRow, b: ListRow): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return compareById(a, b);
}

function leadName(task: Task, reg: Registry): string {
  const first = task.lead[0]?.agency;
  return first === undefined ? "" : (reg.byId.get(first)?.name ?? first);
}

/** Build the rows that answer a query. */
export function buildList(
  plan: Plan,
  query: ListQuery,
  registry: Registry = buildRegistry(query.asOf !== undefined ? registryAt(plan.agencies, query.asOf, plan.lineage) : plan.agencies),
): ListReport {
  const agency = query.agency !== undefined ? registry.byId.get(query.agency) : undefined;
  let roles: Map<Task, AgencyRole[]> | undefined;
  let standing: AgencyStanding | undefined;
  if (query.agency !== undefined) {
    roles = new Map();
    const date = query.asOf ?? lastEventDate(plan.lineage) ?? `${plan.meta.year}-12-31`;
    const add = (task: Task, r: AgencyRole) => {
      const list = roles!.get(task) ?? [];
      list.push(r);
      roles!.set(task, list);
    };
    for (const a of assignmentsOf(query.agency, plan, registry, { role: query.role, direct: query.direct })) {
      const r: AgencyRole = { role: a.role };
      if (a.via !== undefined) r.via = a.via;
      if (a.qualifier !== undefined) r.qualifier = a.qualifier;
      add(a.task, r);
    }
    for (const a of inheritedAssignments(query.agency, date, plan, registry, query.role ? { role: query.role } : {})) {
      const r: AgencyRole = { role: a.role, inherited: a.inherited };
      if (a.qualifier !== undefined) r.qualifier = a.qualifier;
      add(a.task, r);
    }
    // A task the agency leads by inheritance is not also one it supports through a group (as for a lead named directly).
    for (const [task, list] of roles) {
      if (!list.some((r) => r.inherited && r.role === "lead")) continue;
      const kept = list.filter((r) => !(r.role === "support" && r.via !== undefined)).sort((x, y) => (x.role === y.role ? 0 : x.role === "lead" ? -1 : 1));
      roles.set(task, kept);
    }
    // Only a date asked for (--as-of) makes a note: without it the list is the plan's, with what lineage adds to it.
    const end = query.asOf !== undefined ? endOf(query.agency, plan.lineage) : undefined;
    const start = query.asOf !== undefined ? startOf(query.agency, plan.lineage) : undefined;
    if (end && end.date <= date)
      standing = { ended: { kind: end.kind, date: end.date, confirmed: end.confirmed, successors: successorsAt(query.agency, date, plan.lineage) } };
    else if (start && start.date > date) standing = { notYet: { date: start.date, confirmed: start.confirmed } };
  }
  const byDue = hasDueFilter(query);
  const rows: ListRow[] = [];
  for (const task of plan.tasks) {
    if (query.area !== undefined && task.area !== query.area) continue;
    if (query.ids && !query.ids.has(task.id)) continue;
    if (query.search && !matchesSearch(task, query.search)) continue;
    const taskRoles = roles?.get(task);
    if (roles && !taskRoles) continue;
    const dates = dueDates(task.deadline);
    const base = (): ListRow => (taskRoles ? { task, due: null, dueDates: dates, roles: taskRoles } : { task, due: null, dueDates: dates });
    if (dates.length === 0 || isOngoing(task.deadline)) {
      if (byDue && !(query.includeOngoing && ongoingInRange(task, query))) continue;
      rows.push(base());
      continue;
    }
    if (!byDue) {
      rows.push({ ...base(), due: dates[dates.length - 1]!.date });
      continue;
    }
    dates.forEach((d, i) => {
      if (!inRange(d.date, query)) return;
      const row: ListRow = { ...base(), due: d.date };
      if (dates.length > 1)
        row.milestone =
          d.label !== undefined ? { index: i + 1, of: dates.length, label: d.label, date: d.date } : { index: i + 1, of: dates.length, date: d.date };
      rows.push(row);
    });
  }
  const sort = query.sort ?? "deadline";
  if (sort === "id") rows.sort(compareById);
  else if (sort === "deadline") rows.sort(compareByDeadline);
  else rows.sort((a, b) => compareVi(leadName(a.task, registry), leadName(b.task, registry)) || compareByDeadline(a, b));
  if (!agency) return { plan: plan.meta, registry, query, rows };
  return standing ? { plan: plan.meta, registry, agency, standing, query, rows } : { plan: plan.meta, registry, agency, query, rows };
}

export { parseTaskId } from "../model/task-ids";

/** One task as `par show` gives it, or the ids of the tasks of the same area when there is no such task. */
export type ShowResult = { kind: "found"; report: ListReport & { rows: [ListRow] } } | { kind: "unknown"; near: string[] };

/** Find a task by what a person typed, with its due dates, as a one-row list report. */
export function buildShow(plan: Plan, typed: string, registry: Registry = buildRegistry(plan.agencies)): ShowResult {
  const id = parseTaskId(typed);
  const task = id && plan.tasks.find((t) => t.area === id.area && t.letter === id.letter);
  if (!task) {
    return {
      kind: "unknown",
      near: nearTaskIds(
        typed,
        plan.tasks.map((t) => t.id),
        8,
      ),
    };
  }
  const dates = dueDates(task.deadline);
  const row: ListRow = { task, due: dates.length && !isOngoing(task.deadline) ? dates[dates.length - 1]!.date : null, dueDates: dates };
  return { kind: "found", report: { plan: plan.meta, registry, query: {}, rows: [row] } };
}

/** A part (III.1) or a whole section (III) of the decision's text, as `par show` gives it. */
export interface DecisionShow {
  plan: PlanMeta;
  registry: Registry;
  section: DecisionSection;
  /** The parts shown: the one asked for, or all of the section's. */
  parts: DecisionPart[];
  /** True when the whole section was asked for (its closing words are shown too). */
  whole: boolean;
  file: string;
}

/** True when what a person typed names a section or part of the decision's text ("III", "ii.1") rather than a task. */
export function isDecisionRef(typed: string): boolean {
  return /^\s*[ivx]+(\.\d+)?\s*$/i.test(typed);
}

/** The section or part of the decision's text a person typed, or the ids there are when it has none. */
export function buildDecisionShow(plan: Plan, typed: string): { kind: "found"; show: DecisionShow } | { kind: "unknown"; ids: string[] } {
  const d = plan.decision;
  const ids = d ? d.sections.flatMap((s) => [s.id, ...s.parts.map((p) => p.id)]) : [];
  const want = typed.trim().toUpperCase();
  const registry = buildRegistry(plan.agencies);
  for (const section of d?.sections ?? []) {
    if (section.id === want) return { kind: "found", show: { plan: plan.meta, registry, section, parts: section.parts, whole: true, file: d!.file } };
    const part = section.parts.find((p) => p.id === want);
    if (part) return { kind: "found", show: { plan: plan.meta, registry, section, parts: [part], whole: false, file: d!.file } };
  }
  return { kind: "unknown", ids };
}
