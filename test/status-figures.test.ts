// The figures the secretariat signs (issue 12, items 1–3): an unedited template is not a report, a task several lead
// is done only when every lead is, and a member's report stands for that member only.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { assignmentsOf, buildRegistry } from "../src/model/agencies";
import type { Period } from "../src/model/period";
import type { Progress } from "../src/model/progress";
import { buildProgress, readProgressFiles, toEntry, type ProgressFileRead } from "../src/load/progress";
import { buildProgressTemplate, buildStatus, type StatusReport } from "../src/report/status";
import { renderProgressTemplate } from "../src/format/template";
import { diskSource, openPlan } from "../src/workspace";
import { copyOfData, PLAN_DIR, ROOT, runBin, runCli } from "./helpers";

const opened = openPlan(diskSource(ROOT), PLAN_DIR);
const plan = opened.plan!;
const reads = readProgressFiles(opened.files, opened.dir, plan.tasks);
const progress = buildProgress(reads);
const reg = buildRegistry(plan.agencies);
const byId = new Map(plan.tasks.map((t) => [t.id, t] as const));

/** Every figure a report gives: headline, buckets, by area, by lead (counts, overdue, not reported, silent), tasks. */
function figures(r: StatusReport): unknown {
  return {
    headline: r.headline,
    counts: r.counts,
    withoutEvidence: r.withoutEvidence,
    byArea: r.byArea.map((a) => [a.area, a.counts, a.completed]),
    byLead: r.byLead.map((l) => [l.agency.id, l.counts, l.completed, l.overdue, l.notReported, l.silent, l.members]),
    tasks: r.tasks.map((t) => [t.id, t.bucket, t.state, t.completed, t.completedForHeadline, t.reportedThisPeriod, t.leadsDone, t.leads]),
    targets: r.targets.map((t) => [t.task, t.target, t.agency?.id ?? null, t.actual]),
    changes: r.changes,
  };
}

/** The progress with a template added as one more file, read the way `par` reads a file (its entries through toEntry). */
function withTemplate(p: Progress, q: Period, agency: string | undefined): Progress {
  const display = `data/son-la-2024/progress/2024-Q${q.quarter}/${agency ?? "template"}.yaml`;
  const text = renderProgressTemplate(buildProgressTemplate(plan, p, q, agency, display), "../../schemas/progress.schema.json", "vi");
  const raw = parse(text);
  const read = {
    info: { file: display, path: display.replace("data/son-la-2024/", ""), period: raw.period, sample: false },
    entries: (raw.entries as Record<string, unknown>[]).map((e) => toEntry(e, raw.agency, raw.period, display, byId.get(e.task as string))),
  } as unknown as ProgressFileRead;
  expect(read.entries.every((e) => e.unfilled)).toBe(true);
  return buildProgress([...reads, read]);
}

describe("an unedited template is not a report (item 1)", () => {
  const quarters: Period[] = [1, 2, 3, 4].map((quarter) => ({ kind: "quarter", year: 2024, quarter }));
  const agencies = plan.agencies.filter((a) => assignmentsOf(a.id, plan, reg).length > 0).map((a) => a.id);

  it("covers every agency the plan assigns a task", () => {
    expect(agencies.length).toBeGreaterThan(20);
    expect(agencies).toContain("stp");
  });

  it.each(quarters.map((q) => [q.quarter, q] as const))(
    "Q%i 2024: status is the same before and after `progress init` for every agency and the whole plan",
    (_n, q) => {
      const before = [q, { kind: "year", year: 2024 } as Period].map((period) => figures(buildStatus(plan, progress, { period })));
      for (const agency of [...agencies, undefined]) {
        const p = withTemplate(progress, q, agency);
        const after = [q, { kind: "year", year: 2024 } as Period].map((period) => figures(buildStatus(plan, p, { period })));
        expect(after, `template for ${agency ?? "the whole plan"}, Q${q.quarter}`).toEqual(before);
      }
    },
  );

  it("the issue's case through the CLI: `progress init -q Q3 --agency stp` saved unchanged leaves 18/44 and Sở Tư pháp among the non-reporters; lint warns per entry", () => {
    const data = copyOfData();
    const before = JSON.parse(runBin(["--data", data, "status", "-q", "Q3", "-f", "json"]).stdout);
    expect(runBin(["--data", data, "--lang", "vi", "progress", "init", "-q", "Q3", "--agency", "stp"]).code).toBe(0);
    const after = JSON.parse(runBin(["--data", data, "status", "-q", "Q3", "-f", "json"]).stdout);
    expect(after.headline).toEqual({ completed: 18, total: 44, percent: 40.91 });
    expect(after.counts["no-report"]).toBe(2);
    expect(after.byLead.filter((l: { silent: boolean }) => l.silent).map((l: { agency: { id: string } }) => l.agency.id)).toEqual(["stp"]);
    expect(figures(after)).toEqual(figures(before));
    const table = runBin(["--data", data, "--lang", "vi", "status", "-q", "Q3"]).stdout;
    expect(table).toContain("Hoàn thành 18/44 nhiệm vụ, đạt 40,91%");
    expect(table).toContain("Chưa gửi báo cáo trong kỳ: Sở Tư pháp");
    const lint = runBin(["--data", data, "--lang", "en", "lint", "--format", "json"]);
    expect(lint.code).toBe(0);
    const diags = JSON.parse(lint.stdout).diagnostics as { code: string; line: number; file: string; severity: string }[];
    const file = join(data, "son-la-2024", "progress", "2024-Q3", "stp.yaml");
    const lines = readFileSync(file, "utf8").split("\n");
    expect(diags.length).toBeGreaterThan(10);
    for (const d of diags) {
      expect(d).toMatchObject({ code: "progress/unfilled", severity: "warning" });
      expect(lines[d.line - 1]).toMatch(/^ {2}- task: "/);
    }
  });

  it("the whole plan's template for Q3 beside the quarter's file changes nothing either (CLI)", async () => {
    const data = copyOfData();
    const before = JSON.parse((await runCli(["--data", data, "status", "-q", "Q3", "-f", "json"])).stdout);
    const out = join(data, "son-la-2024", "progress", "2024-Q3", "all.yaml");
    expect((await runCli(["--data", data, "progress", "init", "-q", "Q3", "-o", out])).code).toBe(0);
    const after = JSON.parse((await runCli(["--data", data, "status", "-q", "Q3", "-f", "json"])).stdout);
    expect(figures(after)).toEqual(figures(before));
  });

  it("filling one entry in makes it a report", async () => {
    const data = copyOfData();
    await runCli(["--data", data, "progress", "init", "-q", "Q3", "--agency", "stp"]);
    const file = join(data, "son-la-2024", "progress", "2024-Q3", "stp.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/(- task: "2\.c"\n {4}state:)[^\n]*/, "$1 in-progress"));
    const r = JSON.parse((await runCli(["--data", data, "status", "-q", "Q3", "-f", "json"])).stdout);
    expect(r.byLead.find((l: { agency: { id: string } }) => l.agency.id === "stp").silent).toBe(false);
    expect(r.tasks.find((t: { id: string }) => t.id === "2.c").bucket).toBe("not-due");
  });
});

describe("several leads (item 2)", () => {
  it("Q2 sample: 2.b is led by three; one done is not done, and the report says 1/3", async () => {
    const r = JSON.parse((await runCli(["status", "-q", "Q2", "-f", "json"])).stdout);
    const row = r.tasks.find((t: { id: string }) => t.id === "2.b");
    expect(row).toMatchObject({ bucket: "ongoing-reported", completedForHeadline: false, leadsDone: 1, leadsTotal: 3 });
    expect(row.leads.map((l: { agency: string; done: boolean }) => [l.agency, l.done])).toEqual([
      ["so-ban-nganh", true],
      ["ubnd-cap-huyen", false],
      ["ubnd-cap-xa", false],
    ]);
    const vi = (await runCli(["--lang", "vi", "status", "-q", "Q2", "-f", "csv"])).stdout;
    expect(vi).toContain("Thường xuyên, có báo cáo (1/3 cơ quan chủ trì đã hoàn thành)");
    const en = (await runCli(["--lang", "en", "status", "-q", "Q2", "-f", "md"])).stdout;
    expect(en).toContain("(1/3 lead agencies done)");
  });
});

describe("groups (item 3)", () => {
  // Q3 without the secretariat's consolidation for "Các sở, ban, ngành", and Sở Tư pháp reporting on 1.b, which the
  // group leads: Sở Tư pháp's report is its own, not the group's.
  const q3: Period = { kind: "quarter", year: 2024, quarter: 3 };
  const extra = toEntry({ task: "1.b", agency: "stp", state: "in-progress" }, undefined, "2024-Q3", "x.yaml", byId.get("1.b"));
  const p: Progress = { files: progress.files, entries: [...progress.entries.filter((e) => !(e.agency === "so-ban-nganh" && e.period === "2024-Q3")), extra] };

  it("a member's report does not make the group reported: 1.b stays among its unreported tasks; the report shows k/n members", () => {
    const r = buildStatus(plan, p, { period: q3 });
    const group = r.byLead.find((l) => l.agency.id === "so-ban-nganh")!;
    expect(group.notReported).toContain("1.b");
    expect(group.silent).toBe(true);
    expect(group.members).toEqual({ reported: expect.any(Number), total: 17 });
    expect(group.members!.reported).toBeGreaterThan(0);
    expect(group.members!.reported).toBeLessThan(17);
    const row = r.tasks.find((t) => t.id === "1.b")!;
    expect(row.leads.find((l) => l.agency === "so-ban-nganh")).toMatchObject({ reported: false, done: false, members: { reported: 1, done: 0, total: 17 } });
  });

  it("the group's own entry, or every listed member, makes it reported", () => {
    const all = reg.byId
      .get("so-ban-nganh")!
      .members.map((m) => toEntry({ task: "1.b", agency: m, state: "in-progress" }, undefined, "2024-Q3", "x.yaml", byId.get("1.b")));
    const r = buildStatus(plan, { files: p.files, entries: [...p.entries.filter((e) => e !== extra), ...all] }, { period: q3 });
    const group = r.byLead.find((l) => l.agency.id === "so-ban-nganh")!;
    expect(group.notReported).not.toContain("1.b");
    expect(group.silent).toBe(false);
    // The 17 members in force in 2024 (issue 17: the 2025 departments are not waited for).
    expect(group.members).toEqual({ reported: 17, total: 17 });
    const shipped = buildStatus(plan, progress, { period: q3 }).byLead.find((l) => l.agency.id === "so-ban-nganh")!;
    expect(shipped.silent).toBe(false);
    expect(shipped.notReported).toEqual([]);
  });

  it("the lead table shows members reported (--lang en)", async () => {
    const r = await runCli(["--lang", "en", "status", "-q", "Q3", "-f", "md"]);
    expect(r.stdout).toMatch(/Members reported/);
    expect(r.stdout).toMatch(/\| \d+\/17 \|/);
  });
});
