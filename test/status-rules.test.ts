// The bucket rules at their edges, on hand-built tasks and reports (src/model/progress.ts, pure).
import { describe, expect, it } from "vitest";
import { buildRegistry } from "../src/model/agencies";
import { reportingWindow } from "../src/model/period";
import {
  countBuckets,
  headlineOf,
  judgeDue,
  judgeTask,
  milestoneIndex,
  percentOf,
  targetMet,
  type JudgeWindow,
  type ProgressEntry,
} from "../src/model/progress";
import type { Agency, Deadline, Task } from "../src/model/types";
import { quarterContaining, quartersOf } from "../src/report/status";
import { statusEn } from "../src/i18n/en/status";
import { statusVi } from "../src/i18n/vi/status";

const agencies: Agency[] = [
  { id: "snv", name: "Sở Nội vụ", kind: "department", aliases: [], members: [] },
  { id: "stp", name: "Sở Tư pháp", kind: "department", aliases: [], members: [] },
  { id: "huyen-a", name: "UBND huyện A", kind: "district", aliases: [], members: [] },
  { id: "huyen-b", name: "UBND huyện B", kind: "district", aliases: [], members: [] },
  { id: "ubnd-cap-huyen", name: "UBND các huyện", kind: "group", aliases: [], members: ["huyen-a", "huyen-b"] },
];
const reg = buildRegistry(agencies);

function task(id: string, deadline: Deadline, lead = ["snv"], support: string[] = []): Task {
  const [area, letter] = id.split(".");
  return {
    id,
    area: Number(area),
    letter: letter!,
    text: id,
    items: [],
    bullet: "-",
    lead: lead.map((agency) => ({ agency })),
    support: support.map((agency) => ({ agency })),
    deadline,
    targets: [],
    file: "",
  };
}

function entry(t: string, period: string, fields: Partial<ProgressEntry> = {}): ProgressEntry {
  return { task: t, agency: "snv", period, state: "in-progress", milestones: [], evidence: [], targets: {}, file: "x.yaml", ...fields };
}

/** The window of a quarter report: cut-off at the end of the Decree 09 window, this quarter current. */
function q(key: string, cutoff?: string): JudgeWindow {
  const [year, n] = key.split("-Q").map(Number) as [number, number];
  return { cutoff: cutoff ?? reportingWindow({ kind: "quarter", year, quarter: n }, "decree-09").end, upTo: key, current: new Set([key]) };
}

const dueJuly = task("2.a", { text: "Tháng 7/2024", kind: "month", month: "2024-07" });
const twoMilestones = task("1.c", {
  text: "Lần 1: trước ngày 30 tháng 6 năm 2024 - Lần 2: trước ngày 31 tháng 8 năm 2024",
  kind: "milestones",
  milestones: [
    { label: "Lần 1", date: "2024-06-30", before: true },
    { label: "Lần 2", date: "2024-08-31", before: true },
  ],
});
const ongoing = task("3.a", { text: "Thường xuyên", kind: "ongoing" });
const q4 = task("1.a", { text: "Quý IV/2024", kind: "quarter", quarter: "2024-Q4" });

describe("one due date", () => {
  it("done on the due date is on time", () => {
    expect(judgeDue("2024-07-31", "2024-07-31", "2024-09-14")).toBe("done-on-time");
    const j = judgeTask(dueJuly, [entry("2.a", "2024-Q3", { state: "done", completed: "2024-07-31" })], q("2024-Q3"), reg);
    expect(j.bucket).toBe("done-on-time");
    expect(j.completed).toBe("2024-07-31");
    expect(j.completedForHeadline).toBe(true);
  });

  it("done the day after is late, by one day", () => {
    const j = judgeTask(dueJuly, [entry("2.a", "2024-Q3", { state: "done", completed: "2024-08-01" })], q("2024-Q3"), reg);
    expect(j.bucket).toBe("done-late");
    expect(j.days).toBe(1);
    expect(j.completedForHeadline).toBe(true);
  });

  it("not done and due on or before the cut-off is overdue, counting the days", () => {
    expect(judgeDue("2024-09-14", undefined, "2024-09-14")).toBe("overdue");
    const j = judgeTask(dueJuly, [entry("2.a", "2024-Q3")], q("2024-Q3"), reg);
    expect(j.bucket).toBe("overdue");
    expect(j.days).toBe(45); // 31/07 → 14/09
  });

  it("a task due after the cut-off is not due yet: reported this period, or no report", () => {
    expect(judgeTask(q4, [entry("1.a", "2024-Q3")], q("2024-Q3"), reg).bucket).toBe("not-due");
    // Reported in Q2 only: in Q3 nobody has reported on it.
    expect(judgeTask(q4, [entry("1.a", "2024-Q2")], q("2024-Q3"), reg).bucket).toBe("no-report");
    expect(judgeTask(q4, [], q("2024-Q3"), reg).bucket).toBe("no-report");
    expect(judgeTask(q4, [], q("2024-Q3"), reg).state).toBeNull();
  });

  it("a task done in an earlier quarter stays done without a new report", () => {
    const j = judgeTask(dueJuly, [entry("2.a", "2024-Q3", { state: "done", completed: "2024-07-20" })], q("2024-Q4"), reg);
    expect(j.bucket).toBe("done-on-time");
    expect(j.reportedThisPeriod).toBe(false);
  });

  it("a completion after the cut-off (--as-of earlier) is not known yet", () => {
    const e = [entry("2.a", "2024-Q3", { state: "done", completed: "2024-08-10" })];
    expect(judgeTask(dueJuly, e, q("2024-Q3", "2024-08-05"), reg).bucket).toBe("overdue");
    expect(judgeTask(dueJuly, e, q("2024-Q3", "2024-07-30"), reg).bucket).toBe("not-due");
  });

  it("reports after the period are ignored", () => {
    const e = [entry("2.a", "2024-Q4", { state: "done", completed: "2024-07-31" })];
    expect(judgeTask(dueJuly, e, q("2024-Q3"), reg).bucket).toBe("overdue");
  });
});

describe("milestones, each judged on its own", () => {
  it("a milestone met and the next one missed: overdue, with each milestone's judgement", () => {
    const e = [entry("1.c", "2024-Q3", { milestones: [{ index: 0, completed: "2024-06-28", evidence: [] }] })];
    const j = judgeTask(twoMilestones, e, q("2024-Q3"), reg);
    expect(j.due.map((d) => [d.label, d.judgement])).toEqual([
      ["Lần 1", "done-on-time"],
      ["Lần 2", "overdue"],
    ]);
    expect(j.bucket).toBe("overdue");
    expect(j.days).toBe(14); // 31/08 → 14/09
    expect(j.completedForHeadline).toBe(false);
  });

  it("the first milestone met late and the second not yet due: in progress", () => {
    const e = [entry("1.c", "2024-Q3", { milestones: [{ index: 0, completed: "2024-07-02", evidence: [] }] })];
    const j = judgeTask(twoMilestones, e, q("2024-Q3", "2024-08-15"), reg);
    expect(j.due.map((d) => d.judgement)).toEqual(["done-late", "not-due"]);
    expect(j.bucket).toBe("not-due");
  });

  it("both met, one late: done late; milestone completions carry over from earlier quarters", () => {
    const e = [
      entry("1.c", "2024-Q2", { milestones: [{ index: 0, completed: "2024-06-10", evidence: [] }] }),
      entry("1.c", "2024-Q3", { state: "done", milestones: [{ index: 1, completed: "2024-09-02", evidence: [] }] }),
    ];
    const j = judgeTask(twoMilestones, e, q("2024-Q3"), reg);
    expect(j.due.map((d) => d.judgement)).toEqual(["done-on-time", "done-late"]);
    expect(j.bucket).toBe("done-late");
    expect(j.completed).toBe("2024-09-02");
  });

  it("a done report without milestone detail meets every milestone on its completion date", () => {
    const j = judgeTask(twoMilestones, [entry("1.c", "2024-Q3", { state: "done", completed: "2024-08-20" })], q("2024-Q3"), reg);
    expect(j.due.map((d) => d.judgement)).toEqual(["done-late", "done-on-time"]);
    expect(j.bucket).toBe("done-late");
  });

  it("milestones are named by label (any case, without diacritics) or number", () => {
    expect(milestoneIndex(twoMilestones, "Lần 2")).toBe(1);
    expect(milestoneIndex(twoMilestones, "lan 1")).toBe(0);
    expect(milestoneIndex(twoMilestones, 2)).toBe(1);
    expect(milestoneIndex(twoMilestones, 3)).toBe(-1);
    expect(milestoneIndex(dueJuly, 1)).toBe(-1);
  });
});

describe("ongoing tasks", () => {
  it("with a report this period: ongoing-reported, completed when its lead reports it done", () => {
    const j = judgeTask(ongoing, [entry("3.a", "2024-Q3", { state: "done" })], q("2024-Q3"), reg);
    expect(j.bucket).toBe("ongoing-reported");
    expect(j.completedForHeadline).toBe(true);
    const partly = judgeTask(ongoing, [entry("3.a", "2024-Q3", { state: "in-progress" })], q("2024-Q3"), reg);
    expect(partly.bucket).toBe("ongoing-reported");
    expect(partly.completedForHeadline).toBe(false);
  });

  it("without a report this period: ongoing-unreported, even when done last quarter", () => {
    const j = judgeTask(ongoing, [entry("3.a", "2024-Q2", { state: "done" })], q("2024-Q3"), reg);
    expect(j.bucket).toBe("ongoing-unreported");
    expect(j.completedForHeadline).toBe(false);
    expect(judgeTask(ongoing, [], q("2024-Q3"), reg).bucket).toBe("ongoing-unreported");
  });

  it("has no due dates, so is never overdue", () => {
    const j = judgeTask(ongoing, [], q("2024-Q4", "2025-06-30"), reg);
    expect(j.due).toEqual([]);
    expect(j.bucket).toBe("ongoing-unreported");
  });
});

describe("who decides", () => {
  const groupLed = task("1.b", { text: "Tháng 7/2024", kind: "month", month: "2024-07" }, ["ubnd-cap-huyen"], ["stp"]);

  it("every lead agency that reported must report it done (members of a lead group included); the latest date counts", () => {
    const one = [entry("1.b", "2024-Q3", { agency: "huyen-a", state: "done", completed: "2024-07-10" }), entry("1.b", "2024-Q3", { agency: "huyen-b" })];
    expect(judgeTask(groupLed, one, q("2024-Q3"), reg).bucket).toBe("overdue");
    const both = [one[0]!, entry("1.b", "2024-Q3", { agency: "huyen-b", state: "done", completed: "2024-07-25" })];
    const j = judgeTask(groupLed, both, q("2024-Q3"), reg);
    expect(j.bucket).toBe("done-on-time");
    expect(j.completed).toBe("2024-07-25");
  });

  it("a supporting agency's report never completes a task (issue 12, item 2): it counts as reported, in progress", () => {
    const support = entry("1.b", "2024-Q3", { agency: "stp", state: "done", completed: "2024-07-10" });
    const j = judgeTask(groupLed, [support], q("2024-Q3"), reg);
    expect(j.bucket).toBe("overdue");
    expect(j.state).toBe("in-progress");
    expect(j.reportedThisPeriod).toBe(true);
    expect(j.completedForHeadline).toBe(false);
    expect(judgeTask(groupLed, [support, entry("1.b", "2024-Q3", { agency: "huyen-a" })], q("2024-Q3"), reg).bucket).toBe("overdue");
    const ongoingSupport = task("3.b", { text: "Thường xuyên", kind: "ongoing" }, ["snv"], ["stp"]);
    expect(judgeTask(ongoingSupport, [entry("3.b", "2024-Q3", { agency: "stp", state: "done" })], q("2024-Q3"), reg)).toMatchObject({
      bucket: "ongoing-reported",
      completedForHeadline: false,
    });
  });

  it("each agency's latest report stands for it", () => {
    const e = [
      entry("1.b", "2024-Q2", { agency: "huyen-a", state: "done", completed: "2024-06-01" }),
      entry("1.b", "2024-Q3", { agency: "huyen-a", state: "in-progress" }),
    ];
    expect(judgeTask(groupLed, e, q("2024-Q3"), reg).bucket).toBe("overdue");
  });
});

describe("several leads (issue 12, item 2)", () => {
  const threeLeads = task("2.c", { text: "Tháng 8/2024", kind: "month", month: "2024-08" }, ["snv", "stp", "ubnd-cap-huyen"]);
  const done = (agency: string, completed: string) => entry("2.c", "2024-Q3", { agency, state: "done", completed });

  it("one lead reporting done does not complete a task that three lead; the report counts the leads done", () => {
    const j = judgeTask(threeLeads, [done("snv", "2024-08-01")], q("2024-Q3", "2024-08-20"), reg);
    expect(j.bucket).toBe("not-due");
    expect(j.state).toBe("in-progress");
    expect(j.completedForHeadline).toBe(false);
    expect(j.leadsDone).toBe(1);
    expect(j.leads.map((l) => [l.agency, l.done])).toEqual([
      ["snv", true],
      ["stp", false],
      ["ubnd-cap-huyen", false],
    ]);
    // At the real cut-off the due date has passed: overdue, not done.
    expect(judgeTask(threeLeads, [done("snv", "2024-08-01"), done("stp", "2024-08-02")], q("2024-Q3"), reg)).toMatchObject({ bucket: "overdue", leadsDone: 2 });
  });

  it("done when every lead is done; the completion date is the last lead's and decides on time or late", () => {
    const onTime = [done("snv", "2024-08-01"), done("stp", "2024-08-30"), done("ubnd-cap-huyen", "2024-08-10")];
    expect(judgeTask(threeLeads, onTime, q("2024-Q3"), reg)).toMatchObject({ bucket: "done-on-time", completed: "2024-08-30", leadsDone: 3 });
    const late = [done("snv", "2024-08-01"), done("stp", "2024-09-05"), done("ubnd-cap-huyen", "2024-08-10")];
    expect(judgeTask(threeLeads, late, q("2024-Q3"), reg)).toMatchObject({ bucket: "done-late", completed: "2024-09-05", days: 5 });
  });

  it("an ongoing task with two leads counts in the headline only when both report it done this period", () => {
    const two = task("3.c", { text: "Thường xuyên", kind: "ongoing" }, ["snv", "stp"]);
    const one = judgeTask(two, [entry("3.c", "2024-Q3", { state: "done" })], q("2024-Q3"), reg);
    expect(one).toMatchObject({ bucket: "ongoing-reported", completedForHeadline: false, leadsDone: 1 });
    const both = judgeTask(two, [entry("3.c", "2024-Q3", { state: "done" }), entry("3.c", "2024-Q3", { agency: "stp", state: "done" })], q("2024-Q3"), reg);
    expect(both).toMatchObject({ completedForHeadline: true, state: "done", leadsDone: 2 });
  });
});

describe("groups (issue 12, item 3)", () => {
  const byGroup = task("1.d", { text: "Tháng 8/2024", kind: "month", month: "2024-08" }, ["ubnd-cap-huyen"]);
  it("a member's report is that member's: the group is done when its own entry says done or every member does", () => {
    const a = entry("1.d", "2024-Q3", { agency: "huyen-a", state: "done", completed: "2024-08-01" });
    const one = judgeTask(byGroup, [a], q("2024-Q3"), reg);
    expect(one.bucket).toBe("overdue");
    expect(one.leads[0]).toMatchObject({ agency: "ubnd-cap-huyen", done: false, reported: false, members: { reported: 1, done: 1, total: 2 } });
    const own = judgeTask(byGroup, [entry("1.d", "2024-Q3", { agency: "ubnd-cap-huyen", state: "done", completed: "2024-08-05" })], q("2024-Q3"), reg);
    expect(own).toMatchObject({ bucket: "done-on-time", completed: "2024-08-05" });
    expect(own.leads[0]).toMatchObject({ done: true, reported: true, members: { reported: 0, done: 0, total: 2 } });
    const all = judgeTask(byGroup, [a, entry("1.d", "2024-Q3", { agency: "huyen-b", state: "done", completed: "2024-08-20" })], q("2024-Q3"), reg);
    expect(all).toMatchObject({ bucket: "done-on-time", completed: "2024-08-20" });
    expect(all.leads[0]).toMatchObject({ done: true, reported: true, members: { reported: 2, done: 2, total: 2 } });
  });
});

describe("periods", () => {
  it("Q1's window starts on 15/12 of the previous year", () => {
    expect(reportingWindow({ kind: "quarter", year: 2024, quarter: 1 }, "decree-09")).toEqual({ start: "2023-12-15", end: "2024-03-14" });
    expect(quarterContaining("2023-12-20", "decree-09")).toEqual({ kind: "quarter", year: 2024, quarter: 1 });
    expect(quarterContaining("2023-12-14", "decree-09")).toEqual({ kind: "quarter", year: 2023, quarter: 4 });
    expect(quarterContaining("2024-09-15", "decree-09")).toEqual({ kind: "quarter", year: 2024, quarter: 4 });
    expect(quarterContaining("2024-09-15", "calendar")).toEqual({ kind: "quarter", year: 2024, quarter: 3 });
  });

  it("a task completed in December of the year before, reported in Q1, is done on time in Q1", () => {
    const due = task("4.a", { text: "Tháng 01/2024", kind: "month", month: "2024-01" });
    const j = judgeTask(due, [entry("4.a", "2024-Q1", { state: "done", completed: "2023-12-20" })], q("2024-Q1"), reg);
    expect(j.bucket).toBe("done-on-time");
    expect(j.reportedThisPeriod).toBe(true);
  });

  it("half-year, nine months and year read the quarters they span", () => {
    expect(quartersOf({ kind: "half-year", year: 2024 }).map((p) => p.quarter)).toEqual([1, 2]);
    expect(quartersOf({ kind: "nine-months", year: 2024 }).map((p) => p.quarter)).toEqual([1, 2, 3]);
    expect(quartersOf({ kind: "year", year: 2024 }).map((p) => p.quarter)).toEqual([1, 2, 3, 4]);
    expect(quartersOf({ kind: "quarter", year: 2024, quarter: 3 }).map((p) => p.quarter)).toEqual([3]);
  });
});

describe("headline and targets", () => {
  it("31 of 44 is 70.45%, written 70,45% in Vietnamese", () => {
    expect(percentOf(31, 44)).toBe(70.45);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(0, 0)).toBe(0);
    expect(statusVi.percent(70.45)).toBe("70,45%");
    expect(statusVi.percent(40)).toBe("40%");
    expect(statusEn.percent(70.45)).toBe("70.45%");
    expect(statusVi.headline(31, 44, statusVi.percent(70.45))).toBe("Hoàn thành 31/44 nhiệm vụ, đạt 70,45%");
  });

  it("counts every task once, in every bucket", () => {
    const js = [
      judgeTask(dueJuly, [], q("2024-Q3"), reg),
      judgeTask(q4, [], q("2024-Q3"), reg),
      judgeTask(ongoing, [entry("3.a", "2024-Q3", { state: "done" })], q("2024-Q3"), reg),
    ];
    const counts = countBuckets(js);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(3);
    expect(counts).toMatchObject({ overdue: 1, "no-report": 1, "ongoing-reported": 1, "done-on-time": 0 });
    expect(headlineOf(js)).toEqual({ completed: 1, total: 3, percent: 33.33 });
  });

  it("targets: = means reaching the value, > above, ≥ at least, increase a positive change", () => {
    expect(targetMet({ comparison: "=", value: 100 }, 100)).toBe(true);
    expect(targetMet({ comparison: "=", value: 100 }, 99.9)).toBe(false);
    expect(targetMet({ comparison: ">", value: 95 }, 95)).toBe(false);
    expect(targetMet({ comparison: ">", value: 95 }, 95.1)).toBe(true);
    expect(targetMet({ comparison: ">=", value: 90 }, 90)).toBe(true);
    expect(targetMet({ comparison: "<=", value: 5 }, 6)).toBe(false);
    expect(targetMet({ comparison: "increase" }, 0)).toBe(false);
    expect(targetMet({ comparison: "increase" }, 0.5)).toBe(true);
  });
});
