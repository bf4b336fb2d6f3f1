// par show ID (issue 16): the task's current bucket and its reports quarter by quarter, on the invented
// test/fixtures/followup plan; --as-of and --quarter move the cut-off as in par status.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, testLanguage } from "./helpers";

testLanguage("en");
const DATA = join(FIXTURES, "followup", "data");

describe("par show: bucket and reports", () => {
  it("text: the bucket at the latest cut-off and each report with its quarter and agency", async () => {
    const r = await runCli(["show", "1.b", "--data", DATA]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Status +overdue \(14 days\) — Q3 2024, at 14\/09\/2024/);
    expect(r.stdout).toMatch(/Reports +Q2 2024 · stp: /);
    expect(r.stdout).toMatch(/^ +Q3 2024 · stp: in progress/m);
  });
  it("json: progress with the bucket, days and reports oldest first; --as-of judges at that date", async () => {
    const j = JSON.parse((await runCli(["show", "1.a", "--data", DATA, "--format", "json"])).stdout);
    expect(j.progress).toMatchObject({ period: "2024-Q3", bucket: "not-due", reports: [{ period: "2024-Q3", agency: "snv", state: "in-progress" }] });
    const later = JSON.parse((await runCli(["show", "1.a", "--data", DATA, "--format", "json", "--as-of", "01/11/2024"])).stdout);
    expect(later.progress).toMatchObject({ cutoff: "2024-11-01", bucket: "overdue", days: 1 });
  });
  it("a plan with no progress shows the task without a status", async () => {
    const base = join(FIXTURES, "lint", "base");
    const r = await runCli(["show", "1.a", "--data", base, "--format", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).not.toHaveProperty("progress");
  });
});

describe("par show: a task whose deadline was amended", () => {
  // 1.a's plan deadline is 14/09/2024; an (invented) document moves it to October from 10/09/2024.
  it("text: the plan's deadline as written, then the amendment with its due date and document", async () => {
    const r = await runCli(["show", "1.a", "--data", DATA], { columns: 200 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Deadline +Trước ngày 14 tháng 9 năm 2024$/m);
    expect(r.stdout).toMatch(/^Amended +From 10\/09\/2024: Tháng 10\/2024, due 31\/10\/2024 \(999\/UBND-KSTTHC of 09\/09\/2024\) — in force at 14\/09\/2024$/m);
  });
  it("the amendment is not marked in force before the day it takes effect", async () => {
    const r = await runCli(["show", "1.a", "--data", DATA, "--as-of", "01/09/2024"], { columns: 200 });
    expect(r.stdout).toMatch(/^Amended +From 10\/09\/2024: .*\(999\/UBND-KSTTHC of 09\/09\/2024\)$/m);
    expect(r.stdout).not.toContain("in force");
  });
  it("Vietnamese: the same line in the plan's words", async () => {
    const r = await runCli(["show", "1.a", "--data", DATA, "--lang", "vi"], { columns: 200 });
    expect(r.stdout).toMatch(
      /^Điều chỉnh +Từ ngày 10\/09\/2024: Tháng 10\/2024, hạn 31\/10\/2024 \(999\/UBND-KSTTHC ngày 09\/09\/2024\) — đang áp dụng tính đến 14\/09\/2024$/m,
    );
  });
  it("json: amendments with the effective day, the document and the new due date; none on a task without", async () => {
    const j = JSON.parse((await runCli(["show", "1.a", "--data", DATA, "--format", "json"])).stdout);
    expect(j.deadline.due).toBe("2024-09-14");
    expect(j.amendments).toEqual([
      {
        effective: "2024-09-10",
        decision: { number: "999/UBND-KSTTHC", date: "2024-09-09", issuer: "UBND tỉnh (thử)", title: "Về việc gia hạn thời gian thực hiện nhiệm vụ (thử)" },
        deadline: { text: "Tháng 10/2024", kind: "month", due: "2024-10-31" },
      },
    ]);
    const other = JSON.parse((await runCli(["show", "1.b", "--data", DATA, "--format", "json"])).stdout);
    expect(other).not.toHaveProperty("amendments");
  });
});
