// `par export` as a Document: the annex (src/format/build/annex.ts) laid out for a page (the heading block of a filed
// document, title, period, par status's tables by area and by lead agency, the chart of completion by area, the
// table with a row per area and per task, the summary line; A4 landscape, Times New Roman 13 pt), for a sheet (one
// table, the area rows and the summary in its first column) and as data (par-export/1). A workbook (xlsx, profile
// page) makes a sheet of each named table: Tổng hợp and Chỉ tiêu are marked `only: "sheet"`, so the Word annex
// leaves them out.
import type { Lang } from "../../i18n";
import { words } from "../../i18n/words";
import { formatViDate } from "../../model/dates";
import type { ExportColumn } from "../../report/export";
import type { StatusReport } from "../../report/status";
import { cell, type Block, type Document, type Letterhead, type Row, type TableBlock } from "../document";
import type { Profile } from "../formatter";
import type { ExportAnnex } from "./annex";
import { areaRows } from "./annex";
import { areaTable, BUCKET_ORDER, leadTable, statusWords, targetTable } from "./status";

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
  return wholeShares(annex.columns.map((c) => COLUMN_WEIGHTS[c.key]));
}

/** Weights as whole per cent adding up to 100. */
function wholeShares(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w * 100) / sum);
  const shares = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0, left = 100 - shares.reduce((a, b) => a + b, 0); k < left; k++) shares[order[k % order.length]!.i]!++;
  return shares;
}

/** Columns centred in documents (short values). */
const CENTRED: ReadonlySet<ExportColumn> = new Set<ExportColumn>(["tt", "deadline"]);

/** The report the annex is attached to (--report-number, --report-date), for the line under the title. */
export interface AttachedTo {
  number?: string;
  /** ISO YYYY-MM-DD. */
  date?: string;
}

export interface ExportDocumentOptions {
  lang: Lang;
  profile: Profile;
  /** The status report over the same tasks: its tables by area, by lead agency and of targets join the annex. */
  status?: StatusReport;
  attachedTo?: AttachedTo;
}

/** A table with page shares: each column its weight (1 unless given), as whole per cent of the width. */
function shared(t: TableBlock, weights: Record<string, number>): TableBlock {
  const shares = wholeShares(t.columns.map((c) => weights[c.key] ?? 1));
  return { ...t, columns: t.columns.map((c, i) => ({ ...c, share: shares[i]! })) };
}

/** Tổng hợp: the period's dates, then how many tasks are in each status, then the headline (a workbook's first sheet). */
function summarySheet(annex: ExportAnnex, r: StatusReport): TableBlock {
  const sw = words(annex.lang).status;
  const w = words(annex.lang).export.summary;
  const pc = (n: number) => (r.total ? Math.round((n * 10000) / r.total) / 100 : 0);
  const count = (label: string, n: number, kind?: "total"): Row => ({
    ...(kind ? { kind } : {}),
    cells: { b: cell.text(label), n: cell.integer(n), p: cell.percent(pc(n), sw.percent(pc(n))) },
  });
  const day = (label: string, iso: string): Row => ({ cells: { b: cell.text(label), n: cell.date(iso, formatViDate(iso)) } });
  return {
    type: "table",
    name: words(annex.lang).export.summarySheet,
    only: "sheet",
    columns: [
      { key: "b", header: w.item },
      { key: "n", header: w.value, align: "right" },
      { key: "p", header: w.share, align: "right" },
    ],
    rows: [
      day(w.start, annex.period.start),
      day(w.end, annex.period.end),
      day(w.cutoff, annex.period.cutoff),
      ...BUCKET_ORDER.map((b) => count(sw.bucket[b], r.counts[b])),
      {
        kind: "total",
        cells: { b: cell.text(sw.col.completed), n: cell.integer(r.headline.completed), p: cell.percent(r.headline.percent, sw.percent(r.headline.percent)) },
      },
      count(sw.col.totalRow, r.total, "total"),
    ],
  };
}

/** The heading block of the filed annex (Nghị định 30/2020/NĐ-CP, Phụ lục I). */
function letterhead(annex: ExportAnnex, attachedTo: AttachedTo = {}): Letterhead {
  const w = words(annex.lang).export;
  const issuer = [w.issuer(annex.plan.province)];
  if (annex.filters.agency) issuer.push(annex.filters.agency.name.toUpperCase());
  const [y, m, d] = (attachedTo.date ?? "").split("-");
  const date = y && m && d ? { day: d, month: m, year: y } : null;
  return { issuer, nation: w.nation, motto: w.motto, label: w.appendix, attached: w.attached(attachedTo.number?.trim() || null, date) };
}

/** Completion by area, and the total, as a typed table (the chart's figures, without a status report). */
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
export function exportDocument(annex: ExportAnnex, o: ExportDocumentOptions): Document {
  const base = { lang: annex.lang, title: `${annex.title} — ${annex.period.label}`, description: annex.subtitle, date: annex.period.cutoff };
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
  const r = o.status;
  if (r) {
    // par status's tables over the same tasks (src/format/build/status.ts), sized for the page.
    const sw = statusWords(annex.lang);
    blocks.push(summarySheet(annex, r));
    blocks.push({ type: "heading", level: 2, text: sw.heading.byArea }, shared(areaTable(r, sw, annex.lang), { area: 4, percent: 1.6 }));
    blocks.push(
      { type: "heading", level: 2, text: sw.heading.byLead },
      shared(leadTable(r, sw, annex.lang), { agency: 3, total: 1, completed: 1, percent: 1.2, members: 1, overdue: 2.5, notReported: 2.5 }),
    );
    blocks.push({ ...shared(targetTable(r, sw, annex.lang), { metric: 3, goal: 2, reporter: 2 }), name: w.targetsSheet, only: "sheet" });
  }
  blocks.push({
    type: "chart",
    title: w.chartTitle,
    bars: [
      ...areaRows(annex).map((a) => ({ label: `${a.area}. ${a.name}`, full: a.heading, percent: a.percent, value: a.completion })),
      { label: w.total, full: w.total, percent: annex.summary.percent, value: annex.summary.completion, total: true },
    ],
    // With the status tables, the by-area sheet already holds these figures.
    ...(r ? {} : { data: summaryTable(annex) }),
  });
  blocks.push({ type: "table", columns, rows, name: w.details });
  blocks.push({ type: "paragraph", lines: [annex.summary.text], role: "summary" });
  return {
    ...base,
    blocks,
    page: { size: "A4", orientation: "landscape", font: "Times New Roman", fontSize: 13 },
    letterhead: letterhead(annex, o.attachedTo),
  };
}
