// par lint through the CLI: formats, exit codes, options, hostile input, and the built bin end to end.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, cpSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, cleanEnv, copyOfData, runBin, runCli, tempDir, testLanguage } from "./helpers";

// These tests read English output unless they say otherwise.
testLanguage("en");
import { MAX_FILE_BYTES, readSource } from "../src/load/source";
import { CASES_DIR, materialize } from "./lint-cases";

// Two lint cases (test/lint-cases.ts) written into a workspace of their own.
const WORKSPACE = tempDir();
const BAD = materialize("agency-unknown", join(WORKSPACE, "plans", "agency-unknown"));
const WARN = materialize("deadline-unparsed", join(WORKSPACE, "plans", "deadline-unparsed"));

describe("par lint formats", () => {
  it("json is stable and complete", async () => {
    const r = await runCli(["lint", "--data", ".", "--format", "json"], { cwd: BAD });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toEqual({
      version: 1,
      filesChecked: 5,
      errorCount: 1,
      warningCount: 0,
      diagnostics: [
        {
          file: "tasks/1-b.yaml",
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 9,
          severity: "error",
          code: "agency/unknown",
          message: 'Unknown agency "snvv". Did you mean "snv"?',
          hint: "Use an id from agencies.yaml (`par agencies` lists them), or add the agency there.",
        },
      ],
    });
  });

  it("github writes escaped workflow commands with repository-relative paths", async () => {
    const r = await runCli(["lint", "--data", "."], { cwd: BAD, env: cleanEnv({ GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: WORKSPACE }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      "::error file=plans/agency-unknown/tasks/1-b.yaml,line=8,col=5,endLine=8,endColumn=9,title=par agency/unknown::" +
        'Unknown agency "snvv". Did you mean "snv"?%0AUse an id from agencies.yaml (`par agencies` lists them), or add the agency there.\n',
    );
  });

  it("github escapes %, CR, LF, colon and comma as the Actions toolkit does", async () => {
    const { escapeGithubData, escapeGithubProperty } = await import("../src/format/escape");
    expect(escapeGithubData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeGithubProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
  });

  it("sarif is a 2.1.0 log with rules and regions", async () => {
    const r = await runCli(["lint", "--data", ".", "--format", "sarif"], { cwd: BAD });
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe("par");
    expect(run.tool.driver.rules).toEqual([
      {
        id: "agency/unknown",
        name: "agency/unknown",
        shortDescription: { text: "A task or an agency names an agency id that agencies.yaml does not have." },
        fullDescription: {
          text: "A task or an agency names an agency id that agencies.yaml does not have. Use an id from agencies.yaml (`par agencies` lists them), or add the agency there.",
        },
        defaultConfiguration: { level: "error" },
      },
    ]);
    expect(run.results[0]).toMatchObject({
      ruleId: "agency/unknown",
      ruleIndex: 0,
      level: "error",
      locations: [{ physicalLocation: { artifactLocation: { uri: "tasks/1-b.yaml" }, region: { startLine: 8, startColumn: 5, endLine: 8, endColumn: 9 } } }],
    });
  });

  it("stylish is coloured only on a terminal, and never with NO_COLOR or --no-color", async () => {
    const plain = await runCli(["lint", "--data", "."], { cwd: BAD });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const tty = await runCli(["lint", "--data", "."], { cwd: BAD, tty: true });
    expect(tty.stdout).toMatch(/\u001b\[/);
    const noColor = await runCli(["lint", "--data", "."], { cwd: BAD, tty: true, env: cleanEnv({ NO_COLOR: "1" }) });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
    const flag = await runCli(["--no-color", "lint", "--data", "."], { cwd: BAD, tty: true });
    expect(flag.stdout).not.toMatch(/\u001b\[/);
  });

  it("speaks Vietnamese with --lang vi or a Vietnamese locale", async () => {
    const r = await runCli(["--lang", "vi", "lint", "--data", "."], { cwd: BAD });
    expect(r.stdout).toContain('Cơ quan không xác định "snvv". Có phải ý bạn là "snv"?');
    expect(r.stdout).toContain("gợi ý:");
    const byLocale = await runCli(["lint", "--data", "."], { cwd: BAD, env: cleanEnv({ PAR_LANG: undefined, LANG: "vi_VN.UTF-8" }) });
    expect(byLocale.stdout).toContain("Cơ quan không xác định");
  });
});

describe("par lint exit codes and options", () => {
  it("warnings alone exit 0; --max-warnings 0 makes them exit 1", async () => {
    expect((await runCli(["lint", "--data", "."], { cwd: WARN })).code).toBe(0);
    const r = await runCli(["lint", "--data", ".", "--max-warnings", "0"], { cwd: WARN });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Too many warnings (1, --max-warnings 0).");
  });

  it("--quiet reports errors only but still counts warnings in the exit decision", async () => {
    const r = await runCli(["lint", "--data", ".", "--quiet"], { cwd: WARN });
    expect(r.stdout).not.toContain("deadline/unparsed");
    expect(r.code).toBe(0);
  });

  it("usage errors exit 2", async () => {
    expect((await runCli(["lint", "--format", "xml"])).code).toBe(2);
    expect((await runCli(["lint", "--max-warnings", "many"])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });

  it("a missing data folder or path exits 2 with a message that says what to do", async () => {
    const empty = tempDir();
    const r = await runCli(["lint"], { cwd: empty });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no data folder at");
    expect(r.stderr).toContain("--data DIR");
    const p = await runCli(["lint", "no/such/file.yaml"]);
    expect(p.code).toBe(2);
    expect(p.stderr).toBe("par: no such file or folder: no/such/file.yaml\n");
  });

  it("lints only the files named, with the whole plan as context", async () => {
    const r = await runCli(["lint", "tasks/1-a.yaml"], { cwd: BAD });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("No problems in 1 file.\n");
    const bad = await runCli(["lint", "tasks/1-b.yaml"], { cwd: BAD });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("tasks/1-b.yaml:8:5: error agency/unknown");
  });

  it("lints a folder of plans, each plan on its own", async () => {
    const d = tempDir();
    materialize("clean", join(d, "plans", "a"));
    cpSync(BAD, join(d, "plans", "b"), { recursive: true });
    const r = await runCli(["lint", "--data", "plans"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("plans/b/tasks/1-b.yaml:8:5: error agency/unknown");
    expect(r.stdout).toContain("1 problem (1 error, 0 warnings), 10 files");
  });
});

describe("par lint on hostile input", () => {
  it("refuses a file of tens of megabytes without reading it", async () => {
    const data = copyOfData();
    const big = join(data, "son-la-2024", "tasks", "9-a.yaml");
    writeFileSync(big, "format: par-task/1\ntext: " + "x".repeat(MAX_FILE_BYTES * 5) + "\n");
    const r = await runCli(["lint", "--data", data]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/9-a\.yaml:1:1: error io\/too-large/);
  });

  it("a file gone, or turned into a folder, between listing and reading: io/not-found, io/unreadable, no crash", () => {
    const d = tempDir();
    expect(readSource(join(d, "gone.yaml"), "gone.yaml").diagnostics.map((x) => [x.code, x.args])).toEqual([["io/not-found", { path: "gone.yaml" }]]);
    mkdirSync(join(d, "now-a-folder.yaml"));
    expect(readSource(join(d, "now-a-folder.yaml"), "now-a-folder.yaml").diagnostics.map((x) => [x.code, x.args])).toEqual([
      ["io/unreadable", { reason: "EISDIR" }],
    ]);
  });

  it("survives a symlink loop", async () => {
    const data = copyOfData();
    symlinkSync(join(data, "son-la-2024"), join(data, "son-la-2024", "tasks", "loop"));
    const r = await runCli(["lint", "--data", data]);
    expect(r.stdout).toContain("io/loop");
    expect(r.code).toBe(0);
  });

  it("survives deep nesting", async () => {
    const data = copyOfData();
    writeFileSync(join(data, "son-la-2024", "tasks", "9-a.yaml"), "format: par-task/1\nx: " + "[".repeat(100000) + "\n");
    writeFileSync(join(data, "son-la-2024", "tasks", "9-b.yaml"), "format: par-task/1\nx:\n" + "- ".repeat(3000) + "1\n");
    const r = await runCli(["lint", "--data", data]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("9-a.yaml:1:1: error yaml/too-deep");
    expect(r.stdout).toMatch(/9-b\.yaml:\d+:\d+: error yaml\/too-deep/);
    expect(r.stderr).toBe("");
  });
});

describe("the built bin, end to end", () => {
  it("par lint on the shipped plan: exit 0, summary on stdout, nothing on stderr", () => {
    const r = runBin(["lint"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^No problems in \d+ files\.\n$/);
    expect(r.code).toBe(0);
  });

  it("par lint on a bad plan: exit 1, the problem on stdout", () => {
    const r = runBin(["lint", "--data", "."], { cwd: BAD });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      readFileSync(join(CASES_DIR, "agency-unknown.txt"), "utf8")
        .replace(/^--- stdout\n/, "")
        .replace(/--- stderr\n$/, ""),
    );
    expect(r.stderr).toBe("");
  });

  it("--version and --help exit 0; an unknown option exits 2 with help on stderr", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(runBin(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    const help = runBin(["lint", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Exit codes: 0 no errors");
    const bad = runBin(["lint", "--bogus"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown option '--bogus'");
  });

  it("no stack trace on an unreadable plan", () => {
    const d = tempDir();
    mkdirSync(join(d, "data", "p", "tasks"), { recursive: true });
    writeFileSync(join(d, "data", "p", "plan.yaml"), "format: par-plan/1\nid: [unclosed\n");
    const r = runBin(["lint"], { cwd: d });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)/);
    expect(r.stdout).toContain("data/p/plan.yaml:");
  });
});

describe("par lint on many plans", () => {
  function manyPlans(): string {
    const d = tempDir();
    for (let i = 0; i < 6; i++) materialize(i === 3 ? "agency-unknown" : i === 5 ? "deadline-unparsed" : "clean", join(d, "data", `plan-${i}`));
    return d;
  }

  it("lints every plan of the data folder, each whole", () => {
    const d = manyPlans();
    const r = runBin(["lint", "--format", "json"], { cwd: d, env: cleanEnv() });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.filesChecked).toBe(30);
    expect(out.diagnostics.map((x: { file: string; code: string }) => `${x.file} ${x.code}`)).toEqual([
      "data/plan-3/tasks/1-b.yaml agency/unknown",
      "data/plan-5/tasks/1-b.yaml deadline/unparsed",
    ]);
  });

  it("--cache reuses unchanged plans and notices a changed file", async () => {
    const d = manyPlans();
    const first = await runCli(["lint", "--cache"], { cwd: d });
    expect(first.code).toBe(1);
    const cacheFile = join(d, ".par-cache", "lint.json");
    expect(JSON.parse(readFileSync(cacheFile, "utf8")).plans).toBeTypeOf("object");
    const again = await runCli(["lint", "--cache"], { cwd: d });
    expect(again).toEqual(first);
    // Fix the bad plan: the cache must not hide the change.
    const bad = join(d, "data", "plan-3", "tasks", "1-b.yaml");
    writeFileSync(bad, readFileSync(bad, "utf8").replace("snvv", "snv"));
    const fixed = await runCli(["lint", "--cache"], { cwd: d });
    expect(fixed.stdout).not.toContain("agency/unknown");
    expect(fixed.code).toBe(0);
  });
});
