// The pure model: Vietnamese text, dates, deadlines, periods and reporting windows, agency matching.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { compareVi, fold, foldLoose, letterIndex } from "../src/model/vietnamese";
import { formatViDate, isIsoDate, parseDate } from "../src/model/dates";
import { displayPath } from "../src/load/repo";
import { relative } from "node:path";
import { dueDates, finalDueDate, isOngoing, parseDeadlineText } from "../src/model/deadline";
import { calendarRange, parsePeriod, previousQuarter, reportingWindow } from "../src/model/period";
import { periodName, periodOfKey } from "../src/i18n/period";
import { buildRegistry, matchAgency } from "../src/model/agencies";
import type { Agency } from "../src/model/types";
import { BIN, ROOT } from "./helpers";

describe("Vietnamese text", () => {
  it("folds case, diacritics and đ, in NFC and NFD alike", () => {
    expect(fold("Sở Nội vụ")).toBe("so noi vu");
    expect(fold("ĐẮK LẮK")).toBe("dak lak");
    expect(fold("Sở Nội vụ".normalize("NFD"))).toBe("so noi vu");
    expect(foldLoose("Các sở, ban, ngành")).toBe("cac so ban nganh");
  });
  it("sorts in Vietnamese order, not code-point order", () => {
    const names = ["Sở Tư pháp", "Sở Thông tin và Truyền thông", "Sở Tài chính", "Đài", "Dân"];
    expect([...names].sort(compareVi)).toEqual(["Dân", "Đài", "Sở Tài chính", "Sở Thông tin và Truyền thông", "Sở Tư pháp"]);
    expect(letterIndex("đ")).toBe(letterIndex("d") + 1);
    expect(letterIndex("f")).toBe(-1);
  });
});

describe("dates", () => {
  it("reads dd/mm/yyyy and ISO, refuses impossible days", () => {
    expect(parseDate("05/09/2024")).toBe("2024-09-05");
    expect(parseDate("5/9/2024")).toBe("2024-09-05");
    expect(parseDate("2024-09-05")).toBe("2024-09-05");
    expect(parseDate("30/02/2024")).toBeNull();
    expect(parseDate("2024-13-01")).toBeNull();
    expect(formatViDate("2024-09-05")).toBe("05/09/2024");
  });
});

describe("deadlines", () => {
  const cases: [string, object, string | null][] = [
    ["Quý IV/2024", { kind: "quarter", quarter: "2024-Q4" }, "2024-12-31"],
    ["Tháng 12/2024", { kind: "month", month: "2024-12" }, "2024-12-31"],
    ["Tháng 01/2025", { kind: "month", month: "2025-01" }, "2025-01-31"],
    ["Năm 2024", { kind: "year", year: 2024 }, "2024-12-31"],
    ["Trước ngày 31 tháng 12 năm 2024", { kind: "date", date: "2024-12-31", before: true }, "2024-12-31"],
    ["Thường xuyên", { kind: "ongoing" }, null],
    ["Thường xuyên trong năm 2024", { kind: "ongoing-year", year: 2024 }, null],
    ["Nhân ngày doanh nhân Việt Nam (13/10)", { kind: "date", date: "2024-10-13" }, "2024-10-13"],
    ["Báo cáo kết quả định kỳ trước ngày 15 của quý/6 tháng/năm", { kind: "recurring", periods: ["quarter", "half-year", "year"], day: 15 }, null],
  ];
  it.each(cases)("understands %s", (text, meaning, due) => {
    const read = parseDeadlineText(text, 2024)!;
    expect(read).toEqual(meaning);
    expect(finalDueDate({ text, ...read })).toBe(due);
  });
  it("reads two milestones, each with its own due date", () => {
    const read = parseDeadlineText("Lần 1: trước ngày 30 tháng 6 năm 2024. - Lần 2: trước ngày 15 tháng 10 năm 2024", 2024)!;
    expect(dueDates({ text: "", ...read })).toEqual([
      { date: "2024-06-30", label: "Lần 1" },
      { date: "2024-10-15", label: "Lần 2" },
    ]);
  });
  it("says so when it does not understand", () => {
    expect(parseDeadlineText("Sau khi có hướng dẫn", 2024)).toBeUndefined();
    expect(parseDeadlineText("Tháng 13/2024", 2024)).toBeUndefined();
    expect(isOngoing({ text: "Thường xuyên", kind: "ongoing" })).toBe(true);
  });
});

describe("periods", () => {
  it("reads what people type", () => {
    for (const t of ["Q3", "q3", "III", "3", "Quý III", "quy 3", "2024-Q3", "Q3/2024", "Quý III/2024"]) {
      expect(parsePeriod(t, 2024), t).toEqual({ kind: "quarter", year: 2024, quarter: 3 });
    }
    expect(parsePeriod("10/2024", 2024)).toEqual({ kind: "month", year: 2024, month: 10 });
    expect(parsePeriod("3/2024", 2024)).toEqual({ kind: "month", year: 2024, month: 3 });
    expect(parsePeriod("2024-10", 2024)).toEqual({ kind: "month", year: 2024, month: 10 });
    expect(parsePeriod("2024", 2023)).toEqual({ kind: "year", year: 2024 });
    expect(parsePeriod("h1", 2024)).toEqual({ kind: "half-year", year: 2024 });
    expect(parsePeriod("9m", 2024)).toEqual({ kind: "nine-months", year: 2024 });
    expect(parsePeriod("Q5", 2024)).toBeUndefined();
  });
  it("gives Decree 09 reporting windows, Q1 starting in the previous year", () => {
    expect(reportingWindow({ kind: "quarter", year: 2024, quarter: 3 }, "decree-09")).toEqual({ start: "2024-06-15", end: "2024-09-14" });
    expect(reportingWindow({ kind: "quarter", year: 2024, quarter: 1 }, "decree-09")).toEqual({ start: "2023-12-15", end: "2024-03-14" });
    expect(reportingWindow({ kind: "half-year", year: 2024 }, "decree-09")).toEqual({ start: "2023-12-15", end: "2024-06-14" });
    expect(reportingWindow({ kind: "nine-months", year: 2024 }, "decree-09")).toEqual({ start: "2023-12-15", end: "2024-09-14" });
    expect(reportingWindow({ kind: "year", year: 2024 }, "decree-09")).toEqual({ start: "2023-12-15", end: "2024-12-14" });
    expect(reportingWindow({ kind: "quarter", year: 2024, quarter: 3 }, "calendar")).toEqual({ start: "2024-07-01", end: "2024-09-30" });
    expect(calendarRange({ kind: "month", year: 2024, month: 2 })).toEqual({ start: "2024-02-01", end: "2024-02-29" });
    expect(previousQuarter({ kind: "quarter", year: 2024, quarter: 1 })).toEqual({ kind: "quarter", year: 2023, quarter: 4 });
    expect(periodName({ kind: "quarter", year: 2024, quarter: 3 }, "vi")).toBe("Quý III/2024");
  });

  it("periodName: one function names a period in prose, in both languages, from a period or its ISO key", () => {
    const cases: [string, string, string][] = [
      ["2024-Q2", "Quý II/2024", "Q2 2024"],
      ["2024-H1", "6 tháng đầu năm 2024", "first half of 2024"],
      ["2024-9M", "9 tháng năm 2024", "nine months of 2024"],
      ["2024", "năm 2024", "2024"],
      ["2024-10", "tháng 10/2024", "October 2024"],
    ];
    for (const [key, vi, en] of cases) {
      expect(periodName(key, "vi")).toBe(vi);
      expect(periodName(key, "en")).toBe(en);
      expect(periodName(periodOfKey(key)!, "vi")).toBe(vi);
    }
    expect(periodName("2024", "vi", { start: true })).toBe("Năm 2024");
    expect(periodName("2024-H1", "en", { start: true })).toBe("First half of 2024");
    expect(periodName("not-a-period", "vi")).toBe("not-a-period");
  });
});

describe("agency matching", () => {
  const agencies: Agency[] = [
    { id: "snv", name: "Sở Nội vụ", kind: "department", aliases: [], members: [] },
    { id: "stp", name: "Sở Tư pháp", kind: "department", aliases: [], members: [] },
    { id: "so-ban-nganh", name: "Các sở, ban, ngành", kind: "group", aliases: ["Sở, ban, ngành tỉnh"], members: ["snv", "stp"] },
  ];
  it("finds an agency however it is typed", () => {
    for (const q of ["snv", "SNV", "Sở Nội vụ", "so noi vu", "SO NOI VU", "noi vu"]) {
      const m = matchAgency(q, agencies);
      expect(m.kind, q).toBe("found");
      if (m.kind === "found") expect(m.agency.id).toBe("snv");
    }
  });
  it("lists candidates for an ambiguous query and suggests for an unknown one", () => {
    expect(matchAgency("so", agencies).kind).toBe("ambiguous");
    const typo = matchAgency("so noi vuu", agencies);
    expect(typo.kind).toBe("unknown");
    if (typo.kind === "unknown") expect(typo.suggestions.map((a) => a.id)).toContain("snv");
    const none = matchAgency("ngan hang", agencies);
    expect(none.kind).toBe("unknown");
  });
  it("knows group membership", () => {
    const reg = buildRegistry(agencies);
    expect([...(reg.groups.get("snv") ?? [])]).toEqual(["so-ban-nganh"]);
  });
});

describe("the bin in a pipe", () => {
  it("stops quietly when the reader stops early (EPIPE)", () => {
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" list | head -c 10 >/dev/null`], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
  });
});

describe("isIsoDate", () => {
  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2100-02-29", false],
    ["2000-02-29", true],
    ["2024-12-31", true],
    ["2024-13-01", false],
    ["2024-00-10", false],
    ["2024-04-31", false],
    ["2024-04-00", false],
    ["0000-01-01", true],
    ["2024-1-01", false],
    ["2024/01/01", false],
    ["2024-01-01 ", false],
    [" 2024-01-01", false],
    ["2024-0a-01", false],
    ["２０２４-01-01", false],
    ["", false],
  ])("%s → %s", (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe("displayPath", () => {
  const viaRelative = (path: string, cwd: string) => {
    const rel = relative(cwd, path);
    if (rel === "") return ".";
    return rel && !rel.startsWith("..") && !rel.startsWith("/") ? rel : path;
  };
  it.each([
    ["/w/repo/data/p/tasks/1-a.yaml", "/w/repo"],
    ["/w/repo/data", "/w/repo"],
    ["/w/repo", "/w/repo"],
    ["/w/repo2/data/x.yaml", "/w/repo"],
    ["/w/data/x.yaml", "/w/repo"],
    ["/w/repo/./data/x.yaml", "/w/repo"],
    ["/w/repo/data/../x.yaml", "/w/repo"],
    ["/w/repo//data/x.yaml", "/w/repo"],
    ["/w/repo/.hidden/x.yaml", "/w/repo"],
    ["/x.yaml", "/"],
    ["/w/repo/data/x.yaml", "/w/repo/"],
  ])("%s from %s: as path.relative says", (path, cwd) => {
    expect(displayPath(path, cwd)).toBe(viaRelative(path, cwd));
  });
});
