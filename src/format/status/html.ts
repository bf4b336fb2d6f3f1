// The status report as one standalone HTML page (no scripts, no external files). Every value goes through escapeHtml.
import type { StatusReport } from "../../report/status";
import { escapeHtml, escapeHtmlText } from "../escape";
import type { Table } from "../tabular";
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

/** Escaped text with its line breaks (CRLF, CR or LF) kept as <br>. */
const text = escapeHtmlText;

function table(t: Table, rowClass?: (row: Record<string, string>) => string): string {
  const head = t.columns.map((c) => `<th${c.align === "right" ? ' class="num"' : ""}>${text(c.header)}</th>`).join("");
  const body = t.rows
    .map((r) => {
      const cls = rowClass?.(r);
      const cells = t.columns.map((c) => `<td${c.align === "right" ? ' class="num"' : ""}>${text(r[c.key] ?? "")}</td>`).join("");
      return `<tr${cls ? ` class="${escapeHtml(cls)}"` : ""}>${cells}</tr>`;
    })
    .join("\n");
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const STYLE = `body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem;line-height:1.4;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}td.num,th.num{text-align:right}
.headline{font-size:1.2rem;font-weight:bold}
.sample{background:#fff3cd;border:1px solid #e0c36c;padding:.5rem}
.b-done-on-time td:first-child{border-left:4px solid #2e7d32}.b-done-late td:first-child{border-left:4px solid #f9a825}
.b-not-due td:first-child{border-left:4px solid #0288d1}.b-overdue td:first-child{border-left:4px solid #c62828}
.b-ongoing-reported td:first-child{border-left:4px solid #3949ab}.b-ongoing-unreported td:first-child{border-left:4px solid #8e24aa}
.b-no-report td:first-child{border-left:4px solid #9e9e9e}
.met-true{color:#2e7d32}.met-false{color:#c62828}
.definition{color:#555;font-size:.85rem}`;

/** A standalone HTML page. */
export const html: StatusFormatter = (r: StatusReport, o) => {
  const w = statusWords(o.lang);
  const title = w.title(r.plan.title);
  const out: string[] = [];
  out.push(
    "<!DOCTYPE html>",
    `<html lang="${o.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${text(`${title} — ${periodLabel(r.period, o.lang)}`)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
  );
  out.push(`<h1>${text(title)}</h1>`);
  out.push(
    `<p>${text(w.periodLine(periodLabel(r.period, o.lang), date(r.period.start), date(r.period.end), w.scheme[r.period.scheme]))}<br>${text(w.cutoffLine(date(r.period.cutoff), r.period.asOf))}</p>`,
    ...(r.selection ? [`<p>${text(w.selection(r.selection.agency?.name ?? null, r.selection.area))}</p>`] : []),
  );
  if (r.sample) out.push(`<p class="sample">${text(w.sample)}</p>`);
  out.push(`<p class="headline">${text(w.headline(r.headline.completed, r.headline.total, w.percent(r.headline.percent)))}</p>`);

  out.push(`<h2>${text(w.heading.buckets)}</h2>`);
  out.push(
    table(
      {
        columns: [
          { key: "b", header: w.col.status },
          { key: "n", header: w.col.total, align: "right" },
        ],
        rows: BUCKET_ORDER.map((b) => ({ b: w.bucket[b], n: String(r.counts[b]), _b: b })),
      },
      (row) => `b-${row._b}`,
    ),
  );
  if (r.counts.overdue) out.push(`<h2>${text(w.heading.ageing)}</h2>`, table(ageingTable(r, w)));
  out.push(`<h2>${text(w.heading.byArea)}</h2>`, table(areaTable(r, w, o.lang)));
  out.push(`<h2>${text(w.heading.byLead)}</h2>`, table(leadTable(r, w, o.lang)));
  const silent = silentNames(r, o.lang);
  if (silent) out.push(`<p>${text(w.silent(silent))}</p>`);
  if (r.targets.length)
    out.push(
      `<h2>${text(w.heading.targets)}</h2>`,
      table(targetTable(r, w, o.lang), (row) => (row._met ? `met-${row._met}` : "")),
    );
  out.push(`<h2>${text(w.heading.changes(periodLabel(r.changes.previous, o.lang)))}</h2>`);
  out.push(
    `<ul><li>${text(`${w.newlyDone}: ${r.changes.newlyDone.join(", ") || w.none}`)}</li><li>${text(`${w.newlyOverdue}: ${r.changes.newlyOverdue.join(", ") || w.none}`)}</li></ul>`,
  );
  out.push(
    `<h2>${text(w.heading.tasks)}</h2>`,
    table(taskTable(r.tasks, w, o.lang), (row) => `b-${row._bucket}`),
  );
  if (r.withoutEvidence.length) out.push(`<p>${text(w.withoutEvidence(r.withoutEvidence.join(", ")))}</p>`);
  out.push(`<p class="definition">${text(w.definition)}</p>`, "</body>", "</html>");
  return out.join("\n") + "\n";
};
