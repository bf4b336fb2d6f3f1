// The status report as a Markdown document: the same sections as the terminal, and every task in a table.
import type { StatusReport } from "../../report/status";
import { escapeMarkdown } from "../escape";
import { renderMarkdown } from "../tabular";
import {
  BUCKET_ORDER,
  ageingTable,
  areaTable,
  date,
  leadTable,
  periodLabel,
  silentNames,
  statusWords,
  targetTable,
  taskTable,
  type StatusFormatter,
} from "./common";

/** Markdown. */
export const md: StatusFormatter = (r: StatusReport, o) => {
  const w = statusWords(o.lang);
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(w.title(r.plan.title))}`, "");
  out.push(escapeMarkdown(w.periodLine(periodLabel(r.period, o.lang), date(r.period.start), date(r.period.end), w.scheme[r.period.scheme])) + "  ");
  out.push(escapeMarkdown(w.cutoffLine(date(r.period.cutoff), r.period.asOf)), "");
  if (r.selection) out.push(escapeMarkdown(w.selection(r.selection.agency?.name ?? null, r.selection.area)), "");
  if (r.sample) out.push(`> **${escapeMarkdown(w.sample)}**`, "");
  out.push(`**${escapeMarkdown(w.headline(r.headline.completed, r.headline.total, w.percent(r.headline.percent)))}**`, "");

  out.push(`## ${escapeMarkdown(w.heading.buckets)}`, "");
  out.push(
    renderMarkdown({
      columns: [
        { key: "b", header: w.col.status },
        { key: "n", header: w.col.total, align: "right" },
      ],
      rows: BUCKET_ORDER.map((b) => ({ b: w.bucket[b], n: String(r.counts[b]) })),
    }),
  );
  if (r.counts.overdue) out.push(`## ${escapeMarkdown(w.heading.ageing)}`, "", renderMarkdown(ageingTable(r, w)));
  out.push(`## ${escapeMarkdown(w.heading.byArea)}`, "", renderMarkdown(areaTable(r, w, o.lang)));
  out.push(`## ${escapeMarkdown(w.heading.byLead)}`, "", renderMarkdown(leadTable(r, w, o.lang)));
  const silent = silentNames(r, o.lang);
  if (silent) out.push(escapeMarkdown(w.silent(silent)), "");
  if (r.targets.length) out.push(`## ${escapeMarkdown(w.heading.targets)}`, "", renderMarkdown(targetTable(r, w, o.lang)));
  out.push(`## ${escapeMarkdown(w.heading.changes(periodLabel(r.changes.previous, o.lang)))}`, "");
  out.push(`- ${escapeMarkdown(w.newlyDone)}: ${escapeMarkdown(r.changes.newlyDone.join(", ") || w.none)}`);
  out.push(`- ${escapeMarkdown(w.newlyOverdue)}: ${escapeMarkdown(r.changes.newlyOverdue.join(", ") || w.none)}`, "");
  out.push(`## ${escapeMarkdown(w.heading.tasks)}`, "", renderMarkdown(taskTable(r.tasks, w, o.lang)));
  if (r.withoutEvidence.length) out.push(escapeMarkdown(w.withoutEvidence(r.withoutEvidence.join(", "))), "");
  out.push(`*${escapeMarkdown(w.definition)}*`);
  return out.join("\n") + "\n";
};
