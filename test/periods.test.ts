// Periods and dates outside the plan (docs/data-format.md, "Periods"): a usage error on every command that takes one, a lint error
// in a progress file.
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { dateInPlan, parsePeriod, periodInPlan, planSpan, reportQuarters, type PlanSpan } from "../src/model/period";
import { copyOfData, runCli } from "./helpers";

const cwd = dirname(copyOfData());
const en = (...args: string[]) => runCli(["--lang", "en", ...args], { cwd });
// The shipped plan: 2024, Decree 09 windows, task 2.c due January 2025 (outside_plan_year: true).
const OUTSIDE = (what: string, cmd = "status") =>
  `par ${cmd}: ${what} is outside the plan of 2024, whose reports run from Q1 2024 to Q1 2025 (its dates: 01/01/2024–31/01/2025). Check the year.\n`;

describe("a period or date outside the plan is a usage error (exit 2) naming the plan's years", () => {
  it.each(["0000-Q1", "2204-Q4", "2023-Q3", "2025-Q2"])("par status -q %s", async (q) => {
    const r = await en("status", "-q", q);
    expect(r).toEqual({ code: 2, stdout: "", stderr: OUTSIDE(`--quarter ${q}`) });
  });

  it("par status --period, --as-of; par export -q; par list --due", async () => {
    expect(await en("status", "--period", "2023")).toEqual({ code: 2, stdout: "", stderr: OUTSIDE("--period 2023") });
    expect(await en("status", "--period", "h1/2204")).toEqual({ code: 2, stdout: "", stderr: OUTSIDE("--period h1/2204") });
    expect(await en("status", "--as-of", "2204-01-01")).toEqual({ code: 2, stdout: "", stderr: OUTSIDE("--as-of 2204-01-01") });
    expect(await en("status", "-q", "Q3", "--as-of", "01/01/2204")).toEqual({ code: 2, stdout: "", stderr: OUTSIDE("--as-of 01/01/2204") });
    expect(await en("export", "-q", "0000-Q1", "-f", "json")).toEqual({ code: 2, stdout: "", stderr: OUTSIDE("--quarter 0000-Q1", "export") });
    expect(await en("list", "--due", "2204")).toEqual({ code: 2, stdout: "", stderr: OUTSIDE("--due 2204", "list") });
    expect(await en("list", "--due", "Q3/2023")).toEqual({ code: 2, stdout: "", stderr: OUTSIDE("--due Q3/2023", "list") });
  });

  it("par progress init -q 0000-Q1 writes nothing (it used to write progress/0-Q1.yaml)", async () => {
    const progress = join(cwd, "data/son-la-2024/progress");
    const before = readdirSync(progress).sort();
    expect(await en("progress", "init", "-q", "0000-Q1")).toEqual({ code: 2, stdout: "", stderr: OUTSIDE("--quarter 0000-Q1", "progress init") });
    expect(await en("progress", "init", "-q", "2204-Q4", "--agency", "stp")).toEqual({
      code: 2,
      stdout: "",
      stderr: OUTSIDE("--quarter 2204-Q4", "progress init"),
    });
    expect(readdirSync(progress).sort()).toEqual(before);
    expect(existsSync(join(progress, "0-Q1.yaml"))).toBe(false);
  });

  it("in Vietnamese too", async () => {
    const r = await runCli(["--lang", "vi", "status", "-q", "2204-Q4"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "par status: --quarter 2204-Q4 nằm ngoài kế hoạch năm 2024; các kỳ báo cáo của kế hoạch từ Quý I/2024 đến Quý I/2025 (thời gian: 01/01/2024–31/01/2025). Hãy kiểm tra lại năm.\n",
    );
  });

  it("the plan's own periods still work: Q1–Q4 2024, Q1 2025 (Decree 09: its window opens 15/12/2024), dates in their windows", async () => {
    for (const q of ["Q1", "2024-Q4", "2025-Q1"]) expect((await en("status", "-q", q, "-f", "json")).code).toBe(0);
    expect((await en("status", "--period", "year", "-f", "json")).code).toBe(0);
    expect((await en("status", "--as-of", "2025-03-14", "-f", "json")).code).toBe(0);
    expect((await en("status", "--as-of", "20/12/2023", "-f", "json")).code).toBe(0);
    expect((await en("list", "--due", "2025-01", "-f", "json")).code).toBe(0);
    expect((await en("progress", "init", "-q", "2025-Q1", "-o", "-")).code).toBe(0);
  });
});

describe("a progress file for a period outside the plan is a lint error (progress/outside-plan)", () => {
  it("lint names file:line:col; status stops with exit 1 instead of judging the plan in 2204", async () => {
    const data = copyOfData();
    const root = dirname(data);
    writeFileSync(
      join(data, "son-la-2024/progress/2204-Q4.yaml"),
      'format: par-progress/1\nperiod: 2204-Q4\nentries:\n  - task: "1.a"\n    agency: snv\n    state: in-progress\n',
    );
    const lint = await runCli(["--lang", "en", "lint"], { cwd: root });
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain(
      "data/son-la-2024/progress/2204-Q4.yaml:2:9: error progress/outside-plan\n  Period 2204-Q4 is outside the plan of 2024, whose reports run from 2024-Q1 to 2025-Q1.",
    );
    const status = await runCli(["--lang", "en", "status"], { cwd: root });
    expect(status.code).toBe(1);
    expect(status.stdout).toBe("");
    expect(status.stderr).toContain("progress/outside-plan");
  });
});

describe("periodInPlan, dateInPlan, reportQuarters", () => {
  const decree: PlanSpan = { start: "2024-01-01", end: "2024-12-31", scheme: "decree-09" };
  const calendar: PlanSpan = { ...decree, scheme: "calendar" };
  const p = (t: string) => parsePeriod(t, 2024)!;

  it("Decree 09: Q1 of the year after belongs to the plan (its window opens 15/12); Q2 does not; nor the year after", () => {
    expect(periodInPlan(p("2025-Q1"), decree)).toBe(true);
    expect(periodInPlan(p("2025-01"), decree)).toBe(true);
    expect(periodInPlan(p("2025-Q2"), decree)).toBe(false);
    expect(periodInPlan(p("2025"), decree)).toBe(false);
    expect(periodInPlan(p("2023-Q4"), decree)).toBe(false);
    expect(reportQuarters(decree)).toEqual({ first: p("2024-Q1"), last: p("2025-Q1") });
    expect(dateInPlan("2023-12-15", decree)).toBe(true);
    expect(dateInPlan("2023-12-14", decree)).toBe(false);
    expect(dateInPlan("2025-03-14", decree)).toBe(true);
    expect(dateInPlan("2025-03-15", decree)).toBe(false);
  });

  it("calendar quarters: only the plan's year", () => {
    expect(periodInPlan(p("2025-Q1"), calendar)).toBe(false);
    expect(periodInPlan(p("2024-Q4"), calendar)).toBe(true);
    expect(reportQuarters(calendar)).toEqual({ first: p("2024-Q1"), last: p("2024-Q4") });
    expect(dateInPlan("2025-01-01", calendar)).toBe(false);
  });

  it("deadlines marked outside_plan_year stretch the plan to their due dates; others do not", () => {
    const task = (deadline: object) => ({ deadline }) as never;
    const meta = { year: 2024, reporting: "calendar" } as never;
    expect(planSpan({ meta, tasks: [task({ kind: "month", month: "2025-05", outsidePlanYear: true }), task({ kind: "date", date: "2026-01-01" })] })).toEqual({
      start: "2024-01-01",
      end: "2025-05-31",
      scheme: "calendar",
    });
    const span = planSpan({ meta, tasks: [task({ kind: "month", month: "2025-05", outsidePlanYear: true })] });
    expect(periodInPlan(p("2025-Q2"), span)).toBe(true);
    expect(periodInPlan(p("2025-Q3"), span)).toBe(false);
  });
});
