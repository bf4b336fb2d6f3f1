// The filed annex (issue 15): the Word file read as XML (unzipped with fflate, parsed with fast-xml-parser) against
// Nghị định 30/2020/NĐ-CP, Phụ lục I — page, margins, fonts, language, the heading block, "Phụ lục" and the report
// line, page numbers from page 2, rows that never split, area rows kept with their first task, the status tables and
// the chart before the task table, the same bytes twice; --output for par status and par list; then the docx and the
// xlsx converted to PDF by LibreOffice headless and read with pdftotext and pdffonts (skipped when not installed).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DATA, runCli, tempDir, wordXml } from "./helpers";

type X = Record<string, unknown>;

const arr = (v: unknown): X[] => (Array.isArray(v) ? (v as X[]) : v === undefined ? [] : [v as X]);
const textOf = (p: X): string =>
  arr(p["w:r"])
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a w:t element's #text is a string or a number
    .flatMap((r) => arr(r["w:t"]).map((t) => (typeof t === "string" ? t : String(t["#text"] ?? ""))))
    .join("");
const runPr = (p: X): X => (arr(p["w:r"])[0]?.["w:rPr"] as X | undefined) ?? {};
const size = (p: X): number => Number((runPr(p)["w:sz"] as X | undefined)?.["@_w:val"] ?? 0) / 2;
const bold = (p: X): boolean => runPr(p)["w:b"] !== undefined;
const cellParagraphs = (tc: X): X[] => arr(tc["w:p"]);

async function docx(args: string[], cwd?: string): Promise<Uint8Array> {
  const file = join(tempDir(), "phu-luc.docx");
  const r = await runCli(["export", "-q", "Q3", ...args, "-o", file], cwd ? { cwd } : {});
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return new Uint8Array(readFileSync(file));
}

function open(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const xml = strFromU8(files["word/document.xml"]!);
  const body = (wordXml.parse(xml)["w:document"] as X)["w:body"] as X;
  const styles = wordXml.parse(strFromU8(files["word/styles.xml"]!))["w:styles"] as X;
  return { files, xml, body, styles, tables: arr(body["w:tbl"]), paragraphs: arr(body["w:p"]) };
}

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (twips: unknown) => Number(twips) / TWIPS_PER_MM;

describe("the Word annex as Nghị định 30/2020/NĐ-CP lays it out", () => {
  it("A4 landscape; margins top/bottom 20–25 mm, left 30–35, right 15–20; Times New Roman; vi-VN (en-US with --lang en)", async () => {
    const d = open(await docx([]));
    const sect = d.body["w:sectPr"] as X;
    const pgSz = sect["w:pgSz"] as X;
    expect(pgSz["@_w:orient"]).toBe("landscape");
    expect([Math.round(mm(pgSz["@_w:w"])), Math.round(mm(pgSz["@_w:h"]))]).toEqual([297, 210]);
    const m = sect["w:pgMar"] as X;
    for (const [side, lo, hi] of [
      ["top", 20, 25],
      ["bottom", 20, 25],
      ["left", 30, 35],
      ["right", 15, 20],
    ] as const) {
      expect(mm(m[`@_w:${side}`]), side).toBeGreaterThanOrEqual(lo - 0.1);
      expect(mm(m[`@_w:${side}`]), side).toBeLessThanOrEqual(hi + 0.1);
    }
    const rPr = ((d.styles["w:docDefaults"] as X)["w:rPrDefault"] as X)["w:rPr"] as X;
    const fonts = rPr["w:rFonts"] as X;
    for (const k of ["ascii", "hAnsi", "cs", "eastAsia"]) expect(fonts[`@_w:${k}`], k).toBe("Times New Roman");
    expect((rPr["w:lang"] as X)["@_w:val"]).toBe("vi-VN");
    // No run names another font.
    expect(d.xml.match(/w:rFonts [^>]*w:ascii="([^"]+)"/g) ?? []).toEqual([]);
    const en = open(await docx(["--lang", "en"]));
    const enPr = ((en.styles["w:docDefaults"] as X)["w:rPrDefault"] as X)["w:rPr"] as X;
    expect((enPr["w:lang"] as X)["@_w:val"]).toBe("en-US");
    expect(en.xml).toContain("SOCIALIST REPUBLIC OF VIETNAM");
  });

  it("the heading block: a borderless two-column table, the issuing body and the national header and underlined motto", async () => {
    const d = open(await docx([]));
    // The heading block is the first thing in the body.
    expect(d.xml.indexOf("<w:tbl>")).toBeLessThan(d.xml.indexOf("<w:p>"));
    const head = d.tables[0]!;
    const borders = (head["w:tblPr"] as X)["w:tblBorders"] as X;
    for (const side of ["w:top", "w:bottom", "w:left", "w:right", "w:insideH", "w:insideV"]) expect((borders[side] as X)["@_w:val"], side).toBe("none");
    const cells = arr(arr(head["w:tr"])[0]!["w:tc"]);
    expect(cells).toHaveLength(2);
    const [left, right] = cells.map(cellParagraphs);
    expect(left!.map(textOf)).toEqual(["ỦY BAN NHÂN DÂN TỈNH SƠN LA"]);
    expect(right!.map(textOf)).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    for (const p of [...left!, right![0]!]) {
      expect(bold(p)).toBe(true);
      expect(size(p)).toBeGreaterThanOrEqual(12);
      expect(size(p)).toBeLessThanOrEqual(13);
    }
    const motto = right![1]!;
    expect(bold(motto)).toBe(true);
    expect(size(motto)).toBeGreaterThanOrEqual(13);
    expect(size(motto)).toBeLessThanOrEqual(14);
    // The line under the motto is the run's underline: as long as the text.
    expect((runPr(motto)["w:u"] as X)["@_w:val"]).toBe("single");
    for (const p of [...left!, ...right!]) expect(((p["w:pPr"] as X)["w:jc"] as X)["@_w:val"]).toBe("center");
    // With --agency the reporting agency under the province.
    const snv = open(await docx(["--agency", "snv"]));
    expect(cellParagraphs(arr(arr(snv.tables[0]!["w:tr"])[0]!["w:tc"])[0]!).map(textOf)).toEqual(["ỦY BAN NHÂN DÂN TỈNH SƠN LA", "SỞ NỘI VỤ"]);
  });

  it('"Phụ lục" bold 14, the title upper case bold 13–14, the report line in italics: filled, or dotted blanks', async () => {
    const title = (JSON.parse((await runCli(["export", "-q", "Q3", "-f", "json"])).stdout) as { title: string }).title;
    const blank = open(await docx([]));
    const ps = blank.paragraphs.filter((p) => textOf(p) !== "");
    const label = ps.findIndex((p) => textOf(p) === "Phụ lục");
    expect(label).toBeGreaterThanOrEqual(0);
    expect(bold(ps[label]!)).toBe(true);
    expect(size(ps[label]!)).toBe(14);
    const t = ps[label + 1]!;
    expect(textOf(t)).toBe(title.toLocaleUpperCase("vi"));
    expect(bold(t)).toBe(true);
    expect(size(t)).toBeGreaterThanOrEqual(13);
    expect(size(t)).toBeLessThanOrEqual(14);
    const line = ps[label + 2]!;
    expect(textOf(line)).toBe("(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm …)");
    expect(runPr(line)["w:i"]).toBeDefined();

    for (const date of ["15/10/2024", "2024-10-15"]) {
      const filled = open(await docx(["--report-number", "125/BC-UBND", "--report-date", date]));
      expect(filled.paragraphs.map(textOf)).toContain("(Kèm theo Báo cáo số 125/BC-UBND ngày 15 tháng 10 năm 2024)");
    }
    const en = open(await docx(["--lang", "en", "--report-number", "125/BC-UBND", "--report-date", "15/10/2024"]));
    expect(en.paragraphs.map(textOf)).toEqual(expect.arrayContaining(["Appendix", "(Attached to Report No. 125/BC-UBND dated 15/10/2024)"]));
    const bad = await runCli(["export", "-q", "Q3", "-f", "docx", "--report-date", "32/13/2024"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--report-date");
  });

  it("page numbers: a PAGE field centred in the default header, an empty first-page header, titlePg", async () => {
    const d = open(await docx([]));
    const sect = d.body["w:sectPr"] as X;
    expect(sect["w:titlePg"]).toBeDefined();
    const refs = arr(sect["w:headerReference"]);
    const rels = strFromU8(d.files["word/_rels/document.xml.rels"]!);
    const target = (type: string) => {
      const id = refs.find((r) => r["@_w:type"] === type)?.["@_r:id"] as string;
      expect(id, type).toBeDefined();
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
    };
    const def = strFromU8(d.files[`word/${target("default")}`]!);
    expect(def).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(def).toMatch(/<w:jc w:val="center"\/>/);
    const first = strFromU8(d.files[`word/${target("first")}`]!);
    expect(first).not.toMatch(/PAGE/);
    expect(first).not.toMatch(/<w:t[ >]/);
  });

  it("by area and by lead agency, then the chart as a PNG, then the task table; no row splits; area rows keep with the next", async () => {
    const d = open(await docx([]));
    // The heading block, the two status tables, the task table.
    expect(d.tables).toHaveLength(4);
    const firstCell = (t: X) => textOf(cellParagraphs(arr(arr(t["w:tr"])[0]!["w:tc"])[0]!)[0]!);
    expect(d.tables.slice(1).map(firstCell)).toEqual(["Lĩnh vực", "Cơ quan chủ trì", "TT"]);
    const xml = d.xml;
    const drawing = xml.indexOf("<w:drawing>");
    expect(drawing).toBeGreaterThan(xml.indexOf("Theo cơ quan chủ trì"));
    expect(drawing).toBeLessThan(xml.lastIndexOf("<w:tbl>"));
    const media = Object.keys(d.files).filter((f) => f.startsWith("word/media/"));
    expect(media).toHaveLength(1);
    expect([...d.files[media[0]!]!.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    // The sheet-only tables (Tổng hợp, Chỉ tiêu) are not in the Word annex.
    expect(xml).not.toContain("Số liệu tính đến ngày");
    expect(xml).not.toContain("Chỉ tiêu định lượng");
    for (const t of d.tables.slice(1)) for (const tr of arr(t["w:tr"])) expect((tr["w:trPr"] as X | undefined)?.["w:cantSplit"]).toBeDefined();
    const rows = arr(d.tables.at(-1)!["w:tr"]).slice(1);
    const areas = rows.filter((tr) => arr(tr["w:tc"]).length === 1);
    expect(areas).toHaveLength(8);
    for (const tr of areas) for (const p of cellParagraphs(arr(tr["w:tc"])[0]!)) expect((p["w:pPr"] as X)["w:keepNext"]).toBeDefined();
    // Task rows do not hold on to the next.
    const task = rows.find((tr) => arr(tr["w:tc"]).length > 1)!;
    expect((cellParagraphs(arr(task["w:tc"])[1]!)[0]!["w:pPr"] as X)["w:keepNext"]).toBeUndefined();
  });

  it("the same data gives the same bytes; the properties are dated by the cut-off, not the clock", async () => {
    const a = await docx([]);
    await new Promise((r) => setTimeout(r, 1100));
    const b = await docx([]);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const core = strFromU8(unzipSync(a)["docProps/core.xml"]!);
    expect(core).toMatch(/<dcterms:created[^>]*>2024-09-14T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified[^>]*>2024-09-14T00:00:00Z<\/dcterms:modified>/);
    const other = await docx(["--report-number", "7/BC-UBND"]);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(other))).not.toBe(0);
  });

  it("the sample-data banner only when the progress is marked sample", async () => {
    expect(open(await docx([])).xml).toContain("DỮ LIỆU MẪU");
    const root = tempDir();
    cpSync(DATA, join(root, "data"), { recursive: true });
    const progress = join(root, "data", "son-la-2024", "progress");
    const unmark = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) unmark(p);
        else if (p.endsWith(".yaml")) writeFileSync(p, readFileSync(p, "utf8").replace(/^sample: true\n/m, ""));
      }
    };
    unmark(progress);
    expect(open(await docx([], root)).xml).not.toContain("DỮ LIỆU MẪU");
  });
});

describe("--output for par status and par list; par status --format docx", () => {
  it("par status -o x.docx writes export's document; refuses to overwrite without --force (exit 2), overwrites with it", async () => {
    const dir = tempDir();
    const file = join(dir, "s.docx");
    const r = await runCli(["status", "-q", "Q3", "-o", file]);
    expect(r.code).toBe(0);
    const ex = await docx([]);
    expect(Buffer.compare(readFileSync(file), Buffer.from(ex))).toBe(0);
    const again = await runCli(["status", "-q", "Q3", "-o", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect((await runCli(["status", "-q", "Q3", "-o", file, "--force"])).code).toBe(0);
    const piped = await runCli(["status", "-q", "Q3", "--format", "docx"]);
    expect(piped.code).toBe(0);
    expect(Buffer.compare(Buffer.from(piped.stdout, "latin1"), Buffer.from(ex))).toBe(0);
  });

  it("par list --agency snv -o l.xlsx: the format from the extension, one sheet of that agency's tasks", async () => {
    const dir = tempDir();
    const file = join(dir, "l.xlsx");
    const r = await runCli(["list", "--agency", "snv", "-o", file]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(1);
    expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(5);
    expect((await runCli(["list", "--agency", "snv", "-o", file])).code).toBe(2);
  });
});

// LibreOffice headless, with a private profile per run so that parallel runs do not clash (as xlsx.test.ts does).
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
const has = (cmd: string) => spawnSync(cmd, ["-v"], { encoding: "utf8" }).error === undefined;
const poppler = has("pdftotext") && has("pdffonts");
const missing = !soffice ? "LibreOffice (soffice)" : !poppler ? "poppler-utils (pdftotext, pdffonts)" : null;
if (missing) console.log(`annex-docx.test.ts: ${missing} is not installed; the PDF checks are skipped (.ci/run installs them).`);

function toPdf(file: string): string {
  const out = tempDir();
  const r = spawnSync(soffice!, [`-env:UserInstallation=file://${out}/profile`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", out, file], {
    encoding: "utf8",
    timeout: 180_000,
  });
  expect(r.status, r.stderr).toBe(0);
  rmSync(join(out, "profile"), { recursive: true, force: true });
  const pdf = readdirSync(out).find((f) => f.endsWith(".pdf"));
  expect(pdf).toBeDefined();
  return join(out, pdf!);
}

describe("LibreOffice prints them", () => {
  it.skipIf(missing !== null)(
    "the docx and the xlsx as PDF: the national header, Phụ lục, a task; Times New Roman or Liberation Serif",
    async () => {
      const dir = tempDir();
      const doc = join(dir, "phu-luc.docx");
      writeFileSync(doc, await docx([]));
      const book = join(dir, "phu-luc.xlsx");
      expect((await runCli(["export", "-q", "Q3", "-o", book])).code).toBe(0);
      for (const [file, expected] of [
        [doc, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Phụ lục", "Kèm theo Báo cáo số", "Theo cơ quan chủ trì", "Sở Nội vụ"]],
        [book, ["Hoàn thành đúng hạn", "Số liệu tính đến ngày", "Công tác chỉ đạo, điều hành CCHC"]],
      ] as const) {
        const pdf = toPdf(file);
        const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout.normalize("NFC");
        for (const e of expected) expect(text.replace(/\s+/g, " "), `${file}: ${e}`).toContain(e);
        const fonts = spawnSync("pdffonts", [pdf], { encoding: "utf8" }).stdout;
        expect(fonts, file).toMatch(/TimesNewRoman|Times New Roman|LiberationSerif/);
      }
    },
    400_000,
  );
});
