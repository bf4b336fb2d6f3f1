// `par export` as a Document: the annex (src/format/build/annex.ts) laid out for a page (title, period, the chart of
// completion by area, the table with a row per area and per task, the summary line; A4 landscape, Times New Roman
// 13 pt), for a sheet (one table, the area rows and the summary in its first column) and as data (par-export/1).
import type { Lang } from "../../i18n";
import { words } from "../../i18n/words";
import type { ExportColumn } from "../../report/export";
import { cell, type Block, type Document, type Row, type TableBlock } from "../document";
import type { Profile } from "../formatter";
import type { ExportAnnex } from "./annex";
import { areaRows } from "./annex";

/**
 * Relative widths of the columns (they add up to 100 with every column): the task and its results get the room; the
 * deadline enough for "Quý IV/2024" on one line at 13 pt on A4 landscape. Formats that size columns (docx, html)
 * scale those chosen to the page.
 */
export const COLUMN_WEIGHTS: Record<ExportColumn, number> = { tt: 3.5, task: 21, lead: 11.5, support: 11.5, deadline: 11.5, result: 21, status: 10, note: 10 };

/**
 * The chosen columns' shares of the width in whole per cent, adding up to exactly 100 (largest remainders get the
 * rounding): LibreOffice reads a width such as "23.5%" as no width at all.
 */
export function columnShares(annex: ExportAnnex): number[] {
  const weights = annex.columns.map((c) => COLUMN_WEIGHTS[c.key]);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w * 100) / sum);
  const shares = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0, left = 100 - shares.reduce((a, b) => a + b, 0); k < left; k++) shares[order[k % order.length]!.i]!++;
  return shares;
}

/** Columns centred in documents (short values). */
const CENTRED: ReadonlySet<ExportColumn> = new Set<ExportColumn>(["tt", "deadline"]);

/** Completion by area, and the total, as a typed table. */
function summaryTable(annex: ExportAnnex): TableBlock {
  const sw = words(annex.lang).status;
  const row = (kind: Row["kind"], area: string, total: number, completed: number, percent: number): Row => ({
    kind,
    cells: { area: cell.text(area), total: cell.integer(total), completed: cell.integer(completed), percent: cell.percent(percent, sw.percent(percent)) },
  });
  return {
    type: "table",
    name: sw.heading.byArea,
    columns: [
      { key: "area", header: sw.col.area },
      { key: "total", header: sw.col.total, align: "right" },
      { key: "completed", header: sw.col.completed, align: "right" },
      { key: "percent", header: sw.col.percent, align: "right" },
    ],
    rows: [
      ...areaRows(annex).map((a) => row("body", a.heading, a.total, a.completed, a.percent)),
      row("total", sw.col.totalRow, annex.summary.total, annex.summary.completed, annex.summary.percent),
    ],
  };
}

/** The annex as a document. */
export function exportDocument(annex: ExportAnnex, o: { lang: Lang; profile: Profile }): Document {
  const base = { lang: annex.lang, title: `${annex.title} — ${annex.period.label}`, description: annex.subtitle };
  if (o.profile === "data") return { ...base, blocks: [], data: annex };
  const first = annex.columns[0]!.key;
  const shares = columnShares(annex);
  const columns = annex.columns.map((c, i) => ({
    key: c.key,
    header: c.header,
    share: shares[i]!,
    ...(CENTRED.has(c.key) ? { align: "center" as const } : {}),
  }));
  const rows: Row[] = annex.rows.map((r) =>
    r.kind === "area"
      ? { kind: "group", cells: { [first]: cell.text(r.heading) } }
      : { mark: { kind: "bucket", bucket: r.bucket }, cells: Object.fromEntries(annex.columns.map((c) => [c.key, cell.text(r.cells[c.key] ?? "")])) },
  );
  if (o.profile !== "page") {
    // A sheet: the summary line, then the sample-data warning, in the first column of the last rows.
    rows.push({ kind: "total", cells: { [first]: cell.text(annex.summary.text) } });
    if (annex.sampleNote) rows.push({ cells: { [first]: cell.text(annex.sampleNote) } });
    return { ...base, blocks: [{ type: "table", columns, rows }] };
  }
  const w = words(annex.lang).export;
  const blocks: Block[] = [
    { type: "heading", level: 1, text: annex.title },
    { type: "paragraph", lines: [annex.subtitle], role: "subtitle" },
  ];
  if (annex.filterLine) blocks.push({ type: "paragraph", lines: [annex.filterLine], role: "filter" });
  if (annex.sampleNote) blocks.push({ type: "note", tone: "sample", text: annex.sampleNote });
  blocks.push({
    type: "chart",
    title: w.chartTitle,
    bars: [
      ...areaRows(annex).map((a) => ({ label: `${a.area}. ${a.name}`, full: a.heading, percent: a.percent, value: a.completion })),
      { label: w.total, full: w.total, percent: annex.summary.percent, value: annex.summary.completion, total: true },
    ],
    data: summaryTable(annex),
  });
  blocks.push({ type: "table", columns, rows, name: w.details });
  blocks.push({ type: "paragraph", lines: [annex.summary.text], role: "summary" });
  return { ...base, blocks, page: { size: "A4", orientation: "landscape", font: "Times New Roman", fontSize: 13 } };
}
