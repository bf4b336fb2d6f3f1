// Deadline amendments (issue 16): the deadline in force on a day, and judging a task against the one in force when
// it was completed (else at the cut-off). Tasks and documents here are invented for the tests.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli } from "./helpers";
import { buildRegistry } from "../src/model/agencies";
import { deadlineInForce } from "../src/model/deadline";
import { judgeTask, originalDueOf, type JudgeWindow, type ProgressEntry } from "../src/model/progress";
import type { Agency, Amendment, Task } from "../src/model/types";

const agencies: Agency[] = [{ id: "snv", name: "Sở Nội vụ", kind: "department", aliases: [], members: [] }];
const reg = buildRegistry(agencies);

const doc = { number: "999/UBND-KSTTHC", date: "2024-06-20", issuer: "UBND tỉnh (thử)", title: "Về việc gia hạn (thử)" };

function amended(effective: string, ...more: Amendment[]): Task {
  return {
    id: "1.a",
    area: 1,
    letter: "a",
    text: "1.a",
    items: [],
    bullet: "-",
    lead: [{ agency: "snv" }],
    support: [],
    deadline: { text: "Tháng 6/2024", kind: "month", month: "2024-06" },
    amendments: [{ effective, decision: doc, deadline: { text: "Quý III/2024", kind: "quarter", quarter: "2024-Q3" } }, ...more],
    targets: [],
    file: "",
  };
}

function done(completed: string, period = "2024-Q3"): ProgressEntry[] {
  return [{ task: "1.a", agency: "snv", period, state: "done", completed, milestones: [], evidence: [], targets: {}, file: "x.yaml" }];
}

function at(cutoff: string, quarter = "2024-Q3"): JudgeWindow {
  return { cutoff, upTo: quarter, current: new Set([quarter]) };
}

describe("the deadline in force", () => {
  const t = amended("2024-07-15", { effective: "2024-06-01", decision: doc, deadline: { text: "Tháng 7/2024", kind: "month", month: "2024-07" } });
  it("is the plan's own before the first amendment takes effect", () => {
    expect(deadlineInForce(t, "2024-05-31")).toEqual({ deadline: t.deadline, amendment: null });
  });
  it("is an amendment's from its effective day on, whatever the order the file lists them in", () => {
    expect(deadlineInForce(t, "2024-06-01").deadline.text).toBe("Tháng 7/2024");
    expect(deadlineInForce(t, "2024-07-14").deadline.text).toBe("Tháng 7/2024");
    expect(deadlineInForce(t, "2024-07-15").deadline.text).toBe("Quý III/2024");
  });
});

describe("judging against the deadline in force when the task was completed", () => {
  // Extension decided before the original deadline (30/06): effective 01/06, new deadline 30/09.
  const early = amended("2024-06-01");
  it("completed before the extension took effect: judged against the original", () => {
    const j = judgeTask(early, done("2024-05-31", "2024-Q2"), at("2024-06-30", "2024-Q2"), reg);
    expect(j.bucket).toBe("done-on-time");
    expect(j.amendment).toBeNull();
    expect(originalDueOf(j)).toBeNull();
  });
  it("completed on the day the extension takes effect: judged against the extension", () => {
    const j = judgeTask(early, done("2024-06-01"), at("2024-09-30"), reg);
    expect(j.bucket).toBe("done-on-time");
    expect(j.amendment?.effective).toBe("2024-06-01");
  });
  it("completed after the original deadline but within the extension: on time, the original shown beside it", () => {
    const j = judgeTask(early, done("2024-08-15"), at("2024-09-30"), reg);
    expect(j.bucket).toBe("done-on-time");
    expect(j.due[0]!.due).toBe("2024-09-30");
    expect(originalDueOf(j)).toBe("2024-06-30");
  });
  it("completed a day after the extended deadline: late by one day against it", () => {
    const j = judgeTask(early, done("2024-10-01", "2024-Q4"), at("2024-12-31", "2024-Q4"), reg);
    expect(j.bucket).toBe("done-late");
    expect(j.days).toBe(1);
  });

  // Extension recorded after the original deadline had passed: effective 15/07, original 30/06.
  const late = amended("2024-07-15");
  it("completed after the original deadline, before the late extension took effect: late against the original", () => {
    const j = judgeTask(late, done("2024-07-10"), at("2024-09-30"), reg);
    expect(j.bucket).toBe("done-late");
    expect(j.days).toBe(10);
    expect(j.amendment).toBeNull();
  });
  it("completed once the late extension is in force: on time against it", () => {
    const j = judgeTask(late, done("2024-07-15"), at("2024-09-30"), reg);
    expect(j.bucket).toBe("done-on-time");
    expect(j.amendment?.decision?.number).toBe("999/UBND-KSTTHC");
  });
  it("not done: overdue against the original until the extension takes effect, then not yet due", () => {
    const before = judgeTask(late, [], at("2024-07-14"), reg);
    expect(before.bucket).toBe("overdue");
    expect(before.days).toBe(14);
    expect(judgeTask(late, [], at("2024-07-15"), reg).bucket).toBe("no-report");
  });
  it("not done after the extended deadline: overdue by the days since it", () => {
    const j = judgeTask(late, [], at("2024-10-01", "2024-Q4"), reg);
    expect(j.bucket).toBe("overdue");
    expect(j.days).toBe(1);
  });
  it("a task without amendments carries no amendment field", () => {
    const { amendments: _, ...plain } = late;
    expect("amendment" in judgeTask(plain, [], at("2024-07-14"), reg)).toBe(false);
  });
});

describe("par status on a plan with an amendment (test/fixtures/followup)", () => {
  const FOLLOWUP = join(FIXTURES, "followup", "data");
  it("judges 1.a against the extension in force at the cut-off and shows the original beside it", async () => {
    const r = await runCli(["status", "--data", FOLLOWUP, "--quarter", "Q3", "--format", "json"]);
    expect(r.code).toBe(0);
    const row = JSON.parse(r.stdout).tasks.find((t: { id: string }) => t.id === "1.a");
    expect(row.bucket).toBe("not-due");
    expect(row.due).toBe("2024-10-31");
    expect(row.amendment).toMatchObject({ effective: "2024-09-10", originalDue: "2024-09-14", due: "2024-10-31", decision: { number: "999/UBND-KSTTHC" } });
    const md = await runCli(["status", "--data", FOLLOWUP, "--quarter", "Q3", "--format", "md", "--lang", "vi"]);
    expect(md.stdout).toContain("hạn 31/10/2024 theo 999/UBND-KSTTHC; hạn gốc 14/09/2024");
  });
  it("before the extension takes effect (--as-of 09/09/2024) 1.a is judged against the original", async () => {
    const r = await runCli(["status", "--data", FOLLOWUP, "--quarter", "Q3", "--as-of", "2024-09-09", "--format", "json"]);
    const row = JSON.parse(r.stdout).tasks.find((t: { id: string }) => t.id === "1.a");
    expect(row.due).toBe("2024-09-14");
    expect(row.amendment.effective).toBeNull();
  });
});
