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
