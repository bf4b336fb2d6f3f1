// Quarterly progress as data, and the rules that judge a task at a cut-off date: done on time, done late, not yet
// due, overdue, ongoing (reported or not), no report. Pure functions: no I/O, no formatting.
import type { Amendment, Target, Task } from "./types";
import type { Registry } from "./agencies";
import { daysBetween } from "./dates";
import { deadlineInForce, dueDates, finalDueDate, isOngoing, milestonesOf } from "./deadline";
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
  /** Left as `par progress init` wrote it (no state): not a report; buildProgress leaves it out. */
  unfilled?: true;
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
  /** The return form the file was imported from (`imported.from`, written by par progress import). */
  imported?: string;
}

/** All the progress of a plan, as read from its progress/ folder. */
export interface Progress {
  files: ProgressFileInfo[];
  /** The reports: every entry with a state. */
  entries: ProgressEntry[];
  /** Entries left as the template wrote them (no state): not reports, kept so a new template does not repeat them. */
  unfilled?: ProgressEntry[];
}

// ---------- quarters ----------

/** "2024-Q3" → { year: 2024, quarter: 3 }, or undefined. */
export function parseQuarterKey(key: string): { year: number; quarter: number } | undefined {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : undefined;
}

const ordinals = new Map<string, number>();

/** A number that orders quarter keys ("2024-Q3" after "2024-Q2"); NaN for a malformed key. Remembered per key. */
export function quarterOrdinal(key: string): number {
  let n = ordinals.get(key);
  if (n === undefined) {
    const q = parseQuarterKey(key);
    n = q ? q.year * 4 + q.quarter - 1 : NaN;
    if (ordinals.size < 10_000) ordinals.set(key, n);
  }
  return n;
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
  /**
   * The agencies that carry on an agency wholly at the cut-off (agencies.yaml `lineage`): a lead that has ended is
   * judged by their reports, as a group by its members'. Absent, or [] for an agency: none.
   */
  heirs?: (id: string) => readonly string[];
}

/** A due date of a task and how it stands. */
export interface DueItem {
  /** The milestone's label ("Lần 1") when the task has several due dates. */
  label?: string;
  due: string;
  completed: string | null;
  judgement: DueJudgement;
}

/** How far one lead (an agency or a group the task names as lead) has got with a task. */
export interface LeadProgress {
  /** The agency or group id the task names as lead. */
  agency: string;
  /**
   * Done: for a task with due dates, every due date met by the cut-off (by its own report, or for a group by the
   * group's own entry or else by every member the registry lists); for an ongoing task, reported done this period.
   */
  done: boolean;
  /** The day it met its last due date (null when not done, and for ongoing tasks). */
  completed: string | null;
  /** It reported on the task this period (a group: its own entry, or every listed member). */
  reported: boolean;
  /** For a group with members listed in the registry: how many have reported this period / are done, of how many. */
  members: { reported: number; done: number; total: number } | null;
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
  /** One per distinct lead the task names, in the task's order. */
  leads: LeadProgress[];
  /** How many of `leads` are done. */
  leadsDone: number;
  /** The entries read: each agency's latest up to the period, lead agencies first. */
  entries: ProgressEntry[];
  /** The entries of this period. */
  currentEntries: ProgressEntry[];
  /**
   * The amendment whose deadline the task was judged against (the one in force when it was completed, else at the
   * cut-off); null when the plan's own deadline was. Absent for a task with no amendments.
   */
  amendment?: Amendment | null;
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

const EMPTY: ReadonlySet<string> = new Set();

/** The members the registry lists for a group (direct members, in the registry's order); empty for an agency. */
function listedMembers(id: string, reg: Registry): string[] {
  return reg.byId.get(id)?.members ?? [];
}

/**
 * Judge one task at a cut-off from the progress entries (any order, any quarter; entries of other tasks are skipped).
 *
 * - Each agency's latest entry up to `window.upTo` stands for it; a done task stays done in later quarters.
 * - Each lead the task names (an agency, or a group) is judged on its own. An agency: by its own entries. A group:
 *   by the group's own entry (the secretariat's consolidation), or else by every member the registry lists (a group
 *   with no members listed counts only through its own entry). A member's report is that member's only.
 * - A due date (the task's, or each milestone's) is met when every lead has met it by the cut-off, on the latest of
 *   their dates. A supporting agency's report never meets a due date.
 * - Buckets: an ongoing task (Thường xuyên, recurring reports) is ongoing-reported when some assigned agency reported
 *   on it this period, else ongoing-unreported. A task with due dates is overdue when any due date on or before the
 *   cut-off is unmet; done-on-time when every due date was met on or before it; done-late when every due date was met
 *   and one after it; otherwise (not done, not yet due) not-due when reported on this period, no-report when not.
 */
export function judgeTask(task: Task, entries: readonly ProgressEntry[], window: JudgeWindow, reg: Registry): TaskJudgement {
  if (!task.amendments?.length) return judgeAgainst(task, entries, window, reg);
  // With amendments: a task not done is judged against the deadline in force at the cut-off; a done task against the
  // one in force on the day it was completed (an extension decided later does not make a late completion on time).
  const atCutoff = deadlineInForce(task, window.cutoff);
  let j = judgeAgainst({ ...task, deadline: atCutoff.deadline }, entries, window, reg);
  let used = atCutoff.amendment;
  if (j.completed) {
    const atDone = deadlineInForce(task, j.completed);
    if (atDone.amendment !== atCutoff.amendment) {
      const again = judgeAgainst({ ...task, deadline: atDone.deadline }, entries, window, reg);
      if (again.completed && deadlineInForce(task, again.completed).amendment === atDone.amendment) {
        j = again;
        used = atDone.amendment;
      }
    }
  }
  return { ...j, task, amendment: used };
}

/** The plan's own last due date beside the one a task was judged against: null when they are the same or it has none. */
export function originalDueOf(j: TaskJudgement): string | null {
  if (!j.amendment) return null;
  const original = finalDueDate(j.task.deadline);
  return original !== finalDueDate(j.amendment.deadline) ? original : null;
}

function judgeAgainst(task: Task, entries: readonly ProgressEntry[], window: JudgeWindow, reg: Registry): TaskJudgement {
  const upTo = quarterOrdinal(window.upTo);
  const mine: ProgressEntry[] = [];
  let sorted = true;
  let last = -Infinity;
  for (const e of entries) {
    if (e.task !== task.id) continue;
    const o = quarterOrdinal(e.period);
    if (o > upTo) continue;
    if (o < last) sorted = false;
    last = o;
    mine.push(e);
  }
  if (!sorted) mine.sort((a, b) => quarterOrdinal(a.period) - quarterOrdinal(b.period));
  const byAgency = new Map<string, ProgressEntry[]>();
  for (const e of mine) {
    const h = byAgency.get(e.agency);
    if (h) h.push(e);
    else byAgency.set(e.agency, [e]);
  }
  // Who stands for a lead unit that has no report of its own: a group's members, else an ended agency's heirs.
  const heirsOf = window.heirs ?? (() => []);
  const standIns = (id: string): readonly string[] => {
    const listed = listedMembers(id, reg);
    return listed.length ? listed : heirsOf(id);
  };
  const leadSide = new Map<string, boolean>();
  for (const a of byAgency.keys()) leadSide.set(a, isLeadOf(a, task, reg) || task.lead.some((r) => heirsOf(r.agency).includes(a)));
  const latest: ProgressEntry[] = [];
  for (const h of byAgency.values()) if (leadSide.get(h[0]!.agency)) latest.push(h[h.length - 1]!);
  for (const h of byAgency.values()) if (!leadSide.get(h[0]!.agency)) latest.push(h[h.length - 1]!);
  const currentEntries = latest.filter((e) => window.current.has(e.period));
  const reportedThisPeriod = currentEntries.length > 0;
  const ongoing = isOngoing(task.deadline);
  const currentOf = (id: string): ProgressEntry | undefined => {
    const h = byAgency.get(id);
    const e = h?.[h.length - 1];
    return e && window.current.has(e.period) ? e : undefined;
  };

  // A lead unit's answers, recursive through groups (`seen` guards against a registry cycle).
  const unitMet = (id: string, index: number | undefined, seen: ReadonlySet<string>): string | undefined => {
    const own = byAgency.get(id);
    const ownDate = own ? agencyCompletion(own, index, window.cutoff) : undefined;
    if (ownDate !== undefined) return ownDate;
    const listed = standIns(id);
    if (!listed.length) return undefined;
    const ms = listed.filter((m) => !seen.has(m));
    if (!ms.length) return undefined;
    const next = new Set(seen).add(id);
    const dates: string[] = [];
    for (const m of ms) {
      const d = unitMet(m, index, next);
      if (d === undefined) return undefined;
      dates.push(d);
    }
    return maxDate(dates);
  };
  const unitReported = (id: string, seen: ReadonlySet<string>): boolean => {
    if (currentOf(id)) return true;
    const listed = standIns(id);
    if (!listed.length) return false;
    const ms = listed.filter((m) => !seen.has(m));
    const next = new Set(seen).add(id);
    return ms.length > 0 && ms.every((m) => unitReported(m, next));
  };
  const unitDoneNow = (id: string, seen: ReadonlySet<string>): boolean => {
    if (currentOf(id)?.state === "done") return true;
    const listed = standIns(id);
    if (!listed.length) return false;
    const ms = listed.filter((m) => !seen.has(m));
    const next = new Set(seen).add(id);
    return ms.length > 0 && ms.every((m) => unitDoneNow(m, next));
  };

  const dd = ongoing ? [] : dueDates(task.deadline);
  const several = dd.length > 1;
  const none: ReadonlySet<string> = EMPTY;
  // A unit is done when it met every due date (an ongoing task: reported done this period); completed on the last.
  const unitDone = (id: string, seen: ReadonlySet<string>): string | null | false => {
    if (ongoing) return unitDoneNow(id, seen) ? null : false;
    if (!dd.length) return false;
    if (!several) return unitMet(id, undefined, seen) ?? false;
    let best: string | undefined;
    for (let i = 0; i < dd.length; i++) {
      const d = unitMet(id, i, seen);
      if (d === undefined) return false;
      if (!best || d > best) best = d;
    }
    return best!;
  };
  const leadIds = task.lead.length === 1 ? [task.lead[0]!.agency] : [...new Set(task.lead.map((r) => r.agency))];
  let leadsDone = 0;
  const leads: LeadProgress[] = leadIds.map((id) => {
    const d = unitDone(id, none);
    if (d !== false) leadsDone++;
    const listed = listedMembers(id, reg);
    let members: LeadProgress["members"] = null;
    if (listed.length) {
      const ms = listed.filter((m) => m !== id);
      const root = new Set([id]);
      if (ms.length)
        members = { reported: ms.filter((m) => unitReported(m, root)).length, done: ms.filter((m) => unitDone(m, root) !== false).length, total: ms.length };
    }
    return { agency: id, done: d !== false, completed: d === false ? null : d, reported: unitReported(id, none), members };
  });

  // The merged state, before due dates are weighed: from the leads' side (lead agencies and members of lead groups),
  // else, when no lead has reported at all, from the supporters' (who can say in progress, never done).
  let state: ProgressState | null = null;
  let anyLead = false;
  let leadWork = false;
  let anyWork = false;
  for (const e of latest) {
    const work = e.state !== "not-started" || e.milestones.some((m) => m.completed);
    if (leadSide.get(e.agency)) {
      anyLead = true;
      if (work) leadWork = true;
    }
    if (work) anyWork = true;
  }
  if (latest.length) state = (anyLead ? leadWork : anyWork) ? "in-progress" : "not-started";

  if (ongoing) {
    // For an ongoing task "done" means carried out for the period: every lead reports it done this period.
    const doneNow = leads.length > 0 && leadsDone === leads.length;
    if (doneNow) state = "done";
    return {
      task,
      ongoing,
      entries: latest,
      currentEntries,
      reportedThisPeriod,
      leads,
      leadsDone,
      state,
      bucket: reportedThisPeriod ? "ongoing-reported" : "ongoing-unreported",
      completed: null,
      due: [],
      days: null,
      completedForHeadline: doneNow,
    };
  }

  const due: DueItem[] = dd.map((d, i) => {
    // With one due date, each lead's completion is the one already found for it.
    const dates = several ? leadIds.map((id) => unitMet(id, i, none)) : leads.map((l) => l.completed ?? undefined);
    const completed = dates.length > 0 && dates.every((x) => x !== undefined) ? maxDate(dates)! : null;
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
  return {
    task,
    ongoing,
    entries: latest,
    currentEntries,
    reportedThisPeriod,
    leads,
    leadsDone,
    state,
    bucket,
    completed,
    due,
    days,
    completedForHeadline: allDone,
  };
}

/**
 * Whether a judged task counts as "hoàn thành" in the headline: a task with due dates that is done by the cut-off
 * (on time or late), or an ongoing task that every lead reports as done (carried out) this period.
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

/** Overdue tasks by days overdue, as the Government Office's tracking groups them: ≤ 30, 31–90, 91–120, > 120 days. */
export const AGEING_BANDS = [
  { band: "0-30", from: 0, to: 30 },
  { band: "31-90", from: 31, to: 90 },
  { band: "91-120", from: 91, to: 120 },
  { band: "121+", from: 121, to: null },
] as const;
export type AgeingBand = (typeof AGEING_BANDS)[number]["band"];

/** The band of a number of days overdue (a task overdue on its due day itself is 0 days overdue). */
export function ageingBand(days: number): AgeingBand {
  for (const b of AGEING_BANDS) if (b.to === null || days <= b.to) return b.band;
  return "121+";
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
  const ms = milestonesOf(task.deadline);
  if (typeof ref === "number") return Number.isInteger(ref) && ref >= 1 && ref <= ms.length ? ref - 1 : -1;
  const f = fold(ref);
  const byLabel = ms.findIndex((m) => fold(m.label) === f);
  if (byLabel >= 0) return byLabel;
  return /^\d+$/.test(f) ? milestoneIndex(task, Number(f)) : -1;
}
