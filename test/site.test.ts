// `par site`: the static site of the shipped plan, read back with parse5 (every page), exceljs (the workbook), fflate
// (the Word file) and the RFC 4180 reader (the CSV): which pages exist in both languages, that every link and download
// resolves inside the folder and none leaves it, what the pages say against `par status --format json`, identical
// bytes from the same data, the size budget, the sample banner, and the folder rules (.par-site, --force).
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, posix } from "node:path";
import { runInNewContext } from "node:vm";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { DefaultTreeAdapterMap } from "parse5";
import { elements, parseHtml, textOf } from "./fuzz/formats";
import { copyOfData, readDelimited, runCli, tempDir } from "./helpers";
import type { StatusReport } from "../src/report/status";
import { searchFold } from "../src/format/site/pages";
import { fold } from "../src/model/vietnamese";

/** Every file below a folder, as "/"-separated paths from it. */
function filesBelow(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesBelow(join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

type Element = DefaultTreeAdapterMap["element"];
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
const pageOf = (dir: string, path: string) => parseHtml(readFileSync(join(dir, path), "utf8"));
const byClass = (root: ReturnType<typeof parseHtml>, cls: string) => elements(root).filter((e) => (attr(e, "class") ?? "").split(" ").includes(cls));

async function build(args: string[] = [], opts: { cwd?: string; dir?: string } = {}) {
  const dir = opts.dir ?? join(tempDir("par-site-"), "site");
  const r = await runCli(["site", "-o", dir, ...args], opts.cwd ? { cwd: opts.cwd } : {});
  return { dir, ...r };
}

let site: string;
let status: StatusReport;
let files: string[];

beforeAll(async () => {
  const r = await build();
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  site = r.dir;
  files = filesBelow(site);
  const s = await runCli(["status", "-q", "Q3", "--format", "json"]);
  status = JSON.parse(s.stdout) as StatusReport;
}, 120_000);

describe("par site: the pages", () => {
  it("writes an overview, each area, each agency, each task, the not-reported page and the downloads, in Vietnamese and English", () => {
    const html = files.filter((f) => f.endsWith(".html"));
    const vi = html.filter((f) => !f.startsWith("en/"));
    expect(vi).toContain("index.html");
    expect(vi).toContain("not-reported.html");
    expect(vi).toContain("agencies/index.html");
    expect(vi).toContain("agencies/stp.html");
    for (const a of status.byArea) expect(vi).toContain(`areas/${a.area}.html`);
    // One page per task, đ spelt dd in the file name.
    expect(vi.filter((f) => f.startsWith("tasks/")).length).toBe(status.total);
    expect(vi).toContain("tasks/1-dd.html");
    // Every Vietnamese page has its English twin at the same path under en/, and nothing else is there.
    expect(html.filter((f) => f.startsWith("en/")).sort()).toEqual(vi.map((f) => `en/${f}`).sort());
    for (const ext of ["xlsx", "csv", "docx"]) {
      expect(files).toContain(`downloads/son-la-2024-2024-Q3.${ext}`);
      expect(files).toContain(`en/downloads/son-la-2024-2024-Q3.${ext}`);
    }
  });

  it("lists every file it wrote in .par-site, and only those", () => {
    const marker = JSON.parse(readFileSync(join(site, ".par-site"), "utf8")) as { format: string; files: string[] };
    expect(marker.format).toBe("par-site/1");
    expect(marker.files).toEqual(files.filter((f) => f !== ".par-site").sort());
  });

  it("every link and script resolves to a file of the site, relative, never to another host; the language switch lands on the same page", () => {
    let links = 0;
    for (const f of files.filter((x) => x.endsWith(".html"))) {
      const doc = pageOf(site, f);
      const html = elements(doc).find((e) => e.tagName === "html")!;
      expect(attr(html, "lang"), f).toBe(f.startsWith("en/") ? "en" : "vi");
      for (const e of elements(doc)) {
        const ref = attr(e, "href") ?? attr(e, "src") ?? (e.tagName === "form" ? attr(e, "action") : undefined);
        if (ref === undefined) continue;
        expect(ref, `${f}: ${ref}`).not.toMatch(/^([a-z]+:|\/)/i);
        const path = ref.replace(/[#?].*$/, "");
        if (path === "") continue;
        const target = posix.normalize(posix.join(posix.dirname(f), decodeURI(path)));
        expect(target.startsWith("../"), `${f}: ${ref} leaves the site`).toBe(false);
        expect(existsSync(join(site, target)), `${f}: ${ref} → ${target}`).toBe(true);
        links++;
      }
      const sw = byClass(doc, "lang-switch")[0]!;
      const other = posix.normalize(posix.join(posix.dirname(f), attr(sw, "href")!));
      expect(other, f).toBe(f.startsWith("en/") ? f.slice(3) : `en/${f}`);
    }
    expect(links).toBeGreaterThan(5000);
  });

  it("keeps each page under 200 KB, and the same data gives the same bytes", async () => {
    for (const f of files.filter((x) => x.endsWith(".html"))) expect(statSync(join(site, f)).size, f).toBeLessThan(200 * 1024);
    const again = await build();
    expect(again.code).toBe(0);
    expect(filesBelow(again.dir)).toEqual(files);
    for (const f of files) expect(readFileSync(join(again.dir, f)).equals(readFileSync(join(site, f))), f).toBe(true);
  }, 120_000);

  it("the overview gives par status's headline, buckets and areas, with the charts' figures as tables", () => {
    const doc = pageOf(site, "index.html");
    const text = textOf(doc);
    const pct = String(status.headline.percent).replace(".", ",");
    expect(text).toContain(`Hoàn thành ${status.headline.completed}/${status.total} nhiệm vụ, đạt ${pct}%`);
    expect(text).toContain("Quý III/2024");
    expect(text).toContain("14/09/2024");
    const svgs = elements(doc).filter((e) => e.tagName === "svg");
    expect(svgs.length).toBe(2);
    for (const s of svgs) {
      expect(attr(s, "role")).toBe("img");
      expect(attr(s, "aria-label")).toBeTruthy();
    }
    // The trend: each quarter up to Q3 that has progress, each at its own cut-off.
    const rows = elements(doc)
      .filter((e) => e.tagName === "tr")
      .map(textOf);
    expect(rows.some((r) => r.startsWith("Quý I/2024") && r.includes("14/03/2024"))).toBe(true);
    expect(rows.some((r) => r.startsWith("Quý III/2024") && r.includes(`${pct}%`))).toBe(true);
    for (const a of status.byArea) expect(rows.some((r) => r.startsWith(`${a.area}. ${a.name}`) && r.includes(`${a.total}${a.completed}`))).toBe(true);
  });

  it("a task page: its text, deadline, agencies as links, status and reports quarter by quarter with evidence", () => {
    for (const row of status.tasks) {
      const file = `tasks/${row.id.replace(".", "-").replace("đ", "dd")}.html`;
      const doc = pageOf(site, file);
      const text = textOf(doc);
      expect(text, file).toContain(`Nhiệm vụ ${row.id}`);
      expect(text, file).toContain(row.deadlineText);
      if (row.text) expect(text, file).toContain(row.text);
      for (const l of row.lead)
        expect(
          elements(doc).some((e) => e.tagName === "a" && attr(e, "href") === `../agencies/${l.id}.html`),
          `${file}: ${l.id}`,
        ).toBe(true);
      const badge = byClass(doc, "badge").map(textOf);
      expect(badge.length, file).toBeGreaterThan(0);
      for (const ev of row.evidence) expect(text, `${file}: ${ev.number}`).toContain(ev.number);
      for (const t of row.results) expect(text, file).toContain(t.text);
    }
    // 1.c is overdue at the Q3 cut-off: its days shown; its reports of Q2 and Q3 under their own headings.
    const c = status.tasks.find((t) => t.id === "1.c")!;
    expect(c.bucket).toBe("overdue");
    const doc = pageOf(site, "tasks/1-c.html");
    expect(textOf(doc)).toContain(`Quá hạn (${c.days} ngày`);
    expect(
      elements(doc)
        .filter((e) => e.tagName === "h3")
        .map(textOf),
    ).toEqual(["Quý II/2024", "Quý III/2024"]);
    const en = textOf(pageOf(site, "en/tasks/1-c.html"));
    expect(en).toContain("Reports quarter by quarter");
    expect(en).toContain(`overdue (${c.days} days`);
  });

  it("an agency page: its tasks as lead and as support, overdue with days, the reports received; Sở Tư pháp did not report in Q3", () => {
    const doc = pageOf(site, "agencies/stp.html");
    const text = textOf(doc);
    expect(elements(doc).find((e) => e.tagName === "h1") && textOf(elements(doc).find((e) => e.tagName === "h1")!)).toBe("Sở Tư pháp");
    const stp = status.byLead.find((l) => l.agency.id === "stp")!;
    expect(stp.silent).toBe(true);
    expect(text).toContain("Chưa gửi báo cáo Quý III/2024.");
    expect(text).toContain("Nhiệm vụ chủ trì");
    expect(text).toContain("Nhiệm vụ phối hợp");
    expect(text).toMatch(/Quý II\/2024: \d+ nhiệm vụ/);
    expect(text).not.toMatch(/Quý III\/2024: \d+ nhiệm vụ/);
    // Its own tasks come first, then those it leads as one of "Các sở, ban, ngành".
    const firstTask = elements(doc).find((e) => e.tagName === "td" && attr(e, "data-label") === "Nhiệm vụ")!;
    expect(status.tasks.find((t) => t.id === textOf(firstTask))!.lead.some((l) => l.id === "stp")).toBe(true);
    // The overdue task it supports shows its days.
    const overdue = status.tasks.filter((t) => t.bucket === "overdue" && t.support.some((s) => s.id === "stp"));
    for (const t of overdue) expect(text).toContain(`Quá hạn (${t.days} ngày`);
    // The not-reported page lists it, and every silent lead.
    const nr = textOf(pageOf(site, "not-reported.html"));
    for (const l of status.byLead.filter((x) => x.silent)) expect(nr).toContain(l.agency.name);
  });

  it("the search index folds as the model does: 'so tu phap' finds Sở Tư pháp, '3.b' task 3.b", () => {
    const sandbox: { window: { PAR_SEARCH?: { lang: string; items: { t: string; u: string; f: string }[] } } } = { window: {} };
    runInNewContext(readFileSync(join(site, "search-index.js"), "utf8"), sandbox);
    const items = sandbox.window.PAR_SEARCH!.items;
    const find = (q: string) =>
      items.filter((i) =>
        searchFold(q)
          .split(" ")
          .every((w) => i.f.includes(w)),
      );
    expect(find("so tu phap")[0]).toMatchObject({ t: "Sở Tư pháp", u: "agencies/stp.html" });
    expect(find("SỞ TƯ PHÁP")[0]!.u).toBe("agencies/stp.html");
    expect(find("3.b").map((i) => i.u)).toContain("tasks/3-b.html");
    expect(searchFold("Đồng  bộ, Điện tử")).toBe(fold("dong bo dien tu"));
    const en: typeof sandbox = { window: {} };
    runInNewContext(readFileSync(join(site, "en/search-index.js"), "utf8"), en);
    expect(en.window.PAR_SEARCH!.items.find((i) => i.u === "agencies/stp.html")!.t).toBe("Department of Justice");
  });

  it("the downloads are par export's annex of the quarter: a workbook, a CSV and a Word file that their readers open", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(site, "downloads/son-la-2024-2024-Q3.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toContain("Chi tiết");
    const en = new ExcelJS.Workbook();
    await en.xlsx.readFile(join(site, "en/downloads/son-la-2024-2024-Q3.xlsx"));
    expect(en.worksheets.map((w) => w.name)).not.toContain("Chi tiết");
    const csv = readDelimited(readFileSync(join(site, "downloads/son-la-2024-2024-Q3.csv"), "utf8"));
    expect(csv.filter((r) => /^[a-zđ]$/.test(r[0] ?? "")).length).toBe(status.total);
    const docx = unzipSync(readFileSync(join(site, "downloads/son-la-2024-2024-Q3.docx")));
    expect(new TextDecoder().decode(docx["word/document.xml"])).toContain("Phụ lục");
    const page = textOf(pageOf(site, "downloads/index.html"));
    expect(page).toContain("son-la-2024-2024-Q3.docx");
  });

  it("marks sample progress on every page, and not when the progress is real", async () => {
    for (const f of ["index.html", "en/agencies/stp.html", "tasks/1-a.html"]) expect(byClass(pageOf(site, f), "sample").length, f).toBe(1);
    const data = copyOfData();
    const prog = join(data, "son-la-2024", "progress");
    for (const f of filesBelow(prog).filter((x) => x.endsWith(".yaml"))) {
      const p = join(prog, f);
      writeFileSync(
        p,
        readFileSync(p, "utf8")
          .replace(/^sample: true\n/m, "")
          .replace(/^note(_en)?: >-\n(  .*\n)+/gm, ""),
      );
    }
    const r = await build([], { cwd: dirname(data) });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(byClass(pageOf(r.dir, "index.html"), "sample").length).toBe(0);
  }, 120_000);

  it("--quarter Q2 shows the plan at Q2's cut-off, with the trend up to Q2", async () => {
    const r = await build(["--quarter", "Q2"]);
    expect(r.code).toBe(0);
    const text = textOf(pageOf(r.dir, "index.html"));
    expect(text).toContain("Quý II/2024: kỳ báo cáo");
    expect(text).not.toContain("Quý III/2024");
    expect(existsSync(join(r.dir, "downloads/son-la-2024-2024-Q2.xlsx"))).toBe(true);
  }, 120_000);
});

describe("par site: the folder", () => {
  it("refuses a folder with files it did not write (exit 2, the files kept), and writes into it with --force", async () => {
    const dir = tempDir("par-site-own-");
    writeFileSync(join(dir, "notes.txt"), "mine");
    const r = await build([], { dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("par site:");
    expect(r.stderr).toContain("--force");
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
    const forced = await build(["--force"], { dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("mine");
    expect(existsSync(join(dir, "index.html"))).toBe(true);
  }, 120_000);

  it("rebuilds its own folder, removing the pages it no longer writes and keeping the user's files", async () => {
    const { dir } = await build();
    const markerFile = join(dir, ".par-site");
    const marker = JSON.parse(readFileSync(markerFile, "utf8")) as { files: string[] };
    writeFileSync(join(dir, "tasks", "9-z.html"), "old page");
    writeFileSync(join(dir, "mine.txt"), "mine");
    writeFileSync(markerFile, JSON.stringify({ ...marker, files: [...marker.files, "tasks/9-z.html", "../outside.txt"] }));
    const again = await build([], { dir });
    expect(again.code).toBe(0);
    expect(existsSync(join(dir, "tasks", "9-z.html"))).toBe(false);
    expect(readFileSync(join(dir, "mine.txt"), "utf8")).toBe("mine");
  }, 120_000);

  it("refuses a file in the way that it did not write, before writing anything", async () => {
    const { dir } = await build();
    const markerFile = join(dir, ".par-site");
    const marker = JSON.parse(readFileSync(markerFile, "utf8")) as { files: string[] };
    writeFileSync(markerFile, JSON.stringify({ ...marker, files: marker.files.filter((f) => f !== "index.html") }));
    writeFileSync(join(dir, "index.html"), "my own page");
    rmSync(join(dir, "tasks", "1-a.html"));
    const r = await build([], { dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("index.html");
    expect(readFileSync(join(dir, "index.html"), "utf8")).toBe("my own page");
    expect(existsSync(join(dir, "tasks", "1-a.html"))).toBe(false);
  }, 120_000);

  it("refuses an --output that is a file, and a bad --quarter, with exit 2 and a message in the run's language", async () => {
    const file = join(tempDir(), "site");
    writeFileSync(file, "x");
    const r = await build([], { dir: file });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^par site: .* không phải là thư mục/);
    const q = await runCli(["site", "-o", join(tempDir(), "s"), "--quarter", "Q9"], { env: { PATH: process.env.PATH, LANG: "C", PAR_LANG: "en" } });
    expect(q.code).toBe(2);
    expect(q.stderr).toBe('par site: "Q9" is not a quarter. Use Q3, 2024-Q3, III or "Quý III/2024".\n');
  });
});
