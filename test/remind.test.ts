// par remind (issue 16) on the invented test/fixtures/followup plan (latest quarter Q3, cut-off 14/09/2024): the
// selection at the edges of --within, one file per agency without overwriting, and .eml messages read back by
// mailparser with their Vietnamese subject intact.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simpleParser } from "mailparser";
import { FIXTURES, runCli, tempDir } from "./helpers";

const DATA = join(FIXTURES, "followup", "data");
const remind = (...args: string[]) => runCli(["remind", "--data", DATA, ...args]);
const json = async (...args: string[]) => {
  const r = await remind("--format", "json", ...args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as {
    agencies: { agency: { id: string }; overdue: { id: string; days: number }[]; dueSoon: { id: string; days: number }[]; noReport: { id: string }[] }[];
  };
};

describe("par remind: what each lead agency is reminded of", () => {
  it("overdue tasks with days overdue, and tasks not reported this period", async () => {
    const r = await json();
    const stp = r.agencies.find((a) => a.agency.id === "stp")!;
    expect(stp.overdue).toMatchObject([{ id: "1.b", days: 14 }]);
    const stc = r.agencies.find((a) => a.agency.id === "stc")!;
    expect(stc.noReport.map((t) => t.id).sort()).toEqual(["1.d", "2.d"]);
  });
  it("--within at its edges: 1.a falls due 47 days after the cut-off", async () => {
    const soon = async (n: string) => (await json("--within", n)).agencies.flatMap((a) => a.dueSoon.map((t) => `${t.id}:${t.days}`));
    expect(await soon("46")).toEqual([]);
    expect(await soon("47")).toEqual(["1.a:47"]);
    expect((await remind("--within", "0")).code).toBe(2);
  });
  it("--agency keeps only the agencies named; --as-of moves the cut-off", async () => {
    expect((await json("--agency", "stp")).agencies.map((a) => a.agency.id)).toEqual(["stp"]);
    const later = await json("--as-of", "2024-09-30", "--agency", "stp");
    expect(later.agencies[0]!.overdue[0]!.days).toBe(30);
  });
});

describe("par remind --output and --format eml", () => {
  it("writes one .eml per agency that mailparser reads back, Vietnamese subject and body intact", async () => {
    const dir = join(tempDir(), "thu");
    const r = await remind("--format", "eml", "--output", dir, "--lang", "vi");
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["stc.eml", "stp.eml"]);
    const mail = await simpleParser(readFileSync(join(dir, "stp.eml")));
    expect(mail.subject).toBe("Nhắc việc: nhiệm vụ cải cách hành chính của Sở Tư pháp (Quý III/2024)");
    expect(mail.text).toContain("Kính gửi: Sở Tư pháp");
    expect(mail.text).toContain("1.b — Nhiệm vụ hai mốc");
    expect(mail.text).toContain("quá hạn 14 ngày");
    expect(mail.date?.toISOString()).toBe("2024-09-14T00:00:00.000Z");
  });
  it("does not replace a file without --force, and writes nothing then", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "stp.txt"), "mine");
    const r = await remind("--output", dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("stp.txt");
    expect(readFileSync(join(dir, "stp.txt"), "utf8")).toBe("mine");
    expect(readdirSync(dir)).toEqual(["stp.txt"]);
    expect((await remind("--output", dir, "--force")).code).toBe(0);
    expect(readFileSync(join(dir, "stp.txt"), "utf8")).toContain("1.b");
  });
  it("eml to standard output needs one agency", async () => {
    expect((await remind("--format", "eml")).code).toBe(2);
    expect((await remind("--format", "eml", "--agency", "stp")).code).toBe(0);
  });
});
