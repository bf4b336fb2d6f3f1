// One clear message per problem (issue 12, items 8–10): a broken file is reported once, on itself, with the rules run
// over whatever can be read; dates and numbers in forms par does not read get one message that says what to write.
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanEnv, copyOfData, runCli } from "./helpers";
import { materialize } from "./lint-cases";
import { checkSchema } from "../src/validate/schema";
import { parseYaml } from "../src/load/yaml";
import { localize } from "../src/i18n";

interface JsonDiag {
  file: string;
  code: string;
  line: number;
  message: string;
  hint: string;
  severity: string;
}

async function lint(data: string, ...args: string[]): Promise<{ code: number; diagnostics: JsonDiag[] }> {
  const r = await runCli(["--data", data, "--lang", "en", "lint", "--format", "json", ...args]);
  return { code: r.code, diagnostics: JSON.parse(r.stdout).diagnostics };
}

function edit(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, "utf8");
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  writeFileSync(path, next);
}

const PLAN = "son-la-2024";

describe("no cascade from one broken file (item 10)", () => {
  it("kind: quater in 2-a.yaml gives one error, on 2-a.yaml only", async () => {
    const data = copyOfData();
    edit(join(data, PLAN, "tasks", "2-a.yaml"), "kind: quarter", "kind: quater");
    const { code, diagnostics } = await lint(data);
    expect(code).toBe(1);
    expect(diagnostics.map((d) => [d.file.replace(/^.*son-la-2024\//, ""), d.code])).toEqual([["tasks/2-a.yaml", "schema/enum"]]);
    expect(diagnostics[0]!.message).toBe('`kind` of the deadline is "quater", which is not allowed. Did you mean "quarter"?');
  });

  it("in GitHub Actions, every annotation lands on the file that is broken", async () => {
    const data = copyOfData();
    edit(join(data, PLAN, "tasks", "2-a.yaml"), "kind: quarter", "kind: quater");
    const r = await runCli(["--data", data, "--lang", "en", "lint"], { env: cleanEnv({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: join(data, "..") }) });
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=data\/son-la-2024\/tasks\/2-a\.yaml,line=\d+/);
  });

  it("linting only an untouched file beside a broken one reports nothing on it", async () => {
    const data = copyOfData();
    edit(join(data, PLAN, "tasks", "2-a.yaml"), "kind: quarter", "kind: quater");
    const { code, diagnostics } = await lint(data, join(data, PLAN, "tasks", "2-b.yaml"), join(data, PLAN, "progress"));
    expect(diagnostics).toEqual([]);
    expect(code).toBe(0);
  });

  it("a task file that does not parse at all holds back the letter sequence of its area and references to it", async () => {
    const data = copyOfData();
    appendFileSync(join(data, PLAN, "tasks", "2-a.yaml"), "id: [\n");
    const { diagnostics } = await lint(data);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.filter((d) => !d.file.endsWith("tasks/2-a.yaml"))).toEqual([]);
  });

  it("a broken agencies.yaml does not make every agency reference unknown, nor the registry missing", async () => {
    const data = copyOfData();
    appendFileSync(join(data, PLAN, "agencies.yaml"), "agencies: [\n");
    const { diagnostics } = await lint(data);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.filter((d) => !d.file.endsWith(`${PLAN}/agencies.yaml`))).toEqual([]);
    expect(diagnostics.map((d) => d.code)).not.toContain("plan/agencies-missing");
  });

  it("a registry entry with a schema error still names its agency: references to it are not unknown", async () => {
    const data = copyOfData();
    edit(join(data, PLAN, "agencies.yaml"), /(id: stp\n(?:.*\n)*?\s+kind: )department/, "$1departmnet");
    const { diagnostics } = await lint(data);
    expect(diagnostics.map((d) => [d.file.replace(/^.*son-la-2024\//, ""), d.code])).toEqual([["agencies.yaml", "schema/enum"]]);
  });

  it("a plan.yaml that does not parse is not also reported missing, and no task is blamed for it", async () => {
    const data = copyOfData();
    appendFileSync(join(data, PLAN, "plan.yaml"), "x: [\n");
    const { diagnostics } = await lint(data);
    expect(diagnostics.map((d) => [d.file.replace(/^.*son-la-2024\//, ""), d.code])).toEqual([["plan.yaml", "yaml/syntax"]]);
  });
});

describe("schema and rule problems in one run (item 9)", () => {
  it("a task with a schema error still gets its rule checks, and so do the other files", async () => {
    const data = copyOfData();
    const task = join(data, PLAN, "tasks", "2-a.yaml");
    edit(task, "kind: quarter", "kind: quater");
    edit(task, /lead:\n  - (\S+)/, "lead:\n  - snvv");
    edit(join(data, PLAN, "tasks", "2-b.yaml"), "text: Thường xuyên", "text: Khi có hướng dẫn");
    const { diagnostics } = await lint(data);
    expect(diagnostics.map((d) => [d.file.replace(/^.*son-la-2024\//, ""), d.code]).sort()).toEqual(
      [
        ["tasks/2-a.yaml", "agency/unknown"],
        ["tasks/2-a.yaml", "schema/enum"],
        ["tasks/2-b.yaml", "deadline/unparsed"],
      ].sort(),
    );
  });
});

describe("one message per value, with a place in words (item 8)", () => {
  const progressQ4 = (entries: string) => `format: par-progress/1\nperiod: 2024-Q4\nagency: stp\nentries:\n${entries}`;

  it("an entry is named by its task, in English and Vietnamese", async () => {
    const data = copyOfData();
    writeFileSync(join(data, PLAN, "progress", "2024-Q4.yaml"), progressQ4('  - task: "2.b"\n    state: finished\n'));
    const en = await lint(data);
    expect(en.diagnostics.map((d) => d.message)).toEqual(['`state` in the entry for 2.b is "finished", which is not allowed.']);
    const vi = await runCli(["--data", data, "--lang", "vi", "lint"]);
    expect(vi.stdout).toContain('`state` trong mục báo cáo nhiệm vụ 2.b là "finished", giá trị không được phép.');
    expect(vi.stdout).not.toMatch(/entries\.\d/);
  });

  for (const written of ["15.9.2024", "2024/09/15", "15-09-2024", "ngày 15/9/2024"]) {
    it(`completed: ${written} is one message naming the accepted forms`, async () => {
      const data = copyOfData();
      writeFileSync(
        join(data, PLAN, "progress", "2024-Q4.yaml"),
        progressQ4(`  - task: "2.b"\n    state: done\n    completed: ${written}\n    evidence:\n      - { number: "1/KH-STP", date: ${written} }\n`),
      );
      const { diagnostics } = await lint(data);
      expect(diagnostics.map((d) => d.code)).toEqual(["schema/date", "schema/date"]);
      expect(diagnostics[0]!.message).toBe(`\`completed\` in the entry for 2.b is "${written}", not a date in a form par reads (dd/mm/yyyy or YYYY-MM-DD).`);
      expect(diagnostics[0]!.hint).toBe("Write 15/09/2024, or leave it empty while it is not known.");
      expect(diagnostics[1]!.message).toBe(
        `\`date\` of evidence document 1/KH-STP in the entry for 2.b is "${written}", not a date in a form par reads (dd/mm/yyyy or YYYY-MM-DD).`,
      );
      for (const d of diagnostics) expect(`${d.message} ${d.hint}`).not.toMatch(/\[0-9\]|must be null|\^/);
    });
  }

  it("dates in a task's deadline and in plan.yaml read YYYY-MM-DD only", async () => {
    const data = copyOfData();
    edit(join(data, PLAN, "plan.yaml"), /date: .*/, "date: 15/9/2024");
    const { diagnostics } = await lint(data);
    expect(diagnostics.map((d) => [d.code, d.message, d.hint])).toEqual([
      [
        "schema/date",
        '`date` of the decision is "15/9/2024", not a date in a form par reads (YYYY-MM-DD).',
        "Write 2024-09-15, or leave it empty while it is not known.",
      ],
    ]);
  });

  it("a value of the wrong type in a date field is one date message too", () => {
    const src = {
      path: "p.yaml",
      display: "p.yaml",
      text: 'format: par-progress/1\nperiod: 2024-Q4\nagency: stp\nentries:\n  - task: "2.b"\n    state: done\n    completed: 15092024\n',
    };
    const parsed = parseYaml(src as never).parsed!;
    const ds = localize(checkSchema(parsed, "progress"), "en");
    expect(ds.map((d) => [d.code, d.message])).toEqual([
      ["schema/date", "`completed` in the entry for 2.b is 15092024, not a date in a form par reads (dd/mm/yyyy or YYYY-MM-DD)."],
    ]);
  });

  it("a task with neither text nor items misses one of two properties, said once", () => {
    const src = {
      path: "t.yaml",
      display: "t.yaml",
      text: 'format: par-task/1\nid: "2.a"\narea: 2\nletter: a\nlead: [snv]\ndeadline: { text: Thường xuyên, kind: ongoing }\n',
    };
    const ds = localize(checkSchema(parseYaml(src as never).parsed!, "task"), "vi");
    expect(ds.map((d) => d.message)).toEqual(['Thiếu thuộc tính bắt buộc "text" hoặc "items" trong nhiệm vụ 2.a.']);
  });

  it("100% in a number field says to write the number without %; 1e400 and .inf are not finite", async () => {
    const data = copyOfData();
    writeFileSync(
      join(data, PLAN, "progress", "2024-Q4.yaml"),
      progressQ4('  - task: "2.b"\n    agency: snv\n    state: in-progress\n    targets: { a: 100%, b: 1e400, c: .inf, d: -.inf }\n'),
    );
    const r = await runCli(["--data", data, "--lang", "en", "lint", "--format", "json"]);
    const ds = (JSON.parse(r.stdout).diagnostics as JsonDiag[]).filter((d) => d.code.startsWith("schema/"));
    expect(ds.map((d) => [d.code, d.message, d.hint])).toEqual([
      ["schema/number-text", 'Target `a` in the entry for 2.b by snv is the text "100%", not a number.', "Write the number without %: 100."],
      ["schema/not-finite", "Target `b` in the entry for 2.b by snv is 1e400, which is not a finite number.", "Write an ordinary number, such as 95 or 96.2."],
      ["schema/not-finite", "Target `c` in the entry for 2.b by snv is .inf, which is not a finite number.", "Write an ordinary number, such as 95 or 96.2."],
      ["schema/not-finite", "Target `d` in the entry for 2.b by snv is -.inf, which is not a finite number.", "Write an ordinary number, such as 95 or 96.2."],
    ]);
    const vi = await runCli(["--data", data, "--lang", "vi", "lint"]);
    expect(vi.stdout).toContain('Chỉ tiêu `a` trong mục báo cáo nhiệm vụ 2.b của snv là văn bản "100%", không phải một số.');
    expect(vi.stdout).toContain("gợi ý: Ghi số không kèm dấu %: 100.");
    expect(vi.stdout).toContain("Chỉ tiêu `b` trong mục báo cáo nhiệm vụ 2.b của snv là 1e400, không phải một số hữu hạn.");
  });

  it("the date fixture in Vietnamese", async () => {
    const r = await runCli(["lint", "--data", ".", "--lang", "vi"], { cwd: materialize("schema-date-forms") });
    expect(r.stdout).toContain(
      '`completed` trong mục báo cáo nhiệm vụ 2.a của so-ban-nganh là "ngày 1/9/2024", không phải ngày viết theo dạng par đọc được (dd/mm/yyyy hoặc YYYY-MM-DD).',
    );
    expect(r.stdout).toContain("gợi ý: Ghi 01/09/2024, hoặc để trống khi chưa có ngày.");
    expect(r.stdout).toContain('`date` của mốc “Lần 1” của thời hạn là "15/10/2024", không phải ngày viết theo dạng par đọc được (YYYY-MM-DD).');
  });
});
