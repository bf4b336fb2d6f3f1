// Issue 17: agency lineage (the real 2025 events of Sơn La, and an invented split between two successors), the whole
// decision as data (decision.yaml), task 1.c's lead cell, and the editorial marks of the registry.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agenciesInForce, inForceAt, inheritedAssignments, lineageCycle, predecessorsAt, successorsAt } from "../src/model/lineage";
import { buildRegistry } from "../src/model/agencies";
import { diskSource, openPlan } from "../src/workspace";
import { FIXTURES, PLAN_DIR, readDelimited, runCli, tempDir } from "./helpers";

const plan = openPlan(diskSource(PLAN_DIR), PLAN_DIR).plan!;
const SPLIT = join(FIXTURES, "lineage-split");
const split = openPlan(diskSource(SPLIT), SPLIT).plan!;

/** The role column of `par list --format csv`, by task id. */
function roles(csv: string): Map<string, string> {
  const [head, ...rows] = readDelimited(csv);
  const role = head!.length - 2; // Role, then Via group
  return new Map(rows.map((r) => [r[0]!, r[role]!]));
}

describe("lineage model on the real 2025 events", () => {
  it("Sở Tài chính inherits 1.c's lead of Sở Kế hoạch và Đầu tư (merged 20/02/2025, date not confirmed)", () => {
    const reg = buildRegistry(plan.agencies);
    const got = inheritedAssignments("stc", "2025-03-01", plan, reg);
    const c = got.find((a) => a.task.id === "1.c" && a.role === "lead");
    expect(c?.inherited).toEqual({ from: "skhdt", kind: "merged", date: "2025-02-20", confirmed: false });
    expect(c?.qualifier).toBe("chủ trì");
    // Before the merger: nothing inherited, and Sở KH&ĐT still in force.
    expect(inheritedAssignments("stc", "2025-02-19", plan, reg)).toEqual([]);
    expect(inForceAt("skhdt", "2025-02-19", plan.lineage)).toBe(true);
    expect(inForceAt("skhdt", "2025-02-20", plan.lineage)).toBe(false);
    expect(successorsAt("skhdt", "2025-03-01", plan.lineage).map((l) => [l.agency, l.whole])).toEqual([["stc", true]]);
    expect(predecessorsAt("stc", "2025-03-01", plan.lineage).map((l) => l.agency)).toEqual(["skhdt"]);
  });

  it("the district group and the 12 district-level units end on 01/07/2025; the communes become a new group", () => {
    for (const id of ["ubnd-cap-huyen", "tp-son-la", "sop-cop"]) {
      expect(inForceAt(id, "2025-06-30", plan.lineage), id).toBe(true);
      expect(inForceAt(id, "2025-07-01", plan.lineage), id).toBe(false);
      expect(successorsAt(id, "2025-07-02", plan.lineage), id).toEqual([]);
    }
    expect(inForceAt("ubnd-cap-xa-2025", "2025-06-30", plan.lineage)).toBe(false);
    expect(inForceAt("ubnd-cap-xa-2025", "2025-07-01", plan.lineage)).toBe(true);
    const after = agenciesInForce(plan.agencies, "2025-07-02", plan.lineage).map((a) => a.id);
    expect(after).not.toContain("ubnd-cap-huyen");
    expect(after).not.toContain("ubnd-cap-xa");
    expect(after).toEqual(expect.arrayContaining(["stc", "snv", "snnmt", "sdttg", "syt", "ubnd-cap-xa-2025"]));
    // In 2024 every 2024 agency is in force and none of 2025's.
    const in2024 = agenciesInForce(plan.agencies, "2024-06-30", plan.lineage).map((a) => a.id);
    expect(in2024).toEqual(expect.arrayContaining(["skhdt", "stttt", "bdt", "ubnd-cap-huyen"]));
    expect(in2024).not.toContain("snnmt");
    expect(in2024).not.toContain("sdttg");
  });

  it("Sở Thông tin và Truyền thông goes to two successors: Sở KH&CN wholly, Sở VHTT&DL its press management", () => {
    const links = successorsAt("stttt", "2025-03-01", plan.lineage);
    expect(links.map((l) => [l.agency, l.functions, l.whole])).toEqual([
      ["skhcn", [], true],
      ["svhttdl", ["quản lý báo chí"], false],
    ]);
    // A share of functions brings no task: Sở VHTT&DL inherits none of Sở TT&TT's.
    expect(inheritedAssignments("svhttdl", "2025-03-01", plan, buildRegistry(plan.agencies))).toEqual([]);
    expect(inheritedAssignments("skhcn", "2025-03-01", plan, buildRegistry(plan.agencies)).map((a) => a.task.id)).toContain("7.a");
    // Religious affairs leave Sở Nội vụ, which carries on.
    expect(inForceAt("snv", "2025-12-31", plan.lineage)).toBe(true);
    expect(successorsAt("snv", "2025-03-01", plan.lineage).map((l) => [l.agency, l.functions])).toEqual([["sdttg", ["tôn giáo"]]]);
    expect(lineageCycle(plan.lineage)).toBeUndefined();
  });

  it("every event has a source, and the merged departments' start date is marked not confirmed", () => {
    for (const e of plan.lineage) expect(Object.keys(e.source).length, JSON.stringify(e)).toBeGreaterThan(0);
    const merges = plan.lineage.filter((e) => e.date === "2025-02-20");
    expect(merges).toHaveLength(6);
    for (const e of merges) expect(e.confirmed).toBe(false);
    const communes = plan.lineage.find((e) => e.from.some((p) => p.agency === "ubnd-cap-xa"))!;
    expect(communes.source).toMatchObject({ number: "1681/NQ-UBTVQH15", date: "2025-06-16" });
  });
});

describe("an invented split between two successors (test/fixtures/lineage-split)", () => {
  it("each successor gets its function; the one taking the rest inherits the tasks", async () => {
    expect((await runCli(["lint", "--data", SPLIT])).code).toBe(0);
    const links = successorsAt("sa", "2025-03-01", split.lineage);
    expect(links.map((l) => [l.agency, l.functions, l.whole])).toEqual([
      ["sb", ["thuế"], false],
      ["sc", ["hải quan"], false],
      ["sd", [], true],
    ]);
    expect(successorsAt("sa", "2025-02-28", split.lineage)).toEqual([]);
    expect(predecessorsAt("sc", "2025-03-01", split.lineage).map((l) => [l.agency, l.functions])).toEqual([["sa", ["hải quan"]]]);
    const reg = buildRegistry(split.agencies);
    expect(inheritedAssignments("sb", "2025-03-01", split, reg)).toEqual([]);
    expect(inheritedAssignments("sd", "2025-03-01", split, reg).map((a) => [a.task.id, a.role])).toEqual([
      ["1.a", "lead"],
      ["2.a", "support"],
    ]);
    const list = await runCli(["list", "--lang", "en", "--data", SPLIT, "--agency", "sd", "-f", "csv"]);
    expect(roles(list.stdout).get("1.a")).toBe("lead (inherited from Sở A, split 2025)");
    const gone = await runCli(["list", "--lang", "en", "--data", SPLIT, "--agency", "sa", "--as-of", "2025-03-02"]);
    expect(gone.code).toBe(0);
    expect(gone.stderr).toContain("Sở A (sa) split on 01/03/2025; carried on by Sở B (thuế); Sở C (hải quan); Sở D.");
    const agencies = await runCli(["agencies", "--lang", "en", "--data", SPLIT, "-f", "csv"]);
    const rows = readDelimited(agencies.stdout);
    const col = rows[0]!.indexOf("Lineage");
    expect(rows.find((r) => r[0] === "sa")![col]).toBe("→ Sở B: thuế (split 2025); → Sở C: hải quan (split 2025); → Sở D (split 2025)");
    expect(rows.find((r) => r[0] === "sc")![col]).toBe("from 2025; ← Sở A: hải quan (split 2025)");
  });
});

describe("a successor reports on the tasks it inherits", () => {
  // The split fixture with 1.a (lead: Sở A, split on 01/03/2025; Sở D takes the rest) due in Q2 2025, and Sở D's
  // report of that quarter (invented for the test).
  function successorReports(state: string): string {
    const data = join(tempDir(), "data", "p");
    cpSync(SPLIT, data, { recursive: true });
    const task = join(data, "tasks", "1-a.yaml");
    writeFileSync(
      task,
      readFileSync(task, "utf8")
        .replace(/deadline:[\s\S]*$/, "deadline:\n  text: Quý II/2025\n  kind: quarter\n  quarter: 2025-Q2\n  outside_plan_year: true\n")
        .replace("../../../schemas", join(FIXTURES, "..", "..", "schemas")),
    );
    mkdirSync(join(data, "progress"));
    writeFileSync(
      join(data, "progress", "2025-Q2.yaml"),
      `format: par-progress/1\nperiod: 2025-Q2\nentries:\n  - task: "1.a"\n    agency: sd\n    state: ${state}\n` +
        (state === "done" ? '    completed: 10/05/2025\n    evidence:\n      - { number: "1/BC-SD", date: 10/05/2025 }\n' : ""),
    );
    return join(data, "..");
  }

  it("lint accepts the report of the agency that inherited the task at the quarter's cut-off", async () => {
    const r = await runCli(["lint", "--lang", "en", "--data", successorReports("done")]);
    expect(r.stdout).not.toContain("progress/not-assigned");
    expect(r.code, r.stdout).toBe(0);
  });

  it("status judges the ended lead by its successor's report: done on time", async () => {
    const r = await runCli(["status", "--lang", "en", "--data", successorReports("done"), "-q", "2025-Q2", "-f", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const t = JSON.parse(r.stdout).tasks.find((x: { id: string }) => x.id === "1.a");
    expect(t).toMatchObject({ bucket: "done-on-time", completed: "2025-05-10", reporters: ["sd"] });
    const inProgress = await runCli(["status", "--lang", "en", "--data", successorReports("in-progress"), "-q", "2025-Q2", "-f", "json"]);
    expect(JSON.parse(inProgress.stdout).tasks.find((x: { id: string }) => x.id === "1.a").bucket).toBe("not-due");
  });

  it("a successor of only a share of the functions (Sở B: thuế) does not inherit the task", async () => {
    const data = successorReports("done");
    const file = join(data, "p", "progress", "2025-Q2.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("agency: sd", "agency: sc"));
    const r = await runCli(["lint", "--lang", "en", "--data", data]);
    expect(r.stdout).toContain("progress/not-assigned");
  });
});

describe("queries follow lineage", () => {
  it('par list --agency "Sở Tài chính": Sở KH&ĐT\'s tasks, labelled "kế thừa từ Sở Kế hoạch và Đầu tư, hợp nhất 2025"', async () => {
    const r = await runCli(["list", "--lang", "vi", "--agency", "Sở Tài chính", "-f", "csv"]);
    expect(r.code).toBe(0);
    const got = roles(r.stdout);
    expect(got.get("1.c")).toBe("chủ trì (kế thừa từ Sở Kế hoạch và Đầu tư, hợp nhất 2025)");
    expect(got.get("8.b")).toBe("chủ trì (kế thừa từ Sở Kế hoạch và Đầu tư, hợp nhất 2025)");
    expect(got.get("6.b")).toBe("chủ trì");
    const en = await runCli(["list", "--lang", "en", "--agency", "stc", "-f", "json"]);
    const c = (JSON.parse(en.stdout) as { id: string; match: { roles: unknown[] } }[]).find((t) => t.id === "1.c")!;
    expect(c.match.roles).toEqual([
      {
        role: "lead",
        qualifier: "chủ trì",
        inherited: { from: { id: "skhdt", name: "Sở Kế hoạch và Đầu tư" }, kind: "merged", date: "2025-02-20", confirmed: false },
      },
    ]);
    // The terminal table uses short names (the role column wraps them).
    const table = await runCli(["list", "--lang", "en", "--agency", "stc"], { columns: 200 });
    expect(table.stdout).toContain("lead (inherited from");
    expect(table.stdout).toContain("KH&ĐT, merged 2025)");
  });

  it("--as-of decides which names are in force: before the merger Sở Tài chính inherits nothing", async () => {
    for (const d of ["31/12/2024", "2025-02-19"]) {
      const r = await runCli(["list", "--lang", "vi", "--agency", "stc", "--as-of", d, "-f", "csv"]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain("kế thừa");
      expect(roles(r.stdout).get("1.c")).toBe("phối hợp qua Các sở, ban, ngành");
    }
    const bad = await runCli(["list", "--lang", "en", "--agency", "stc", "--as-of", "31/02/2025"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--as-of");
    const old = await runCli(["list", "--lang", "vi", "--agency", "skhdt", "--as-of", "01/03/2025", "-f", "csv"]);
    expect(old.stderr).toBe(
      "par list: Sở Kế hoạch và Đầu tư (skhdt) hợp nhất từ ngày 20/02/2025 (ngày chưa được xác nhận); cơ quan kế thừa: Sở Tài chính. Dưới đây là các nhiệm vụ kế hoạch giao cho cơ quan này.\n",
    );
    const district = await runCli(["list", "--lang", "en", "--agency", "UBND cấp huyện", "--as-of", "02/07/2025", "-f", "csv"]);
    expect(district.stderr).toContain("District-level People's Committees (ubnd-cap-huyen) ended on 01/07/2025; no agency carries it on.");
    const before = await runCli(["list", "--lang", "en", "--agency", "UBND cấp huyện", "--as-of", "30/06/2025", "-f", "csv"]);
    expect(before.stderr).toBe("");
  });

  it("status by lead agency rolls up under the names in force at the report's date (2025-Q1), and not in 2024", async () => {
    type Lead = { agency: { id: string }; total: number; inherited?: { id: string }[]; members: { total: number } | null };
    const leads = async (q: string) => (JSON.parse((await runCli(["status", "--lang", "en", "-q", q, "-f", "json"])).stdout) as { byLead: Lead[] }).byLead;
    const q3 = await leads("Q3");
    expect(q3.map((l) => l.agency.id)).toContain("skhdt");
    expect(q3.some((l) => l.inherited)).toBe(false);
    expect(q3.find((l) => l.agency.id === "so-ban-nganh")!.members!.total).toBe(17);
    const q1 = await leads("2025-Q1");
    expect(q1.map((l) => l.agency.id)).not.toContain("skhdt");
    const stc = q1.find((l) => l.agency.id === "stc")!;
    expect(stc.inherited).toMatchObject([{ id: "skhdt", name: "Sở Kế hoạch và Đầu tư" }]);
    expect(stc.total).toBe(q3.find((l) => l.agency.id === "stc")!.total + q3.find((l) => l.agency.id === "skhdt")!.total);
    expect(q1.find((l) => l.agency.id === "so-ban-nganh")!.members!.total).toBe(12);
    const md = await runCli(["status", "--lang", "vi", "-q", "2025-Q1", "-f", "md"]);
    expect(md.stdout).toContain("| Sở Tài chính (gồm Sở KH&ĐT) | 7 |");
    expect((await runCli(["status", "--lang", "vi", "-q", "Q3", "-f", "md"])).stdout).not.toContain("(gồm ");
  });

  it("par agencies shows the lineage: a column, the events with their sources; --as-of keeps the agencies in force", async () => {
    const r = await runCli(["agencies", "--lang", "vi"], { columns: 120 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Lịch sử tổ chức (ngoài quyết định)");
    expect(r.stdout).toContain("20/02/2025 (ngày chưa được xác nhận), hợp nhất: Sở Kế hoạch và Đầu tư → Sở Tài chính");
    expect(r.stdout).toContain("nguồn: 1681/NQ-UBTVQH15, Ủy ban Thường vụ Quốc hội, 16/06/2025");
    const csv = readDelimited((await runCli(["agencies", "--lang", "vi", "-f", "csv"])).stdout);
    const col = csv[0]!.indexOf("Lịch sử");
    expect(csv.find((x) => x[0] === "skhdt")![col]).toBe("→ Sở Tài chính (hợp nhất 2025)");
    expect(csv.find((x) => x[0] === "stc")![col]).toBe("← Sở Kế hoạch và Đầu tư (hợp nhất 2025)");
    expect(csv.find((x) => x[0] === "ubnd-cap-huyen")![col]).toBe("chấm dứt hoạt động 2025");
    const later = readDelimited((await runCli(["agencies", "--lang", "vi", "-f", "csv", "--as-of", "02/07/2025"])).stdout).map((x) => x[0]);
    expect(later).not.toContain("skhdt");
    expect(later).not.toContain("ubnd-cap-huyen");
    expect(later).toContain("snnmt");
    const json = JSON.parse((await runCli(["agencies", "-f", "json"])).stdout) as { id: string; lineage?: { ended?: { date: string; confirmed: boolean } } }[];
    expect(json.find((a) => a.id === "skhdt")!.lineage!.ended).toEqual({ kind: "merged", date: "2025-02-20", confirmed: false });
    expect(json.find((a) => a.id === "stp")!.lineage).toBeUndefined();
  });
});

describe("the provincial departments as members of Các sở, ban, ngành", () => {
  it('par list --agency "Sở Y tế" finds the department and the group\'s tasks, labelled via the group', async () => {
    const r = await runCli(["list", "--lang", "vi", "--agency", "Sở Y tế", "-f", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const got = roles(r.stdout);
    expect(got.get("1.a")).toBe("chủ trì qua Các sở, ban, ngành");
    expect(got.get("1.c")).toBe("phối hợp qua Các sở, ban, ngành");
    const group = readDelimited((await runCli(["list", "--lang", "vi", "--agency", "so-ban-nganh", "-f", "csv"])).stdout).map((x) => x[0]);
    expect([...got.keys()]).toEqual(group.slice(1));
  });

  it("every entry not named in the decision is marked editorial with a source", () => {
    const byId = new Map(plan.agencies.map((a) => [a.id, a] as const));
    for (const id of ["sldtbxh", "sgtvt", "sxd", "snnptnt", "stnmt", "svhttdl", "bdt", "syt", "sgddt", "sct", "snnmt", "sdttg", "tp-son-la"]) {
      expect(byId.get(id)?.origin, id).toBe("editorial");
      expect(byId.get(id)?.source, id).toBeDefined();
    }
    for (const id of ["dai-ptth", "bao-son-la", "tt-thong-tin", "to-chuc-ct-xh", "co-quan-tw"]) expect(byId.get(id)?.origin, id).toBe("decision");
    expect(byId.get("so-ban-nganh")!.members).toEqual(expect.arrayContaining(["syt", "sgddt", "sct", "bdt", "svhttdl"]));
  });
});

describe("the whole decision as data", () => {
  it("sections I, II.1 a)–h) and III, verbatim; par show answers a part or a section", async () => {
    const d = plan.decision!;
    expect(d.sections.map((s) => s.id)).toEqual(["I", "II", "III"]);
    expect(d.sections[1]!.parts[0]!.points.map((p) => p.letter)).toEqual(["a", "b", "c", "d", "đ", "e", "g", "h"]);
    expect(d.sections[1]!.parts[0]!.points[7]!.text).toBe(
      "Tích cực nghiên cứu, tìm kiếm và áp dụng, nhân rộng các mô hình, sáng kiến trong CCHC. Đẩy mạnh công tác thông tin, tuyên truyền CCHC.",
    );
    const r = await runCli(["show", "--lang", "vi", "III.3"], { columns: 400 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "3. Giao Đài Phát thanh và Truyền hình tỉnh, Báo Sơn La, Văn phòng UBND tỉnh (Trung tâm Thông tin) và các cơ quan, đơn vị có liên quan, đẩy mạnh công tác thông tin, tuyên truyền, phổ biến Kế hoạch này;",
    );
    const json = JSON.parse((await runCli(["show", "III", "-f", "json"])).stdout) as { parts: { id: string; report?: { through: string } }[]; closing: string };
    expect(json.parts.map((p) => p.id)).toEqual(["III.1", "III.2", "III.3"]);
    expect(json.parts[0]!.report!.through).toBe("snv");
    expect(json.closing).toMatch(/^Trong quá trình triển khai thực hiện, .* chỉ đạo giải quyết\.\/\.$/);
    const none = await runCli(["show", "--lang", "en", "IV"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Parts: I, I.1, I.2, II, II.1, II.2, III, III.1, III.2, III.3.");
  });

  it("par agencies lists per agency its duties under the decision's text", async () => {
    const r = await runCli(["agencies", "--lang", "vi"], { columns: 300 });
    expect(r.stdout).toContain("  Đài Phát thanh và Truyền hình tỉnh (dai-ptth): III.3 (được giao)");
    expect(r.stdout).toContain("  Các tổ chức chính trị - xã hội (to-chuc-ct-xh): III.2 (được giao)");
    expect(r.stdout).toContain("  Sở Nội vụ (snv): III.1 (tổng hợp báo cáo)");
    expect(r.stdout).toMatch(
      / {2}Các sở, ban, ngành \(so-ban-nganh\): I\.2 \(được giao\)|Các sở, ban, ngành \(so-ban-nganh\): III\.1 \(báo cáo hàng quý, 6 tháng, năm về UBND tỉnh \(qua Sở Nội vụ\)/,
    );
    const json = JSON.parse((await runCli(["agencies", "-f", "json"])).stdout) as { id: string; duties?: { part: string; via?: string }[] }[];
    expect(json.find((a) => a.id === "syt")!.duties).toEqual(expect.arrayContaining([expect.objectContaining({ part: "III.1", via: "so-ban-nganh" })]));
  });
});

describe("task 1.c keeps the seed's own words", () => {
  it("the sentence stands in the lead cell, not in the task text; the Office's qualifier is 'phối hợp với'", async () => {
    const c = plan.tasks.find((t) => t.id === "1.c")!;
    expect(c.text).toBe("Chủ tịch UBND tỉnh đối thoại, tháo gỡ khó khăn cho doanh nghiệp, định kỳ 6 tháng/ lần");
    expect(c.leadNote).toBe("Thông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.");
    expect(c.lead).toEqual([
      { agency: "skhdt", qualifier: "chủ trì" },
      { agency: "vpubnd", qualifier: "phối hợp với" },
    ]);
    const csv = readDelimited((await runCli(["export", "--lang", "vi", "-q", "Q3", "-f", "csv"])).stdout);
    const row = csv.find((x) => x[0] === "c" && x[1]!.startsWith("Chủ tịch UBND tỉnh đối thoại"))!;
    expect(row[1]).not.toContain("Thông báo");
    expect(row[2]).toBe(
      "Sở Kế hoạch và Đầu tư (chủ trì); Văn phòng Ủy ban nhân dân tỉnh (phối hợp với); Thông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.",
    );
  });
});
