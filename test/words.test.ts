// Issue 12, items 17 and 18: the words users read. The id column of the agencies, periods in prose, the unknown
// --columns key, task id suggestions, and a department the plan never names.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { departmentFallback, looksLikeDepartment, matchAgency } from "../src/model/agencies";
import { nearTaskIds } from "../src/model/task-ids";
import { parseDelimited } from "./fuzz/formats";
import { PLAN_DIR, runCli } from "./helpers";
import { diskSource, openPlan } from "../src/workspace";

const plan = openPlan(diskSource(PLAN_DIR), PLAN_DIR).plan!;
const ids = plan.tasks.map((t) => t.id);

describe("item 17: words", () => {
  it("par agencies --lang vi heads the id column Mã, not TT (an ordinal number)", async () => {
    const table = await runCli(["agencies", "--lang", "vi"]);
    expect(table.stdout.split("\n")[1]).toMatch(/^│ Mã +│ Tên/);
    const csv = await runCli(["agencies", "--lang", "vi", "-f", "csv"]);
    expect(csv.stdout.startsWith("\uFEFFMã,Tên,")).toBe(true);
    const en = await runCli(["agencies", "--lang", "en", "-f", "md"]);
    expect(en.stdout.split("\n")[0]).toMatch(/^\| ID \| Name/);
  });

  it("periods in prose: Quý II/2024 in the template's notes, Q2 2024 in English; the ISO key only in `period:`", async () => {
    const vi = await runCli(["progress", "init", "--lang", "vi", "-q", "Q4", "-o", "-"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("kỳ trước 100 (Quý II/2024)");
    expect(vi.stdout).toContain("(Quý III/2024)");
    expect(vi.stdout).toContain("\nperiod: 2024-Q4\n");
    expect(vi.stdout.replace("\nperiod: 2024-Q4\n", "")).not.toMatch(/\d{4}-Q\d/);
    const en = await runCli(["progress", "init", "--lang", "en", "-q", "Q4", "-o", "-"]);
    expect(en.stdout).toContain("last reported 100 (Q2 2024)");
    expect(en.stdout.replace("\nperiod: 2024-Q4\n", "")).not.toMatch(/\d{4}-Q\d/);
  });

  it("other kinds of period: năm 2024, 6 tháng đầu năm 2024, capitalised at the start of a line", async () => {
    const year = await runCli(["status", "--lang", "vi", "--period", "year"]);
    expect(year.stdout).toContain("\nNăm 2024: kỳ báo cáo từ 15/12/2023 đến 14/12/2024");
    const h1 = await runCli(["export", "--lang", "vi", "--period", "h1", "-f", "md"]);
    expect(h1.stdout).toContain("6 tháng đầu năm 2024 (kỳ báo cáo từ 15/12/2023");
    const nine = await runCli(["status", "--lang", "en", "--period", "9m"]);
    expect(nine.stdout).toContain("Nine months of 2024: reporting period");
    const json = JSON.parse((await runCli(["status", "--lang", "vi", "--period", "h1", "-f", "json"])).stdout);
    expect(json.period.key).toBe("2024-H1");
  });

  it("--columns tt,foo names foo as the unknown column, not the whole list", async () => {
    for (const lang of ["en", "vi"]) {
      const r = await runCli(["export", "--lang", lang, "-q", "Q3", "-f", "csv", "--columns", "tt,foo"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('"foo"');
      expect(r.stderr).not.toContain('"tt,foo"');
      expect(r.stdout).toBe("");
    }
    const ok = await runCli(["export", "--lang", "vi", "-q", "Q3", "-f", "csv", "--columns", "tt,status"]);
    expect(parseDelimited(ok.stdout.slice(1), ",")[0]).toEqual(["TT", "Đánh giá"]);
  });

  it("task id suggestions: the same area first, then edit distance (2.g suggests 2.c before 1.g)", async () => {
    const near = nearTaskIds("2.g", ids);
    expect(near.indexOf("2.c")).toBeGreaterThanOrEqual(0);
    expect(near).not.toContain("1.g");
    expect(near[0]).toBe("2.e");
    const show = await runCli(["show", "--lang", "en", "2.g"]);
    expect(show.code).toBe(2);
    expect(show.stderr).toContain("Tasks near it: 2.e, 2.đ, 2.d, 2.c, 2.b, 2.a.");
    expect(nearTaskIds("9.a", ids)).toEqual(["8.a", "7.a", "6.a"]);
  });

  it("a progress entry for 2.g suggests a task of area 2, not 1.g", async () => {
    const { mkdirSync, writeFileSync } = await import("node:fs");
    const { copyOfData } = await import("./helpers");
    const data = copyOfData();
    mkdirSync(join(data, "son-la-2024", "progress", "2024-Q4"), { recursive: true });
    writeFileSync(
      join(data, "son-la-2024", "progress", "2024-Q4", "stp.yaml"),
      'format: par-progress/1\nperiod: 2024-Q4\nagency: stp\nentries:\n  - task: "2.g"\n    state: in-progress\n',
    );
    const r = await runCli(["--lang", "en", "--data", data, "lint", "-f", "json"]);
    const d = (JSON.parse(r.stdout) as { diagnostics: { code: string; message: string }[] }).diagnostics.find((x) => x.code === "progress/unknown-task");
    expect(d?.message).toMatch(/Did you mean "2\.[a-eđ]"\?/);
  });
});

describe("item 18: a department the plan never names", () => {
  it("looks like a department: Sở …, any case, with or without diacritics", () => {
    expect(looksLikeDepartment("Sở Y tế")).toBe(true);
    expect(looksLikeDepartment("so giao duc va dao tao")).toBe(true);
    expect(looksLikeDepartment("SỞ CÔNG THƯƠNG")).toBe(true);
    expect(looksLikeDepartment("so")).toBe(false);
    expect(looksLikeDepartment("UBND huyện Mai Sơn")).toBe(false);
    // Sở Y tế is a member of the group since issue 17 (found itself); a department the registry does not list falls back.
    expect(departmentFallback("Sở Y tế", plan.agencies)).toBeUndefined();
    expect(departmentFallback("Sở Quy hoạch – Kiến trúc", plan.agencies)?.id).toBe("so-ban-nganh");
    expect(departmentFallback("so tu phapp", plan.agencies)).toBeUndefined(); // a typo of Sở Tư pháp: suggested instead
    expect(departmentFallback("xyz", plan.agencies)).toBeUndefined();
    expect(matchAgency("Sở Tư pháp", plan.agencies).kind).toBe("found");
  });

  it("par list --agency 'Sở Quy hoạch – Kiến trúc' (not in the registry): the note, then the tasks of Các sở, ban, ngành, exit 0", async () => {
    const group = await runCli(["list", "--lang", "vi", "--agency", "so-ban-nganh", "-f", "json"]);
    for (const q of ["Sở Quy hoạch – Kiến trúc", "so quy hoach kien truc", "SỞ QUY HOẠCH – KIẾN TRÚC"]) {
      const r = await runCli(["list", "--lang", "vi", "--agency", q, "-f", "json"]);
      expect(r.code, q).toBe(0);
      expect(r.stderr).toContain(`kế hoạch không nêu tên "${q}"`);
      expect(r.stderr).toContain('"Các sở, ban, ngành" (so-ban-nganh)');
      expect(r.stdout).toBe(group.stdout);
    }
    const en = await runCli(["list", "--lang", "en", "--agency", "Sở Quy hoạch – Kiến trúc"]);
    expect(en.code).toBe(0);
    expect(en.stderr).toContain(
      'the plan names no agency "Sở Quy hoạch – Kiến trúc"; it assigns the provincial departments through "Provincial departments and agencies" (so-ban-nganh)',
    );
    expect(en.stdout).toContain("Tasks of Các sở, ban, ngành (so-ban-nganh)");
  });

  it("par export --agency 'Sở Quy hoạch – Kiến trúc': the group's tasks, with the note; a typo of a named department still suggests it", async () => {
    const group = await runCli(["export", "--lang", "vi", "-q", "Q3", "-f", "json", "--agency", "so-ban-nganh"]);
    const r = await runCli(["export", "--lang", "vi", "-q", "Q3", "-f", "json", "--agency", "Sở Quy hoạch – Kiến trúc"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Các sở, ban, ngành");
    expect(r.stdout).toBe(group.stdout);
    const typo = await runCli(["list", "--lang", "en", "--agency", "so tu phapp"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("Sở Tư pháp");
  });
});
