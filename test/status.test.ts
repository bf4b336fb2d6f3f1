// `par status` through the CLI: the shipped sample, a small hand-made plan, every format, languages, periods, errors.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BUCKETS } from "../src/model/progress";
import type { StatusReport } from "../src/report/status";
import { FIXTURES, cleanEnv, copyOfData, runBin, runCli } from "./helpers";

const MINI = join(FIXTURES, "status-mini", "data");
const mini = (args: string[], opts: Parameters<typeof runCli>[1] = {}) => runCli(["--data", MINI, "status", ...args], opts);
const json = async (args: string[]): Promise<StatusReport> => {
  const r = await runCli(["status", ...args, "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as StatusReport;
};

describe("par status on the shipped sample", () => {
  it("Q3: the headline in Vietnamese, by default (LANG=C names no language: the plan's, vi)", async () => {
    for (const env of [cleanEnv(), cleanEnv({ LANG: "vi_VN.UTF-8" })]) {
      const r = await runCli(["status", "--quarter", "Q3"], { env });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain("Quý III/2024: kỳ báo cáo từ 15/06/2024 đến 14/09/2024");
      expect(r.stdout).toMatch(/Hoàn thành \d+\/44 nhiệm vụ, đạt \d+(,\d+)?%/);
      expect(r.stdout).toContain("DỮ LIỆU MẪU");
      expect(r.stdout).toContain("Theo lĩnh vực");
      expect(r.stdout).toContain("Theo cơ quan chủ trì");
      expect(r.stdout).toContain("Chỉ tiêu định lượng");
      expect(r.stdout).toContain("Thay đổi so với Quý II/2024");
      expect(r.stdout).not.toMatch(/\u001b\[/); // no colour off a terminal
      expect(r.stdout).not.toContain("█");
    }
  });

  it('Q3, III, 2024-Q3 and "Quý III/2024" are the same report', async () => {
    const a = await runCli(["status", "--quarter", "Q3", "-f", "json"]);
    for (const q of ["III", "2024-Q3", "Quý III/2024", "quy 3"]) {
      const b = await runCli(["status", "--quarter", q, "-f", "json"]);
      expect(b.stdout).toBe(a.stdout);
    }
    expect((await runCli(["status", "--period", "Q3", "-f", "json"])).stdout).toBe(a.stdout);
  });

  it("the JSON contract: counts add up to the task count, percent is a number, dates ISO", async () => {
    const r = await json(["--quarter", "Q3"]);
    expect(r.format).toBe("par-status/1");
    expect(r.total).toBe(44);
    expect(r.tasks).toHaveLength(44);
    expect(Object.keys(r.counts)).toEqual([...BUCKETS]);
    expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(44);
    expect(r.byArea.reduce((a, x) => a + x.total, 0)).toBe(44);
    expect(r.headline.total).toBe(44);
    expect(r.headline.percent).toBe(Math.round((r.headline.completed * 10000) / 44) / 100);
    expect(r.period).toMatchObject({ key: "2024-Q3", start: "2024-06-15", end: "2024-09-14", cutoff: "2024-09-14", asOf: false, scheme: "decree-09" });
    expect(r.sample).toBe(true);
    expect(r.sampleNotes[0]!.en).toMatch(/invented/);
    expect(r.files).toContain("progress/2024-Q3.yaml");
    expect(r.files.filter((f) => f.startsWith("progress/2024-Q2/")).length).toBeGreaterThan(1);
    const row = r.tasks.find((t) => t.id === "1.c")!;
    expect(row).toMatchObject({ area: 1, deadlineText: expect.stringContaining("Lần 1"), bucket: "overdue" });
    expect(row.dueItems.map((d) => d.judgement)).toEqual(["overdue", "not-due"]);
    expect(Object.keys(row)).toEqual([
      "area",
      "areaName",
      "areaNameEn",
      "id",
      "text",
      "items",
      "lead",
      "support",
      "deadlineText",
      "deadlineKind",
      "due",
      "dueItems",
      "ongoing",
      "bucket",
      "state",
      "completed",
      "days",
      "completedForHeadline",
      "reportedThisPeriod",
      "leads",
      "leadsDone",
      "leadsTotal",
      "reporters",
      "lastReport",
      "results",
      "evidence",
      "obstacles",
      "proposals",
      "notes",
      "note",
    ]);
  });

  it("the sample shows the mix it promises: done, overdue, ongoing reported and not, an agency that did not report", async () => {
    const r = await json(["--quarter", "Q3"]);
    expect(r.counts["done-on-time"]).toBeGreaterThan(0);
    expect(r.counts.overdue).toBeGreaterThan(0);
    expect(r.counts["ongoing-reported"]).toBeGreaterThan(0);
    expect(r.counts["ongoing-unreported"]).toBeGreaterThan(0);
    expect(r.byLead.filter((l) => l.silent).map((l) => l.agency.id)).toEqual(["stp"]);
    expect(r.changes.newlyOverdue).toContain("1.c");
    expect(r.changes.newlyDone.length).toBeGreaterThan(0);
    expect(r.targets.some((t) => t.met === true) && r.targets.some((t) => t.met === false)).toBe(true);
  });

  it("--lang en", async () => {
    const r = await runCli(["--lang", "en", "status", "-q", "Q3"]);
    expect(r.stdout).toContain("Q3 2024: reporting period 15/06/2024–14/09/2024");
    expect(r.stdout).toMatch(/Completed \d+\/44 tasks, \d+(\.\d+)?%/);
  });

  it("without a period: the latest quarter reported; the half-year, nine months and year", async () => {
    expect((await json([])).period.key).toBe("2024-Q3");
    expect((await json(["--period", "h1"])).period).toMatchObject({ key: "2024-H1", start: "2023-12-15", end: "2024-06-14", quarters: ["2024-Q1", "2024-Q2"] });
    expect((await json(["--period", "9m"])).period).toMatchObject({ key: "2024-9M", end: "2024-09-14" });
    expect((await json(["--period", "year"])).period).toMatchObject({ key: "2024", end: "2024-12-14" });
  });

  it("--as-of moves the cut-off", async () => {
    const r = await json(["--quarter", "Q3", "--as-of", "20/10/2024"]);
    expect(r.period).toMatchObject({ cutoff: "2024-10-20", asOf: true, end: "2024-09-14" });
    expect(r.tasks.find((t) => t.id === "1.d")!.bucket).toBe("overdue"); // 13/10
  });

  it("on a terminal: colour and bar charts; piped: neither", async () => {
    const tty = await runCli(["status", "-q", "Q3"], { tty: true, columns: 140 });
    expect(tty.stdout).toMatch(/\u001b\[/);
    expect(tty.stdout).toContain("█");
    const noColor = await runCli(["--no-color", "status", "-q", "Q3"], { tty: true, columns: 140 });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
    expect(noColor.stdout).toContain("█");
  });

  it("runs from the built bin", () => {
    const r = runBin(["status", "--quarter", "Q3"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Hoàn thành \d+\/44 nhiệm vụ/);
  });
});

describe("par status on a small hand-made plan", () => {
  it("judges every edge as documented", async () => {
    const r = await mini(["-q", "Q3", "-f", "json"]);
    const rep = JSON.parse(r.stdout) as StatusReport;
    const b = Object.fromEntries(rep.tasks.map((t) => [t.id, t.bucket]));
    expect(b).toEqual({
      "1.a": "overdue", // due on the cut-off day, not done
      "1.b": "overdue", // Lần 1 met, Lần 2 missed
      "1.c": "ongoing-reported",
      "1.d": "ongoing-unreported",
      "2.a": "done-on-time", // done on the due date
      "2.b": "done-late", // done the day after
      "2.c": "not-due",
      "2.d": "no-report",
    });
    expect(rep.headline).toEqual({ completed: 2, total: 8, percent: 25 });
    expect(rep.changes.newlyDone).toEqual(["2.a", "2.b"]);
    expect(rep.changes.newlyOverdue).toEqual(["1.a", "1.b"]);
    expect(rep.byLead.find((l) => l.agency.id === "stc")).toMatchObject({ notReported: ["1.d", "2.d"], silent: false });
    expect(rep.targets).toEqual([
      expect.objectContaining({ task: "1.a", target: "ty-le", actual: 85.5, met: false, agency: expect.objectContaining({ id: "snv" }) }),
    ]);
  });

  it("Markdown", async () => {
    const r = await mini(["-q", "Q3", "-f", "md", "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("**Completed 2/8 tasks, 25%**");
    expect(r.stdout).toContain("| 2.b | Nhiệm vụ hoàn thành sau hạn một ngày |");
    expect(r.stdout).toContain("&lt;script&gt;");
    expect(r.stdout).not.toContain("<script>");
  });

  it("CSV for Excel: BOM, CRLF, a header row, one row per task, formulas neutralised", async () => {
    const r = await mini(["-q", "Q3", "-f", "csv"]);
    expect(r.stdout.startsWith("\uFEFFLĩnh vực,TT,Nhiệm vụ,")).toBe(true);
    const lines = r.stdout.slice(1).split("\r\n").filter(Boolean);
    expect(lines).toHaveLength(9);
    expect(r.stdout).toContain(`'=HYPERLINK(""http://x"")`);
    expect(r.stdout).toContain("Hoàn thành trễ hạn (1 ngày)");
    const tsv = await mini(["-q", "Q3", "-f", "tsv"]);
    expect(tsv.stdout.split("\r\n")[0]!.split("\t")).toContain("Tình trạng");
  });

  it("HTML: one standalone page, every value escaped", async () => {
    const r = await mini(["-q", "Q3", "-f", "html"]);
    expect(r.stdout.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(r.stdout).toContain("Huyện A: đã thực hiện &lt;script&gt;alert(1)&lt;/script&gt; &amp; xong");
    expect(r.stdout).toContain("&lt;b&gt;(thử)&lt;/b&gt;");
    expect(r.stdout).not.toContain("<script>");
    expect(r.stdout).toContain('<tr class="b-overdue">');
  });

  it("calendar quarters when the plan chooses them", async () => {
    const data = copyOfData();
    const plan = join(data, "son-la-2024", "plan.yaml");
    const { readFileSync } = await import("node:fs");
    writeFileSync(plan, readFileSync(plan, "utf8").replace("periods: decree-09", "periods: calendar"));
    const r = await runCli(["--data", data, "status", "-q", "Q3", "-f", "json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).period).toMatchObject({ scheme: "calendar", start: "2024-07-01", end: "2024-09-30" });
  });
});

describe("par status usage errors", () => {
  it.each([
    [["status", "--quarter", "Q5"], /không phải quý/],
    [["status", "--period", "10/2024"], /không phải kỳ báo cáo/],
    [["status", "--quarter", "Q3", "--period", "h1"], /--quarter hoặc --period/],
    [["status", "--as-of", "31/02/2024"], /không phải ngày/],
    [["status", "--format", "pdf"], /giá trị 'pdf' của tuỳ chọn '-f, --format <format>' không hợp lệ/],
  ])("%j exits 2 with a message", async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });

  it("progress files with errors: exit 1, each problem with file:line:col", async () => {
    const data = copyOfData();
    const f = join(data, "son-la-2024", "progress", "2024-Q3.yaml");
    const { readFileSync } = await import("node:fs");
    writeFileSync(f, readFileSync(f, "utf8").replace('task: "4.a"', 'task: "4.x"'));
    const r = await runCli(["--data", data, "status", "-q", "Q3"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/2024-Q3\.yaml:\d+:\d+: lỗi progress\/unknown-task/);
    expect(r.stderr).toContain("par lint");
  });

  it("no progress at all: says how to start", async () => {
    const data = copyOfData();
    const { rmSync } = await import("node:fs");
    rmSync(join(data, "son-la-2024", "progress"), { recursive: true });
    const r = await runCli(["--data", data, "status", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("par progress init --quarter Q3");
    const withQuarter = await runCli(["--data", data, "status", "-q", "Q3", "-f", "json"]);
    expect(withQuarter.code).toBe(0);
    expect(JSON.parse(withQuarter.stdout).counts["no-report"]).toBeGreaterThan(0);
  });
});
