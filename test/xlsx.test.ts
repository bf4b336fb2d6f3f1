// `--format xlsx` (and `par export -o x.xlsx`): the workbook read back by exceljs and, for the raw parts, unzipped
// with fflate and parsed with fast-xml-parser; then opened by LibreOffice headless (converted to PDF) where it is
// installed. Typed cells (dates, percentages, counts), frozen and filtered header rows, Times New Roman, A4 landscape
// with the header repeated on every printed page.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "./helpers";

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe("xlsx", () => {
  const dir = tempDir();
  const file = join(dir, "phu-luc.xlsx");

  it("par export -o phu-luc.xlsx: a summary sheet of typed figures and the annex, each sheet ready to filter and print", async () => {
    const r = await runCli(["export", "-q", "Q3", "-o", file, "--lang", "vi"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const wb = await workbook(readFileSync(file));
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Tổng hợp", "Theo lĩnh vực", "Theo cơ quan chủ trì", "Chỉ tiêu", "Chi tiết"]);
    const summary = wb.getWorksheet("Theo lĩnh vực")!;
    const head = (summary.getRow(1).values as unknown[]).slice(1);
    expect(head.slice(0, 2)).toEqual(["Lĩnh vực", "Số NV"]);
    expect(head.slice(-2)).toEqual(["Hoàn thành", "Tỷ lệ"]);
    const total = summary.getRow(summary.rowCount);
    expect(total.getCell(1).value).toBe("Tổng cộng");
    expect(total.getCell(2).value).toBe(44);
    const done = total.getCell(head.length - 1);
    expect(typeof done.value).toBe("number");
    const pct = total.getCell(head.length);
    expect(pct.numFmt).toBe("0.00%");
    expect(pct.value as number).toBeCloseTo((done.value as number) / 44, 4);
    expect(total.getCell(1).font.bold).toBe(true);
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.autoFilter).toBeDefined();
      expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "1:1" });
      expect(ws.getRow(1).getCell(1).font.name).toBe("Times New Roman");
      expect(ws.getRow(2).getCell(1).alignment.wrapText).toBe(true);
    }
    const details = wb.getWorksheet("Chi tiết")!;
    expect(details.getRow(1).getCell(1).value).toBe("TT");
    expect(details.getRow(2).getCell(1).value).toMatch(/^1\. Lĩnh vực/);
    expect(details.getRow(2).getCell(1).font.bold).toBe(true);
  });

  it("the raw parts: the print titles defined for every sheet, the header row frozen in the sheet's XML", () => {
    const parts = unzipSync(readFileSync(file));
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_" });
    const book = parser.parse(strFromU8(parts["xl/workbook.xml"]!)) as { workbook: { definedNames: { definedName: unknown } } };
    const names = [book.workbook.definedNames.definedName].flat() as { "@_name": string; "#text": string }[];
    expect(names.filter((n) => n["@_name"] === "_xlnm.Print_Titles").map((n) => n["#text"].replace(/^.*!/, ""))).toEqual(Array(5).fill("$1:$1"));
    const sheet = parser.parse(strFromU8(parts["xl/worksheets/sheet2.xml"]!)) as { worksheet: { sheetViews: { sheetView: { pane: Record<string, string> } } } };
    expect(sheet.worksheet.sheetViews.sheetView.pane).toMatchObject({ "@_ySplit": "1", "@_state": "frozen" });
  });

  it("par status --format xlsx: the workbook par export writes; dates are dates shown dd/mm/yyyy; refused on a terminal", async () => {
    const r = await runCli(["status", "-q", "Q3", "--format", "xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const wb = await workbook(Buffer.from(r.stdout, "latin1"));
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Summary", "By area", "By lead agency", "Targets", "Details"]);
    const ex = await workbook(Buffer.from((await runCli(["export", "-q", "Q3", "--format", "xlsx", "--lang", "en"])).stdout, "latin1"));
    for (const ws of wb.worksheets) {
      const other = ex.getWorksheet(ws.name)!;
      expect(ws.rowCount).toBe(other.rowCount);
      ws.eachRow((row, n) => expect(row.values).toEqual(other.getRow(n).values));
    }
    const summary = wb.getWorksheet("Summary")!;
    const dated = summary.getColumn(2).values.filter((v): v is Date => v instanceof Date);
    expect(dated.map((d) => d.toISOString().slice(0, 10))).toEqual(["2024-06-15", "2024-09-14", "2024-09-14"]);
    expect(summary.getRow(2).getCell(2).numFmt).toBe("dd/mm/yyyy");
    const counts = summary.getColumn(2).values.filter((v) => typeof v === "number");
    expect(counts.at(-1)).toBe(44);
    expect(summary.getRow(5).getCell(3).numFmt).toBe("0.00%");
    // Targets: planned (goal) beside reported (actual), the actual a number.
    const targets = wb.getWorksheet("Targets")!;
    expect(targets.rowCount).toBeGreaterThan(5);
    expect((targets.getColumn(5).values as unknown[]).some((v) => typeof v === "number")).toBe(true);
    const tty = await runCli(["status", "-q", "Q3", "--format", "xlsx", "--lang", "en"], { tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toMatch(/binary/);
  });

  it("par list --agency snv --format xlsx: one sheet of that agency's tasks", async () => {
    const r = await runCli(["list", "--agency", "snv", "--format", "xlsx", "--lang", "en"]);
    expect(r.code).toBe(0);
    const wb = await workbook(Buffer.from(r.stdout, "latin1"));
    expect(wb.worksheets).toHaveLength(1);
    expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(5);
  });

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
  it.skipIf(!soffice)(
    "LibreOffice opens it: converted headless to a PDF",
    () => {
      const out = tempDir();
      const r = spawnSync(
        soffice!,
        ["--headless", "--norestore", `-env:UserInstallation=file://${out}/profile`, "--convert-to", "pdf", "--outdir", out, file],
        {
          encoding: "utf8",
          timeout: 180_000,
        },
      );
      expect(r.status, r.stderr).toBe(0);
      const pdf = readdirSync(out).find((f) => f.endsWith(".pdf"));
      expect(pdf).toBeDefined();
      expect(readFileSync(join(out, pdf!)).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    },
    200_000,
  );
  if (!soffice) console.log("xlsx.test.ts: LibreOffice (soffice) is not installed; the PDF conversion check is skipped.");
});
