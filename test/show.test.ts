// par show through the CLI: ids as people type them, the full task, JSON, languages and unknown ids.
import { describe, expect, it } from "vitest";
import { runCli, testLanguage } from "./helpers";

// These tests read English output unless they say otherwise.
testLanguage("en");
import { displayWidth } from "../src/format/tabular";
import { parseTaskId } from "../src/report/list";

describe("par show", () => {
  it("accepts 1.đ, 1.dd, 1đ, 1dd, 1-dd and 1.Đ for the same task", async () => {
    const want = await runCli(["show", "1.đ"]);
    expect(want.code).toBe(0);
    expect(want.stdout.startsWith("1.đ  Area 1: Direction and management of public administration reform\n")).toBe(true);
    for (const typed of ["1.dd", "1đ", "1dd", "1-dd", "1.Đ", " 1.DD ", "1.đ".normalize("NFD")]) {
      const r = await runCli(["show", typed]);
      expect(r.code, typed).toBe(0);
      expect(r.stdout, typed).toBe(want.stdout);
    }
    expect(parseTaskId("1.d")).toEqual({ area: 1, letter: "d" });
    expect(parseTaskId("12.x")).toEqual({ area: 12, letter: "x" });
    expect(parseTaskId("task 1")).toBeUndefined();
  });

  it("shows the task in full: text, agencies with their groups, deadline as written and its due dates", async () => {
    const r = await runCli(["show", "1.c"]);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^Task +Chủ tịch UBND tỉnh đối thoại/m);
    // The sentence from "Thông báo" stands in the lead cell, after the agencies, as the appendix has it (issue 17).
    expect(out).toMatch(/^Lead +Sở Kế hoạch và Đầu tư \(chủ trì\)$/m);
    expect(out).toMatch(/^ +Văn phòng Ủy ban nhân dân tỉnh \(phối hợp với\)\n +Thông báo giải quyết những kiến nghị/m);
    expect(out).toMatch(/^Support +Hiệp hội doanh nghiệp tỉnh$/m);
    expect(out).toContain("Các sở, ban, ngành [group of 19 members]");
    expect(out).toContain("UBND các huyện, thành phố [group of 12 members]");
    expect(out).toMatch(/^Deadline +Lần 1: trước ngày 30 tháng 6 năm 2024\. - Lần 2: trước ngày 15 tháng 10 năm 2024$/m);
    expect(out).toMatch(/^Due +30\/06\/2024 \(Lần 1\)\n +15\/10\/2024 \(Lần 2\)$/m);
    expect(out).toMatch(/^File +data\/son-la-2024\/tasks\/1-c\.yaml$/m);
    expect(Math.max(...out.trimEnd().split("\n").map(displayWidth))).toBeLessThanOrEqual(100);
  });

  it("shows items, targets, the 13/10 date and ongoing deadlines", async () => {
    const d = await runCli(["show", "1.d"]);
    expect(d.stdout).toMatch(/^Due +13\/10\/2024$/m);
    const a4 = await runCli(["show", "4.a"]);
    expect(a4.stdout).toMatch(/^Items +- Rà soát quy định/m);
    const a8 = await runCli(["show", "8.a"]);
    expect(a8.stdout).toMatch(/^Targets +• tỷ lệ hài lòng \(Chỉ số SIPAS\): ≥ 90%$/m);
    const b2 = await runCli(["show", "2.b"]);
    expect(b2.stdout).toMatch(/^Due +none: judged every reporting period$/m);
    const d7 = await runCli(["show", "7.d", "--lang", "vi"]);
    expect(d7.stdout).toMatch(/^Hạn +báo cáo trước ngày 15 của quý\/6 tháng\/năm$/m);
    expect(d7.stdout).toMatch(/^7\.d  Lĩnh vực 7: Xây dựng và phát triển Chính quyền điện tử, Chính quyền số$/m);
  });

  it("--format json gives one object in the shape of a par list row", async () => {
    const r = await runCli(["show", "1dd", "--format", "json"]);
    expect(r.code).toBe(0);
    // With progress in the plan, show adds its bucket and reports under `progress` (issue 16); the rest is the list row.
    const { progress, ...task } = JSON.parse(r.stdout);
    expect(progress.bucket).toBeTypeOf("string");
    const list = JSON.parse((await runCli(["list", "--format", "json"])).stdout);
    expect(task).toEqual(list.find((x: { id: string }) => x.id === "1.đ"));
    expect(task.deadline).toEqual({ text: "Quý IV/2024", kind: "quarter", due: "2024-12-31", milestones: [] });
  });

  it("an unknown task exits 2 and names the tasks of its area", async () => {
    const r = await runCli(["show", "1.f"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('par show: no task "1.f" in the plan. Tasks near it: 1.g, 1.e, 1.đ, 1.d, 1.c, 1.b, 1.a. `par list --sort id` lists them all.\n');
    const far = await runCli(["show", "9.a"]);
    expect(far.code).toBe(2);
    expect(far.stderr).toBe('par show: no task "9.a" in the plan. Tasks near it: 8.a, 7.a, 6.a. `par list --sort id` lists them all.\n');
    const vi = await runCli(["show", "nonsense", "--lang", "vi"]);
    expect(vi.code).toBe(2);
    expect(vi.stderr).toContain('kế hoạch không có nhiệm vụ "nonsense"');
  });
});
