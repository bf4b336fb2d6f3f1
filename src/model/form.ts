// The quarterly return form (`par progress form` writes it, `par progress import` reads it back): its version, the
// keys of its columns, and reading what people type into its cells (dates, numbers, states). Pure.
import { parseDate, isoOf } from "./dates";
import { PROGRESS_STATES, type ProgressState } from "./progress";
import { fold } from "./vietnamese";
import { distance } from "fastest-levenshtein";

/** The form's version, written in every row's hidden `form` cell; an import refuses another one. */
export const FORM_VERSION = "par-progress-form/1";

/** The hidden machine columns, in the order the form writes them. */
export const MACHINE_KEYS = ["plan", "task", "agency", "period", "form", "targets"] as const;
/** The input columns. */
export const INPUT_KEYS = ["state", "completed", "result", "evidence-number", "evidence-date", "obstacles", "proposals"] as const;
/** The key of the n-th target value column (1-based): `target-1`. */
export const targetKey = (n: number): string => `target-${n}`;
/** The key of the date column of a task's n-th milestone (1-based, in the plan's order): `milestone-1`. */
export const milestoneKey = (n: number): string => `milestone-${n}`;
/** The milestone number a column key names (`milestone-2` → 2); undefined for any other key. */
export function milestoneOfKey(key: string): number | undefined {
  const m = /^milestone-(\d+)$/.exec(key);
  return m ? Number(m[1]) : undefined;
}

/** A cell's value as the reader gives it: what was typed, whatever the spreadsheet made of it. */
export type CellValue =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  /** A date cell (ISO), as the workbook stores it. */
  | { kind: "date"; iso: string }
  | { kind: "bool"; value: boolean }
  | { kind: "error"; text: string };

/** The letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** A cell as text, trimmed (numbers as written in JavaScript, dates ISO); "" for an empty cell. */
export function cellText(v: CellValue): string {
  switch (v.kind) {
    case "empty":
      return "";
    case "text":
      return v.text.replace(/\u00a0/g, " ").trim();
    case "number":
      return String(v.value);
    case "date":
      return v.iso;
    case "bool":
      return v.value ? "TRUE" : "FALSE";
    case "error":
      return v.text;
  }
}

/** An Excel serial day number (1900 system, as both Excel and LibreOffice write xlsx) as ISO; undefined when out of range. */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return undefined;
  const ms = Math.round((Math.floor(serial) - 25569) * 86400000);
  const d = new Date(ms);
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export type DateRead = { ok: true; iso: string } | { ok: false; reason: "invalid" } | { ok: true; iso: undefined };

/**
 * Read a date cell: a date cell, a serial number, or text 15/11/2024, 15-11-2024, 15.11.2024, 2024-11-15 (with
 * spaces around). Empty: no date. A day that does not exist (31/02/2024) or any other text is invalid.
 */
export function readDateCell(v: CellValue): DateRead {
  if (v.kind === "empty") return { ok: true, iso: undefined };
  if (v.kind === "date") return { ok: true, iso: v.iso };
  if (v.kind === "number") {
    const iso = Number.isInteger(v.value) ? serialToIso(v.value) : undefined;
    return iso ? { ok: true, iso } : { ok: false, reason: "invalid" };
  }
  const t = cellText(v);
  if (t === "") return { ok: true, iso: undefined };
  const iso = parseDate(t.replace(/\s*([/.-])\s*/g, "$1"));
  return iso ? { ok: true, iso } : { ok: false, reason: "invalid" };
}

export type NumberRead = { ok: true; value: number | undefined } | { ok: false };

/** Read a number as people type it: 98,5 or 98.5 or 98,5% or 1.234,5 or 1 234; empty: no value. */
export function readNumberCell(v: CellValue): NumberRead {
  if (v.kind === "empty") return { ok: true, value: undefined };
  if (v.kind === "number") return Number.isFinite(v.value) ? { ok: true, value: v.value } : { ok: false };
  if (v.kind !== "text") return { ok: false };
  let t = cellText(v).replace(/[\s\u202f]/g, "");
  if (t === "") return { ok: true, value: undefined };
  t = t.replace(/%$/, "");
  if (!/^[+-]?[\d.,]+$/.test(t) || !/\d/.test(t)) return { ok: false };
  const comma = t.lastIndexOf(",");
  const dot = t.lastIndexOf(".");
  let normal: string;
  if (comma >= 0 && dot >= 0) {
    // The later mark is the decimal one: 1.234,5 (Vietnamese) or 1,234.5.
    normal = comma > dot ? t.replace(/\./g, "").replace(",", ".") : t.replace(/,/g, "");
  } else if (comma >= 0) {
    // 98,5 is a decimal comma; 1,234,567 groups thousands.
    normal = (t.match(/,/g) ?? []).length > 1 ? t.replace(/,/g, "") : t.replace(",", ".");
  } else {
    normal = (t.match(/\./g) ?? []).length > 1 ? t.replace(/\./g, "") : t;
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normal)) return { ok: false };
  const n = Number(normal);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false };
}

/** What each state may be typed as, folded (no diacritics, lower case): the form's words in both languages and the ids. */
const STATE_WORDS: Record<ProgressState, string[]> = {
  "not-started": ["chua thuc hien", "chua trien khai", "not started", "not-started"],
  "in-progress": ["dang thuc hien", "dang trien khai", "in progress", "in-progress"],
  done: ["da hoan thanh", "hoan thanh", "done", "completed"],
};

export type StateRead = { ok: true; state: ProgressState | undefined } | { ok: false; suggestion: ProgressState | undefined };

/** Read a state: the drop-down's words in any case, with or without diacritics, or an id; a near miss is suggested. */
export function readStateCell(v: CellValue): StateRead {
  const t = fold(cellText(v)).replace(/[.;:!]+$/, "");
  if (t === "") return { ok: true, state: undefined };
  for (const s of PROGRESS_STATES) if (STATE_WORDS[s].includes(t)) return { ok: true, state: s };
  let best: ProgressState | undefined;
  let bestDistance = Infinity;
  for (const s of PROGRESS_STATES)
    for (const w of STATE_WORDS[s]) {
      const d = distance(t, w);
      if (d < bestDistance) [best, bestDistance] = [s, d];
    }
  return { ok: false, suggestion: bestDistance <= 3 ? best : undefined };
}

/** One entry of a progress file, as it will be written (dates ISO). */
export interface ImportedEntry {
  task: string;
  state: ProgressState;
  completed?: string;
  /** The milestones met (index 0-based in the task's milestones; the label as the plan writes it, when it has one). */
  milestones?: { index: number; label?: string; completed: string }[];
  result?: string;
  evidence: { number: string; date: string }[];
  targets: Record<string, number>;
  obstacles?: string;
  proposals?: string;
}
