// Progress files: the lint rules (par lint), and the template `par progress init` writes.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, copyOfData, runCli, tempDir } from "./helpers";

/** A temporary copy of the small plan, with the given progress folder in place of its own. */
function miniWith(progress?: string): string {
  const root = tempDir();
  cpSync(join(FIXTURES, "status-mini", "data"), join(root, "data"), { recursive: true });
  if (progress) {
    rmSync(join(root, "data", "mini", "progress"), { recursive: true });
    cpSync(progress, join(root, "data", "mini", "progress"), { recursive: true });
  }
  return join(root, "data");
}

/** Every `# expect: CODE` mark in the files under a folder, as "relative/path:line code". */
function expectations(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) out.push(...expectations(p, base));
    else if (ent.name.endsWith(".yaml")) {
      readFileSync(p, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const m = /# expect: (\S+)/.exec(line);
          if (m) out.push(`${p.slice(base.length + 1)}:${i + 1} ${m[1]}`);
        });
    }
  }
  return out.sort();
}

interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
  hint: string;
}

async function lintJson(data: string, cwd?: string): Promise<{ code: number; diagnostics: JsonDiagnostic[] }> {
  const r = await runCli(["--lang", "en", "--data", data, "lint", "-f", "json"], cwd ? { cwd } : {});
  return { code: r.code, diagnostics: (JSON.parse(r.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics };
}

describe("par lint on progress files", () => {
  it("the shipped sample progress has no problem", async () => {
    const r = await runCli(["lint", "--lang", "en", "data/son-la-2024/progress"]);
    expect(r.stdout).toMatch(/No problems in 12 files\./);
    expect(r.code).toBe(0);
  });

  it("the small plan's progress has no problem", async () => {
    const { code, diagnostics } = await lintJson(miniWith());
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it("reports each kind of problem on its line, and nothing else", async () => {
    const fixture = join(FIXTURES, "progress-lint", "progress");
    const data = miniWith(fixture);
    const { code, diagnostics } = await lintJson(data);
    const got = diagnostics.map((d) => `${d.file.slice(d.file.indexOf("/progress/") + "/progress/".length)}:${d.line} ${d.code}`).sort();
    expect(got).toEqual(expectations(fixture));
    expect(code).toBe(1);
    const by = (c: string) => diagnostics.find((d) => d.code === c)!;
    expect(by("progress/unknown-target").message).toBe('Task 1.a has no target "ti-le". Did you mean "ty-le"?');
    expect(by("progress/unknown-milestone").message).toContain("Lần 1, Lần 2");
    expect(by("progress/date-after-cutoff").message).toBe("The date 20/09/2024 is after the cut-off of Q3 2024 (14/09/2024).");
    expect(by("progress/period-mismatch").message).toBe("The file is in progress/2024-Q3.yaml but says period 2024-Q2.");
    expect(by("progress/no-evidence").severity).toBe("warning");
    expect(by("progress/misplaced").severity).toBe("warning");
    expect(by("progress/duplicate-entry").message).toMatch(/also in .*stc\.yaml:14\)/);
  });

  it("messages in Vietnamese", async () => {
    const data = miniWith(join(FIXTURES, "progress-lint", "progress"));
    const r = await runCli(["--data", data, "--lang", "vi", "lint"]);
    expect(r.stdout).toContain("Nhiệm vụ 2.a ghi đã hoàn thành nhưng thiếu ngày hoàn thành.");
    expect(r.stdout).toContain('Nhiệm vụ 1.b không có mốc "Lần 3"');
  });

  it("an entry without an agency in a file without one is a schema error at the entry", async () => {
    const data = miniWith();
    writeFileSync(
      join(data, "mini", "progress", "2024-Q4.yaml"),
      'format: par-progress/1\nperiod: 2024-Q4\nentries:\n  - task: "1.a"\n    state: in-progress\n',
    );
    const { diagnostics } = await lintJson(data);
    expect(diagnostics.map((d) => [d.code, d.line, d.message])).toEqual([["schema/required", 4, 'Missing required property "agency" in the entry for 1.a.']]);
  });

  it("a done task later reported as not done, or with another date, is a conflict warning", async () => {
    const data = miniWith();
    writeFileSync(
      join(data, "mini", "progress", "2024-Q4.yaml"),
      [
        "format: par-progress/1",
        "period: 2024-Q4",
        "entries:",
        '  - task: "2.a"',
        "    agency: stp",
        "    state: in-progress",
        '  - task: "2.b"',
        "    agency: snv",
        "    state: done",
        "    completed: 02/08/2024",
        '    evidence: [{ number: "9/QĐ-SNV", date: 01/08/2024 }]',
        "",
      ].join("\n"),
    );
    const { code, diagnostics } = await lintJson(data);
    expect(diagnostics.map((d) => [d.code, d.severity, d.line])).toEqual([
      ["progress/conflict", "warning", 6],
      ["progress/conflict", "warning", 10],
    ]);
    expect(diagnostics[0]!.message).toBe("stp reported task 2.a as done 31/07/2024 in Q3 2024, and now as in-progress.");
    expect(code).toBe(0);
  });

  it("Q1's window starts in December of the year before: a date then is not after the cut-off; 15/03 is", async () => {
    const data = miniWith();
    const file = (completed: string) =>
      [
        "format: par-progress/1",
        "period: 2024-Q1",
        "entries:",
        '  - task: "2.d"',
        "    agency: stc",
        "    state: done",
        `    completed: ${completed}`,
        '    evidence: [{ number: "1/QĐ", date: 20/12/2023 }]',
        "",
      ].join("\n");
    writeFileSync(join(data, "mini", "progress", "2024-Q1.yaml"), file("20/12/2023"));
    expect((await lintJson(data)).diagnostics).toEqual([]);
    writeFileSync(join(data, "mini", "progress", "2024-Q1.yaml"), file("15/03/2024"));
    expect((await lintJson(data)).diagnostics.map((d) => d.code)).toContain("progress/date-after-cutoff");
  });
});

describe("par progress init", () => {
  it("writes the quarter's file for the whole plan, which passes lint", async () => {
    const data = copyOfData();
    const r = await runCli(["--data", data, "progress", "init", "--quarter", "Q4"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2024-Q4.yaml (44 nhiệm vụ)");
    const file = join(data, "son-la-2024", "progress", "2024-Q4.yaml");
    const text = readFileSync(file, "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../../../schemas/progress.schema.json");
    expect(text).toContain("format: par-progress/1\nperiod: 2024-Q4\n");
    expect(text).toContain("# Thời gian hoàn thành: Quý IV/2024 (hạn 31/12/2024)");
    expect(text).toContain('Các dòng chú thích "Kỳ trước" nhắc lại nội dung đã báo cáo đến Quý III/2024, chỉ để tham khảo');
    // Last quarter's report is a comment, never this quarter's values (issue 12, item 1): 4.a was done on 28/08/2024
    // with its evidence; 1.c still in progress. Every state, date, result and evidence is left to fill in.
    expect(text).toMatch(
      /# Kỳ trước \(Quý III\/2024\): đã hoàn thành ngày 28\/08\/2024; kết quả: .*\n(  #.*\n)*  - task: "4\.a"\n {4}agency: snv\n {4}state: +# .*để trống: chưa báo cáo\n {4}completed: +# dd\/mm\/yyyy\n/,
    );
    expect(text).toMatch(/# Kỳ trước \(Quý III\/2024\): đang thực hiện\n(  #.*\n)*  - task: "1\.c"\n {4}agency: skhdt\n {4}state: +#/);
    expect(text).not.toMatch(/^ +(state|completed|result):[ \t]*[^ #\n]/m);
    expect(text).not.toMatch(/^ +- number:/m);
    // A unit the metric already names is not written twice (issue 12, item 17).
    expect(text).toContain("# chỉ tiêu: ≥ 1 sáng kiến/giải pháp của mỗi sở, ban, ngành");
    expect(text).not.toContain("sáng kiến/giải pháp sáng kiến/giải pháp");
    expect(text).toContain('- milestone: "Lần 2"   # Lần 2: hạn 15/10/2024');
    expect(text).toContain("      investment-disbursement:   # chỉ tiêu: ≥ 90% giải ngân vốn đầu tư công; kỳ trước 61,5 (Quý III/2024)");
    // Lint passes (exit 0) and warns once per entry left unfilled, at its line.
    const lint = await runCli(["--data", data, "--lang", "en", "lint", "--format", "json"]);
    expect(lint.code).toBe(0);
    const diags = JSON.parse(lint.stdout).diagnostics as { code: string; line: number; file: string }[];
    // One entry per lead of each task (a task is done only when every lead is): 44 tasks, more entries.
    expect(diags).toHaveLength(text.match(/^ {2}- task: /gm)!.length);
    expect(diags.length).toBeGreaterThan(44);
    expect(text.match(/^ {2}- task: "2\.b"\n {4}agency: (\S+)/gm)!.map((l) => l.split("agency: ")[1])).toEqual([
      "so-ban-nganh",
      "ubnd-cap-huyen",
      "ubnd-cap-xa",
    ]);
    expect(new Set(diags.map((d) => d.code))).toEqual(new Set(["progress/unfilled"]));
    const lines = text.split("\n");
    expect(lines[diags.find((d) => d.file.endsWith("2024-Q4.yaml") && /4\.a/.test(lines[d.line - 1]!))!.line - 1]).toBe('  - task: "4.a"');
    // And the report reads it: nothing reported yet in Q4, the done tasks still done.
    const status = JSON.parse((await runCli(["--data", data, "status", "-q", "Q4", "-f", "json"])).stdout);
    expect(status.counts["done-on-time"]).toBe(6);
  });

  it("never overwrites without --force; --force does, atomically (no temporary file left)", async () => {
    const data = copyOfData();
    const file = join(data, "son-la-2024", "progress", "2024-Q4.yaml");
    writeFileSync(file, "# mine, not even valid yet\n");
    const r = await runCli(["--data", data, "--lang", "en", "progress", "init", "-q", "Q4"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2024-Q4.yaml already exists; it was left untouched. Pass --force");
    expect(readFileSync(file, "utf8")).toBe("# mine, not even valid yet\n");
    const forced = await runCli(["--data", data, "progress", "init", "-q", "Q4", "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("format: par-progress/1");
    expect(readdirSync(join(data, "son-la-2024", "progress")).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("--agency (any spelling) writes that agency's tasks into the quarter's folder, leaving out what the quarter file already has", async () => {
    const data = copyOfData();
    await runCli(["--data", data, "progress", "init", "-q", "Q4"]);
    const r = await runCli(["--data", data, "progress", "init", "-q", "2024-Q4", "--agency", "so noi vu"]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(data, "son-la-2024", "progress", "2024-Q4", "snv.yaml"), "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../../../../schemas/progress.schema.json");
    expect(text).toContain("\nagency: snv\n");
    expect(text).toContain("# Cơ quan báo cáo: Sở Nội vụ (snv)");
    expect(text).not.toMatch(/- task: "4\.a"/); // snv's own entry is in 2024-Q4.yaml
    expect(text).toContain("# Vai trò: phối hợp");
    expect(text).toMatch(/Không đưa vào vì đã được báo cáo trong tệp khác của quý này: 1\.đ, 4\.a/);
    const lint = await runCli(["--data", data, "--lang", "en", "lint", "--format", "json"]);
    expect(lint.code).toBe(0);
    expect(new Set(JSON.parse(lint.stdout).diagnostics.map((d: { code: string }) => d.code))).toEqual(new Set(["progress/unfilled"]));
  });

  it("--output - prints the template; --lang en writes English comments", async () => {
    const r = await runCli(["--lang", "en", "progress", "init", "-q", "Q1", "--agency", "cuc-thue", "--output", "-"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# Progress report for Q1 2024");
    expect(r.stdout).toContain("# No earlier report.");
    expect(r.stdout).toContain('- task: "8.d"');
    expect(existsSync(join("data", "son-la-2024", "progress", "2024-Q1"))).toBe(false);
  });

  it("--output FILE anywhere, with the schema path relative to it", async () => {
    const dir = tempDir();
    const data = copyOfData();
    const out = join(dir, "q4-stp.yaml");
    const r = await runCli(["--data", data, "progress", "init", "-q", "Q4", "--agency", "stp", "-o", out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8").split("\n")[0]).toMatch(/\$schema=.*schemas\/progress\.schema\.json$/);
    const lint = await runCli(["lint", "--lang", "en", out]);
    expect(lint.code).toBe(0);
  });

  it.each([
    [["progress", "init", "-q", "Q9"], /không phải quý/],
    [["progress", "init"], /chưa có tuỳ chọn bắt buộc '-q, --quarter/],
    [["progress", "init", "-q", "Q4", "--agency", "so"], /khớp nhiều cơ quan/],
    [["progress", "init", "-q", "Q4", "--agency", "zzzzzz"], /không có cơ quan nào khớp/],
  ])("%j exits 2", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
