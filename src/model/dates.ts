// Calendar dates as ISO strings (YYYY-MM-DD): parsing what people type, calendar arithmetic and formatting for
// Vietnamese readers. The arithmetic (month and quarter ends, days between, days after, dd/mm/yyyy) is dayjs's, in
// UTC so that no time zone moves a day. Reading dates stays hand-written: it runs for every date of every file that
// lint reads, and dayjs's strict parsing (customParseFormat) cost 1.5 s of CPU per national-scale lint (17,641 files,
// profiled), where this costs nothing measurable.
import dayjs, { type Dayjs } from "dayjs";
import quarterOfYear from "dayjs/plugin/quarterOfYear";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);
dayjs.extend(quarterOfYear);

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_FORMAT = "YYYY-MM-DD";

/**
 * dayjs reads years 0–99 as 1900–1999 (Date.UTC does), so such dates are worked on 2,000 years later and moved back:
 * the Gregorian calendar repeats every 400 years, so five cycles on, every month length, leap day and count of days
 * between two dates is the same.
 */
const SHIFT = 2000;

/** The years to add to work on the dates given (SHIFT when one of them is before the year 400). */
function shiftFor(...isos: string[]): number {
  return isos.some((iso) => Number(iso.slice(0, 4)) < 400) ? SHIFT : 0;
}

/** The day an ISO date names, at midnight UTC, `shift` years on. */
function day(iso: string, shift = 0): Dayjs {
  return dayjs.utc(shift ? `${String(Number(iso.slice(0, 4)) + shift).padStart(4, "0")}${iso.slice(4)}` : iso);
}

/** A day as ISO, `shift` years back. */
function isoDay(d: Dayjs, shift = 0): string {
  return shift ? isoOf(d.year() - shift, d.month() + 1, d.date()) : d.format(ISO_FORMAT);
}

/**
 * A function of a date remembered per argument: a plan names few distinct dates and months, and dayjs takes some
 * microseconds a call, which adds up over the 4,000 rows of a national list or lint's due dates of every task.
 */
function remembered<F extends (...args: never[]) => string>(fn: F): F {
  const seen = new Map<string, string>();
  return ((...args: Parameters<F>) => {
    const key = args.join(" ");
    let v = seen.get(key);
    if (v === undefined) {
      if (seen.size >= 10_000) seen.clear();
      v = fn(...args);
      seen.set(key, v);
    }
    return v;
  }) as F;
}

/** True when the string is a real calendar day written YYYY-MM-DD (2024-02-30 is not). */
export function isIsoDate(text: string): boolean {
  // By character codes (it runs for every date of every file): YYYY-MM-DD, digits and dashes.
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number written by the ASCII digits text[from..to), or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Parse a date typed as dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy or YYYY-MM-DD; null when it is none of them. */
export function parseDate(text: string): string | null {
  const t = text.trim();
  if (isIsoDate(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : null;
}

/** The ISO date of a year, month (1–12) and day. */
export function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Number of days in a month (1–12); by hand, as isIsoDate runs it for every date lint reads. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Last day of a month (1–12), as ISO. */
export const endOfMonth = remembered((year: number, month: number) => {
  const shift = year < 400 ? SHIFT : 0;
  return isoDay(dayjs.utc(isoOf(year + shift, month, 1)).endOf("month"), shift);
});

/** First day of a quarter (1–4), as ISO. */
export const startOfQuarter = remembered((year: number, quarter: number) => {
  const shift = year < 400 ? SHIFT : 0;
  return isoDay(
    dayjs
      .utc(isoOf(year + shift, 1, 1))
      .quarter(quarter)
      .startOf("quarter"),
    shift,
  );
});

/** Last day of a quarter (1–4), as ISO. */
export const endOfQuarter = remembered((year: number, quarter: number) => {
  const shift = year < 400 ? SHIFT : 0;
  return isoDay(
    dayjs
      .utc(isoOf(year + shift, 1, 1))
      .quarter(quarter)
      .endOf("quarter"),
    shift,
  );
});

/**
 * dd/mm/yyyy, as Vietnamese documents write dates. Text in the ISO shape that names no day (2024-02-30) is turned
 * round all the same, so a message can quote it as written; other text is given back as it is.
 */
export const formatViDate = remembered((iso: string) => {
  if (isIsoDate(iso)) {
    const shift = shiftFor(iso);
    return shift ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : day(iso).format("DD/MM/YYYY");
  }
  const m = ISO.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
});

/** The date on a day (1–28) of the month `months` after (or before, for negative) the month of an ISO date. */
export const dayOfMonthFrom = remembered((iso: string, months: number, dayOfMonth: number) => {
  const shift = shiftFor(iso);
  return isoDay(day(iso, shift).add(months, "month").date(dayOfMonth), shift);
});

/** The ISO date n days after (or before, for negative n) the given one. */
export function addDays(iso: string, n: number): string {
  const shift = shiftFor(iso);
  return isoDay(day(iso, shift).add(n, "day"), shift);
}

/** Whole days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const shift = shiftFor(from, to);
  return day(to, shift).diff(day(from, shift), "day");
}
