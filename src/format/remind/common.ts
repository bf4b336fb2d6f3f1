// What the remind formatters share: the words of the run's language, and one agency's reminder as lines of text.
import type { Lang } from "../../i18n";
import { remindEn, type RemindWords } from "../../i18n/en/remind";
import { remindVi } from "../../i18n/vi/remind";
import { periodName } from "../../i18n/period";
import { formatViDate } from "../../model/dates";
import { parseQuarterKey } from "../../model/progress";
import type { AgencyReminder, RemindReport, RemindTask } from "../../report/remind";

export const REMIND_FORMATS = ["text", "md", "json", "eml"] as const;
export type RemindFormat = (typeof REMIND_FORMATS)[number];

export function remindWords(lang: Lang): RemindWords {
  return lang === "en" ? remindEn : remindVi;
}

export function agencyName(a: AgencyReminder, lang: Lang): string {
  return lang === "en" && a.agency.nameEn ? a.agency.nameEn : a.agency.name;
}

export function periodLabel(r: RemindReport, lang: Lang): string {
  const q = parseQuarterKey(r.period);
  return q ? periodName({ kind: "quarter", year: q.year, quarter: q.quarter }, lang) : r.period;
}

/** One task as a line: "1.c — text (deadline: …, 30/06/2024; 76 days overdue)". */
function taskLine(t: RemindTask, w: RemindWords, note: string | null): string {
  const due = t.due ? `, ${formatViDate(t.due)}` : "";
  return `${t.id} — ${t.text} (${w.deadline}: ${t.deadlineText}${due}${note ? `; ${note}` : ""})`;
}

/** The sections of one agency's reminder: a heading and its lines, empty sections left out. */
export function sections(a: AgencyReminder, r: RemindReport, lang: Lang): { heading: string; lines: string[] }[] {
  const w = remindWords(lang);
  return [
    { heading: w.overdue, lines: a.overdue.map((t) => taskLine(t, w, w.daysOverdue(t.days ?? 0))) },
    { heading: w.dueSoon(r.within), lines: a.dueSoon.map((t) => taskLine(t, w, w.daysLeft(t.days ?? 0))) },
    { heading: w.noReport(periodLabel(r, lang)), lines: a.noReport.map((t) => taskLine(t, w, null)) },
  ].filter((s) => s.lines.length > 0);
}

/** One agency's reminder as plain text (the body of the text output and of the e-mail). */
export function agencyText(a: AgencyReminder, r: RemindReport, lang: Lang): string {
  const w = remindWords(lang);
  const out = [w.greeting(agencyName(a, lang)), "", w.intro(r.plan.title, formatViDate(r.cutoff)), ""];
  for (const s of sections(a, r, lang)) out.push(`${s.heading}:`, ...s.lines.map((l) => `  - ${l}`), "");
  out.push(w.closing);
  return out.join("\n") + "\n";
}
