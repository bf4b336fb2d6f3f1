// par status --agency / --area (issue 16): the same selection as par export, in every format. On the invented
// test/fixtures/followup plan.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, testLanguage } from "./helpers";

testLanguage("en");
const DATA = join(FIXTURES, "followup", "data");
const status = (...args: string[]) => runCli(["status", "--data", DATA, "-q", "Q3", ...args]);

describe("par status --agency and --area", () => {
  it("--agency keeps the tasks the agency leads or supports, as par list --agency lists them", async () => {
    const listed = JSON.parse((await runCli(["list", "--data", DATA, "--agency", "stp", "--format", "json"])).stdout).map((t: { id: string }) => t.id);
    const r = JSON.parse((await status("--agency", "stp", "--format", "json")).stdout);
    expect(r.tasks.map((t: { id: string }) => t.id).sort()).toEqual([...new Set<string>(listed)].sort());
    expect(r.total).toBe(r.tasks.length);
    expect(r.selection).toEqual({ agency: { id: "stp", name: "Department of Justice" }, area: null });
  });
  it("--area keeps one area's tasks; both together intersect", async () => {
    const r = JSON.parse((await status("--area", "2", "--format", "json")).stdout);
    expect(r.tasks.length).toBeGreaterThan(0);
    expect(r.tasks.every((t: { area: number }) => t.area === 2)).toBe(true);
    const both = JSON.parse((await status("--area", "2", "--agency", "stp", "--format", "json")).stdout);
    expect(both.tasks.every((t: { area: number; id: string }) => t.area === 2 && r.tasks.some((x: { id: string }) => x.id === t.id))).toBe(true);
    expect(both.tasks.length).toBeLessThan(r.tasks.length);
  });
  it("every format says which tasks it covers or lists only them", async () => {
    for (const f of ["table", "md", "html"]) expect((await status("--area", "2", "--format", f)).stdout).toContain("Only the tasks of area 2");
    for (const f of ["csv", "tsv"]) expect((await status("--area", "2", "--format", f)).stdout).not.toMatch(/\b1\.a\b/);
  });
  it("an area the plan does not have, or an unknown agency, is a usage error (exit 2)", async () => {
    const r = await status("--area", "9");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--area");
    expect((await status("--agency", "no-such-agency")).code).toBe(2);
  });
});
