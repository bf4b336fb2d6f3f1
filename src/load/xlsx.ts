// Reading a filled return form into sheets of typed cells: an .xlsx workbook (exceljs, after checking that it is a
// zip whose entries really inflate to less than a limit, so that a zip bomb is refused before exceljs reads it) or a
// CSV file with the same columns. What a cell holds is kept as typed: text, number, date cell, formula's result.
import type * as ExcelJS from "exceljs";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
// fflate is required where a workbook is read: its Node build loads worker_threads, which no other command needs.
import type * as Fflate from "fflate";
import { isoOf } from "../model/dates";
import type { CellValue } from "../model/form";

/** One sheet: its name and its cells by 1-based row and column (rows[r-1][c-1]); missing cells are empty. */
export interface SheetGrid {
  name: string;
  rows: CellValue[][];
}

export type WorkbookRead =
  { ok: true; sheets: SheetGrid[] } | { ok: false; problem: "not-a-workbook" | "encrypted" | "too-large"; detail?: string; size?: number; limit?: number };

/** The most a workbook may hold once inflated (a form of a few hundred rows is well under 5 MiB). */
export const INFLATED_LIMIT = 64 * 1024 * 1024;
/** The most entries a workbook's zip may hold. */
const ENTRY_LIMIT = 2000;
/** The most rows and columns read of a sheet. */
const ROW_LIMIT = 20000;
const COLUMN_LIMIT = 200;

const EMPTY: CellValue = { kind: "empty" };

/**
 * What the zip inflates to, counted while inflating (the sizes a zip declares can lie), stopping past the limit; the
 * problem when it is no zip, too big, or has too many entries.
 */
function checkZip(bytes: Uint8Array): { ok: true } | { ok: false; problem: "not-a-workbook" | "too-large"; size?: number } {
  let total = 0;
  let entries = 0;
  let failed: "not-a-workbook" | "too-large" | undefined;
  const files: { terminate: () => void }[] = [];
  try {
    const { Unzip, UnzipInflate, UnzipPassThrough } = require("fflate") as typeof Fflate;
    const uz = new Unzip((file) => {
      if (failed) return;
      if (++entries > ENTRY_LIMIT) {
        failed = "too-large";
        return;
      }
      files.push(file);
      file.ondata = (err, chunk) => {
        if (err) failed ??= "not-a-workbook";
        total += chunk?.length ?? 0;
        if (total > INFLATED_LIMIT && !failed) {
          failed = "too-large";
          file.terminate();
        }
      };
      file.start();
    });
    uz.register(UnzipInflate);
    uz.register(UnzipPassThrough);
    // Pushed in slices so that the count stops a bomb early rather than after inflating a whole entry.
    const step = 64 * 1024;
    for (let off = 0; off < bytes.length && !failed; off += step) uz.push(bytes.subarray(off, Math.min(bytes.length, off + step)), off + step >= bytes.length);
  } catch {
    failed ??= "not-a-workbook";
  }
  if (failed === "too-large") return { ok: false, problem: "too-large", size: total };
  if (failed || entries === 0) return { ok: false, problem: "not-a-workbook" };
  return { ok: true };
}

function dateIso(d: Date): string | undefined {
  if (Number.isNaN(d.getTime())) return undefined;
  // exceljs reads a date cell as midnight UTC of its day.
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A cell's value as typed: the result of a formula, the text of rich text or a link, an error's code. */
function cellOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return EMPTY;
  if (typeof v === "string") return v.trim() === "" ? EMPTY : { kind: "text", text: v };
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "number", value: v } : { kind: "error", text: String(v) };
  if (typeof v === "boolean") return { kind: "bool", value: v };
  if (v instanceof Date) {
    const iso = dateIso(v);
    return iso ? { kind: "date", iso } : { kind: "error", text: "#DATE" };
  }
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return cellOf(v.richText.map((r) => r.text ?? "").join(""));
    if ("error" in v) return { kind: "error", text: String(v.error) };
    if ("formula" in v || "sharedFormula" in v) return cellOf((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ("text" in v) return cellOf((v as { text: unknown }).text as ExcelJS.CellValue);
  }
  return { kind: "error", text: typeof v };
}

/** Read a workbook's sheets; never throws: a file that is not a readable workbook is a problem. */
export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookRead> {
  // An encrypted (password-protected) workbook is an OLE compound file, as is an old .xls.
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    const text = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1 << 20))).toString("utf16le");
    return text.includes("EncryptedPackage") || text.includes("EncryptionInfo")
      ? { ok: false, problem: "encrypted" }
      : { ok: false, problem: "not-a-workbook", detail: "xls" };
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, problem: "not-a-workbook" };
  const zip = checkZip(bytes);
  if (!zip.ok) return zip.problem === "too-large" ? { ok: false, problem: "too-large", limit: INFLATED_LIMIT } : { ok: false, problem: "not-a-workbook" };
  const Excel = require("exceljs") as typeof ExcelJS;
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (e) {
    return { ok: false, problem: "not-a-workbook", detail: e instanceof Error ? e.message.slice(0, 200) : String(e) };
  }
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    const rows: CellValue[][] = [];
    const last = Math.min(ws.rowCount, ROW_LIMIT);
    for (let r = 1; r <= last; r++) {
      const row = ws.getRow(r);
      const cells: CellValue[] = [];
      const width = Math.min(row.cellCount, COLUMN_LIMIT);
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // A merged cell's other parts repeat the master's value in exceljs: only the master holds it.
        cells.push(cell.isMerged && cell.master !== cell ? EMPTY : cellOf(cell.value));
      }
      rows.push(cells);
    }
    sheets.push({ name: ws.name, rows });
  });
  return { ok: true, sheets };
}

/**
 * A CSV file (RFC 4180: quotes, doubled quotes, line breaks in quotes; comma or semicolon, whichever the first line
 * uses more; a BOM skipped) as one sheet of text cells.
 */
export function readCsv(text: string, name: string): SheetGrid {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = t.slice(0, t.search(/\r?\n|$/));
  const sep = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ";" : ",";
  const rows: CellValue[][] = [];
  let row: CellValue[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  const push = () => {
    row.push(field === "" && !wasQuoted ? EMPTY : field.trim() === "" ? EMPTY : { kind: "text", text: field });
    field = "";
    wasQuoted = false;
  };
  for (let i = 0; i < t.length && rows.length < ROW_LIMIT; i++) {
    const ch = t[i]!;
    if (quoted) {
      if (ch === '"') {
        if (t[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") {
      quoted = true;
      wasQuoted = true;
    } else if (ch === sep) push();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && t[i + 1] === "\n") i++;
      push();
      rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== "" || row.length) {
    push();
    rows.push(row);
  }
  return { name, rows };
}

/** The most bytes a return form file may have on disk. */
export const FORM_FILE_LIMIT = 16 * 1024 * 1024;

/** A form file's bytes, or why they cannot be read (missing, unreadable, too large). */
export function readFormBytes(
  path: string,
): { ok: true; bytes: Uint8Array } | { ok: false; code: "io/not-found" | "io/unreadable" | "io/too-large"; reason?: string; size?: number } {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? { ok: false, code: "io/not-found" } : { ok: false, code: "io/unreadable", reason: String(code ?? e) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, code: "io/unreadable", reason: "EISDIR" };
    if (st.size > FORM_FILE_LIMIT) return { ok: false, code: "io/too-large", size: st.size };
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return { ok: true, bytes: buf.subarray(0, got) };
  } catch (e) {
    return { ok: false, code: "io/unreadable", reason: String((e as NodeJS.ErrnoException).code ?? e) };
  } finally {
    closeSync(fd);
  }
}
