// par list --format ics --alarm N (issue 16): a VALARM N days before each due date, read back with ical.js; each
// event names its lead and supporting agencies. On the shipped plan (read only).
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { runCli, testLanguage } from "./helpers";

testLanguage("vi");

describe("par list --format ics --alarm", () => {
  it("puts a DISPLAY alarm 7 days before every event, naming the task and its lead", async () => {
    const r = await runCli(["list", "--format", "ics", "--alarm", "7"]);
    expect(r.code, r.stderr).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const events = cal.getAllSubcomponents("vevent");
    expect(events.length).toBeGreaterThan(0);
    for (const ev of events) {
      const alarms = ev.getAllSubcomponents("valarm");
      expect(alarms).toHaveLength(1);
      const a = alarms[0]!;
      expect(a.getFirstPropertyValue("action")).toBe("DISPLAY");
      const trigger = a.getFirstPropertyValue("trigger") as ICAL.Duration;
      expect(trigger.toSeconds()).toBe(-7 * 86400);
      const summary = String(ev.getFirstPropertyValue("summary"));
      const id = /^\[([^\]]+)\]/.exec(summary)![1]!;
      expect(String(a.getFirstPropertyValue("description"))).toContain(`Nhiệm vụ ${id} đến hạn sau 7 ngày (chủ trì: `);
      const description = String(ev.getFirstPropertyValue("description"));
      expect(description).toContain("Cơ quan chủ trì: ");
    }
    expect(events.some((ev) => String(ev.getFirstPropertyValue("description")).includes("Cơ quan phối hợp: "))).toBe(true);
  });
  it("without --alarm there is no VALARM; --alarm needs --format ics and a whole number", async () => {
    expect((await runCli(["list", "--format", "ics"])).stdout).not.toContain("BEGIN:VALARM");
    expect((await runCli(["list", "--alarm", "7"])).code).toBe(2);
    expect((await runCli(["list", "--format", "ics", "--alarm", "week"])).code).toBe(2);
  });
});
