// `par progress form` and `par progress import`: forms written from the shipped plan, filled by a script the way a
// person fills them (invented values: test data, not real reports), read back, then linted and reported.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync, zipSync } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GIT_ENV, cleanEnv, copyOfData, runCli, tempDir, testLanguage } from "./helpers";
import ExcelJS from "exceljs";
import { fillForm, layout, type Typed } from "./forms/fill";
import { readDateCell, readNumberCell, readStateCell } from "../src/model/form";

testLanguage("vi");

const Q4 = "son-la-2024/progress/2024-Q4";

/** A copy of the shipped data with one agency's Q4 form written beside it; gives the folder, the form's path and bytes. */
async function formFor(agency: string, extra: string[] = []): Promise<{ cwd: string; data: string; file: string; bytes: Buffer }> {
  const data = copyOfData();
  const cwd = join(data, "..");
  const r = await runCli(["progress", "form", "-q", "Q4", "--agency", agency, ...extra], { cwd });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const file = join(cwd, `${agency}-2024-Q4.xlsx`);
  return { cwd, data, file, bytes: readFileSync(file) };
}

/** The XML parts of an .xlsx, read with fflate (not with exceljs, which wrote them). */
function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

const DONE: Record<string, Typed> = { state: "Đã hoàn thành", "evidence-number": "125/BC-STP", "evidence-date": "20/11/2024" };

describe("par progress form", () => {
  it("writes one workbook per agency: instructions, a report sheet with protection, validation, A4 landscape and hidden machine columns", async () => {
    const { bytes, cwd } = await formFor("stp");
    const x = parts(bytes);
    const book = x["xl/workbook.xml"]!;
    expect(book).toContain('name="Hướng dẫn"');
    expect(book).toContain('name="Báo cáo"');
    // Header rows repeated on every printed page.
    expect(book).toMatch(/_xlnm\.Print_Titles[^<]*<\/definedName>|Print_Titles/);
    const sheet = x["xl/worksheets/sheet2.xml"]!;
    expect(sheet).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(sheet).not.toMatch(/<sheetProtection [^>]*(hashValue|password)=/);
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"|<pageSetup [^>]*orientation="landscape"[^>]*paperSize="9"/);
    expect(sheet).toMatch(/<dataValidation [^>]*type="list"/);
    expect(sheet).toContain("Chưa thực hiện,Đang thực hiện,Đã hoàn thành");
    expect(sheet).toMatch(/<dataValidation [^>]*type="date"/);
    expect(sheet).toMatch(/<dataValidation [^>]*type="decimal"/);
    expect(sheet).toMatch(/<col [^>]*hidden="1"/);
    expect(x["xl/styles.xml"]).toContain('val="Times New Roman"');
    // Every row of the plan's tasks the agency reports on, as lead and as supporter, with the group it comes through.
    const strings = x["xl/sharedStrings.xml"] ?? "";
    expect(strings).toContain("Chủ trì");
    expect(strings).toContain("Phối hợp");
    expect(strings).toContain("qua: Các sở, ban, ngành");
    expect(strings).toContain("Kết quả đã báo cáo quý trước (Quý III/2024)");
    // Never over an existing file without --force.
    const again = await runCli(["progress", "form", "-q", "Q4", "--agency", "stp"], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect((await runCli(["progress", "form", "-q", "Q4", "--agency", "stp", "--force"], { cwd })).code).toBe(0);
  });

  it("speaks English with --lang en, and --all writes a form for every agency the plan assigns a task", async () => {
    const data = copyOfData();
    const cwd = join(data, "..");
    const r = await runCli(["progress", "form", "-q", "Q4", "--all", "-o", "forms", "--lang", "en"], { cwd });
    expect(r.code).toBe(0);
    const written = readdirSync(join(cwd, "forms"));
    expect(written.length).toBeGreaterThan(20);
    expect(written).toContain("stp-2024-Q4.xlsx");
    const x = parts(readFileSync(join(cwd, "forms", "stp-2024-Q4.xlsx")));
    expect(x["xl/workbook.xml"]).toContain('name="Report"');
    expect(x["xl/worksheets/sheet2.xml"]).toContain("Not started,In progress,Done");
    expect((await runCli(["progress", "form", "-q", "Q4"], { cwd })).code).toBe(2);
    expect((await runCli(["progress", "form", "-q", "Q4", "--agency", "no-such-agency"], { cwd })).code).toBe(2);
  });
});

describe("par progress import", () => {
  it("reads a form filled the way people fill it, then lint is clean and status shows the reports", async () => {
    const { cwd, data, file, bytes } = await formFor("stp");
    const typo = await fillForm(bytes, {
      rows: {
        "2.a": {
          ...DONE,
          completed: new Date(Date.UTC(2024, 10, 15)),
          result: "Đã tổng hợp kết quả theo dõi thi hành pháp luật năm 2024.",
          obstacles: "Thiếu cán bộ pháp chế  ",
        },
        "2.c": { state: "dang thuc hein", result: "Đang dự thảo danh mục văn bản." },
        "2.d": { ...DONE, state: "da hoan thanh", "target-1": "98,5%", completed: "15-11-2024" },
        "2.đ": { ...DONE, completed: "12/12/2024", "target-1": "98.5" },
      },
      swap: ["2.a", "2.d"],
      blankBefore: "2.c",
    });
    writeFileSync(file, typo);
    const rejected = await runCli(["progress", "import", "stp-2024-Q4.xlsx"], { cwd });
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toMatch(/stp-2024-Q4\.xlsx:Báo cáo![A-Z]+\d+: lỗi import\/bad-state/);
    expect(rejected.stdout).toContain('Có phải là "Đang thực hiện"?');
    expect(rejected.stdout).toContain("stp-2024-Q4.xlsx: không chấp nhận, 1 lỗi");
    expect(existsSync(join(data, Q4, "stp.yaml"))).toBe(false);

    writeFileSync(file, await fillForm(typo, { rows: { "2.c": { state: "ĐANG THỰC HIỆN " } } }));
    const dry = await runCli(["progress", "import", "stp-2024-Q4.xlsx", "--dry-run"], { cwd });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("+ 2.a: Đã hoàn thành 15/11/2024");
    expect(existsSync(join(data, Q4, "stp.yaml"))).toBe(false);

    const ok = await runCli(["progress", "import", "stp-2024-Q4.xlsx"], { cwd });
    expect(ok.stdout + ok.stderr).not.toContain("lỗi");
    expect(ok.code).toBe(0);
    const yaml = readFileSync(join(data, Q4, "stp.yaml"), "utf8");
    expect(yaml).toContain('from: "stp-2024-Q4.xlsx"');
    expect(yaml).toMatch(/task: "2\.d"\n {4}state: done\n {4}completed: 15\/11\/2024/);
    expect(yaml).toContain("violations-handled: 98.5");
    expect(yaml).toContain('obstacles: "Thiếu cán bộ pháp chế"');
    // The plan's order, whatever order the rows were in.
    expect(yaml.indexOf('"2.a"')).toBeLessThan(yaml.indexOf('"2.d"'));

    // Twice: nothing changes, whatever language the second run speaks (the file's comment is in the plan's).
    const twice = await runCli(["progress", "import", "stp-2024-Q4.xlsx"], { cwd });
    expect(twice.code).toBe(0);
    expect(twice.stdout).toContain("không thay đổi");
    expect(readFileSync(join(data, Q4, "stp.yaml"), "utf8")).toBe(yaml);
    const english = await runCli(["progress", "import", "stp-2024-Q4.xlsx", "--lang", "en"], { cwd });
    expect(english.stdout).toContain("unchanged");
    expect(readFileSync(join(data, Q4, "stp.yaml"), "utf8")).toBe(yaml);

    const lint = await runCli(["lint"], { cwd });
    expect(lint.stdout).not.toContain("2024-Q4/stp.yaml");
    expect(lint.code).toBe(0);
    const status = JSON.parse((await runCli(["status", "-q", "Q4", "-f", "json"], { cwd })).stdout);
    expect(status.files).toContain("progress/2024-Q4/stp.yaml");
    const task = status.tasks.find((t: { id: string }) => t.id === "2.a");
    expect(task.reporters).toContain("stp");
    expect(task.results.map((r: { text: string }) => r.text)).toContain("Đã tổng hợp kết quả theo dõi thi hành pháp luật năm 2024.");
    // The agencies whose form has not come back.
    expect(status.forms.returned).toEqual(["stp"]);
    const awaiting = status.forms.awaiting.map((a: { id: string }) => a.id);
    expect(awaiting).toContain("snv");
    expect(awaiting).not.toContain("stp");
    const table = (await runCli(["status", "-q", "Q4"], { cwd })).stdout;
    expect(table).toMatch(/Chưa gửi lại biểu mẫu báo cáo Quý IV\/2024 \(\d+ cơ quan\): .*Sở Nội vụ/);
    expect((await runCli(["status", "-q", "Q3", "-f", "json"], { cwd })).stdout).not.toContain('"forms"');

    // Edited by hand since: kept, unless --force.
    writeFileSync(join(data, Q4, "stp.yaml"), yaml.replace("Đã tổng hợp", "Đã tổng hợp đầy đủ"));
    writeFileSync(file, await fillForm(readFileSync(file), { rows: { "2.c": { result: "Đã dự thảo xong." } } }));
    const kept = await runCli(["progress", "import", "stp-2024-Q4.xlsx", "--lang", "en"], { cwd });
    expect(kept.code).toBe(1);
    expect(kept.stdout).toContain("import/edited-by-hand");
    expect(readFileSync(join(data, Q4, "stp.yaml"), "utf8")).toContain("đầy đủ");
    const forced = await runCli(["progress", "import", "stp-2024-Q4.xlsx", "--force"], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(data, Q4, "stp.yaml"), "utf8")).toContain("Đã dự thảo xong.");
  });

  it("names each bad cell with a stable code: a date that does not exist, after the cut-off, done with no date, a number, a task not the agency's", async () => {
    const { cwd, data, file, bytes } = await formFor("stp");
    let filled = await fillForm(bytes, {
      rows: {
        "2.a": { ...DONE, completed: "31/02/2024" },
        "2.c": { ...DONE, completed: "20/12/2024" },
        "2.d": { state: "Đã hoàn thành", "target-1": "chín mươi" },
        "2.đ": { ...DONE, completed: "15/11/2025" },
      },
    });
    // A row whose hidden task is one the plan does not give this agency (copied from another agency's form).
    filled = await retype(filled, "2.e", "task", "5.d");
    writeFileSync(file, filled);
    const r = await runCli(["progress", "import", "stp-2024-Q4.xlsx", "-f", "json", "--lang", "en"], { cwd });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { diagnostics: { code: string; cell: string; severity: string; message: string }[] };
    const codes = out.diagnostics.map((d) => `${d.severity} ${d.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "error import/invalid-date",
        "warning import/date-after-cutoff",
        "error import/done-without-date",
        "error import/bad-number",
        "error import/date-outside-plan",
        "error import/not-assigned",
      ]),
    );
    for (const d of out.diagnostics) expect(d.cell).toMatch(/^Report!|^Báo cáo![A-Z]+\d+$/);
    expect(r.stderr).toContain("stp-2024-Q4.xlsx: rejected");
    expect(existsSync(join(data, Q4))).toBe(false);
  });

  it("refuses a form of another plan, period or version, a file that is not a workbook, an encrypted one and a zip bomb", async () => {
    const { cwd, data, file, bytes } = await formFor("stp");
    const tryFile = async (name: string, content: Uint8Array, code: string) => {
      writeFileSync(join(cwd, name), content);
      const r = await runCli(["progress", "import", name, "-f", "json"], { cwd });
      expect(r.code, name).toBe(1);
      expect(
        JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code),
        name,
      ).toContain(code);
    };
    await tryFile("plan.xlsx", await retypeAll(bytes, "plan", "ha-noi-2024"), "import/other-plan");
    await tryFile("period.xlsx", await retypeAll(bytes, "period", "2204-Q4"), "import/other-period");
    await tryFile("mixed.xlsx", await retype(bytes, "2.a", "agency", "snv"), "import/mixed-form");
    await tryFile("old.xlsx", await retypeAll(bytes, "form", "par-progress-form/0"), "import/form-version");
    await tryFile("text.xlsx", Buffer.from("Đây không phải là sổ tính\n"), "import/not-a-workbook");
    // An encrypted workbook is an OLE compound file holding an EncryptedPackage stream.
    const ole = Buffer.alloc(4096);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("EncryptedPackage", "utf16le").copy(ole, 1024);
    await tryFile("locked.xlsx", ole, "import/encrypted");
    // 80 MiB of zeros inflate from a few hundred kilobytes.
    const bomb = zipSync({ "[Content_Types].xml": new Uint8Array(80 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await tryFile("bomb.xlsx", bomb, "import/too-large");
    expect(existsSync(join(data, Q4))).toBe(false);
    expect(existsSync(file)).toBe(true);
  }, 60000);

  it("reads a CSV file with the form's columns", async () => {
    const { cwd, data, bytes } = await formFor("stp");
    const filled = await fillForm(bytes, { rows: { "2.a": { ...DONE, completed: "15/11/2024", result: "Kết quả; có dấu chấm phẩy" } } });
    const csv = await asCsv(filled);
    writeFileSync(join(cwd, "stp.csv"), csv);
    const r = await runCli(["progress", "import", "stp.csv"], { cwd });
    expect(r.stdout).toContain("chấp nhận, 1 nhiệm vụ");
    expect(r.code).toBe(0);
    expect(readFileSync(join(data, Q4, "stp.yaml"), "utf8")).toContain('result: "Kết quả; có dấu chấm phẩy"');
  });

  it("reads a form that LibreOffice Calc opened and saved again", async (ctx) => {
    const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
    if (!soffice) {
      console.log("skipped: LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc from Debian's packages");
      ctx.skip();
      return;
    }
    const { cwd, data, file, bytes } = await formFor("stp");
    writeFileSync(
      file,
      await fillForm(bytes, {
        rows: {
          "2.a": { ...DONE, completed: new Date(Date.UTC(2024, 10, 15)), result: "Đã rà soát văn bản, cập nhật cơ sở dữ liệu." },
          "2.d": { ...DONE, completed: "15/11/2024", "target-1": 98.5 },
        },
      }),
    );
    const out = join(cwd, "lo");
    mkdirSync(out);
    const profile = tempDir("lo-profile-");
    const run = spawnSync(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", out, file], {
      timeout: 120000,
      encoding: "utf8",
    });
    expect(run.status, run.stderr).toBe(0);
    const saved = join(out, "stp-2024-Q4.xlsx");
    expect(existsSync(saved)).toBe(true);
    // It is LibreOffice's file, not par's.
    expect(parts(readFileSync(saved))["docProps/app.xml"]).toMatch(/LibreOffice/);
    const r = await runCli(["progress", "import", "lo/stp-2024-Q4.xlsx"], { cwd });
    expect(r.stdout).toContain("chấp nhận, 2 nhiệm vụ");
    expect(r.code).toBe(0);
    const yaml = readFileSync(join(data, Q4, "stp.yaml"), "utf8");
    expect(yaml).toMatch(/task: "2\.a"\n {4}state: done\n {4}completed: 15\/11\/2024/);
    expect(yaml).toContain("violations-handled: 98.5");
    expect((await runCli(["lint"], { cwd })).code).toBe(0);
  }, 180000);

  it("fuzz: whatever is typed into the input cells, no stack trace and no partial write", async () => {
    const { cwd, data, file, bytes } = await formFor("stp");
    const runs = Number(process.env.FUZZ_RUNS ?? 25);
    const typed = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 40 }),
      fc.constantFrom("Đã hoàn thành", "dang thuc hien", "xong", "31/02/2024", "15-11-2024", "98,5%", "1.234,5", "=1+1", "  ", "\u0000", "2024-13-40"),
      fc.double({ noNaN: false }),
      fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) }),
    );
    const keys = ["state", "completed", "result", "target-1", "evidence-number", "evidence-date", "obstacles"];
    const row = fc.record(Object.fromEntries(keys.map((k) => [k, typed])));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(row, row, async (a, b) => {
        n++;
        writeFileSync(file, await fillForm(bytes, { rows: { "2.a": a, "2.d": b } }));
        const before = existsSync(join(data, Q4, "stp.yaml")) ? readFileSync(join(data, Q4, "stp.yaml"), "utf8") : undefined;
        const r = await runCli(["progress", "import", "stp-2024-Q4.xlsx", "--force"], { cwd });
        expect(r.stderr).not.toMatch(/internal error|lỗi nội bộ|\n\s+at /i);
        expect([0, 1]).toContain(r.code);
        const after = existsSync(join(data, Q4, "stp.yaml")) ? readFileSync(join(data, Q4, "stp.yaml"), "utf8") : undefined;
        if (r.code === 1) expect(after).toBe(before);
        else if (after !== undefined) expect((await runCli(["lint", join(data, Q4, "stp.yaml")], { cwd })).stdout).not.toMatch(/lỗi \w/);
      }),
      { numRuns: runs, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
    console.log(`progress import fuzz: ${n} cases`);
  }, 300000);
});

describe("par diff shows what an import changed", () => {
  it("task by task, in the words of the import's --dry-run", async () => {
    const { cwd, file, bytes } = await formFor("stp");
    const env = cleanEnv(GIT_ENV);
    const git = (...args: string[]) => expect(spawnSync("git", args, { cwd, env, encoding: "utf8" }).status).toBe(0);
    git("init", "-q", "-b", "main");
    git("add", "data");
    git("commit", "-q", "-m", "plan");
    expect((await runCli(["diff"], { cwd, env })).stdout).toContain("không thay đổi");
    writeFileSync(file, await fillForm(bytes, { rows: { "2.a": { ...DONE, completed: "15/11/2024" } } }));
    expect((await runCli(["progress", "import", "stp-2024-Q4.xlsx"], { cwd, env })).code).toBe(0);
    const d = await runCli(["diff"], { cwd, env });
    expect(d.stdout).toContain("Báo cáo tiến độ");
    expect(d.stdout).toContain("+ 2.a (stp, Quý IV/2024): Đã hoàn thành 15/11/2024");
    const j = JSON.parse((await runCli(["diff", "-f", "json"], { cwd, env })).stdout);
    expect(j.changed).toBe(true);
    expect(j.progress).toEqual([expect.objectContaining({ kind: "added", period: "2024-Q4", task: "2.a", agency: "stp" })]);
  });
});

describe("reading what people type", () => {
  it("dates, numbers and states", () => {
    const t = (text: string) => ({ kind: "text" as const, text });
    expect(readDateCell(t("15/11/2024"))).toEqual({ ok: true, iso: "2024-11-15" });
    expect(readDateCell(t(" 15-11-2024 "))).toEqual({ ok: true, iso: "2024-11-15" });
    expect(readDateCell(t("15 / 11 / 2024"))).toEqual({ ok: true, iso: "2024-11-15" });
    expect(readDateCell(t("31/02/2024")).ok).toBe(false);
    expect(readDateCell({ kind: "number", value: 45611 })).toEqual({ ok: true, iso: "2024-11-15" });
    expect(readNumberCell(t("98,5"))).toEqual({ ok: true, value: 98.5 });
    expect(readNumberCell(t("98.5"))).toEqual({ ok: true, value: 98.5 });
    expect(readNumberCell(t("98,5%"))).toEqual({ ok: true, value: 98.5 });
    expect(readNumberCell(t("1.234,5"))).toEqual({ ok: true, value: 1234.5 });
    expect(readNumberCell(t("1 234"))).toEqual({ ok: true, value: 1234 });
    expect(readNumberCell(t("9O")).ok).toBe(false);
    expect(readStateCell(t("DA HOAN THANH"))).toEqual({ ok: true, state: "done" });
    expect(readStateCell(t("Đang thực hiện  "))).toEqual({ ok: true, state: "in-progress" });
    expect(readStateCell(t("Chưa thưc hiện"))).toEqual({ ok: true, state: "not-started" });
    expect(readStateCell(t("dang thuc hein"))).toEqual({ ok: false, suggestion: "in-progress" });
  });
});

/** Change one hidden cell of one task's row (by its key), as a copied or tampered row would have it. */
async function retype(bytes: Uint8Array, task: string, key: string, value: string): Promise<Buffer> {
  return fillForm(bytes, { rows: { [task]: { [key]: value } } });
}

/** Change one hidden cell on every row. */
async function retypeAll(bytes: Uint8Array, key: string, value: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[1]!;
  const { keys, rowOf } = layout(ws);
  for (const r of rowOf.values()) ws.getRow(r).getCell(keys.get(key)!).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The report sheet as CSV (RFC 4180), as a spreadsheet's "save as CSV" writes it: the hidden key row too. */
async function asCsv(bytes: Uint8Array): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[1]!;
  const lines: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = ws.getRow(r).getCell(c).value;
      const text = v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? "" : typeof v === "object" ? "" : String(v);
      cells.push(/[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
    }
    lines.push(cells.join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

/** The report sheet of a form's bytes, edited by `edit` the way a person edits it; gives the saved bytes. */
async function edited(bytes: Uint8Array, edit: (ws: ExcelJS.Worksheet, at: (task: string, key: string) => ExcelJS.Cell) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[1]!;
  const { keys, rowOf } = layout(ws);
  edit(ws, (task, key) => ws.getRow(rowOf.get(task)!).getCell(keys.get(key)!));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface BadForm {
  name: string;
  code: string;
  severity: "error" | "warning";
  /** The cell named, after the file name. */
  cell: string;
  /** What the English message says. */
  says: string;
  edit: Parameters<typeof edited>[1];
  /** A progress file of the quarter written by hand before the import. */
  before?: [name: string, text: string];
}

// The stp form of Q4: row 5 is the hidden key row, 1.a is row 6, 1.b row 7, its last task (of 39) row 44; N is the
// state, O the completion date, Q the first target value, T and U the evidence number and date, G the task shown.
const BAD_FORMS: BadForm[] = [
  {
    name: "a workbook whose completion date column was deleted",
    code: "import/not-a-form",
    severity: "error",
    cell: "Báo cáo!A5",
    says: "completed",
    edit: (ws) => ws.spliceColumns(15, 1),
  },
  {
    name: "a form whose hidden agency cells were retyped with an id the plan does not know",
    code: "import/unknown-agency",
    severity: "error",
    cell: "Báo cáo!C6",
    says: "so-tu-phap",
    edit: (ws, at) => {
      at("1.a", "state").value = "Đang thực hiện";
      for (let r = 6; r <= 44; r++) ws.getRow(r).getCell(3).value = "so-tu-phap";
    },
  },
  {
    name: "a row whose hidden task id the plan does not have (a form of an older numbering)",
    code: "import/unknown-task",
    severity: "error",
    cell: "Báo cáo!B7",
    says: '"1.b"',
    edit: (_ws, at) => {
      at("1.b", "state").value = "Đang thực hiện";
      at("1.b", "task").value = "1.bb";
    },
  },
  {
    name: "a row copied over the next one, hidden cells and all",
    code: "import/duplicate-row",
    severity: "error",
    cell: "Báo cáo!B7",
    says: "1.a",
    edit: (ws, at) => {
      at("1.a", "state").value = "Đang thực hiện";
      ws.getRow(7).values = ws.getRow(6).values;
    },
  },
  {
    name: "a task typed into an empty row below the table",
    code: "import/row-without-task",
    severity: "error",
    cell: "Báo cáo!N45",
    says: "",
    edit: (ws) => {
      ws.getRow(45).getCell(16).value = "Đã tổ chức hội nghị tập huấn.";
      ws.getRow(45).getCell(14).value = "Đã hoàn thành";
    },
  },
  {
    name: "a typo'd state, beside states typed without diacritics and in capitals with a trailing space",
    code: "import/bad-state",
    severity: "error",
    cell: "Báo cáo!N7",
    says: 'Did you mean "In progress (Đang thực hiện)"?',
    edit: (_ws, at) => {
      at("1.a", "state").value = "ĐÃ HOÀN THÀNH ";
      at("1.a", "completed").value = "15/11/2024";
      at("1.b", "state").value = "Dang thuc hein";
      at("1.c", "state").value = "dang thuc hien";
    },
  },
  {
    name: "a result written with no state",
    code: "import/no-state",
    severity: "error",
    cell: "Báo cáo!N7",
    says: "1.b",
    edit: (_ws, at) => {
      at("1.b", "result").value = "Đã kiểm tra 5 cơ quan.";
    },
  },
  {
    name: "a completion date on a task still in progress",
    code: "import/completed-not-done",
    severity: "warning",
    cell: "Báo cáo!O7",
    says: "1.b",
    edit: (_ws, at) => {
      at("1.b", "state").value = "Đang thực hiện";
      at("1.b", "completed").value = new Date(Date.UTC(2024, 10, 15));
    },
  },
  {
    name: "a value for a target the plan no longer has (a form made before the target was renamed)",
    code: "import/unknown-target",
    severity: "error",
    cell: "Báo cáo!S6",
    says: "plan-completion-rate",
    edit: (_ws, at) => {
      at("1.a", "state").value = "Đang thực hiện";
      at("1.a", "targets").value = "plan-completion-rate";
      at("1.a", "target-1").value = "95%";
    },
  },
  {
    name: "a date for a milestone the task does not have (typed into a CSV, or a form made before the plan changed)",
    code: "import/unknown-milestone",
    severity: "error",
    cell: "Báo cáo!P6",
    says: "1.a has no milestones",
    edit: (_ws, at) => {
      at("1.a", "state").value = "Đang thực hiện";
      at("1.a", "milestone-1").value = "15/11/2024";
    },
  },
  {
    name: "two document numbers and one date",
    code: "import/evidence-mismatch",
    severity: "error",
    cell: "Báo cáo!W7",
    says: "2",
    edit: (_ws, at) => {
      at("1.b", "state").value = "Đã hoàn thành";
      at("1.b", "completed").value = "15/11/2024";
      at("1.b", "evidence-number").value = "12/BC-STP; 15/BC-STP";
      at("1.b", "evidence-date").value = "20/11/2024";
    },
  },
  {
    name: "a task the agency already reports in another progress file of the quarter",
    code: "import/duplicate-entry",
    severity: "error",
    cell: "Báo cáo!G7",
    says: "bo-sung.yaml",
    before: [
      "bo-sung.yaml",
      "format: par-progress/1\nperiod: 2024-Q4\nagency: stp\nentries:\n" +
        '  - task: "1.b"\n    state: in-progress\n    result: "Báo cáo bổ sung, viết tay (dữ liệu thử)."\n',
    ],
    edit: (_ws, at) => {
      at("1.b", "state").value = "Đang thực hiện";
    },
  },
];

describe("milestones in the form", () => {
  // 1.c has two milestones (Lần 1 by 30/06/2024, Lần 2 by 15/10/2024); stp supports it through the group of sở.
  it("writes a date column per milestone beside the completion date, open only on rows of tasks with milestones", async () => {
    const { bytes } = await formFor("stp");
    const xml = parts(bytes)["xl/worksheets/sheet2.xml"]!;
    const shared = parts(bytes)["xl/sharedStrings.xml"] ?? "";
    // The hidden key row names the columns; the milestone columns come right after "completed".
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const keys = (wb.worksheets[1]!.getRow(5).values as unknown[]).filter(Boolean);
    expect(keys.slice(keys.indexOf("completed"), keys.indexOf("completed") + 4)).toEqual(["completed", "milestone-1", "milestone-2", "result"]);
    expect(shared).toContain("Ngày đạt mốc 1 (dd/mm/yyyy)");
    // Read from the sheet's XML (fflate, not exceljs): 1.c's milestone cells (row 8) prompt with the label and due date.
    expect(xml).toMatch(
      /<dataValidation [^>]*promptTitle="Lần 1"[^>]*prompt="Lần 1, hạn 30\/06\/2024: ngày đạt mốc[^"]*"[^>]*sqref="P8"|<dataValidation [^>]*sqref="P8"[^>]*promptTitle="Lần 1"/,
    );
    expect(xml).toContain('promptTitle="Lần 2"');
    // 1.a (row 6) has no milestones: its milestone cells are grey and locked, with no validation.
    expect(xml).not.toMatch(/sqref="[^"]*\bP6\b/);
    const ws = wb.worksheets[1]!;
    expect(ws.getCell("P6").protection?.locked).not.toBe(false);
    expect(ws.getCell("P8").protection?.locked).toBe(false);
  });

  it("imports each milestone's date under the plan's label; lint is clean and a dry run names the change", async () => {
    const { cwd, data, file, bytes } = await formFor("stp");
    writeFileSync(file, await fillForm(bytes, { rows: { "1.c": { state: "Đang thực hiện", "milestone-2": new Date(Date.UTC(2024, 9, 14)) } } }));
    const ok = await runCli(["progress", "import", "stp-2024-Q4.xlsx"], { cwd });
    expect(ok.code, ok.stdout).toBe(0);
    const yaml = readFileSync(join(data, Q4, "stp.yaml"), "utf8");
    expect(yaml).toContain('  - task: "1.c"\n    state: in-progress\n    milestones:\n      - milestone: "Lần 2"\n        completed: 14/10/2024\n');
    expect((await runCli(["lint"], { cwd })).code).toBe(0);
    writeFileSync(file, await fillForm(bytes, { rows: { "1.c": { state: "Đang thực hiện", "milestone-1": "01/10/2024", "milestone-2": "14/10/2024" } } }));
    const dry = await runCli(["progress", "import", "stp-2024-Q4.xlsx", "--dry-run"], { cwd });
    expect(dry.stdout).toContain("~ 1.c: mốc đã đạt 2: 14/10/2024 → 1: 01/10/2024; 2: 14/10/2024");
  });

  it("a milestone date after the cut-off leaves the row for the next report, with a warning at its cell", async () => {
    const { cwd, data, file, bytes } = await formFor("stp");
    writeFileSync(
      file,
      await fillForm(bytes, { rows: { "1.c": { state: "Đang thực hiện", "milestone-1": "20/12/2024" }, "1.a": { state: "Đang thực hiện" } } }),
    );
    const r = await runCli(["progress", "import", "stp-2024-Q4.xlsx", "--lang", "en"], { cwd });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/stp-2024-Q4\.xlsx:Báo cáo!P8: warning import\/date-after-cutoff/);
    const yaml = readFileSync(join(data, Q4, "stp.yaml"), "utf8");
    expect(yaml).toContain('task: "1.a"');
    expect(yaml).not.toContain('task: "1.c"');
  });
});

describe("each mistake at its cell", () => {
  for (const bad of BAD_FORMS)
    it(bad.name, async () => {
      const { cwd, data, file, bytes } = await formFor("stp");
      if (bad.before) {
        mkdirSync(join(data, Q4), { recursive: true });
        writeFileSync(join(data, Q4, bad.before[0]), bad.before[1]);
      }
      writeFileSync(file, await edited(bytes, bad.edit));
      const r = await runCli(["progress", "import", "stp-2024-Q4.xlsx", "--lang", "en"], { cwd });
      const lines = r.stdout.split("\n").filter((l) => / (error|warning) import\//.test(l));
      expect(lines, r.stdout).toEqual([expect.stringContaining(`stp-2024-Q4.xlsx:${bad.cell}: ${bad.severity} ${bad.code}`)]);
      const message = r.stdout.split("\n")[r.stdout.split("\n").indexOf(lines[0]!) + 1]!;
      expect(message, r.stdout).toContain(bad.says);
      if (bad.severity === "error") {
        expect(r.code).toBe(1);
        expect(r.stdout).toContain("stp-2024-Q4.xlsx: rejected, 1 error");
        expect(existsSync(join(data, Q4, "stp.yaml"))).toBe(false);
      } else {
        expect(r.code).toBe(0);
        expect(readFileSync(join(data, Q4, "stp.yaml"), "utf8")).toContain('task: "1.b"');
      }
    });
});

describe("the states people type, and two forms of one agency", () => {
  it("accepts states without diacritics, in capitals, with a trailing space", async () => {
    const { cwd, data, file, bytes } = await formFor("stp");
    writeFileSync(
      file,
      await edited(bytes, (_ws, at) => {
        at("1.a", "state").value = "ĐÃ HOÀN THÀNH ";
        at("1.a", "completed").value = "15/11/2024";
        at("1.b", "state").value = "dang thuc hien";
        at("1.c", "state").value = "Chua thuc hien";
      }),
    );
    const r = await runCli(["progress", "import", "stp-2024-Q4.xlsx"], { cwd });
    expect(r.stdout).not.toMatch(/lỗi|cảnh báo/);
    expect(r.code).toBe(0);
    const yaml = readFileSync(join(data, Q4, "stp.yaml"), "utf8");
    expect(yaml).toMatch(/task: "1\.a"\n {4}state: done\n {4}completed: 15\/11\/2024/);
    expect(yaml).toMatch(/task: "1\.b"\n {4}state: in-progress/);
    expect(yaml).toMatch(/task: "1\.c"\n {4}state: not-started/);
  });

  it("two workbooks of the same agency and quarter in one run: the same report is written once, a different one is refused naming both files", async () => {
    const { cwd, data, file, bytes } = await formFor("stp");
    const first = await edited(bytes, (_ws, at) => {
      at("1.a", "state").value = "Đang thực hiện";
    });
    writeFileSync(file, first);
    // The same report saved again under another name: accepted, one progress file.
    writeFileSync(join(cwd, "stp-ban-sao.xlsx"), first);
    const same = await runCli(["progress", "import", "stp-2024-Q4.xlsx", "stp-ban-sao.xlsx"], { cwd });
    expect(same.stdout).not.toContain("lỗi");
    expect(same.code).toBe(0);
    const yaml = readFileSync(join(data, Q4, "stp.yaml"), "utf8");
    expect(yaml).toContain('from: "stp-2024-Q4.xlsx"');
    expect(readdirSync(join(data, Q4))).toEqual(["stp.yaml"]);

    // A second, different form of stp for Q4 in the same run: refused, naming the first; the first stays written.
    writeFileSync(
      join(cwd, "stp-sua.xlsx"),
      await edited(bytes, (_ws, at) => {
        at("1.a", "state").value = "Đã hoàn thành";
        at("1.a", "completed").value = "20/11/2024";
      }),
    );
    const other = await runCli(["progress", "import", "stp-2024-Q4.xlsx", "stp-sua.xlsx", "--force"], { cwd });
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(/stp-sua\.xlsx:1:1: lỗi import\/same-form-twice\n.*stp-2024-Q4\.xlsx/);
    expect(other.stdout).toContain("stp-sua.xlsx: không chấp nhận, 1 lỗi");
    expect(readFileSync(join(data, Q4, "stp.yaml"), "utf8")).toBe(yaml);
  });
});
