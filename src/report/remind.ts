// `par remind` as data: per lead agency, its overdue tasks with days overdue, its tasks falling due within N days of
// the cut-off, and its tasks with no report for the current period. Numbers, dates and ids; no words.
import { assignmentsOf, buildRegistry } from "../model/agencies";
import type { Plan } from "../model/types";
import { dueWithin, nextDue } from "./followup";
import type { StatusReport, StatusRow } from "./status";

export const REMIND_FORMAT = "par-remind/1";

export interface RemindTask {
  id: string;
  /** The task's text (or its first item). */
  text: string;
  deadlineText: string;
  /** The due date concerned: the first missed one (overdue), the next one (due soon), the last (no report). */
  due: string | null;
  /** Days overdue, or days until it falls due; null for a missing report. */
  days: number | null;
}

export interface AgencyReminder {
  agency: { id: string; name: string; nameEn: string | null };
  overdue: RemindTask[];
  dueSoon: RemindTask[];
  /** Tasks it leads, not done, with no report from it for the current period. */
  noReport: RemindTask[];
}

export interface RemindReport {
  format: typeof REMIND_FORMAT;
  plan: { id: string; title: string; year: number; province: string };
  period: string;
  cutoff: string;
  within: number;
  agencies: AgencyReminder[];
}

function task(r: StatusRow, due: string | null, days: number | null): RemindTask {
  return { id: r.id, text: r.text ?? r.items[0] ?? "", deadlineText: r.amendment?.deadlineText ?? r.deadlineText, due, days };
}

/**
 * The reminders for every agency a task names as lead (itself, not through a group), or only those in `only`; an
 * agency with nothing to chase is left out.
 */
export function buildRemind(plan: Plan, status: StatusReport, opts: { within: number; only?: ReadonlySet<string> }): RemindReport {
  const reg = buildRegistry(plan.agencies);
  const rows = new Map(status.tasks.map((r) => [r.id, r]));
  const cutoff = status.period.cutoff;
  const agencies: AgencyReminder[] = [];
  for (const a of plan.agencies) {
    if (opts.only && !opts.only.has(a.id)) continue;
    const mine = assignmentsOf(a.id, plan, reg, { role: "lead", direct: true })
      .map((x) => rows.get(x.task.id))
      .filter((r): r is StatusRow => r !== undefined);
    const overdue: RemindTask[] = [];
    const dueSoon: RemindTask[] = [];
    const noReport: RemindTask[] = [];
    for (const r of mine) {
      if (r.bucket === "overdue") overdue.push(task(r, r.dueItems.find((d) => d.judgement === "overdue")?.due ?? r.due, r.days));
      const soon = dueWithin(r, cutoff, opts.within);
      if (soon !== null) dueSoon.push(task(r, nextDue(r), soon));
      const done = r.bucket === "done-on-time" || r.bucket === "done-late";
      if (!done && !r.leads.find((l) => l.agency === a.id)?.reported) noReport.push(task(r, r.due, null));
    }
    if (!overdue.length && !dueSoon.length && !noReport.length) continue;
    overdue.sort((x, y) => (y.days ?? 0) - (x.days ?? 0));
    dueSoon.sort((x, y) => (x.days ?? 0) - (y.days ?? 0));
    agencies.push({ agency: { id: a.id, name: a.name, nameEn: a.nameEn ?? null }, overdue, dueSoon, noReport });
  }
  return {
    format: REMIND_FORMAT,
    plan: { id: plan.meta.id, title: plan.meta.title, year: plan.meta.year, province: plan.meta.province },
    period: status.period.key,
    cutoff,
    within: opts.within,
    agencies,
  };
}
