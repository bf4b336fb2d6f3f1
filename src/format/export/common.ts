// What every annex renderer shares: the formats, their options, and the annex as rows of plain cells.
import type { ExportColumn } from "../../report/export";
import type { ExportAnnex } from "../build/annex";
import type { Table } from "../tabular";

export const EXPORT_FORMATS = ["docx", "html", "csv", "tsv", "md", "json"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** The formats written as text (UTF-8); docx is binary. */
export type TextExportFormat = Exclude<ExportFormat, "docx">;

export interface ExportFormatOptions {
  /** CSV/TSV: start with a UTF-8 byte order mark so that Excel reads Vietnamese right (default true). */
  bom: boolean;
}

export type TextExportFormatter = (annex: ExportAnnex, options: ExportFormatOptions) => string;

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
export const CENTRED: ReadonlySet<ExportColumn> = new Set<ExportColumn>(["tt", "deadline"]);

/**
 * The annex as one table of plain cells for row-by-row formats (CSV, TSV, Markdown): the header, an area's heading
 * in the first column of its row, the tasks, and the summary line (then the sample-data warning) in the first column
 * of the last rows. `_kind` marks each row: area, task, summary or sample.
 */
export function annexTable(annex: ExportAnnex): Table {
  const first = annex.columns[0]!.key;
  const rows: Record<string, string>[] = [];
  for (const r of annex.rows) {
    if (r.kind === "area") rows.push({ _kind: "area", [first]: r.heading });
    else rows.push({ _kind: "task", ...r.cells });
  }
  rows.push({ _kind: "summary", [first]: annex.summary.text });
  if (annex.sampleNote) rows.push({ _kind: "sample", [first]: annex.sampleNote });
  return { columns: annex.columns.map((c) => ({ key: c.key, header: c.header })), rows };
}
