// `par export`: the report annex built from the status report, in every text format read back with an independent
// reader (strict RFC 4180, parse5, markdown-it + parse5, JSON.parse) and compared cell by cell with the annex's data;
// columns, languages, filters, formula neutralising, the no-clobber --output, and the errors.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS } from "../src/report/export";
import { buildExport, taskRows, type ExportAnnex } from "../src/format/build/annex";
import type { StatusReport } from "../src/report/status";
import { columnShares } from "../src/format/build/export";
import { elements, parseDelimited, parseHtml, renderMarkdown, textOf } from "./fuzz/formats";
import { copyOfData, PLAN_DIR, runCli, tempDir } from "./helpers";
import { diskSource, openPlan } from "../src/workspace";

const annexOf = async (args: string[], cwd?: string): Promise<ExportAnnex> => {
  const r = await runCli(["export", ...args, "--format", "json"], cwd ? { cwd } : {});
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ExportAnnex;
};

const out = async (args: string[], cwd?: string): Promise<string> => {
  const r = await runCli(["export", ...args], cwd ? { cwd } : {});
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
};

/** The annex as the rows a spreadsheet should hold: header, area headings and tasks, summary, sample warning. */
function expectedRows(a: ExportAnnex, cell: (s: string) => string = (s) => s): string[][] {
  const n = a.columns.length;
  const first = (text: string) => [cell(text), ...Array<string>(n - 1).fill("")];
  const rows: string[][] = [a.columns.map((c) => c.header)];
  for (const r of a.rows) rows.push(r.kind === "area" ? first(r.heading) : a.columns.map((c) => cell(r.cells[c.key] ?? "")));
  rows.push(first(a.summary.text));
  if (a.sampleNote) rows.push(first(a.sampleNote));
  return rows;
}

const FORMULA = /^[=+\-@\t\r]/;
const asCsvCell = (s: string) => (FORMULA.test(s) ? `'${s}` : s);

describe("the annex as data", () => {
  it("Q3: one heading row per area in the plan's order, tasks by Vietnamese letter, every task once", async () => {
    const a = await annexOf(["--quarter", "Q3"]);
    expect(a.format).toBe("par-export/1");
    expect(a.lang).toBe("vi");
    const areas = a.rows.filter((r) => r.kind === "area");
    expect(areas.map((r) => r.kind === "area" && r.area)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(areas[0]).toMatchObject({ heading: "1. Lĩnh vực “Công tác chỉ đạo, điều hành CCHC”" });
    expect(areas[7]).toMatchObject({ heading: "8. Lĩnh vực “tác động của CCHC đến người dân, tổ chức và phát triển KT-XH của tỉnh”" });
    const tasks = taskRows(a);
    expect(tasks).toHaveLength(44);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(44);
    // Area 1's letters, đ between d and e; each task right after its area's heading.
    const area1 = a.rows.slice(1, 8);
    expect(area1.map((r) => r.kind === "task" && r.cells.tt)).toEqual(["a", "b", "c", "d", "đ", "e", "g"]);
    let current = 0;
    for (const r of a.rows) {
      if (r.kind === "area") current = r.area;
      else expect(r.area).toBe(current);
    }
    expect(a.columns.map((c) => c.key)).toEqual([...EXPORT_COLUMNS]);
    expect(a.columns.map((c) => c.header)).toEqual([
      "TT",
      "Nhiệm vụ, giải pháp",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời hạn",
      "Kết quả thực hiện",
      "Đánh giá",
      "Ghi chú",
    ]);
    expect(a.title).toBe(
      "Kết quả thực hiện Kế hoạch tăng cường thực hiện các giải pháp nhằm duy trì, nâng cao Chỉ số cải cách hành chính tỉnh Sơn La năm 2024",
    );
    expect(a.subtitle).toBe("Quý III/2024 (kỳ báo cáo từ 15/06/2024 đến 14/09/2024; số liệu tính đến ngày chốt 14/09/2024)");
    expect(a.sampleNote).toMatch(/^DỮ LIỆU MẪU/);
  });

  it("the summary line is par status's headline and percentage, with a decimal comma", async () => {
    const s = JSON.parse((await runCli(["status", "--quarter", "Q3", "-f", "json"])).stdout) as StatusReport;
    const a = await annexOf(["--quarter", "Q3"]);
    expect(a.summary).toMatchObject(s.headline);
    const pct = String(s.headline.percent).replace(".", ",");
    expect(a.summary.text).toBe(`Hoàn thành ${s.headline.completed}/44 nhiệm vụ, đạt ${pct}%`);
    const table = (await runCli(["status", "--quarter", "Q3"])).stdout;
    expect(table).toContain(a.summary.text);
    // And for another period and a date inside it.
    for (const args of [
      ["--period", "h1"],
      ["--as-of", "01/09/2024"],
    ]) {
      const st = JSON.parse((await runCli(["status", ...args, "-f", "json"])).stdout) as StatusReport;
      expect((await annexOf(args)).summary).toMatchObject(st.headline);
    }
  });

  it("a task's cells: the plan's words, agencies in full, the deadline as written, results with evidence, the bucket", async () => {
    const s = JSON.parse((await runCli(["status", "--quarter", "Q3", "-f", "json"])).stdout) as StatusReport;
    const a = await annexOf(["--quarter", "Q3"]);
    const c = taskRows(a).find((t) => t.id === "1.c")!;
    // The sentence from "Thông báo" stands in the lead cell, as in the appendix (issue 17).
    expect(c.cells.task).toBe("Chủ tịch UBND tỉnh đối thoại, tháo gỡ khó khăn cho doanh nghiệp, định kỳ 6 tháng/ lần");
    expect(c.cells.lead).toBe(
      "Sở Kế hoạch và Đầu tư (chủ trì); Văn phòng Ủy ban nhân dân tỉnh (phối hợp với); Thông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.",
    );
    expect(c.cells.deadline).toBe("Lần 1: trước ngày 30 tháng 6 năm 2024. - Lần 2: trước ngày 15 tháng 10 năm 2024");
    expect(c.cells.status).toMatch(/^Quá hạn \(\d+ ngày\)\nLần 1 \(hạn 30\/06\/2024\): Quá hạn\nLần 2 \(hạn 15\/10\/2024\)/);
    expect(c.cells.note).toContain("Khó khăn, vướng mắc: ");
    expect(c.cells.note).toContain("Đề xuất, kiến nghị: ");
    // Items after their lead-in, each on a line of its own after "– " (an en dash: "-" starts a formula in a spreadsheet).
    const b8 = taskRows(a).find((t) => t.id === "8.b")!;
    expect(b8.cells.task!.split("\n")).toHaveLength(5);
    expect(b8.cells.task!.split("\n")[1]).toBe("– Tỷ lệ doanh nghiệp gia nhập và tái gia nhập thị trường tăng so với năm trước liền kề");
    // Every task's evidence documents appear in its result cell, each once; every bucket is par status's.
    for (const t of taskRows(a)) {
      const row = s.tasks.find((x) => x.id === t.id)!;
      expect(t.bucket).toBe(row.bucket);
      for (const e of row.evidence) {
        const doc = `${e.number} ngày ${e.date.slice(8, 10)}/${e.date.slice(5, 7)}/${e.date.slice(0, 4)}`;
        expect(t.cells.result).toContain(doc);
        expect(t.cells.result!.split(doc).length - 1).toBe(1);
      }
      for (const r of row.results) expect(t.cells.result).toContain(r.text);
    }
    // A result from a quarter before the period says so.
    const a2 = taskRows(a).find((t) => t.id === "2.a")!;
    expect(a2.cells.status).toBe("Chưa báo cáo");
    expect(a2.cells.result).toContain("(báo cáo Quý II/2024)");
  });

  it("--lang en: English headings, area names and words; the plan's own texts stay as written", async () => {
    const a = await annexOf(["--quarter", "Q3", "--lang", "en"]);
    expect(a.columns.map((c) => c.header)).toEqual([
      "No.",
      "Task or measure",
      "Lead agency",
      "Supporting agencies",
      "Deadline",
      "Results (with evidence)",
      "Assessment",
      "Notes",
    ]);
    expect(a.rows[0]).toMatchObject({ kind: "area", heading: "1. Direction and management of public administration reform" });
    expect(a.summary.text).toMatch(/^Completed \d+\/44 tasks, \d+(\.\d+)?%$/);
    const c = taskRows(a).find((t) => t.id === "1.c")!;
    expect(c.cells.lead).toBe(
      "Department of Planning and Investment (chủ trì); Office of the Provincial People's Committee (phối hợp với); Thông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.",
    );
    expect(c.cells.deadline).toBe("Lần 1: trước ngày 30 tháng 6 năm 2024. - Lần 2: trước ngày 15 tháng 10 năm 2024");
    expect(c.cells.status).toMatch(/^overdue \(\d+ days\)/);
  });

  it("--columns chooses and orders the columns by their ASCII keys", async () => {
    const a = await annexOf(["--quarter", "Q3", "--columns", "status,tt,task"]);
    expect(a.columns.map((c) => c.key)).toEqual(["status", "tt", "task"]);
    expect(Object.keys(taskRows(a)[0]!.cells)).toEqual(["status", "tt", "task"]);
    const csv = await out(["--quarter", "Q3", "--columns", "tt,status", "-f", "csv"]);
    const rows = parseDelimited(csv.slice(1), ",");
    expect(rows[0]).toEqual(["TT", "Đánh giá"]);
    expect(rows.every((r) => r.length === 2)).toBe(true);
    for (const bad of ["tt,foo", "", "tt,,task", "TT;task"]) {
      const r = await runCli(["export", "--quarter", "Q3", "-f", "csv", "--columns", bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toContain("tt,task,lead,support,deadline,result,status,note");
      expect(r.stdout).toBe("");
    }
    const dup = await runCli(["export", "--quarter", "Q3", "-f", "csv", "--columns", "tt,task,tt"]);
    expect(dup.code).toBe(2);
    expect(dup.stderr).toContain('"tt"');
  });

  it("--area and --agency keep the tasks asked for; the summary counts them as par status would", async () => {
    const s = JSON.parse((await runCli(["status", "--quarter", "Q3", "-f", "json"])).stdout) as StatusReport;
    const three = await annexOf(["--quarter", "Q3", "--area", "3"]);
    expect(three.rows.filter((r) => r.kind === "area")).toHaveLength(1);
    expect(taskRows(three).map((t) => t.id)).toEqual(s.tasks.filter((t) => t.area === 3).map((t) => t.id));
    const area3 = s.byArea.find((x) => x.area === 3)!;
    expect(three.summary).toMatchObject({ completed: area3.completed, total: area3.total, percent: area3.percent });

    // Sở Tư pháp: the tasks naming it, and those of the groups it belongs to (the sở, ban, ngành), as par list counts.
    const list = { tasks: JSON.parse((await runCli(["list", "--agency", "stp", "-f", "json"])).stdout) as { id: string }[] };
    const stp = await annexOf(["--quarter", "Q3", "--agency", "so tu phap"]);
    expect(new Set(taskRows(stp).map((t) => t.id))).toEqual(new Set(list.tasks.map((t) => t.id)));
    expect(stp.filterLine).toBe("Nhiệm vụ của: Sở Tư pháp (chủ trì hoặc phối hợp)");
    const mine = s.tasks.filter((t) => list.tasks.some((x) => x.id === t.id));
    expect(stp.summary.completed).toBe(mine.filter((t) => t.completedForHeadline).length);
    expect(stp.summary.total).toBe(mine.length);

    const none = await runCli(["export", "--quarter", "Q3", "--agency", "hhdn", "--area", "2", "-f", "csv"]);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain("phụ lục trống");
  });

  it("buildExport over a report equals the CLI's data; columns' shares are whole per cent adding up to 100", async () => {
    const s = JSON.parse((await runCli(["status", "--quarter", "Q3", "-f", "json"])).stdout) as StatusReport;
    const plan = openPlan(diskSource(PLAN_DIR), PLAN_DIR).plan!;
    const leadNotes = new Map(plan.tasks.flatMap((t) => (t.leadNote ? [[t.id, t.leadNote] as const] : [])));
    expect(buildExport(s, { lang: "vi", leadNotes })).toEqual(await annexOf(["--quarter", "Q3"]));
    for (const cols of [[...EXPORT_COLUMNS], ["tt", "task"], ["result"], ["note", "deadline", "lead"]] as const) {
      const shares = columnShares(buildExport(s, { lang: "vi", columns: cols }));
      expect(shares.reduce((x, y) => x + y, 0)).toBe(100);
      expect(shares.every((x) => Number.isInteger(x) && x > 0)).toBe(true);
    }
  });
});

describe("CSV and TSV for Excel", () => {
  it("read back with a strict RFC 4180 reader, they hold the annex cell by cell (formula-like cells neutralised)", async () => {
    const a = await annexOf(["--quarter", "Q3"]);
    for (const [format, delimiter] of [
      ["csv", ","],
      ["tsv", "\t"],
    ] as const) {
      const text = await out(["--quarter", "Q3", "-f", format]);
      expect(text.startsWith("\uFEFF")).toBe(true);
      expect(text.endsWith("\r\n")).toBe(true);
      const rows = parseDelimited(text.slice(1), delimiter);
      expect(rows).toEqual(expectedRows(a, asCsvCell));
      // Line breaks inside cells are kept (quoted), not turned into new rows.
      expect(rows.find((r) => r[0] === "c")![6]).toContain("\nLần 1 (hạn 30/06/2024)");
    }
  });

  it("--no-bom leaves the byte order mark out", async () => {
    const text = await out(["--quarter", "Q3", "-f", "csv", "--no-bom"]);
    expect(text.startsWith("TT,")).toBe(true);
  });
});

describe("Markdown", () => {
  it("rendered by markdown-it, the table holds the annex cell by cell; area rows bold; title and summary around it", async () => {
    const a = await annexOf(["--quarter", "Q3"]);
    const md = await out(["--quarter", "Q3", "-f", "md"]);
    const doc = renderMarkdown(md);
    const tables = elements(doc).filter((e) => e.tagName === "table");
    expect(tables).toHaveLength(1);
    const trs = elements(tables[0]!).filter((e) => e.tagName === "tr");
    const rows = trs.map((tr) =>
      elements(tr)
        .filter((e) => e.tagName === "td" || e.tagName === "th")
        .map(textOf),
    );
    expect(rows).toEqual(expectedRows(a).slice(0, 1 + a.rows.length));
    const strong = trs.filter((tr) => elements(tr).some((e) => e.tagName === "strong")).map((tr) => textOf(tr).trim());
    expect(strong).toEqual(a.rows.filter((r) => r.kind === "area").map((r) => r.kind === "area" && r.heading));
    const text = textOf(doc);
    expect(text).toContain(a.title);
    expect(text).toContain(a.summary.text);
    const lastTask = taskRows(a).at(-1)!.cells.task!.slice(0, 30);
    expect(text.indexOf(a.title)).toBeLessThan(text.indexOf(lastTask));
    expect(text.indexOf(a.summary.text)).toBeGreaterThan(text.indexOf(lastTask));
  });
});

describe("HTML", () => {
  it("parsed with parse5: a header row, one bold full-width row per area, the tasks cell by cell, the summary below", async () => {
    const a = await annexOf(["--quarter", "Q3"]);
    const html = await out(["--quarter", "Q3", "-f", "html"]);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/); // nothing fetched
    expect(html).not.toMatch(/<script|<link/i);
    const doc = parseHtml(html);
    const table = elements(doc).find((e) => e.tagName === "table" && e.attrs.some((x) => x.name === "class" && x.value === "annex"))!;
    const head = elements(table).filter((e) => e.tagName === "th");
    expect(head.map(textOf)).toEqual(a.columns.map((c) => c.header));
    expect(head.map((th) => th.attrs.find((x) => x.name === "width")?.value)).toEqual(columnShares(a).map((s) => `${s}%`));
    expect(elements(table).some((e) => e.tagName === "thead")).toBe(true);
    const body = elements(table).find((e) => e.tagName === "tbody")!;
    const trs = elements(body).filter((e) => e.tagName === "tr");
    expect(trs).toHaveLength(a.rows.length);
    trs.forEach((tr, i) => {
      const r = a.rows[i]!;
      const tds = elements(tr).filter((e) => e.tagName === "td");
      if (r.kind === "area") {
        expect(tds).toHaveLength(1);
        expect(tds[0]!.attrs.find((x) => x.name === "colspan")?.value).toBe("8");
        expect(elements(tds[0]!).some((e) => e.tagName === "b")).toBe(true);
        expect(textOf(tds[0]!)).toBe(r.heading);
      } else {
        expect(tds.map(textOf)).toEqual(a.columns.map((c) => r.cells[c.key]));
      }
      // Borders are on every cell itself, so that a paste into Word keeps them.
      for (const td of tds) expect(td.attrs.find((x) => x.name === "style")?.value).toContain("border:1px solid #000");
    });
    const all = textOf(doc);
    expect(all.indexOf(a.title)).toBeLessThan(all.indexOf(a.columns[1]!.header));
    expect(all.lastIndexOf(a.summary.text)).toBeGreaterThan(all.indexOf(String(taskRows(a).at(-1)!.cells.task).slice(0, 20)));
  });

  it("the chart: an SVG picture with a bar per area and the total, labels and values from the data", async () => {
    const a = await annexOf(["--quarter", "Q3"]);
    const doc = parseHtml(await out(["--quarter", "Q3", "-f", "html"]));
    const img = elements(doc).find((e) => e.tagName === "img")!;
    const src = img.attrs.find((x) => x.name === "src")!.value;
    expect(src.startsWith("data:image/svg+xml;base64,")).toBe(true);
    const svgText = Buffer.from(src.slice(src.indexOf(",") + 1), "base64").toString("utf8");
    const svg = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["g", "rect", "text"].includes(name) }).parse(svgText).svg;
    const areas = a.rows.filter((r) => r.kind === "area");
    expect(svg.g).toHaveLength(areas.length + 1);
    const values = svg.g.map((g: { text: (string | { "#text": string })[] }) => {
      const t = g.text[1]!;
      return typeof t === "string" ? t : t["#text"];
    });
    expect(values).toEqual([...areas.map((r) => r.kind === "area" && r.completion), a.summary.completion]);
    for (const [i, r] of areas.entries()) {
      if (r.kind !== "area") continue;
      const fill = Number(svg.g[i].rect[1]["@_width"]);
      expect(fill).toBe(Math.round((Number(svg.g[i].rect[0]["@_width"]) * r.percent) / 100));
    }
    expect(img.attrs.find((x) => x.name === "alt")!.value).toContain(areas[0]!.kind === "area" ? areas[0]!.heading : "");
  });
});

describe("text that looks like markup or a formula", () => {
  const data = copyOfData();
  const root = join(data, "..");
  const task = (f: string) => join(data, "son-la-2024", "tasks", f);
  const set = (f: string, text: string) => {
    const before = readFileSync(task(f), "utf8");
    const after = before.replace(/^text: .*$/m, `text: ${JSON.stringify(text)}`);
    expect(after).not.toBe(before);
    writeFileSync(task(f), after);
  };
  const EQ = '=HYPERLINK("http://x.invalid","x")';
  const PLUS = "+1+1 | <script>alert(1)</script> & **b**";
  set("1-a.yaml", EQ);
  set("1-b.yaml", PLUS);

  it("CSV and TSV put an apostrophe before a cell starting with = or +; nothing else changes", async () => {
    for (const [format, delimiter] of [
      ["csv", ","],
      ["tsv", "\t"],
    ] as const) {
      const rows = parseDelimited((await out(["--quarter", "Q3", "-f", format], root)).slice(1), delimiter);
      expect(rows.find((r) => r[0] === "a")![1]).toBe(`'${EQ}`);
      expect(rows.find((r) => r[0] === "b")![1]).toBe(`'${PLUS}`);
    }
  });

  it("JSON, Markdown and HTML show the text exactly as written", async () => {
    const a = await annexOf(["--quarter", "Q3"], root);
    expect(taskRows(a).find((t) => t.id === "1.a")!.cells.task).toBe(EQ);
    expect(taskRows(a).find((t) => t.id === "1.b")!.cells.task).toBe(PLUS);

    const md = renderMarkdown(await out(["--quarter", "Q3", "-f", "md"], root));
    const mdRows = elements(md)
      .filter((e) => e.tagName === "tr")
      .map((tr) =>
        elements(tr)
          .filter((e) => e.tagName === "td")
          .map(textOf),
      );
    expect(mdRows.find((r) => r[0] === "a")![1]).toBe(EQ);
    expect(mdRows.find((r) => r[0] === "b")![1]).toBe(PLUS);
    expect(elements(md).some((e) => e.tagName === "script")).toBe(false);

    const html = parseHtml(await out(["--quarter", "Q3", "-f", "html"], root));
    expect(elements(html).some((e) => e.tagName === "script")).toBe(false);
    const htmlRows = elements(html)
      .filter((e) => e.tagName === "tr")
      .map((tr) =>
        elements(tr)
          .filter((e) => e.tagName === "td")
          .map(textOf),
      );
    expect(htmlRows.find((r) => r[0] === "a")![1]).toBe(EQ);
    expect(htmlRows.find((r) => r[0] === "b")![1]).toBe(PLUS);
  });
});

describe("--output", () => {
  it("writes the file, refuses to overwrite it without --force, overwrites with it", async () => {
    const dir = tempDir();
    const file = join(dir, "phu-luc.csv");
    const r = await runCli(["export", "--quarter", "Q3", "--output", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("phu-luc.csv (44 nhiệm vụ)");
    const csv = readFileSync(file, "utf8");
    expect(csv).toBe(await out(["--quarter", "Q3", "-f", "csv"]));

    writeFileSync(file, "mine");
    const again = await runCli(["export", "--quarter", "Q3", "-f", "csv", "--output", file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect(readFileSync(file, "utf8")).toBe("mine");

    const forced = await runCli(["export", "--quarter", "Q2", "-f", "csv", "--output", file, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(await out(["--quarter", "Q2", "-f", "csv"]));
  });

  it("takes the format from the file's extension; without either, prints Markdown", async () => {
    const dir = tempDir();
    for (const ext of ["html", "md", "json", "tsv"]) {
      const r = await runCli(["export", "--quarter", "Q3", "-o", join(dir, `a.${ext}`)]);
      expect(r.code, ext).toBe(0);
    }
    expect(readFileSync(join(dir, "a.html"), "utf8")).toMatch(/^<!DOCTYPE html>/);
    expect(JSON.parse(readFileSync(join(dir, "a.json"), "utf8")).format).toBe("par-export/1");
    const none = await runCli(["export", "--quarter", "Q3"]);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe((await runCli(["export", "--quarter", "Q3", "-f", "md"])).stdout);
    expect(none.stdout).toMatch(/^## Kết quả thực hiện/);
    const odd = await runCli(["export", "--quarter", "Q3", "-o", join(dir, "a.txt")]);
    expect(odd.code).toBe(2);
    expect(existsSync(join(dir, "a.txt"))).toBe(false);
  });

  it("a folder that cannot be written: a message naming the file, exit 2, no stack trace", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "not-a-folder"), "");
    const r = await runCli(["export", "--quarter", "Q3", "-f", "md", "-o", join(dir, "not-a-folder", "x.md")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/không ghi được .*x\.md \(E[A-Z]+\)/);
    expect(r.stderr).not.toContain("    at ");
  });
});

describe("errors", () => {
  it("bad quarter, both periods, bad date, unknown area or agency: exit 2 and a message from par export", async () => {
    const cases: [string[], RegExp][] = [
      [["--quarter", "Q9"], /par export: "Q9" không phải là một quý/],
      [["--quarter", "Q3", "--period", "h1"], /par export: chỉ dùng --quarter hoặc --period/],
      [["--as-of", "31/02/2024"], /par export: "31\/02\/2024" không phải là ngày/],
      [["--quarter", "Q3", "--area", "9"], /par export: .*--area/],
      [["--quarter", "Q3", "--agency", "bo ngoai giao"], /par export/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(["export", ...args, "-f", "csv"]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe("");
    }
    const en = await runCli(["export", "--quarter", "Q9", "-f", "csv", "--lang", "en"]);
    expect(en.stderr).toContain('par export: "Q9" is not a quarter.');
    const fmt = await runCli(["export", "--quarter", "Q3", "-f", "pdf"]);
    expect(fmt.code).toBe(2);
  });
});
