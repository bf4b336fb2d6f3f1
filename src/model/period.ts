// Periods: quarters, months, half-year, nine months, year; what people type for them; their date ranges and
// reporting windows (Decree 09/2019/NĐ-CP, Article 12, or calendar quarters).
import type { Plan, ReportingScheme } from "./types";
import { dayOfMonthFrom, endOfMonth, endOfQuarter, isoOf, startOfQuarter } from "./dates";
import { dueDates } from "./deadline";
import { fold } from "./vietnamese";

export type PeriodKind = "month" | "quarter" | "half-year" | "nine-months" | "year";

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–4, for kind quarter. */
  quarter?: number;
  /** 1–12, for kind month. */
  month?: number;
}

/** An inclusive range of ISO dates. */
export interface DateRange {
  start: string;
  end: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function quarterToken(t: string): number | undefined {
  if (/^[1-4]$/.test(t)) return Number(t);
  return ROMAN[t];
}

/**
 * Read a period as people type it: Q3, q3, III, 3, Quý III, quy 3, 2024-Q3, Q3/2024, Quý III/2024 (quarters);
 * 2024-10, 10/2024, 3/2024, Tháng 10/2024 (months, as Vietnamese dates write them); 2024, Năm 2024 (years); h1, 6 tháng (half-year); 9m, 9 tháng; year, năm.
 * A period without a year takes defaultYear. Undefined when the text is none of these.
 */
export function parsePeriod(text: string, defaultYear: number): Period | undefined {
  const t = fold(text).replace(/\s+/g, " ").trim();
  let m: RegExpExecArray | null;
  // Quarters.
  if ((m = /^(\d{4})\s*[-/ ]\s*(?:q|quy)\s*([1-4]|i{1,3}|iv)$/.exec(t))) return { kind: "quarter", year: Number(m[1]), quarter: quarterToken(m[2]!)! };
  if ((m = /^(?:q|quy)\s*([1-4]|i{1,3}|iv)(?:\s*[/-]\s*(\d{4}))?$/.exec(t)))
    return { kind: "quarter", year: m[2] ? Number(m[2]) : defaultYear, quarter: quarterToken(m[1]!)! };
  // A roman numeral with or without a year (III, III/2024), or a bare digit (3), is a quarter; "3/2024" is March.
  if ((m = /^(i{1,3}|iv)(?:\s*\/\s*(\d{4}))?$/.exec(t))) return { kind: "quarter", year: m[2] ? Number(m[2]) : defaultYear, quarter: quarterToken(m[1]!)! };
  if ((m = /^([1-4])$/.exec(t))) return { kind: "quarter", year: defaultYear, quarter: Number(m[1]) };
  // Months.
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(t)) || (m = /^(?:thang\s*)?(\d{1,2})\s*\/\s*(\d{4})$/.exec(t))) {
    const [year, month] = /^\d{4}$/.test(m[1]!) ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    if (month >= 1 && month <= 12) return { kind: "month", year, month };
    return undefined;
  }
  // Years.
  if ((m = /^(?:nam\s*)?(\d{4})$/.exec(t))) return { kind: "year", year: Number(m[1]) };
  // Half-year, nine months, year, with an optional year.
  if ((m = /^(h1|6m|6 thang(?: dau nam)?|half(?:-year)?|half year)(?:\s*[/-]?\s*(?:nam\s*)?(\d{4}))?$/.exec(t)))
    return { kind: "half-year", year: m[2] ? Number(m[2]) : defaultYear };
  if ((m = /^(9m|9 thang|nine(?:-months)?|nine months)(?:\s*[/-]?\s*(?:nam\s*)?(\d{4}))?$/.exec(t)))
    return { kind: "nine-months", year: m[2] ? Number(m[2]) : defaultYear };
  if ((m = /^(year|nam|annual|ca nam)(?:\s*[/-]?\s*(\d{4}))?$/.exec(t))) return { kind: "year", year: m[2] ? Number(m[2]) : defaultYear };
  return undefined;
}

/** Like parsePeriod, but only quarters. */
export function parseQuarter(text: string, defaultYear: number): Period | undefined {
  const p = parsePeriod(text, defaultYear);
  return p?.kind === "quarter" ? p : undefined;
}

/** The calendar dates a period covers (Q3 2024: 01/07/2024–30/09/2024). */
export function calendarRange(p: Period): DateRange {
  switch (p.kind) {
    case "month":
      return { start: isoOf(p.year, p.month!, 1), end: endOfMonth(p.year, p.month!) };
    case "quarter":
      return { start: startOfQuarter(p.year, p.quarter!), end: endOfQuarter(p.year, p.quarter!) };
    case "half-year":
      return { start: startOfQuarter(p.year, 1), end: endOfQuarter(p.year, 2) };
    case "nine-months":
      return { start: startOfQuarter(p.year, 1), end: endOfQuarter(p.year, 3) };
    case "year":
      return { start: startOfQuarter(p.year, 1), end: endOfQuarter(p.year, 4) };
  }
}

/**
 * The window a report for the period covers. Decree 09/2019/NĐ-CP, Article 12: from the 15th of the month before the
 * period to the 14th of its last month. A quarter: Q3 2024 is 15/06/2024–14/09/2024, Q1 starts 15/12 of the year
 * before; half-year, nine months and year all start 15/12 of the year before and end 14/06, 14/09 and 14/12; a month,
 * October: 15/09–14/10. With the calendar scheme, the calendar range.
 */
export function reportingWindow(p: Period, scheme: ReportingScheme): DateRange {
  const range = calendarRange(p);
  if (scheme === "calendar") return range;
  return { start: dayOfMonthFrom(range.start, -1, 15), end: dayOfMonthFrom(range.end, 0, 14) };
}

/** The quarter before a quarter. */
export function previousQuarter(p: Period): Period {
  return p.quarter === 1 ? { kind: "quarter", year: p.year - 1, quarter: 4 } : { kind: "quarter", year: p.year, quarter: p.quarter! - 1 };
}

/** A stable ASCII label: 2024-Q3, 2024-10, 2024-H1, 2024-9M, 2024. */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case "quarter":
      return `${p.year}-Q${p.quarter}`;
    case "month":
      return `${p.year}-${String(p.month).padStart(2, "0")}`;
    case "half-year":
      return `${p.year}-H1`;
    case "nine-months":
      return `${p.year}-9M`;
    case "year":
      return `${p.year}`;
  }
}

/** The dates a plan covers, and its reporting scheme (docs/data-format.md, "Periods"). */
export interface PlanSpan {
  /** 1 January of the plan's year, or an earlier due date marked outside_plan_year. */
  start: string;
  /** 31 December of the plan's year, or a later due date marked outside_plan_year. */
  end: string;
  scheme: ReportingScheme;
}

/**
 * The dates a plan covers: its year, stretched to the due dates of deadlines marked `outside_plan_year` (the 2024
 * plan's task 2.c, due January 2025, stretches it to 31/01/2025).
 */
export function planSpan(plan: Pick<Plan, "meta" | "tasks">): PlanSpan {
  let start = isoOf(plan.meta.year, 1, 1);
  let end = isoOf(plan.meta.year, 12, 31);
  for (const t of plan.tasks) {
    if (!t.deadline?.outsidePlanYear) continue;
    for (const d of dueDates(t.deadline)) {
      if (d.date < start) start = d.date;
      if (d.date > end) end = d.date;
    }
  }
  return { start, end, scheme: plan.meta.reporting };
}

const overlaps = (r: DateRange, span: PlanSpan): boolean => r.start <= span.end && r.end >= span.start;

/**
 * Whether a period belongs to the plan: its dates overlap the plan's, or, for a quarter or a month, its reporting
 * window does (Decree 09: Q1 of the year after opens on 15/12, so it reports the plan's last weeks).
 */
export function periodInPlan(p: Period, span: PlanSpan): boolean {
  if (overlaps(calendarRange(p), span)) return true;
  return (p.kind === "quarter" || p.kind === "month") && overlaps(reportingWindow(p, span.scheme), span);
}

/** The quarter whose reporting window holds a date (ISO). */
export function reportingQuarterOf(iso: string, scheme: ReportingScheme): Period {
  const y = Number(iso.slice(0, 4));
  for (const year of [y, y + 1]) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const p: Period = { kind: "quarter", year, quarter };
      const w = reportingWindow(p, scheme);
      if (w.start <= iso && iso <= w.end) return p;
    }
  }
  return { kind: "quarter", year: y, quarter: Math.ceil(Number(iso.slice(5, 7)) / 3) };
}

/** Whether a date (ISO) belongs to the plan: within its dates, or in the reporting window of a quarter that does. */
export function dateInPlan(iso: string, span: PlanSpan): boolean {
  if (iso >= span.start && iso <= span.end) return true;
  return periodInPlan(reportingQuarterOf(iso, span.scheme), span);
}

/** The first and last quarters that report on the plan. */
export function reportQuarters(span: PlanSpan): { first: Period; last: Period } {
  let first = reportingQuarterOf(span.start, span.scheme);
  while (periodInPlan(previousQuarter(first), span)) first = previousQuarter(first);
  let last = reportingQuarterOf(span.end, span.scheme);
  for (let next = nextQuarter(last); periodInPlan(next, span); next = nextQuarter(next)) last = next;
  return { first, last };
}

function nextQuarter(p: Period): Period {
  return p.quarter === 4 ? { kind: "quarter", year: p.year + 1, quarter: 1 } : { kind: "quarter", year: p.year, quarter: p.quarter! + 1 };
}
