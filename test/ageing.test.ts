// Ageing (issue 16): overdue tasks carry their days overdue and status groups them ≤ 30, 31–90, 91–120, > 120 days.
// The boundaries are tested on a hand-built task (invented) and through par status on test/fixtures/followup.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildRegistry } from "../src/model/agencies";
import { addDays } from "../src/model/dates";
import { ageingBand, judgeTask } from "../src/model/progress";
import type { Task } from "../src/model/types";
import { FIXTURES, runCli } from "./helpers";

const reg = buildRegistry([{ id: "snv", name: "Sở Nội vụ", kind: "department", aliases: [], members: [] }]);
const t: Task = {
  id: "1.a",
  area: 1,
  letter: "a",
  items: [],
  bullet: "-",
  lead: [{ agency: "snv" }],
  support: [],
  deadline: { text: "Trước ngày 31 tháng 1 năm 2024", kind: "date", date: "2024-01-31" },
  targets: [],
  file: "",
};

describe("days overdue and their band, at each boundary", () => {
  for (const [days, band] of [
    [0, "0-30"],
    [30, "0-30"],
    [31, "31-90"],
    [90, "31-90"],
    [91, "91-120"],
    [120, "91-120"],
    [121, "121+"],
  ] as const) {
    it(`${days} days after the due date: ${band}`, () => {
      const cutoff = addDays("2024-01-31", days);
      const j = judgeTask(t, [], { cutoff, upTo: "2024-Q4", current: new Set(["2024-Q4"]) }, reg);
      expect(j.bucket).toBe("overdue");
      expect(j.days).toBe(days);
      expect(ageingBand(j.days!)).toBe(band);
    });
  }
});

describe("par status groups the overdue tasks by days overdue", () => {
  const DATA = join(FIXTURES, "followup", "data");
  const ageing = async (asOf: string) => {
    const r = await runCli(["status", "--data", DATA, "-q", "Q3", "--as-of", asOf, "--format", "json"]);
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout).ageing as { band: string; count: number; tasks: { id: string; days: number }[] }[];
  };
  // 1.b: its second milestone (31/08/2024) not met in the fixture, so overdue from 31/08 on.
  const bandOf = (groups: Awaited<ReturnType<typeof ageing>>, id: string) => groups.find((g) => g.tasks.some((x) => x.id === id))?.band;
  it("30 days overdue is ≤ 30, 31 days is 31–90", async () => {
    expect(bandOf(await ageing("2024-09-30"), "1.b")).toBe("0-30");
    expect(bandOf(await ageing("2024-10-01"), "1.b")).toBe("31-90");
  });
  it("every band is present, in order, and the counts add up to the overdue tasks", async () => {
    const g = await ageing("2024-09-14");
    expect(g.map((x) => x.band)).toEqual(["0-30", "31-90", "91-120", "121+"]);
    const r = JSON.parse((await runCli(["status", "--data", DATA, "-q", "Q3", "--as-of", "2024-09-14", "--format", "json"])).stdout);
    expect(g.reduce((n, x) => n + x.count, 0)).toBe(r.counts.overdue);
  });
  it("the table and Markdown show the section in the run's language", async () => {
    const md = await runCli(["status", "--data", DATA, "-q", "Q3", "--format", "md", "--lang", "vi"]);
    expect(md.stdout).toContain("## Nhiệm vụ quá hạn theo số ngày quá hạn");
    expect(md.stdout).toMatch(/\| ≤ 30 ngày \| +1 \| 1\.b \(14 ngày\)/);
  });
});
