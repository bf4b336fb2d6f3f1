// par remind's formatters: text, md, json (one document for all agencies, or one per agency) and eml (one message per
// agency). Each returns text or bytes; the command writes them.
import type { Lang } from "../../i18n";
import type { AgencyReminder, RemindReport } from "../../report/remind";
import { escapeMarkdown } from "../escape";
import { agencyName, agencyText, remindWords, sections } from "./common";
import { eml } from "./eml";

export { REMIND_FORMATS, type RemindFormat } from "./common";

/** The report narrowed to one agency, for one file per agency. */
export function forAgency(r: RemindReport, a: AgencyReminder): RemindReport {
  return { ...r, agencies: [a] };
}

export function remindText(r: RemindReport, lang: Lang): string {
  if (!r.agencies.length) return remindWords(lang).nothing + "\n";
  return r.agencies.map((a) => agencyText(a, r, lang)).join("\n" + "─".repeat(40) + "\n\n");
}

export function remindMd(r: RemindReport, lang: Lang): string {
  const w = remindWords(lang);
  if (!r.agencies.length) return escapeMarkdown(w.nothing) + "\n";
  const out: string[] = [];
  for (const a of r.agencies) {
    out.push(`# ${escapeMarkdown(w.greeting(agencyName(a, lang)))}`, "");
    for (const s of sections(a, r, lang)) out.push(`## ${escapeMarkdown(s.heading)}`, "", ...s.lines.map((l) => `- ${escapeMarkdown(l)}`), "");
    out.push(escapeMarkdown(w.closing), "");
  }
  return out.join("\n");
}

export function remindJson(r: RemindReport): string {
  return JSON.stringify(r, null, 2) + "\n";
}

export { eml };
