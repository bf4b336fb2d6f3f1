// `par site` as data: the status report of the chosen quarter, the headline of every quarter before it that has
// progress (the trend), and for each task and each agency what its pages show. Numbers, dates, ids and the plan's
// own words only; the pages are written in src/format/site/.
import { assignmentsOf, buildRegistry, type Registry } from "../model/agencies";
import type { Period } from "../model/period";
import { periodKey } from "../model/period";
import { quarterOrdinal, type Bucket, type Progress, type ProgressEntry } from "../model/progress";
import type { Agency, Amendment, Plan, Task } from "../model/types";
import { compareVi } from "../model/vietnamese";
import { buildStatus, type LeadStatus, type StatusReport, type StatusRow, type TargetStatus } from "./status";

/** One quarter of the trend: its key and where the plan stood at its cut-off. */
export interface SiteQuarter {
  key: string;
  cutoff: string;
  completed: number;
  total: number;
  percent: number;
  counts: Record<Bucket, number>;
}

/** One task's page: the plan's task, its row at the cut-off, its targets and every report on it by quarter. */
export interface SiteTask {
  task: Task;
  row: StatusRow;
  amendments: readonly Amendment[];
  targets: TargetStatus[];
  /** The reports on the task up to the chosen quarter, by quarter (oldest first), each quarter's lead agencies first. */
  reports: { period: string; entries: ProgressEntry[] }[];
}

/** One agency's page. */
export interface SiteAgency {
  agency: Agency;
  /** The tasks it leads and supports (directly or through a group: `via`). */
  lead: { task: string; via: string | null }[];
  support: { task: string; via: string | null }[];
  /** Its row of the by-lead table, when it leads a task. */
  status: LeadStatus | null;
  /** The reports it sent, by quarter (oldest first): the tasks each one covers. */
  reports: { period: string; tasks: string[] }[];
}

export interface SiteReport {
  report: StatusReport;
  /** The decision that issued the plan: its number ("" when not recorded) and ISO date. */
  decision: { number: string; date: string | null };
  /** Every quarter from the plan's first with progress up to the chosen one (the chosen one last). */
  trend: SiteQuarter[];
  tasks: SiteTask[];
  /** The agencies the plan assigns a task to (directly or through a group), in Vietnamese order of their names. */
  agencies: SiteAgency[];
  /** Lead agencies that sent nothing for the quarter, or left tasks that needed a report without one. */
  notReported: LeadStatus[];
}

/** The site's data for a quarter. */
export function buildSite(plan: Plan, progress: Progress, period: Period, asOf?: string): SiteReport {
  const report = buildStatus(plan, progress, asOf ? { period, asOf } : { period });
  const key = periodKey(period);
  const upTo = quarterOrdinal(key);
  const reported = [...new Set(progress.files.map((f) => f.period))]
    .filter((k) => quarterOrdinal(k) < upTo)
    .sort((a, b) => quarterOrdinal(a) - quarterOrdinal(b));
  const trend: SiteQuarter[] = [];
  for (const k of reported) {
    const [y, q] = k.split("-Q");
    const r = buildStatus(plan, progress, { period: { kind: "quarter", year: Number(y), quarter: Number(q) } });
    trend.push(quarterOf(r));
  }
  trend.push(quarterOf(report));

  const reg = buildRegistry(plan.agencies);
  const entries = progress.entries.filter((e) => quarterOrdinal(e.period) <= upTo);
  const rows = new Map(report.tasks.map((r) => [r.id, r] as const));
  const tasks: SiteTask[] = plan.tasks.map((task) => ({
    task,
    row: rows.get(task.id)!,
    amendments: task.amendments ?? [],
    targets: report.targets.filter((t) => t.task === task.id),
    reports: byPeriod(
      entries.filter((e) => e.task === task.id),
      (e) => e.period,
    ).map(([period, list]) => ({ period, entries: leadFirst(list, task, reg) })),
  }));

  const byLead = new Map(report.byLead.map((l) => [l.agency.id, l] as const));
  const agencies: SiteAgency[] = [];
  for (const agency of plan.agencies) {
    const assigned = assignmentsOf(agency.id, plan, reg);
    if (!assigned.length) continue;
    const role = (r: "lead" | "support") => assigned.filter((a) => a.role === r).map((a) => ({ task: a.task.id, via: a.via ?? null }));
    agencies.push({
      agency,
      lead: role("lead"),
      support: role("support"),
      status: byLead.get(agency.id) ?? null,
      reports: byPeriod(
        entries.filter((e) => e.agency === agency.id),
        (e) => e.period,
      ).map(([period, list]) => ({ period, tasks: [...new Set(list.map((e) => e.task))] })),
    });
  }
  agencies.sort((a, b) => compareVi(a.agency.name, b.agency.name) || (a.agency.id < b.agency.id ? -1 : 1));
  const notReported = report.byLead.filter((l) => l.silent || l.notReported.length > 0);
  return { report, decision: { number: plan.meta.decision.number, date: plan.meta.decision.date }, trend, tasks, agencies, notReported };
}

function quarterOf(r: StatusReport): SiteQuarter {
  return { key: r.period.key, cutoff: r.period.cutoff, ...r.headline, counts: r.counts };
}

/** Items grouped by quarter, oldest first (each group in the items' order). */
function byPeriod<T>(items: readonly T[], periodOf: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const it of items) {
    const k = periodOf(it);
    const g = groups.get(k);
    if (g) g.push(it);
    else groups.set(k, [it]);
  }
  return [...groups].sort((a, b) => quarterOrdinal(a[0]) - quarterOrdinal(b[0]));
}

/** A quarter's entries on a task: those of its lead agencies (or their groups' members) first, then the others. */
function leadFirst(list: readonly ProgressEntry[], task: Task, reg: Registry): ProgressEntry[] {
  const isLead = (id: string) => task.lead.some((l) => l.agency === id || (reg.members.get(l.agency)?.has(id) ?? false));
  return [...list.filter((e) => isLead(e.agency)), ...list.filter((e) => !isLead(e.agency))];
}
