// par list through the CLI: every filter, every format, agencies typed as people type them, groups, milestones,
// ongoing tasks and the usage errors. Expected task ids are read from the task files themselves where they can be.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { PLAN_DIR, cleanEnv, copyOfData, runBin, readDelimited, runCli, testLanguage } from "./helpers";

// These tests read English output unless they say otherwise.
testLanguage("en");
import { displayWidth } from "../src/format/tabular";

interface RawTask {
  id: string;
  area: number;
  lead: (string | { agency: string })[];
  support: (string | { agency: string })[];
  deadline: { kind: string; text: string };
}

/** The task files as YAML says them, without par's loader. */
function rawTasks(): RawTask[] {
  const dir = join(PLAN_DIR, "tasks");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => parse(readFileSync(join(dir, f), "utf8")) as RawTask);
}

const ids = (refs: RawTask["lead"]) => refs.map((r) => (typeof r === "string" ? r : r.agency));
const ONGOING = new Set(["ongoing", "ongoing-year", "recurring"]);

async function listJson(args: string[]): Promise<any[]> {
  const r = await runCli(["list", ...args, "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

const rowIds = (rows: any[]) => rows.map((r) => r.id);
/** Rows as "id" or "id#milestone", in output order. */
const rowKeys = (rows: any[]) => rows.map((r) => (r.milestone ? `${r.id}#${r.milestone.index}` : r.id));

describe("par list --agency", () => {
  it("lists exactly the tasks the appendix gives Sở Nội vụ as lead", async () => {
    const fromFiles = rawTasks()
      .filter((t) => ids(t.lead).includes("snv"))
      .map((t) => t.id);
    expect(fromFiles.sort()).toEqual(["1.đ", "4.a", "4.c", "5.a", "5.c", "5.d", "8.a"].sort());
    const rows = await listJson(["--agency", "so noi vu", "--role", "lead", "--direct", "--sort", "id"]);
    expect(rowIds(rows)).toEqual(["1.đ", "4.a", "4.c", "5.a", "5.c", "5.d", "8.a"]);
    for (const row of rows) {
      expect(row.match).toEqual({ agency: { id: "snv", name: "Sở Nội vụ" }, roles: [expect.objectContaining({ role: "lead" })] });
      expect(row.match.roles[0].via).toBeUndefined();
    }
    // 8.a writes a condition beside the agency; it is kept.
    expect(rows.find((r) => r.id === "8.a").match.roles[0].qualifier).toBe("sau khi có văn bản hướng dẫn của Bộ Nội vụ");
  });

  it("understands the agency typed with or without diacritics, in any case, by id, name, short name or alias", async () => {
    const want = rowIds(await listJson(["--agency", "snv", "--role", "lead", "--direct"]));
    for (const q of ["SNV", "Sở Nội vụ", "sở nội vụ", "SO NOI VU", "Sở Nội vụ".normalize("NFD"), "noi vu", "Department of Home Affairs"]) {
      expect(rowIds(await listJson(["--agency", q, "--role", "lead", "--direct"])), q).toEqual(want);
    }
  });

  it('reads "d" for "đ" and ignores punctuation', async () => {
    for (const q of ["So KH&DT", "so ke hoach va dau tu", "Sở KH&ĐT"]) {
      const rows = await listJson(["--agency", q, "--role", "lead", "--direct", "--sort", "id"]);
      expect(rowIds(rows), q).toEqual(["1.c", "6.a", "8.b"]);
    }
    const rows = await listJson(["--agency", "van phong ubnd tinh", "--role", "lead", "--direct", "--sort", "id"]);
    expect(rows[0].match.agency.id).toBe("vpubnd");
  });

  it("by default includes tasks that name a group the agency belongs to, and says which group", async () => {
    const all = await listJson(["--agency", "snv", "--sort", "id"]);
    const expected = rawTasks()
      .filter((t) => [...ids(t.lead), ...ids(t.support)].some((a) => a === "snv" || a === "so-ban-nganh"))
      .map((t) => t.id)
      .sort();
    expect(rowIds(all).sort()).toEqual(expected);
    // 1.a: the departments lead (Sở Nội vụ is one of them) and Sở Nội vụ is named as supporter.
    const a = all.find((r) => r.id === "1.a");
    expect(a.match.roles).toEqual([{ role: "lead", via: { id: "so-ban-nganh", name: "Các sở, ban, ngành" } }, { role: "support" }]);
    // The lead array keeps what the task names, and adds the listed agency right after the group it came through.
    expect(a.lead.map((x: any) => x.id)).toEqual(["so-ban-nganh", "snv", "ubnd-cap-huyen", "ubnd-cap-xa"]);
    expect(a.lead[1]).toEqual({ id: "snv", name: "Sở Nội vụ", via: { id: "so-ban-nganh", name: "Các sở, ban, ngành" } });
    expect(a.support).toEqual([{ id: "snv", name: "Sở Nội vụ" }]);
    // 1.đ: Sở Nội vụ leads; the departments supporting it do not make it its own supporter.
    expect(all.find((r) => r.id === "1.đ").match.roles).toEqual([{ role: "lead" }]);
  });

  it("--direct drops the tasks reached only through a group; --role picks one role", async () => {
    const direct = await listJson(["--agency", "snv", "--direct", "--sort", "id"]);
    const named = rawTasks()
      .filter((t) => [...ids(t.lead), ...ids(t.support)].includes("snv"))
      .map((t) => t.id)
      .sort();
    expect(rowIds(direct).sort()).toEqual(named);
    expect(direct.every((r) => r.match.roles.every((x: any) => x.via === undefined))).toBe(true);
    const support = await listJson(["--agency", "snv", "--role", "support", "--direct", "--sort", "id"]);
    expect(rowIds(support)).toEqual(
      rawTasks()
        .filter((t) => ids(t.support).includes("snv"))
        .map((t) => t.id)
        .sort(),
    );
    expect(support.every((r) => r.match.roles.length === 1 && r.match.roles[0].role === "support")).toBe(true);
  });

  it("a district is reached only through UBND các huyện, thành phố", async () => {
    const rows = await listJson(["--agency", "Moc Chau", "--sort", "id"]);
    const expected = rawTasks()
      .filter((t) => [...ids(t.lead), ...ids(t.support)].includes("ubnd-cap-huyen"))
      .map((t) => t.id)
      .sort();
    expect(rowIds(rows).sort()).toEqual(expected);
    expect(rows.every((r) => r.match.roles.every((x: any) => x.via.id === "ubnd-cap-huyen"))).toBe(true);
    const direct = await runCli(["list", "--agency", "moc chau", "--direct"]);
    expect(direct.code).toBe(0);
    expect(direct.stdout).toContain("No task matches.");
  });

  it("a group can be listed too", async () => {
    const rows = await listJson(["--agency", "sở, ban, ngành", "--role", "lead", "--sort", "id"]);
    expect(rowIds(rows)).toEqual(
      rawTasks()
        .filter((t) => ids(t.lead).includes("so-ban-nganh"))
        .map((t) => t.id)
        .sort(compareIds),
    );
  });

  it("an ambiguous agency lists the candidates on stderr and exits 2", async () => {
    const r = await runCli(["list", "--agency", "trung tam"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('"trung tam" matches several agencies');
    expect(r.stderr).toMatch(/ttpvhcc +Trung tâm Phục vụ hành chính công tỉnh/);
    expect(r.stderr).toMatch(/ttxtdt +Trung tâm Xúc tiến đầu tư, thương mại và Du lịch/);
  });

  it("an unknown agency suggests the nearest names and exits 2", async () => {
    const r = await runCli(["list", "--agency", "so noi vuu"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('no agency "so noi vuu". Did you mean:');
    expect(r.stderr).toMatch(/snv +Sở Nội vụ/);
    const none = await runCli(["list", "--agency", "xyz"]);
    expect(none.code).toBe(2);
    expect(none.stderr).not.toContain("Did you mean");
    expect(none.stderr).toContain("`par agencies` lists every agency and group.");
    const vi = await runCli(["list", "--agency", "so noi vuu", "--lang", "vi"]);
    expect(vi.stderr).toContain('không có cơ quan "so noi vuu". Có phải là:');
  });

  it("--role and --direct need --agency", async () => {
    for (const args of [["--role", "lead"], ["--direct"]]) {
      const r = await runCli(["list", ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("only applies with --agency");
    }
    expect((await runCli(["list", "--agency", "snv", "--role", "boss"])).code).toBe(2);
  });
});

function compareIds(a: string, b: string): number {
  const order = "abcdđeghiklmnopqrstuvxy";
  const [aa, al] = a.split(".") as [string, string];
  const [ba, bl] = b.split(".") as [string, string];
  return Number(aa) - Number(ba) || order.indexOf(al) - order.indexOf(bl);
}

describe("par list by due date", () => {
  it("--due-before lists each milestone in range, saying which (task 1.c), and the 13/10 task 1.d", async () => {
    const rows = await listJson(["--due-before", "31/10/2024"]);
    expect(rowKeys(rows)).toEqual(["1.c#1", "1.d", "1.c#2"]);
    expect(rows[0].milestone).toEqual({ index: 1, of: 2, label: "Lần 1", date: "2024-06-30" });
    expect(rows[0].deadline.due).toBe("2024-06-30");
    expect(rows[2].milestone).toEqual({ index: 2, of: 2, label: "Lần 2", date: "2024-10-15" });
    expect(rows[2].deadline.due).toBe("2024-10-15");
    expect(rows[0].deadline.milestones).toEqual(["2024-06-30", "2024-10-15"]);
    expect(rows[1].deadline).toEqual({
      text: "Nhân ngày doanh nhân Việt Nam (13/10)",
      kind: "date",
      due: "2024-10-13",
      milestones: [],
      event: "Ngày Doanh nhân Việt Nam",
    });
  });

  it("bounds are inclusive and take ISO dates too", async () => {
    expect(rowKeys(await listJson(["--due-before", "2024-10-13"]))).toEqual(["1.c#1", "1.d"]);
    expect(rowKeys(await listJson(["--due-before", "12/10/2024"]))).toEqual(["1.c#1"]);
    expect(rowKeys(await listJson(["--due-after", "13/10/2024", "--due-before", "2024-10-15"]))).toEqual(["1.d", "1.c#2"]);
    expect(rowKeys(await listJson(["--due-after", "1/1/2025"]))).toEqual(["2.c"]);
  });

  it("--due takes quarters, months and years, in the plan's year unless written", async () => {
    const q4 = rowKeys(await listJson(["--due", "Q4"]));
    for (const p of ["2024-Q4", "Quý IV", "quy 4", "Q4/2024", "IV"]) expect(rowKeys(await listJson(["--due", p])), p).toEqual(q4);
    const dated = rawTasks().filter((t) => !ONGOING.has(t.deadline.kind));
    // Q4 holds every dated task but 2.c (January 2025) and the first milestone of 1.c.
    expect(q4.length).toBe(dated.length - 1);
    expect(q4).toContain("1.c#2");
    expect(q4).not.toContain("1.c#1");
    expect(rowKeys(await listJson(["--due", "Q2"]))).toEqual(["1.c#1"]);
    expect(rowKeys(await listJson(["--due", "Q3"]))).toEqual([]);
    for (const p of ["2024-10", "10/2024", "Tháng 10/2024"]) expect(rowKeys(await listJson(["--due", p])), p).toEqual(["1.d", "1.c#2"]);
    expect(rowKeys(await listJson(["--due", "6/2024"]))).toEqual(["1.c#1"]); // a month, as Vietnamese writes it
    expect(rowKeys(await listJson(["--due", "2025"]))).toEqual(["2.c"]);
    expect((await listJson(["--due", "2024"])).length).toBe(dated.length); // 1.c twice, 2.c not at all
  });

  it("--due combines with --due-before and --due-after", async () => {
    expect(rowKeys(await listJson(["--due", "Q4", "--due-before", "14/10/2024"]))).toEqual(["1.d"]);
  });

  it("ongoing tasks have no due date: listed last without a filter, kept out of due filters unless --include-ongoing", async () => {
    const ongoing = rawTasks()
      .filter((t) => ONGOING.has(t.deadline.kind))
      .map((t) => t.id)
      .sort(compareIds);
    expect(ongoing).toContain("2.b");
    const all = await listJson([]);
    expect(all.length).toBe(44);
    const tail = all.slice(-ongoing.length);
    expect(rowIds(tail)).toEqual(ongoing);
    expect(tail.every((r) => r.deadline.due === null)).toBe(true);
    expect(all.slice(0, -ongoing.length).every((r) => typeof r.deadline.due === "string")).toBe(true);

    const q4 = rowIds(await listJson(["--due", "Q4"]));
    expect(q4.some((id) => ongoing.includes(id))).toBe(false);
    const withOngoing = await listJson(["--due", "Q4", "--include-ongoing"]);
    expect(rowIds(withOngoing)).toEqual([...q4, ...ongoing]);
    // "Thường xuyên trong năm 2024" (2.d) is bound to 2024: not in a 2025 list even with --include-ongoing.
    const y2025 = rowIds(await listJson(["--due", "2025", "--include-ongoing"]));
    expect(y2025).toContain("2.b");
    expect(y2025).not.toContain("2.d");
  });

  it("rejects dates and periods it cannot read, with exit 2 and a clear message", async () => {
    const cases: [string[], RegExp][] = [
      [["--due-before", "31/02/2024"], /--due-before takes a date as dd\/mm\/yyyy or yyyy-mm-dd \(e\.g\. 31\/10\/2024\), not "31\/02\/2024"/],
      [["--due-after", "tomorrow"], /--due-after takes a date/],
      [["--due", "Q5"], /cannot read the period "Q5"\. Write a quarter \(Q3, 2024-Q3, Quý III\), a month \(2024-10, 10\/2024\) or a year \(2024\)\./],
      [["--due", "13/2024"], /cannot read the period/],
      [["--due-after", "01/11/2024", "--due-before", "01/10/2024"], /the dates asked for leave nothing: from 2024-11-01 to 2024-10-01/],
      [["--area", "9"], /--area takes an area number of the plan \(1, 2, 3, 4, 5, 6, 7, 8\), not "9"/],
      [["--area", "x"], /--area takes an area number/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(["list", ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
    }
    const vi = await runCli(["list", "--due", "Q5", "--lang", "vi"]);
    expect(vi.stderr).toContain('không đọc được kỳ "Q5"');
  });
});

describe("par list --area, --search, --sort", () => {
  it("--area keeps one area, in plan order with --sort id", async () => {
    const rows = await listJson(["--area", "3", "--sort", "id"]);
    expect(rowIds(rows)).toEqual(["3.a", "3.b", "3.c", "3.d", "3.đ", "3.e", "3.g"]);
    expect(rows.every((r) => r.area === 3)).toBe(true);
  });

  it("--search ignores case and diacritics, and needs every word", async () => {
    expect(rowIds(await listJson(["--search", "ca phe doanh nhan"]))).toEqual(["1.d"]);
    expect(rowIds(await listJson(["--search", "SIPAS", "--sort", "id"]))).toEqual(["1.đ", "8.a"]);
    const online = rowIds(await listJson(["--search", "hồ sơ trực tuyến toàn trình", "--sort", "id"]));
    expect(online).toEqual(["7.b"]);
    expect(rowIds(await listJson(["--search", "ho so truc tuyen", "--sort", "id"]))).toEqual(["7.b", "7.g"]);
    // Items count as the task's text (4.a has only items).
    expect(rowIds(await listJson(["--search", "Nghị định số 107/2020"]))).toEqual(["4.a"]);
  });

  it("filters combine", async () => {
    // Sở Tư pháp leads 2.a, 2.c (January 2025) and 2.d (ongoing in 2024) by name, and others as a department.
    const rows = await listJson(["--agency", "so tu phap", "--role", "lead", "--direct", "--area", "2", "--include-ongoing", "--due", "2024", "--sort", "id"]);
    expect(rowIds(rows)).toEqual(["2.a", "2.d"]);
    const withGroups = await listJson(["--agency", "so tu phap", "--role", "lead", "--area", "2", "--due", "2024", "--sort", "id"]);
    expect(rowIds(withGroups)).toEqual(["2.a", "2.đ", "2.e"]);
  });

  it("--sort id is plan order (đ after d); deadline puts the earliest first; agency uses Vietnamese collation", async () => {
    const byId = rowIds(await listJson(["--sort", "id"]));
    expect(byId.slice(0, 7)).toEqual(["1.a", "1.b", "1.c", "1.d", "1.đ", "1.e", "1.g"]);
    const byDeadline = await listJson(["--sort", "deadline"]);
    const dues = byDeadline.map((r) => r.deadline.due).filter(Boolean);
    expect(dues).toEqual([...dues].sort());
    expect(rowIds(byDeadline).slice(0, 2)).toEqual(["1.d", "1.c"]);
    const byAgency = rowIds(await listJson(["--sort", "agency"]));
    // "Sở Tài chính" (6.b) before "Sở Thông tin và Truyền thông" (7.a): a before h, whatever the tone marks;
    // code-point order would put "Tà" after "Th".
    expect(byAgency.indexOf("6.b")).toBeLessThan(byAgency.indexOf("7.a"));
    expect(byAgency.indexOf("7.a")).toBeLessThan(byAgency.indexOf("2.a")); // Sở Thông tin … before Sở Tư pháp
    expect(byAgency[0]).toBe("1.a"); // "Các sở, ban, ngành" first
    expect(byAgency.slice(-4)).toEqual(["1.g", "3.b", "3.c", "3.g"]); // "Văn phòng …" last, its dated task first
  });
});

describe("par list formats", () => {
  it("json keeps the documented contract", async () => {
    const rows = await listJson(["--sort", "id"]);
    const c = rows.find((r) => r.id === "1.c");
    expect(Object.keys(c)).toEqual(["id", "area", "letter", "text", "items", "lead", "leadNote", "support", "deadline", "targets", "file"]);
    expect(c).toMatchObject({
      id: "1.c",
      area: 1,
      letter: "c",
      lead: [
        { id: "skhdt", name: "Sở Kế hoạch và Đầu tư", qualifier: "chủ trì" },
        { id: "vpubnd", name: "Văn phòng Ủy ban nhân dân tỉnh", qualifier: "phối hợp với" },
      ],
      leadNote: "Thông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.",
      support: [
        { id: "hhdn", name: "Hiệp hội doanh nghiệp tỉnh" },
        { id: "so-ban-nganh", name: "Các sở, ban, ngành" },
        { id: "ubnd-cap-huyen", name: "UBND các huyện, thành phố" },
      ],
      deadline: { kind: "milestones", due: "2024-10-15", milestones: ["2024-06-30", "2024-10-15"] },
      targets: [],
    });
    expect(c.text).not.toContain("Thông báo giải quyết");
    const dd = rows.find((r) => r.id === "1.đ");
    expect(dd.letter).toBe("đ");
    const a4 = rows.find((r) => r.id === "4.a");
    expect(a4.items).toHaveLength(2);
    expect(a4.text.split("\n")).toEqual(a4.items.map((i: string) => `- ${i}`));
    expect(rows.find((r) => r.id === "1.a").targets).toEqual([
      { id: "plan-completion", metric: "mức độ hoàn thành kế hoạch hàng năm", comparison: "=", value: 100, unit: "%" },
    ]);
    expect(rows.find((r) => r.id === "2.b").deadline).toEqual({ text: "Thường xuyên", kind: "ongoing", due: null, milestones: [] });
  });

  it("table: plain when not a terminal, 100 columns wide by default, whole words wrapped", async () => {
    const r = await runCli(["list", "--agency", "snv"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const lines = r.stdout.trimEnd().split("\n");
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(100);
    expect(lines[0]).toBe("Tasks of Sở Nội vụ (snv)");
    expect(lines.at(-1)).toMatch(/^\d+ tasks\.$/);
    // Every word of a long task is whole somewhere in the table.
    const text = (await listJson(["--agency", "snv", "--sort", "id"])).find((x) => x.id === "8.a").text as string;
    const cells = lines.flatMap((l) => l.split("│").map((c) => c.trim())).join(" ");
    for (const word of text.split(/\s+/)) expect(cells.split(/\s+/), word).toContain(word);
    expect(r.stdout).toContain("support via");
    expect(r.stdout).toMatch(/│ 1\.c +│/);
  });

  it("table: fits the terminal's width and colours only on a terminal", async () => {
    for (const columns of [60, 80, 132, 200]) {
      const r = await runCli(["list", "--due", "Q4"], { tty: true, columns });
      const widths = r.stdout.trimEnd().split("\n").map(displayWidth);
      expect(Math.max(...widths), String(columns)).toBeLessThanOrEqual(columns);
      expect(r.stdout).toMatch(/\u001b\[/);
    }
    const plain = await runCli(["list", "--due", "Q4", "--no-color"], { tty: true, columns: 80 });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const wide = await runCli(["list"], { env: cleanEnv({ COLUMNS: "160" }) });
    expect(Math.max(...wide.stdout.trimEnd().split("\n").map(displayWidth))).toBeGreaterThan(100);
  });

  it("table: dates as dd/mm/yyyy, milestones said, roles and groups in Vietnamese with --lang vi", async () => {
    const r = await runCli(["list", "--agency", "so noi vu", "--due-before", "31/10/2024", "--lang", "vi"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cơ quan chủ trì");
    expect(r.stdout).toContain("30/06/2024");
    expect(r.stdout).toContain("Lần 1/2");
    expect(r.stdout).toContain("phối hợp qua");
    expect(r.stdout).toContain("2 mốc hạn của 1 nhiệm vụ.");
    expect(r.stdout).not.toMatch(/2024-\d\d-\d\d/);
    const en = await runCli(["list", "--due-before", "31/10/2024"]);
    expect(en.stdout).toContain("Lần 2 of 2");
    expect(en.stdout).toContain("13/10/2024");
  });

  it("csv: UTF-8 with a BOM, CRLF, RFC 4180 quoting, dd/mm/yyyy, role and group columns", async () => {
    const r = await runCli(["list", "--agency", "snv", "--due-before", "31/10/2024", "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("\uFEFFID,Area,Task,Lead,Support,Deadline,Due,Milestone,Role,Via group\r\n")).toBe(true);
    const records = readDelimited(r.stdout);
    expect(records).toHaveLength(3);
    const [first] = records.slice(1);
    expect(first).toEqual([
      "1.c",
      "1",
      "Chủ tịch UBND tỉnh đối thoại, tháo gỡ khó khăn cho doanh nghiệp, định kỳ 6 tháng/ lần",
      "Sở Kế hoạch và Đầu tư (chủ trì); Văn phòng Ủy ban nhân dân tỉnh (phối hợp với); Thông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.",
      "Hiệp hội doanh nghiệp tỉnh; Các sở, ban, ngành; UBND các huyện, thành phố",
      "Lần 1: trước ngày 30 tháng 6 năm 2024. - Lần 2: trước ngày 15 tháng 10 năm 2024",
      "30/06/2024",
      "Lần 1 of 2",
      "support via Các sở, ban, ngành",
      "Các sở, ban, ngành",
    ]);
  });

  it("csv: a task of items only starts with the en-dash bullet, which no spreadsheet reads as a formula; unsplit milestones give every date", async () => {
    const r = await runCli(["list", "--sort", "id", "--format", "csv"]);
    const records = readDelimited(r.stdout);
    const a4 = records.find((x) => x[0] === "4.a")!;
    // Was "'- Rà soát" (the plan's "-" neutralised, the apostrophe showing in Excel and Calc): issue 12, item 16.
    expect(a4[2]!.startsWith("– Rà soát")).toBe(true);
    expect(records.find((x) => x[0] === "1.c")![6]).toBe("30/06/2024; 15/10/2024");
    expect(records.find((x) => x[0] === "2.b")![6]).toBe("");
  });

  it("tsv and md", async () => {
    const tsv = await runCli(["list", "--area", "1", "--sort", "id", "--format", "tsv", "--lang", "vi"]);
    const rows = readDelimited(tsv.stdout, "\t");
    expect(rows[0]).toEqual(["TT", "Lĩnh vực", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Hạn", "Mốc"]);
    expect(rows.slice(1).map((x) => x[0])).toEqual(["1.a", "1.b", "1.c", "1.d", "1.đ", "1.e", "1.g"]);
    expect(rows.find((x) => x[0] === "1.d")![6]).toBe("13/10/2024");
    const md = await runCli(["list", "--agency", "snv", "--area", "1", "--sort", "id", "--format", "md"]);
    const lines = md.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("| ID | Task | Lead | Support | Deadline | Due | Milestone | Role |");
    expect(lines[1]).toBe("| --- | --- | --- | --- | --- | --- | --- | --- |");
    const c = lines.find((l) => l.startsWith("| 1.c |"))!;
    expect(c).toContain("| Chủ tịch UBND tỉnh đối thoại, tháo gỡ khó khăn cho doanh nghiệp, định kỳ 6 tháng/ lần | ");
    expect(c).toContain("(phối hợp với); Thông báo giải quyết");
    expect(c).toContain("| 30/06/2024; 15/10/2024 |");
    expect(c).toContain("| support via Các sở, ban, ngành |");
  });

  it("an unknown format is a usage error", async () => {
    const r = await runCli(["list", "--format", "xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("xml");
  });
});

describe("par list on other data", () => {
  it("reports a plan with errors instead of listing it", async () => {
    const data = copyOfData();
    const file = join(data, "son-la-2024", "tasks", "1-a.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("  - snv\n", "  - snvv\n"));
    const r = await runCli(["list", "--data", data]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("snvv");
  });

  it("the built bin answers the focal point's question end to end", () => {
    const r = runBin(["list", "--agency", "so noi vu", "--role", "lead", "--direct", "--sort", "id", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).toEqual(["1.đ", "4.a", "4.c", "5.a", "5.c", "5.d", "8.a"]);
  });
});
