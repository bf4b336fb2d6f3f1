// `par list` as data: which tasks (and which of their due dates) answer a question about agencies, dates, areas
// and words, in which order. No strings for display here: formatters in src/format/list/ do that.
import type { Agency, Plan, PlanMeta, Task } from "../model/types";
import { assignmentsOf, buildRegistry, type Registry, type Role } from "../model/agencies";
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
  /** Only these task ids (par list --state); all when absent. */
  ids?: ReadonlySet<string>;
}

/** How the listed agency takes part in a task: its role, and the group named in the task when not named itself. */
export interface AgencyRole {
  role: Role;
  via?: string;
  qualifier?: string;
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
export function buildList(plan: Plan, query: ListQuery, registry: Registry = buildRegistry(plan.agencies)): ListReport {
  const agency = query.agency !== undefined ? registry.byId.get(query.agency) : undefined;
  let roles: Map<Task, AgencyRole[]> | undefined;
  if (query.agency !== undefined) {
    roles = new Map();
    for (const a of assignmentsOf(query.agency, plan, registry, { role: query.role, direct: query.direct })) {
      const list = roles.get(a.task) ?? [];
      const r: AgencyRole = { role: a.role };
      if (a.via !== undefined) r.via = a.via;
      if (a.qualifier !== undefined) r.qualifier = a.qualifier;
      list.push(r);
      roles.set(a.task, list);
    }
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
  return agency ? { plan: plan.meta, registry, agency, query, rows } : { plan: plan.meta, registry, query, rows };
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
