// Quarterly progress as data, and the rules that judge a task at a cut-off date: done on time, done late, not yet
// due, overdue, ongoing (reported or not), no report. Pure functions: no I/O, no formatting.
import type { Target, Task } from "./types";
import type { Registry } from "./agencies";
import { dueDates, isOngoing } from "./deadline";
import { fold } from "./vietnamese";

export const PROGRESS_STATES = ["not-started", "in-progress", "done"] as const;
/** What an agency reports about a task: chưa thực hiện, đang thực hiện, đã hoàn thành. */
export type ProgressState = (typeof PROGRESS_STATES)[number];

/** A document that proves the work (tài liệu kiểm chứng). Dates are ISO. */
export interface Evidence {
  number: string;
  date: string;
  title?: string;
}

/** What an entry says about one milestone of a task (index 0-based in the task's milestones). */
export interface MilestoneReport {
  index: number;
  completed?: string;
  evidence: Evidence[];
}

/** One agency's report on one task for one quarter. Dates are ISO; unreadable dates are left out (lint names them). */
export interface ProgressEntry {
  task: string;
  agency: string;
  /** The quarter reported on: "2024-Q3". */
  period: string;
  state: ProgressState;
  completed?: string;
  milestones: MilestoneReport[];
  result?: string;
  evidence: Evidence[];
  /** Actual values by target id (targets left empty are absent). */
  targets: Record<string, number>;
  obstacles?: string;
  proposals?: string;
  note?: string;
  /** The file it was read from, as shown to the user. */
  file: string;
}

/** A progress file: its quarter, default agency and whether it holds invented sample data. */
export interface ProgressFileInfo {
  /** The file as shown to the user (relative to the working directory). */
  file: string;
  /** The file's path inside its plan folder, with forward slashes: "progress/2024-Q3.yaml". */
  path: string;
  period: string;
  agency?: string;
  sample: boolean;
  note?: string;
  noteEn?: string;
}

/** All the progress of a plan, as read from its progress/ folder. */
export interface Progress {
  files: ProgressFileInfo[];
  entries: ProgressEntry[];
}

// ---------- quarters ----------

/** "2024-Q3" → { year: 2024, quarter: 3 }, or undefined. */
export function parseQuarterKey(key: string): { year: number; quarter: number } | undefined {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : undefined;
}

/** A number that orders quarter keys ("2024-Q3" after "2024-Q2"); NaN for a malformed key. */
export function quarterOrdinal(key: string): number {
  const q = parseQuarterKey(key);
  return q ? q.year * 4 + q.quarter - 1 : NaN;
}

// ---------- the buckets ----------

/** The buckets of Vietnamese task tracking, in the order reports list them. */
export const BUCKETS = ["done-on-time", "done-late", "not-due", "overdue", "ongoing-reported", "ongoing-unreported", "no-report"] as const;
export type Bucket = (typeof BUCKETS)[number];

/** How one due date stands at the cut-off. */
export type DueJudgement = "done-on-time" | "done-late" | "not-due" | "overdue";

/**
 * Judge one due date at a cut-off. Completed on or before the due date: on time; after it: late (a completion after
 * the cut-off is not known at the cut-off and does not count). Not completed: overdue once the due date is on or
 * before the cut-off (the report covers the whole cut-off day), else not yet due.
 */
export function judgeDue(due: string, completed: string | null | undefined, cutoff: string): DueJudgement {
  if (completed && completed <= cutoff) return completed <= due ? "done-on-time" : "done-late";
  return due <= cutoff ? "overdue" : "not-due";
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const t = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(to) - t(from)) / 86_400_000);
}

/** True when the agency leads the task, named directly or through a group it belongs to. */
export function isLeadOf(agencyId: string, task: Task, reg: Registry): boolean {
  const groups = reg.groups.get(agencyId);
  return task.lead.some((r) => r.agency === agencyId || (groups?.has(r.agency) ?? false));
}

/** Which reports count at a cut-off: quarters up to `upTo` are read; those in `current` are "this period". */
export interface JudgeWindow {
  cutoff: string;
  /** Last quarter read, as "2024-Q3": later reports are ignored. */
  upTo: string;
  /** The quarters of the period reported on ("this period"): one for a quarter, two for the half-year, … */
  current: ReadonlySet<string>;
}

/** A due date of a task and how it stands. */
export interface DueItem {
  /** The milestone's label ("Lần 1") when the task has several due dates. */
  label?: string;
  due: string;
  completed: string | null;
  judgement: DueJudgement;
}

/** How a task stands at a cut-off, with the reports it was judged from. */
export interface TaskJudgement {
  task: Task;
  bucket: Bucket;
  ongoing: boolean;
  /** The merged state; null when no agency has ever reported on the task (up to the period). */
  state: ProgressState | null;
  /** When the whole task was completed (its last due item), if it was by the cut-off. */
  completed: string | null;
  /** One per due date (one for a dated task, one per milestone, none for an ongoing task). */
  due: DueItem[];
  /** For done-late: days after the due date; for overdue: days the first missed due date lies before the cut-off. */
  days: number | null;
  /** Some assigned agency reported on the task in this period. */
  reportedThisPeriod: boolean;
  /** Counts towards the headline's "hoàn thành" (see countsAsCompleted). */
  completedForHeadline: boolean;
  /** The entries read: each agency's latest up to the period, lead agencies first. */
  entries: ProgressEntry[];
  /** The entries of this period. */
  currentEntries: ProgressEntry[];
}

function maxDate(dates: (string | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const d of dates) if (d && (!best || d > best)) best = d;
  return best;
}

/** The day an agency's entries say a due item was met: milestone i, or the whole task when i is undefined. */
function agencyCompletion(history: ProgressEntry[], index: number | undefined, cutoff: string): string | undefined {
  const latest = history[history.length - 1]!;
  let date: string | undefined;
  if (index !== undefined) {
    // The latest report that names the milestone wins; a done task without milestone detail met them all on `completed`.
    for (let k = history.length - 1; k >= 0; k--) {
      const m = history[k]!.milestones.find((x) => x.index === index);
      if (m) {
        date = m.completed;
        break;
      }
    }
    if (date === undefined && latest.state === "done") date = latest.completed;
  } else if (latest.state === "done") {
    date = latest.completed ?? maxDate(latest.milestones.map((m) => m.completed));
  }
  return date && date <= cutoff ? date : undefined;
}

/**
 * Judge one task at a cut-off from the progress entries (any order, any quarter).
 *
 * - Each agency's latest entry up to `window.upTo` stands for it; a done task stays done in later quarters.
 * - The task's state comes from its lead agencies' entries (directly or through a group); only when no lead agency
 *   has reported do the supporting agencies' entries decide.
 * - A due date (the task's, or each milestone's) is met when every deciding agency reports it met by the cut-off;
 *   it was met on the latest of their dates.
 * - Buckets: an ongoing task (Thường xuyên, recurring reports) is ongoing-reported when some assigned agency reported
 *   on it this period, else ongoing-unreported. A task with due dates is overdue when any due date on or before the
 *   cut-off is unmet; done-on-time when every due date was met on or before it; done-late when every due date was met
 *   and one after it; otherwise (not done, not yet due) not-due when reported on this period, no-report when not.
 */
export function judgeTask(task: Task, entries: readonly ProgressEntry[], window: JudgeWindow, reg: Registry): TaskJudgement {
  const upTo = quarterOrdinal(window.upTo);
  const mine = entries.filter((e) => e.task === task.id && quarterOrdinal(e.period) <= upTo).sort((a, b) => quarterOrdinal(a.period) - quarterOrdinal(b.period));
  const byAgency = new Map<string, ProgressEntry[]>();
  for (const e of mine) byAgency.set(e.agency, [...(byAgency.get(e.agency) ?? []), e]);
  const leadAgencies = [...byAgency.keys()].filter((a) => isLeadOf(a, task, reg));
  const deciders = leadAgencies.length ? leadAgencies : [...byAgency.keys()];
  const latest = [...byAgency.entries()].map(([, h]) => h[h.length - 1]!).sort((a, b) => Number(isLeadOf(b.agency, task, reg)) - Number(isLeadOf(a.agency, task, reg)));
  const currentEntries = latest.filter((e) => window.current.has(e.period));
  const reportedThisPeriod = currentEntries.length > 0;
  const ongoing = isOngoing(task.deadline);

  const met = (index: number | undefined): string | null => {
    if (!deciders.length) return null;
    const dates = deciders.map((a) => agencyCompletion(byAgency.get(a)!, index, window.cutoff));
    return dates.every((d) => d !== undefined) ? maxDate(dates)! : null;
  };

  const decidingLatest = deciders.map((a) => byAgency.get(a)!.at(-1)!);
  let state: ProgressState | null = null;
  if (decidingLatest.length) {
    state = decidingLatest.some((e) => e.state !== "not-started" || e.milestones.some((m) => m.completed)) ? "in-progress" : "not-started";
  }

  const base = { task, ongoing, entries: latest, currentEntries, reportedThisPeriod };
  if (ongoing) {
    // For an ongoing task "done" means carried out for the period: it counts only when reported this period.
    const currentDeciders = currentEntries.filter((e) => deciders.includes(e.agency));
    const doneNow = currentDeciders.length > 0 && currentDeciders.every((e) => e.state === "done");
    if (doneNow) state = "done";
    return {
      ...base,
      state,
      bucket: reportedThisPeriod ? "ongoing-reported" : "ongoing-unreported",
      completed: null,
      due: [],
      days: null,
      completedForHeadline: doneNow,
    };
  }

  const dd = dueDates(task.deadline);
  const several = dd.length > 1;
  const due: DueItem[] = dd.map((d, i) => {
    const completed = met(several ? i : undefined);
    const item: DueItem = { due: d.date, completed, judgement: judgeDue(d.date, completed, window.cutoff) };
    if (d.label) item.label = d.label;
    return item;
  });
  let bucket: Bucket;
  let days: number | null = null;
  const allDone = due.length > 0 && due.every((d) => d.judgement === "done-on-time" || d.judgement === "done-late");
  const firstOverdue = due.find((d) => d.judgement === "overdue");
  if (firstOverdue) {
    bucket = "overdue";
    days = daysBetween(firstOverdue.due, window.cutoff);
  } else if (allDone) {
    const late = due.filter((d) => d.judgement === "done-late");
    bucket = late.length ? "done-late" : "done-on-time";
    if (late.length) days = Math.max(...late.map((d) => daysBetween(d.due, d.completed!)));
    state = "done";
  } else {
    bucket = reportedThisPeriod ? "not-due" : "no-report";
  }
  const completed = allDone ? maxDate(due.map((d) => d.completed ?? undefined))! : null;
  return { ...base, state, bucket, completed, due, days, completedForHeadline: allDone };
}

/**
 * Whether a judged task counts as "hoàn thành" in the headline: a task with due dates that is done by the cut-off
 * (on time or late), or an ongoing task that its deciding agencies all report as done (carried out) this period.
 */
export function countsAsCompleted(j: TaskJudgement): boolean {
  return j.completedForHeadline;
}

/** The headline: completed tasks out of all, and the percentage rounded to two decimals (31/44 → 70.45). */
export function headlineOf(judgements: readonly TaskJudgement[]): { completed: number; total: number; percent: number } {
  const total = judgements.length;
  const completed = judgements.filter(countsAsCompleted).length;
  return { completed, total, percent: percentOf(completed, total) };
}

/** n out of total as a percentage rounded to two decimals; 0 when total is 0. */
export function percentOf(n: number, total: number): number {
  return total === 0 ? 0 : Math.round((n * 10000) / total) / 100;
}

/** Count judgements per bucket; every bucket present, so the counts add up to the number of tasks. */
export function countBuckets(judgements: readonly { bucket: Bucket }[]): Record<Bucket, number> {
  const out = Object.fromEntries(BUCKETS.map((b) => [b, 0])) as Record<Bucket, number>;
  for (const j of judgements) out[j.bucket]++;
  return out;
}

/**
 * Whether an actual value meets a target: "=" means reaching the value (đạt: at least it), ">" above, ">=" at least,
 * "<" below, "<=" at most; "increase" takes the change against the baseline and is met when it is positive.
 */
export function targetMet(t: Pick<Target, "comparison" | "value">, actual: number): boolean | null {
  if (t.comparison === "increase") return actual > 0;
  if (t.value === undefined) return null;
  switch (t.comparison) {
    case "=":
    case ">=":
      return actual >= t.value;
    case ">":
      return actual > t.value;
    case "<":
      return actual < t.value;
    case "<=":
      return actual <= t.value;
  }
}

/** The index (0-based) of the task's milestone a report names by label ("Lần 1", "lan 1") or number (1); -1 when none. */
export function milestoneIndex(task: Task, ref: string | number): number {
  const ms = task.deadline.milestones ?? [];
  if (typeof ref === "number") return Number.isInteger(ref) && ref >= 1 && ref <= ms.length ? ref - 1 : -1;
  const f = fold(ref);
  const byLabel = ms.findIndex((m) => fold(m.label) === f);
  if (byLabel >= 0) return byLabel;
  return /^\d+$/.test(f) ? milestoneIndex(task, Number(f)) : -1;
}
