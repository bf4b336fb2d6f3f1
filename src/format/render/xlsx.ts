// A document as an Excel workbook (.xlsx), written with exceljs: one sheet per table, typed cells (dates are dates
// shown dd/mm/yyyy, percentages are percentages, counts are numbers, so a person can sort, filter and sum), the
// header row frozen and filtered, Times New Roman, text wrapped, columns as wide as their text allows, and print set
// up as A4 landscape with the header row repeated on every page and page numbers in the footer.
//
// exceljs is large, so it is required here, inside the function, and left out of the bundle (external in
// bin/build.mjs), as docx is.
import { unzipped, zipDated } from "./zip";
import type * as Excel from "exceljs";
import { cellText, type Cell, type Document, type TableBlock } from "../document";
import type { BinaryFormatter } from "../formatter";
import { displayWidth } from "../tabular";

const FONT = "Times New Roman";
/** A4 in Excel's paper sizes. */
const A4 = 9;

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(name: string, taken: Set<string>): string {
  const base = [...name.replace(/[[\]:*?/\\]/g, " ").trim()].slice(0, 31).join("") || "Sheet";
  let out = base;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = `${[...base].slice(0, 28).join("")} ${n}`;
  taken.add(out.toLowerCase());
  return out;
}

/** An ISO date (YYYY-MM-DD) as the Date exceljs writes as that day. */
function day(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** A cell's value and number format. */
function value(c: Cell | undefined): { value: Excel.CellValue; numFmt?: string } {
  if (!c) return { value: null };
  switch (c.type) {
    case "integer":
      return { value: c.value, numFmt: "0" };
    case "number":
      return { value: c.value, numFmt: "0.##" };
    case "percent":
      return { value: c.value / 100, numFmt: "0.00%" };
    case "date":
      return c.iso ? { value: day(c.iso), numFmt: "dd/mm/yyyy" } : { value: c.text || null };
    case "text":
    case "list":
      return { value: c.text || null };
  }
}

function addSheet(wb: Excel.Workbook, t: TableBlock, name: string, landscape: boolean): void {
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
    pageSetup: {
      paperSize: A4,
      orientation: landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "1:1",
    },
    headerFooter: { oddFooter: "&C&P / &N" },
  });
  const font = { name: FONT, size: 12 };
  ws.columns = t.columns.map((c) => {
    let w = displayWidth(c.header);
    for (const r of t.rows) for (const line of cellText(r, c.key).split("\n")) w = Math.max(w, displayWidth(line));
    return { key: c.key, width: Math.min(60, Math.max(8, w + 2)) };
  });
  const header = ws.getRow(1);
  t.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { ...font, bold: true };
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  t.rows.forEach((r, k) => {
    const row = ws.getRow(k + 2);
    t.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const v = value(r.cells[c.key]);
      cell.value = v.value;
      if (v.numFmt) cell.numFmt = v.numFmt;
      cell.font = { ...font, bold: r.kind === "group" || r.kind === "total" };
      cell.alignment = {
        wrapText: true,
        vertical: "top",
        ...(c.align === "right" ? { horizontal: "right" } : c.align === "center" ? { horizontal: "center" } : {}),
      };
    });
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, t.rows.length + 1), column: t.columns.length } };
}

async function render(doc: Document): Promise<Uint8Array> {
  const ExcelJS = require("exceljs") as typeof Excel;
  const wb = new ExcelJS.Workbook();
  wb.creator = "par";
  wb.title = doc.title;
  // The same data gives the same properties: no clock.
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
  const landscape = (doc.page?.orientation ?? "landscape") === "landscape";
  const taken = new Set<string>();
  // Every table a sheet (but those for a page only), a chart's figures first among them where it stands.
  const tables = doc.blocks.flatMap((b) => (b.type === "table" ? (b.only === "page" ? [] : [b]) : b.type === "chart" && b.data ? [b.data] : []));
  tables.forEach((t, i) => addSheet(wb, t, sheetName(t.name ?? `Sheet ${i + 1}`, taken), landscape));
  if (!tables.length) wb.addWorksheet("Sheet 1");
  // exceljs dates each zip entry with the clock: zipped again, dated from the data.
  return zipDated(unzipped(new Uint8Array(await wb.xlsx.writeBuffer())), doc.date ?? "2000-01-01");
}

export const xlsx: BinaryFormatter = { name: "xlsx", extension: ".xlsx", binary: true, profile: "page", commands: ["export", "status", "list"], render };
