// The status report as a Markdown document: the same sections as the terminal, and every task in a table.
import type { StatusReport } from "../../report/status";
import { renderMarkdown } from "../tabular";
import { BUCKET_ORDER, areaTable, date, leadTable, periodLabel, silentNames, statusWords, targetTable, taskTable, type StatusFormatter } from "./common";

/** Escape Markdown text outside tables (cells go through escapeMarkdownCell in renderMarkdown): markup characters. */
function mdText(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

/** Markdown. */
export const md: StatusFormatter = (r: StatusReport, o) => {
  const w = statusWords(o.lang);
  const out: string[] = [];
  out.push(`# ${mdText(w.title(r.plan.title))}`, "");
  out.push(mdText(w.periodLine(periodLabel(r.period, o.lang), date(r.period.start), date(r.period.end), w.scheme[r.period.scheme])) + "  ");
  out.push(mdText(w.cutoffLine(date(r.period.cutoff), r.period.asOf)), "");
  if (r.sample) out.push(`> **${mdText(w.sample)}**`, "");
  out.push(`**${mdText(w.headline(r.headline.completed, r.headline.total, w.percent(r.headline.percent)))}**`, "");

  out.push(`## ${mdText(w.heading.buckets)}`, "");
  out.push(renderMarkdown({ columns: [{ key: "b", header: w.col.status }, { key: "n", header: w.col.total, align: "right" }], rows: BUCKET_ORDER.map((b) => ({ b: w.bucket[b], n: String(r.counts[b]) })) }));
  out.push(`## ${mdText(w.heading.byArea)}`, "", renderMarkdown(areaTable(r, w, o.lang)));
  out.push(`## ${mdText(w.heading.byLead)}`, "", renderMarkdown(leadTable(r, w, o.lang)));
  const silent = silentNames(r, o.lang);
  if (silent) out.push(mdText(w.silent(silent)), "");
  if (r.targets.length) out.push(`## ${mdText(w.heading.targets)}`, "", renderMarkdown(targetTable(r, w, o.lang)));
  out.push(`## ${mdText(w.heading.changes(periodLabel(r.changes.previous, o.lang)))}`, "");
  out.push(`- ${mdText(w.newlyDone)}: ${mdText(r.changes.newlyDone.join(", ") || w.none)}`);
  out.push(`- ${mdText(w.newlyOverdue)}: ${mdText(r.changes.newlyOverdue.join(", ") || w.none)}`, "");
  out.push(`## ${mdText(w.heading.tasks)}`, "", renderMarkdown(taskTable(r.tasks, w, o.lang)));
  if (r.withoutEvidence.length) out.push(mdText(w.withoutEvidence(r.withoutEvidence.join(", "))), "");
  out.push(`*${mdText(w.definition)}*`);
  return out.join("\n") + "\n";
};
