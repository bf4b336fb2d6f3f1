// Follow-up between two reports, as data: which state a judged task is in for `par list --state` and `par remind`
// (overdue, falling due soon, done, in progress, not reported), from the status report's rows.
import { daysBetween } from "../model/dates";
import type { Bucket, Evidence, ProgressEntry, ProgressState } from "../model/progress";
import { quarterOrdinal } from "../model/progress";
import type { StatusReport, StatusRow } from "./status";

/** A task's current bucket and every report on it, quarter by quarter, for `par show`. */
export interface ShowProgress {
  period: string;
  cutoff: string;
  bucket: Bucket;
  /** Days late or overdue, as in the status report. */
  days: number | null;
  reports: { period: string; agency: string; state: ProgressState; completed: string | null; result: string | null; evidence: Evidence[] }[];
}

/** The task's bucket at the report's cut-off and its reports up to the report's period, oldest first. */
export function showProgressOf(status: StatusReport, id: string, entries: readonly ProgressEntry[]): ShowProgress | null {
  const row = status.tasks.find((r) => r.id === id);
  if (!row) return null;
  const last = Math.max(...status.period.quarters.map(quarterOrdinal));
  const reports = entries
    .filter((e) => e.task === id && quarterOrdinal(e.period) <= last)
    .sort((a, b) => quarterOrdinal(a.period) - quarterOrdinal(b.period) || a.agency.localeCompare(b.agency))
    .map((e) => ({ period: e.period, agency: e.agency, state: e.state, completed: e.completed ?? null, result: e.result ?? null, evidence: e.evidence }));
  return { period: status.period.key, cutoff: status.period.cutoff, bucket: row.bucket, days: row.days, reports };
}

export const LIST_STATES = ["overdue", "due-soon", "done", "in-progress", "not-reported"] as const;
export type ListState = (typeof LIST_STATES)[number];

/** The next due date not yet met after the cut-off, or null (done, overdue, ongoing). */
export function nextDue(row: StatusRow): string | null {
  const open = row.dueItems.filter((d) => d.judgement === "not-due").map((d) => d.due);
  return open.length ? open.sort()[0]! : null;
}

/** Days from the cut-off to the next due date when it falls within `within` days after it (1…within), else null. */
export function dueWithin(row: StatusRow, cutoff: string, within: number): number | null {
  const d = nextDue(row);
  if (d === null) return null;
  const n = daysBetween(cutoff, d);
  return n >= 1 && n <= within ? n : null;
}

/**
 * Whether a row is in a state: overdue (its bucket), done (on time or late), in progress (not yet due and reported
 * this period, or ongoing and reported), not reported (no report this period, ongoing or not yet due), due soon
 * (a due date not yet met within `within` days after the cut-off).
 */
export function inState(row: StatusRow, state: ListState, cutoff: string, within: number): boolean {
  switch (state) {
    case "overdue":
      return row.bucket === "overdue";
    case "done":
      return row.bucket === "done-on-time" || row.bucket === "done-late";
    case "in-progress":
      return row.bucket === "not-due" || row.bucket === "ongoing-reported";
    case "not-reported":
      return row.bucket === "no-report" || row.bucket === "ongoing-unreported";
    case "due-soon":
      return dueWithin(row, cutoff, within) !== null;
  }
}
