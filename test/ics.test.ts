// par list --format ics: parsed back with ical.js (a real iCalendar parser), checked line by line against RFC 5545,
// and reproducible: the same data gives the same file, with the same UIDs whatever the filter.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { copyOfData, runCli, testLanguage } from "./helpers";

// These tests read English output unless they say otherwise.
testLanguage("en");
import { escapeIcsText, foldIcsLine } from "../src/format/escape";

async function ics(args: string[], cwd?: string): Promise<string> {
  const r = await runCli(["list", ...args, "--format", "ics"], cwd ? { cwd } : {});
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r.stdout;
}

function events(text: string): ICAL.Component[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.name).toBe("vcalendar");
  return cal.getAllSubcomponents("vevent");
}

/** Checks of the file's bytes: CRLF only, at most 75 octets a line, each line valid UTF-8 on its own. */
function checkLines(text: string): void {
  const bytes = Buffer.from(text, "utf8");
  expect(text.endsWith("\r\n")).toBe(true);
  expect(/[^\r]\n/.test(text)).toBe(false);
  expect(/\r[^\n]/.test(text)).toBe(false);
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(line)).not.toThrow();
      start = i + 2;
    }
  }
}

describe("par list --format ics", () => {
  it("is a VCALENDAR that ical.js reads, with one all-day event per due date or milestone", async () => {
    const text = await ics([]);
    checkLines(text);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(cal.getFirstPropertyValue("prodid")).toBe("-//par//PAR Index plan deadlines//EN");
    expect(cal.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(cal.getFirstPropertyValue("method")).toBe("PUBLISH");
    const list = JSON.parse((await runCli(["list", "--format", "json"])).stdout) as { id: string; deadline: { due: string | null; kind: string } }[];
    const dated = list.filter((t) => t.deadline.due !== null);
    const evs = events(text);
    // Every dated task once, and 1.c twice (two milestones); ongoing tasks have no event.
    expect(evs).toHaveLength(dated.length + 1);
    for (const ev of evs) {
      const start = ev.getFirstPropertyValue("dtstart") as ICAL.Time;
      const end = ev.getFirstPropertyValue("dtend") as ICAL.Time;
      expect(start.isDate).toBe(true);
      expect(end.isDate).toBe(true);
      const next = start.clone();
      next.adjust(1, 0, 0, 0);
      expect(end.compare(next)).toBe(0);
      expect(ev.getFirstPropertyValue("dtstamp")!.toString()).toBe("2024-01-01T00:00:00Z");
      expect(String(ev.getFirstPropertyValue("summary"))).toMatch(/^\[\d\.[a-zđ]\] \S/);
    }
    const uids = evs.map((e) => String(e.getFirstPropertyValue("uid")));
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContain("son-la-2024-1.dd-1@par");
  });

  it("task 1.c gives two events, one per milestone, with stable UIDs", async () => {
    const evs = events(await ics(["--search", "doi thoai doanh nghiep"]));
    expect(evs.map((e) => [String(e.getFirstPropertyValue("uid")), e.getFirstPropertyValue("dtstart")!.toString()])).toEqual([
      ["son-la-2024-1.c-1@par", "2024-06-30"],
      ["son-la-2024-1.c-2@par", "2024-10-15"],
    ]);
    const [first, second] = evs;
    expect(String(first!.getFirstPropertyValue("summary"))).toBe("[1.c] Chủ tịch UBND tỉnh đối thoại, tháo gỡ khó khăn cho doanh nghiệp, định kỳ 6… (Lần 1)");
    expect(String(second!.getFirstPropertyValue("summary"))).toMatch(/\(Lần 2\)$/);
    // Filtering by date keeps the UID of the milestone it keeps.
    const q4 = events(await ics(["--due", "Q4"]));
    const c = q4.filter((e) => String(e.getFirstPropertyValue("uid")).startsWith("son-la-2024-1.c-"));
    expect(c.map((e) => String(e.getFirstPropertyValue("uid")))).toEqual(["son-la-2024-1.c-2@par"]);
  });

  it("the description has the full text and the agencies, unescaped exactly by the parser", async () => {
    const [ev] = events(await ics(["--search", "doi thoai doanh nghiep", "--due", "Q2"]));
    expect(ev!.getFirstPropertyValue("description")).toBe(
      [
        "Chủ tịch UBND tỉnh đối thoại, tháo gỡ khó khăn cho doanh nghiệp, định kỳ 6 tháng/ lần",
        "",
        // The lead cell as the appendix has it: the agencies, then its sentence from "Thông báo" (issue 17).
        "Lead: Sở Kế hoạch và Đầu tư (chủ trì); Văn phòng Ủy ban nhân dân tỉnh (phối hợp với); Thông báo giải quyết những kiến nghị, đề xuất của người dân và doanh nghiệp tại các cuộc đối thoại/diễn đàn.",
        "Support: Hiệp hội doanh nghiệp tỉnh; Các sở, ban, ngành; UBND các huyện, thành phố",
        "Deadline as written: Lần 1: trước ngày 30 tháng 6 năm 2024. - Lần 2: trước ngày 15 tháng 10 năm 2024",
      ].join("\n"),
    );
    const [vi] = events((await runCli(["list", "--search", "ca phe", "--format", "ics", "--lang", "vi"])).stdout);
    expect(vi!.getFirstPropertyValue("dtstart")!.toString()).toBe("2024-10-13");
    expect(String(vi!.getFirstPropertyValue("description"))).toContain("\n\nCơ quan chủ trì: Trung tâm Xúc tiến đầu tư, thương mại và Du lịch\n");
  });

  it("is the same file every time, and for one agency names the calendar after it", async () => {
    const a = await ics(["--agency", "snv"]);
    const b = await ics(["--agency", "snv"]);
    expect(a).toBe(b);
    const cal = new ICAL.Component(ICAL.parse(a));
    expect(String(cal.getFirstPropertyValue("x-wr-calname"))).toMatch(/năm 2024 — Sở Nội vụ$/);
    expect(events(a).length).toBeGreaterThan(7);
  });

  it("escapes backslashes, semicolons, commas and line breaks, and folds long lines without splitting characters", async () => {
    const data = copyOfData();
    const file = join(data, "son-la-2024", "tasks", "1-d.yaml");
    const tricky = "Dấu \\\\ gạch; chấm phẩy, phẩy\\nvà “ngoặc” — " + "nghiệp vụ ".repeat(20).trim();
    writeFileSync(file, readFileSync(file, "utf8").replace(/^text: .*$/m, `text: "${tricky}"`));
    const text = (await runCli(["list", "--data", data, "--search", "gach cham phay", "--format", "ics"])).stdout;
    checkLines(text);
    const [ev] = events(text);
    const description = String(ev!.getFirstPropertyValue("description"));
    expect(description.split("\n\n")[0]).toBe("Dấu \\ gạch; chấm phẩy, phẩy\nvà “ngoặc” — " + "nghiệp vụ ".repeat(20).trim());
    expect(text).toContain("Dấu \\\\ gạch\\; chấm phẩy\\, phẩy\\nvà");
    expect(text).toMatch(/\r\n /);
  });

  it("an empty selection is still a calendar", async () => {
    const text = await ics(["--due", "Q3"]);
    expect(events(text)).toEqual([]);
  });
});

describe("escapeIcsText and foldIcsLine", () => {
  it("escape as RFC 5545 says for TEXT", () => {
    expect(escapeIcsText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
    expect(escapeIcsText("tab\tok, bell\u0007 gone")).toBe("tab\tok\\, bell gone");
    expect(escapeIcsText("Nội vụ".normalize("NFD"))).toBe("Nội vụ");
  });

  it("fold at 75 octets, counting UTF-8 bytes, never inside a character or between a letter and its marks", () => {
    const short = "SUMMARY:" + "a".repeat(67);
    expect(foldIcsLine(short)).toBe(short);
    const long = "SUMMARY:" + "ệ".repeat(60);
    const lines = foldIcsLine(long).split("\r\n");
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(" "))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(long);
    // Decomposed letters (e + dot below + circumflex) stay whole.
    const decomposed = "DESCRIPTION:" + "e\u0323\u0302".repeat(40);
    for (const l of foldIcsLine(decomposed).split("\r\n")) {
      expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
      expect(/^ ?[\u0300-\u036f]/.test(l)).toBe(false);
    }
    // ASCII folds at exactly 75 octets, continuation lines hold 74 after their space.
    const ascii = foldIcsLine("X".repeat(200)).split("\r\n");
    expect(ascii.map((l) => l.length)).toEqual([75, 75, 52]);
  });
});
