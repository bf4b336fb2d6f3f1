// How people read a period's name, in each language: the one place that turns a period (or its ISO key, 2024-Q3)
// into words. ISO keys stay in machine formats (JSON keys, file names, CSV ids); prose says "Quý III/2024", "Q3 2024".
import type { Lang } from "./types";
import type { Period } from "../model/period";

const ROMAN = ["", "I", "II", "III", "IV"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A period from its ISO key: 2024-Q3, 2024-10, 2024-H1, 2024-9M, 2024; undefined for anything else. */
export function periodOfKey(key: string): Period | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(key))) return { kind: "quarter", year: Number(m[1]), quarter: Number(m[2]) };
  if ((m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key))) return { kind: "month", year: Number(m[1]), month: Number(m[2]) };
  if ((m = /^(\d{4})-H1$/.exec(key))) return { kind: "half-year", year: Number(m[1]) };
  if ((m = /^(\d{4})-9M$/.exec(key))) return { kind: "nine-months", year: Number(m[1]) };
  if ((m = /^(\d{4})$/.exec(key))) return { kind: "year", year: Number(m[1]) };
  return undefined;
}

/**
 * The name of a period in running text. Vietnamese: Quý II/2024, tháng 10/2024, 6 tháng đầu năm 2024, 9 tháng năm
 * 2024, năm 2024. English: Q2 2024, October 2024, first half of 2024, nine months of 2024, 2024. `start`: at the start
 * of a sentence or heading (Năm 2024, First half of 2024). A key that is no period is given back as it is.
 */
export function periodName(period: Period | string, lang: Lang, opts: { start?: boolean } = {}): string {
  const p = typeof period === "string" ? periodOfKey(period) : period;
  if (!p) return period as string;
  const text = lang === "vi" ? nameVi(p) : nameEn(p);
  return opts.start ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

function nameVi(p: Period): string {
  switch (p.kind) {
    case "quarter":
      return `Quý ${ROMAN[p.quarter!]}/${p.year}`;
    case "month":
      return `tháng ${String(p.month).padStart(2, "0")}/${p.year}`;
    case "half-year":
      return `6 tháng đầu năm ${p.year}`;
    case "nine-months":
      return `9 tháng năm ${p.year}`;
    case "year":
      return `năm ${p.year}`;
  }
}

function nameEn(p: Period): string {
  switch (p.kind) {
    case "quarter":
      return `Q${p.quarter} ${p.year}`;
    case "month":
      return `${MONTHS[p.month! - 1]} ${p.year}`;
    case "half-year":
      return `first half of ${p.year}`;
    case "nine-months":
      return `nine months of ${p.year}`;
    case "year":
      return `${p.year}`;
  }
}
