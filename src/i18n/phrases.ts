// The phrases every output prints the same way: a target, a list of agencies, evidence documents, a task's text
// shortened for a cell. Pure: data and a language in, a string out; the words come from the catalogues. (Periods:
// periodName in ./period.)
import { formatViDate } from "../model/dates";
import { finalDueDate } from "../model/deadline";
import type { Amendment, Comparison } from "../model/types";
import { statusEn } from "./en/status";
import { statusVi } from "./vi/status";
import type { Lang } from "./types";

function words(lang: Lang): typeof statusEn {
  return lang === "vi" ? statusVi : statusEn;
}

/** What a target phrase needs of a target (a plan's target or a status row's). */
export interface TargetFacts {
  metric: string;
  comparison: Comparison;
  value?: number | null;
  unit?: string | null;
}

/** How a target phrase writes its unit: "%" only (the other units are in the metric's words), a unit unless the
 * metric already says it, or always. */
export type UnitStyle = "percent" | "unless-in-metric" | "always";

/**
 * A target's goal: "≥ 90%", "= 100%", "≥ 1 sáng kiến/giải pháp", "tăng"; "?" for a missing value. A unit other than
 * "%" is written after a space. `equals: false` leaves "=" out ("100%"), as `par show` writes it.
 */
export function targetPhrase(t: TargetFacts, lang: Lang, opts: { unit?: UnitStyle; equals?: boolean } = {}): string {
  const w = words(lang);
  if (t.comparison === "increase") return w.comparison.increase!;
  const style = opts.unit ?? "percent";
  const unit = !t.unit ? "" : t.unit === "%" ? "%" : style === "always" || (style === "unless-in-metric" && !t.metric.includes(t.unit)) ? ` ${t.unit}` : "";
  const value = `${t.value === null || t.value === undefined ? "?" : w.num(t.value)}${unit}`;
  return t.comparison === "=" && opts.equals === false ? value : `${w.comparison[t.comparison]} ${value}`;
}

/** A target in full, as `par show` writes it: "tỷ lệ hài lòng (Chỉ số SIPAS): ≥ 90%", then "(so với …)". */
export function targetLinePhrase(t: TargetFacts & { baseline?: string | null }, lang: Lang): string {
  const baseline = t.baseline ? ` (${words(lang).against(t.baseline)})` : "";
  return `${t.metric}: ${targetPhrase(t, lang, { unit: "always", equals: false })}${baseline}`;
}

/** What an agency list needs of an agency. */
export interface AgencyFacts {
  name: string;
  short: string;
  nameEn?: string | null;
  qualifier?: string | null;
}

/**
 * Agencies joined: short names with ", " ("Sở KH&ĐT (chủ trì), VP UBND tỉnh (phối hợp)"); full names, which hold
 * commas themselves ("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"), with "; " as the annex writes them.
 * The English name in English when known.
 */
export function agencyListPhrase(list: readonly AgencyFacts[], lang: Lang, opts: { full?: boolean } = {}): string {
  const full = opts.full ?? false;
  return list.map((a) => `${lang === "en" && a.nameEn ? a.nameEn : full ? a.name : a.short}${a.qualifier ? ` (${a.qualifier})` : ""}`).join(full ? "; " : ", ");
}

/** What an evidence phrase needs of a document. */
export interface EvidenceFacts {
  number: string;
  date: string;
  title?: string | null;
}

/**
 * Evidence documents, each once: "125/KH-UBND ngày 05/07/2024 (title); …". The same number and date reported twice
 * (by two agencies, or in two quarters) is one document; its title is kept when either report gives one.
 */
export function evidencePhrase(list: readonly EvidenceFacts[], lang: Lang): string {
  const w = words(lang);
  const docs = new Map<string, EvidenceFacts>();
  for (const e of list) {
    const key = `${e.number}\u0000${e.date}`;
    const seen = docs.get(key);
    if (!seen || (!seen.title && e.title)) docs.set(key, e);
  }
  return [...docs.values()].map((e) => w.evidence(e.number, formatViDate(e.date)) + (e.title ? ` (${e.title})` : "")).join("; ");
}

/**
 * A deadline amendment: "Từ ngày 10/09/2024: Tháng 10/2024, hạn 31/10/2024 (999/UBND-KSTTHC ngày 09/09/2024)": the day it
 * takes effect, the new deadline as written, its due date, and the deciding document as evidence is written.
 */
export function amendmentPhrase(a: Pick<Amendment, "effective" | "decision" | "deadline">, lang: Lang): string {
  const w = words(lang);
  const due = finalDueDate(a.deadline);
  const doc = a.decision ? (a.decision.date ? w.evidence(a.decision.number, formatViDate(a.decision.date)) : a.decision.number) : null;
  return w.amendment(formatViDate(a.effective), a.deadline.text, due && formatViDate(due), doc);
}

/**
 * The bullet before each item of a task in the annex and in spreadsheets: an en dash, as Vietnamese documents write
 * lists. Not "-": a cell starting with "-" is a formula to Excel and LibreOffice, so CSV had to write it as "'- …"
 * and the apostrophe showed.
 */
export const ITEM_BULLET = "\u2013";

/** A task's words in full: its text, then each item on its own line after the bullet ("– Xây dựng …"). */
export function taskTextPhrase(task: { text?: string | null; items: readonly string[] }, bullet: string): string {
  return [...(task.text ? [task.text] : []), ...task.items.map((i) => `${bullet} ${i}`)].join("\n");
}

/** Text without the punctuation and blanks at its end; scanned from the end (a regex anchored at $ is quadratic). */
function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[:;,.\s]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * The start of a task's words for a cell: the first line of its text (or of its first item) without its closing
 * punctuation, at most `max` characters (code points), cut at a space when one falls in its second half, and "…"
 * when anything was cut.
 */
export function shortTaskText(task: { text?: string | null; items: readonly string[] }, max: number): string {
  const first = trimEndPunctuation((task.text ?? task.items[0] ?? "").split(/\r\n|\r|\n/, 1)[0]!);
  const chars = [...first];
  if (chars.length <= max) return first;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return trimEndPunctuation(space > max / 2 ? cut.slice(0, space) : cut) + "…";
}
