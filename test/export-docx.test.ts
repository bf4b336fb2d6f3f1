// `par export --format docx`: the Word document opened as Word would (unzipped with fflate, word/document.xml and
// word/styles.xml read with fast-xml-parser) and compared with the annex's data: page, font, header row, area rows,
// every task's cells, the Vietnamese text; standard output rules for a binary format; the built bin end to end.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { ExportAnnex } from "../src/format/build/annex";
import { runBin, runCli, tempDir, wordXml } from "./helpers";

type X = Record<string, unknown>;

const arr = (v: unknown): X[] => (Array.isArray(v) ? (v as X[]) : v === undefined ? [] : [v as X]);

/** The text of a paragraph: its runs' texts. */
function paragraphText(p: X): string {
  return (
    arr(p["w:r"])
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a w:t element's #text is a string or a number
      .flatMap((r) => arr(r["w:t"]).map((t) => (typeof t === "string" ? t : String(t["#text"] ?? ""))))
      .join("")
  );
}

/** A cell's text: one line per paragraph. */
function cellText(tc: X): string {
  return arr(tc["w:p"]).map(paragraphText).join("\n");
}

function isBold(tc: X): boolean {
  const runs = arr(tc["w:p"]).flatMap((p) => arr(p["w:r"]));
  return runs.length > 0 && runs.every((r) => (r["w:rPr"] as X | undefined)?.["w:b"] !== undefined);
}

interface Docx {
  files: Record<string, Uint8Array>;
  xml: string;
  body: X;
  /** Every table: the heading block first, the task table last. */
  tables: X[];
  /** The task table's rows. */
  rows: X[];
}

function openDocx(bytes: Uint8Array): Docx {
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toEqual(expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml", "_rels/.rels"]));
  const xml = strFromU8(files["word/document.xml"]!);
  const body = (wordXml.parse(xml)["w:document"] as X)["w:body"] as X;
  const tables = arr(body["w:tbl"]);
  expect(tables.length).toBeGreaterThanOrEqual(1);
  return { files, xml, body, tables, rows: arr(tables.at(-1)!["w:tr"]) };
}

const annexOf = async (args: string[]): Promise<ExportAnnex> => JSON.parse((await runCli(["export", ...args, "-f", "json"])).stdout) as ExportAnnex;

async function docxOf(args: string[]): Promise<Uint8Array> {
  const file = join(tempDir(), "phu-luc.docx");
  const r = await runCli(["export", ...args, "--output", file]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return new Uint8Array(readFileSync(file));
}

describe("the Word annex", () => {
  it("A4 landscape, Times New Roman 13 pt, a bordered fixed-width table filling the text width", async () => {
    const d = openDocx(await docxOf(["--quarter", "Q3"]));
    const sect = d.body["w:sectPr"] as X;
    expect((sect["w:pgSz"] as X)["@_w:orient"]).toBe("landscape");
    expect(Number((sect["w:pgSz"] as X)["@_w:w"])).toBe(16838);
    expect(Number((sect["w:pgSz"] as X)["@_w:h"])).toBe(11906);
    const styles = wordXml.parse(strFromU8(d.files["word/styles.xml"]!))["w:styles"] as X;
    const rPr = ((styles["w:docDefaults"] as X)["w:rPrDefault"] as X)["w:rPr"] as X;
    expect((rPr["w:rFonts"] as X)["@_w:ascii"]).toBe("Times New Roman");
    expect((rPr["w:rFonts"] as X)["@_w:hAnsi"]).toBe("Times New Roman");
    expect((rPr["w:sz"] as X)["@_w:val"]).toBe("26");

    const tbl = d.tables.at(-1)!;
    const tblPr = tbl["w:tblPr"] as X;
    const borders = tblPr["w:tblBorders"] as X;
    for (const side of ["w:top", "w:bottom", "w:left", "w:right", "w:insideH", "w:insideV"]) expect((borders[side] as X)["@_w:val"], side).toBe("single");
    expect((tblPr["w:tblLayout"] as X)["@_w:type"]).toBe("fixed");
    const grid = arr((tbl["w:tblGrid"] as X)["w:gridCol"]).map((c) => Number(c["@_w:w"]));
    expect(grid).toHaveLength(8);
    const pgMar = sect["w:pgMar"] as X;
    expect(grid.reduce((a, b) => a + b, 0)).toBe(16838 - Number(pgMar["@_w:left"]) - Number(pgMar["@_w:right"]));
    // The task and result columns are the widest; the letter the narrowest.
    expect(Math.max(...grid)).toBe(grid[1]);
    expect(Math.min(...grid)).toBe(grid[0]);
  });

  it("a header row repeated on every page, then per area a bold row across the table and its tasks cell by cell", async () => {
    const a = await annexOf(["--quarter", "Q3"]);
    const d = openDocx(await docxOf(["--quarter", "Q3"]));
    expect(d.rows).toHaveLength(1 + a.rows.length);
    const [head, ...rest] = d.rows;
    expect((head!["w:trPr"] as X)["w:tblHeader"]).toBeDefined();
    expect(arr(head!["w:tc"]).map(cellText)).toEqual([
      "TT",
      "Nhiệm vụ, giải pháp",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời hạn",
      "Kết quả thực hiện",
      "Đánh giá",
      "Ghi chú",
    ]);
    expect(arr(head!["w:tc"]).every(isBold)).toBe(true);
    rest.forEach((tr, i) => {
      const r = a.rows[i]!;
      const tcs = arr(tr["w:tc"]);
      expect((tr["w:trPr"] as X | undefined)?.["w:tblHeader"]).toBeUndefined();
      if (r.kind === "area") {
        expect(tcs).toHaveLength(1);
        expect(((tcs[0]!["w:tcPr"] as X)["w:gridSpan"] as X)["@_w:val"]).toBe("8");
        expect(cellText(tcs[0]!)).toBe(r.heading);
        expect(isBold(tcs[0]!)).toBe(true);
      } else {
        expect(tcs.map(cellText)).toEqual(a.columns.map((c) => r.cells[c.key]));
        expect(tcs.some(isBold)).toBe(false);
      }
    });
    // The Vietnamese text as written, in NFC, diacritics and all.
    expect(d.xml).toContain("1. Lĩnh vực “Công tác chỉ đạo, điều hành CCHC”");
    expect(d.xml).toContain("Ủy ban nhân dân tỉnh");
    expect(d.xml.normalize("NFC")).toBe(d.xml);
  });

  it("the plan's title and the period above the table, the summary line below it", async () => {
    const a = await annexOf(["--quarter", "Q3"]);
    const d = openDocx(await docxOf(["--quarter", "Q3"]));
    // The task table is the last; the title (in upper case) and the period above the first table after the heading block.
    const table = d.xml.indexOf("<w:tbl>", d.xml.indexOf("</w:tbl>"));
    const title = a.title.toLocaleUpperCase("vi");
    expect(d.xml.indexOf(title)).toBeGreaterThan(0);
    expect(d.xml.indexOf(title)).toBeLessThan(table);
    expect(d.xml.indexOf(a.subtitle)).toBeLessThan(table);
    expect(d.xml.indexOf(a.summary.text)).toBeGreaterThan(d.xml.lastIndexOf("</w:tbl>"));
    expect(a.summary.text).toMatch(/^Hoàn thành \d+\/44 nhiệm vụ, đạt \d+(,\d+)?%$/);
    const core = strFromU8(d.files["docProps/core.xml"]!);
    expect(core).toContain(a.title);
  });

  it("--columns and --lang en reach the document", async () => {
    const d = openDocx(await docxOf(["--quarter", "Q3", "--columns", "tt,task,status", "--lang", "en"]));
    expect(arr(d.rows[0]!["w:tc"]).map(cellText)).toEqual(["No.", "Task or measure", "Assessment"]);
    expect(((arr(d.rows[1]!["w:tc"])[0]!["w:tcPr"] as X)["w:gridSpan"] as X)["@_w:val"]).toBe("3");
    expect(cellText(arr(d.rows[1]!["w:tc"])[0]!)).toBe("1. Direction and management of public administration reform");
  });
});

describe("docx and standard output", () => {
  it("refuses to write a binary file to a terminal, suggesting --output", async () => {
    const r = await runCli(["export", "--quarter", "Q3", "-f", "docx"], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("--output");
  });

  it("writes the bytes to standard output when it is not a terminal", async () => {
    const r = await runCli(["export", "--quarter", "Q3", "-f", "docx"]);
    expect(r.code).toBe(0);
    const d = openDocx(new Uint8Array(Buffer.from(r.stdout, "latin1")));
    expect(d.rows.length).toBe(1 + 8 + 44);
  });
});

describe("the built bin", () => {
  it("exports docx (docx loaded from node_modules on demand) and csv end to end", () => {
    const file = join(tempDir(), "phu-luc.docx");
    const r = runBin(["export", "--quarter", "Q3", "-o", file]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("(44 nhiệm vụ)");
    const d = openDocx(new Uint8Array(readFileSync(file)));
    expect(d.rows.length).toBe(1 + 8 + 44);

    const again = runBin(["export", "--quarter", "Q3", "-o", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");

    const csv = runBin(["export", "--quarter", "Q3", "-f", "csv", "--columns", "tt,status"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith("\uFEFFTT,Đánh giá\r\n")).toBe(true);
  });
});
