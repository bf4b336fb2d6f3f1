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
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Theo lĩnh vực", "Chi tiết"]);
    const summary = wb.getWorksheet("Theo lĩnh vực")!;
    expect(summary.getRow(1).values).toEqual([undefined, "Lĩnh vực", "Số NV", "Hoàn thành", "Tỷ lệ"]);
    const total = summary.getRow(summary.rowCount);
    expect(total.getCell(1).value).toBe("Tổng cộng");
    expect(total.getCell(2).value).toBe(44);
    expect(typeof total.getCell(3).value).toBe("number");
    const pct = total.getCell(4);
    expect(pct.numFmt).toBe("0.00%");
    expect(pct.value as number).toBeCloseTo((total.getCell(3).value as number) / 44, 4);
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
    expect(names.filter((n) => n["@_name"] === "_xlnm.Print_Titles").map((n) => n["#text"].replace(/^.*!/, ""))).toEqual(["$1:$1", "$1:$1"]);
    const sheet = parser.parse(strFromU8(parts["xl/worksheets/sheet2.xml"]!)) as { worksheet: { sheetViews: { sheetView: { pane: Record<string, string> } } } };
    expect(sheet.worksheet.sheetViews.sheetView.pane).toMatchObject({ "@_ySplit": "1", "@_state": "frozen" });
  });

  it("par status --format xlsx: dates are dates shown dd/mm/yyyy, the area a number; refused on a terminal", async () => {
    const r = await runCli(["status", "-q", "Q3", "--format", "xlsx", "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const wb = await workbook(Buffer.from(r.stdout, "latin1"));
    const tasks = wb.getWorksheet("Tasks")!;
    const header = (tasks.getRow(1).values as unknown[]).slice(1);
    const due = header.indexOf("Due date") + 1;
    expect(due).toBeGreaterThan(0);
    const dated = tasks.getColumn(due).values.filter((v): v is Date => v instanceof Date);
    expect(dated.length).toBeGreaterThan(10);
    expect(dated.every((d) => d.getUTCFullYear() >= 2024 && d.getUTCHours() === 0)).toBe(true);
    expect(tasks.getRow(2).getCell(due).numFmt).toBe("dd/mm/yyyy");
    expect(typeof tasks.getRow(2).getCell(1).value).toBe("number");
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
