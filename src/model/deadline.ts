// Deadlines: understanding the Vietnamese wording, and the due dates a deadline implies.
import type { Amendment, Deadline, DeadlineFields, DeadlineKind, DeadlineOf, Milestone, ReportPeriodKind, Task } from "./types";
import { endOfMonth, endOfQuarter, isIsoDate, isoOf } from "./dates";
import { fold } from "./vietnamese";

/** The meaning par reads from a deadline's wording (the fields of Deadline other than text). */
export type DeadlineMeaning = Deadline extends infer D ? (D extends Deadline ? Omit<D, "text" | "outsidePlanYear"> : never) : never;

/** A deadline as a task file writes it (task.schema.json#/$defs/deadline), valid against the schema. */
export interface DeadlineFile {
  text: string;
  kind: DeadlineKind;
  date?: string;
  before?: boolean;
  event?: string;
  month?: string;
  quarter?: string;
  year?: number;
  milestones?: Milestone[];
  periods?: ReportPeriodKind[];
  day?: number;
  outside_plan_year?: boolean;
}

/** The deadline of a valid task file: only the fields of its kind are kept (the schema requires each kind's own). */
export function deadlineFromFile(d: DeadlineFile): Deadline {
  const common: { text: string; outsidePlanYear?: boolean } = { text: d.text };
  if (d.outside_plan_year !== undefined) common.outsidePlanYear = d.outside_plan_year;
  const kind = d.kind;
  switch (kind) {
    case "date": {
      const out: DeadlineOf<"date"> = { ...common, kind, date: d.date! };
      if (d.before !== undefined) out.before = d.before;
      if (d.event !== undefined) out.event = d.event;
      return out;
    }
    case "month":
      return { ...common, kind, month: d.month! };
    case "quarter":
      return { ...common, kind, quarter: d.quarter! };
    case "year":
    case "ongoing-year":
      return { ...common, kind, year: d.year! };
    case "ongoing":
      return { ...common, kind };
    case "milestones":
      return { ...common, kind, milestones: d.milestones!.map((m) => ({ ...m })) };
    case "recurring": {
      const out: DeadlineOf<"recurring"> = { ...common, kind, periods: [...d.periods!] };
      if (d.day !== undefined) out.day = d.day;
      return out;
    }
  }
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function quarterNumber(token: string): number | undefined {
  return ROMAN[token] ?? (/^[1-4]$/.test(token) ? Number(token) : undefined);
}

function validDay(y: number, m: number, d: number): string | undefined {
  const iso = isoOf(y, m, d);
  return isIsoDate(iso) ? iso : undefined;
}

/** "ngày 30 tháng 6 năm 2024" / "30/6/2024" / "ngày 30/06/2024" → ISO. */
function parseDayPhrase(t: string): string | undefined {
  let m = /^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$/.exec(t);
  if (!m) m = /^(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
  if (!m) return undefined;
  return validDay(Number(m[3]), Number(m[2]), Number(m[1]));
}

function parseSingle(t: string, planYear: number | undefined): DeadlineMeaning | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^quy\s+(i{1,3}|iv|[1-4])\s*\/\s*(\d{4})$/.exec(t))) {
    const q = quarterNumber(m[1]!);
    return q ? { kind: "quarter", quarter: `${m[2]}-Q${q}` } : undefined;
  }
  if ((m = /^thang\s+(\d{1,2})\s*\/\s*(\d{4})$/.exec(t))) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return undefined;
    return { kind: "month", month: `${m[2]}-${String(month).padStart(2, "0")}` };
  }
  if ((m = /^(?:trong\s+)?nam\s+(\d{4})$/.exec(t))) return { kind: "year", year: Number(m[1]) };
  if (t === "thuong xuyen") return { kind: "ongoing" };
  if ((m = /^thuong xuyen trong nam\s+(\d{4})$/.exec(t))) return { kind: "ongoing-year", year: Number(m[1]) };
  if ((m = /^(truoc|trong|den)\s+(.*)$/.exec(t))) {
    const date = parseDayPhrase(m[2]!);
    if (date) return m[1] === "truoc" ? { kind: "date", date, before: true } : { kind: "date", date };
  }
  const plain = parseDayPhrase(t);
  if (plain) return { kind: "date", date: plain };
  // A named day with its date in brackets: "Nhân ngày doanh nhân Việt Nam (13/10)".
  if ((m = /^(?:nhan\s+)?ngay\s+.*\((\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?\)$/.exec(t))) {
    const year = m[3] ? Number(m[3]) : planYear;
    if (year === undefined) return undefined;
    const date = validDay(year, Number(m[2]), Number(m[1]));
    return date ? { kind: "date", date } : undefined;
  }
  // A recurring report: "Báo cáo kết quả định kỳ trước ngày 15 của quý/6 tháng/năm".
  if ((m = /dinh ky\s+truoc\s+ngay\s+(\d{1,2})\s+(?:cua|hang)\s+(.+)$/.exec(t))) {
    const periods: ReportPeriodKind[] = [];
    for (const part of m[2]!.split("/").map((s) => s.trim())) {
      const p = ({ quy: "quarter", "6 thang": "half-year", "9 thang": "nine-months", nam: "year" } as const)[part];
      if (!p) return undefined;
      periods.push(p);
    }
    return { kind: "recurring", periods, day: Number(m[1]) };
  }
  return undefined;
}

/** Read the meaning of a deadline's wording; undefined when par does not understand it. */
export function parseDeadlineText(text: string, planYear?: number): DeadlineMeaning | undefined {
  // Trailing "." and ";" cut by a scan from the end: /[.;]+$/ retries every run of dots (quadratic on a long one).
  const folded = fold(text);
  let end = folded.length;
  while (end > 0 && (folded[end - 1] === "." || folded[end - 1] === ";")) end--;
  const t = folded.slice(0, end).trim();
  // Several milestones: "Lần 1: trước ngày … - Lần 2: trước ngày …".
  const parts = t
    .split(/(?:^|[.;,]?\s*[-–]\s*|[.;]\s+)(?=lan\s+\d+\s*:)/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (parts.length >= 2 || /^lan\s+\d+\s*:/.test(t)) {
    const milestones: Milestone[] = [];
    for (const part of parts) {
      const m = /^lan\s+(\d+)\s*:\s*(.*?)[.;]?$/.exec(part);
      if (!m) return undefined;
      const one = parseSingle(m[2]!, planYear);
      if (one?.kind !== "date" || !one.date) return undefined;
      milestones.push(one.before ? { label: `Lần ${m[1]}`, date: one.date, before: true } : { label: `Lần ${m[1]}`, date: one.date });
    }
    if (milestones.length >= 2) return { kind: "milestones", milestones };
    return undefined;
  }
  return parseSingle(t, planYear);
}

/** A due date a deadline implies, with the milestone's label when it has several. */
export interface DueDate {
  date: string;
  label?: string;
}

/** Every due date of a deadline, in order; empty for ongoing and recurring deadlines. */
export function dueDates(d: Deadline): DueDate[] {
  switch (d.kind) {
    case "date":
      return d.date ? [{ date: d.date }] : [];
    case "month": {
      const [y, m] = d.month.split("-").map(Number);
      return y && m ? [{ date: endOfMonth(y, m) }] : [];
    }
    case "quarter": {
      const mm = /^(\d{4})-Q([1-4])$/.exec(d.quarter);
      return mm ? [{ date: endOfQuarter(Number(mm[1]), Number(mm[2])) }] : [];
    }
    case "year":
      return d.year ? [{ date: isoOf(d.year, 12, 31) }] : [];
    case "milestones":
      return d.milestones.map((m) => ({ date: m.date, label: m.label }));
    case "ongoing":
    case "ongoing-year":
    case "recurring":
      return [];
  }
}

/** What par knows of each kind of deadline, one entry a kind (the compiler names a missing one). */
const KINDS: Record<DeadlineKind, { ongoing: boolean }> = {
  date: { ongoing: false },
  month: { ongoing: false },
  quarter: { ongoing: false },
  year: { ongoing: false },
  ongoing: { ongoing: true },
  "ongoing-year": { ongoing: true },
  milestones: { ongoing: false },
  recurring: { ongoing: true },
};

/** The years a deadline falls in beyond its due dates (an ongoing-year deadline's year). */
export function yearsBeyondDueDates(d: Deadline): number[] {
  switch (d.kind) {
    case "ongoing-year":
      return [d.year];
    case "date":
    case "month":
    case "quarter":
    case "year":
    case "ongoing":
    case "milestones":
    case "recurring":
      return [];
  }
}

/** A deadline's milestones; empty unless it is of kind milestones. */
export function milestonesOf(d: Deadline): Milestone[] {
  return d.kind === "milestones" ? d.milestones : [];
}

/** The last due date, or null when the deadline has none (ongoing, recurring). */
export function finalDueDate(d: Deadline): string | null {
  const all = dueDates(d);
  return all.length ? all[all.length - 1]!.date : null;
}

/** True for deadlines judged every period rather than by a due date. */
export function isOngoing(d: Deadline): boolean {
  return KINDS[d.kind].ongoing;
}

/** The fields on which a stated meaning and the wording disagree (empty when they agree). */
export function meaningMismatches(statedDeadline: Deadline, readMeaning: DeadlineMeaning): string[] {
  const stated: DeadlineFields = statedDeadline;
  const read: Omit<DeadlineFields, "text"> = readMeaning;
  const keys = ["kind", "date", "before", "month", "quarter", "year", "day"] as const;
  const out: string[] = [];
  for (const k of keys) {
    if (read[k] === undefined) continue;
    if (k === "before" && stated.before === undefined) continue;
    if (stated[k] !== read[k]) out.push(k);
  }
  if (read.periods && JSON.stringify(read.periods) !== JSON.stringify(stated.periods)) out.push("periods");
  if (read.milestones) {
    const a = (stated.milestones ?? []).map((m) => m.date).join(",");
    const b = read.milestones.map((m) => m.date).join(",");
    if (a !== b) out.push("milestones");
  }
  return out;
}

/** The deadline in force on a day, and the amendment that set it (null: the plan's own deadline). */
export interface DeadlineInForce {
  deadline: Deadline;
  amendment: Amendment | null;
}

/**
 * The deadline in force on a day: that of the last amendment (in the order of their effective days) that has taken
 * effect by then, the day itself included; the plan's own deadline before the first.
 */
export function deadlineInForce(task: Pick<Task, "deadline" | "amendments">, date: string): DeadlineInForce {
  let best: Amendment | null = null;
  for (const a of task.amendments ?? []) if (a.effective <= date && (!best || a.effective >= best.effective)) best = a;
  return best ? { deadline: best.deadline, amendment: best } : { deadline: task.deadline, amendment: null };
}
