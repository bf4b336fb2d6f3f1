// The quarterly return form of one agency as data: which tasks it reports on (as lead or supporter, directly or
// through a group), what the plan says of each, and what it reported last quarter. `format/forms/` lays it out.
import { assignmentsOf, buildRegistry, type Role } from "../model/agencies";
import type { Agency, Plan, Target, Task } from "../model/types";
import { periodKey, planSpan, previousQuarter, reportingWindow, type Period } from "../model/period";
import { quarterOrdinal, type Progress, type ProgressEntry, type ProgressState } from "../model/progress";
import { isOngoing, milestonesOf } from "../model/deadline";
import { FORM_VERSION } from "../model/form";

export interface FormRow {
  task: Task;
  areaName: string;
  role: Role;
  /** The group through which the plan assigns the task (its id and name), when not named directly. */
  via?: { id: string; name: string };
  ongoing: boolean;
  targets: Target[];
  /** The task's milestones (label as written, due date), in the plan's order; [] unless its deadline has milestones. */
  milestones: { label: string; date: string }[];
  /** The agency's latest report before the quarter. */
  last?: {
    period: string;
    state: ProgressState;
    completed?: string;
    /** The milestones met by then (index 0-based), with their dates. */
    milestones: { index: number; completed: string }[];
    result?: string;
    targets: Record<string, number>;
  };
}

export interface ProgressForm {
  version: typeof FORM_VERSION;
  plan: { id: string; title: string; year: number };
  agency: Agency;
  period: string;
  previous: string;
  /** The reporting window (Decree 09/2019/NĐ-CP, Art. 12, or calendar) and its cut-off (= end). */
  window: { start: string; end: string };
  /** The day the form is due back at the secretariat. */
  due: string;
  /** Dates a completion or evidence date may take: the plan's span stretched to the cut-off. */
  dates: { min: string; max: string };
  rows: FormRow[];
  /** The most targets one row has: the number of target value columns. */
  targetColumns: number;
  /** The most milestones one row has: the number of milestone date columns (0: no task of the form has any). */
  milestoneColumns: number;
}

/** The agencies that report on at least one task: every agency the plan assigns a task, directly or through a group. */
export function reportingAgencies(plan: Plan): Agency[] {
  const reg = buildRegistry(plan.agencies);
  return plan.agencies.filter((a) => assignmentsOf(a.id, plan, reg).length > 0);
}

/** One agency's form for a quarter; `due` defaults to the cut-off. */
export function buildProgressForm(plan: Plan, progress: Progress, quarter: Period, agency: Agency, due?: string): ProgressForm {
  const reg = buildRegistry(plan.agencies);
  const window = reportingWindow(quarter, plan.meta.reporting);
  const prev = previousQuarter(quarter);
  const prevOrdinal = quarterOrdinal(periodKey(prev));
  const latest = new Map<string, ProgressEntry>();
  for (const e of progress.entries) {
    if (e.agency !== agency.id || quarterOrdinal(e.period) > prevOrdinal) continue;
    const had = latest.get(e.task);
    if (!had || quarterOrdinal(had.period) <= quarterOrdinal(e.period)) latest.set(e.task, e);
  }
  const roles = new Map<string, { role: Role; via?: string }>();
  for (const a of assignmentsOf(agency.id, plan, reg)) {
    const had = roles.get(a.task.id);
    if (!had || (had.role === "support" && a.role === "lead")) roles.set(a.task.id, a.via ? { role: a.role, via: a.via } : { role: a.role });
  }
  const rows: FormRow[] = [];
  for (const task of plan.tasks) {
    const r = roles.get(task.id);
    if (!r) continue;
    const row: FormRow = {
      task,
      areaName: plan.meta.areas.find((x) => x.number === task.area)?.name ?? String(task.area),
      role: r.role,
      ongoing: isOngoing(task.deadline),
      targets: task.targets,
      milestones: milestonesOf(task.deadline).map((m) => ({ label: m.label, date: m.date })),
    };
    if (r.via) row.via = { id: r.via, name: reg.byId.get(r.via)?.name ?? r.via };
    const e = latest.get(task.id);
    if (e) {
      row.last = {
        period: e.period,
        state: e.state,
        milestones: e.milestones.flatMap((m) => (m.completed ? [{ index: m.index, completed: m.completed }] : [])),
        targets: e.targets,
      };
      if (e.completed) row.last.completed = e.completed;
      if (e.result) row.last.result = e.result;
    }
    rows.push(row);
  }
  const span = planSpan(plan);
  return {
    version: FORM_VERSION,
    plan: { id: plan.meta.id, title: plan.meta.title, year: plan.meta.year },
    agency,
    period: periodKey(quarter),
    previous: periodKey(prev),
    window,
    due: due ?? window.end,
    dates: { min: span.start < window.start ? span.start : window.start, max: span.end > window.end ? span.end : window.end },
    rows,
    targetColumns: Math.max(1, ...rows.map((r) => r.targets.length)),
    milestoneColumns: Math.max(0, ...rows.map((r) => r.milestones.length)),
  };
}

/** The return forms of a quarter: the agencies that have come back (imported from a form) and those still awaited. */
export interface FormsReturn {
  period: string;
  returned: string[];
  /** Agencies the plan assigns a task that have reported nothing for the quarter, in the registry's order. */
  awaiting: { id: string; name: string; short: string }[];
}

/** The forms of a quarter, once some form of it has been imported (undefined before: forms are not in use). */
export function formsReturn(plan: Plan, progress: Progress, period: string): FormsReturn | undefined {
  const imported = progress.files.filter((f) => f.period === period && f.imported !== undefined);
  if (!imported.length) return undefined;
  const reported = new Set(progress.entries.filter((e) => e.period === period).map((e) => e.agency));
  return {
    period,
    returned: [...new Set(imported.map((f) => f.agency).filter((a): a is string => a !== undefined))].sort(),
    awaiting: reportingAgencies(plan)
      .filter((a) => !reported.has(a.id))
      .map((a) => ({ id: a.id, name: a.name, short: a.short ?? a.name })),
  };
}
