// A document's calendar as an iCalendar file (RFC 5545): one all-day event per date, to import into a calendar.
// Deterministic: the builder gives the UIDs and DTSTAMP.
import { escapeIcsText, foldIcsLine } from "../escape";
import type { TextFormatter } from "../formatter";

export const ics: TextFormatter = {
  name: "ics",
  extension: ".ics",
  profile: "calendar",
  commands: ["list"],
  render: (doc) => {
    const lines: string[] = [];
    // Property names and parameters are ASCII; values of TEXT properties go through escapeIcsText.
    const prop = (name: string, value: string) => lines.push(foldIcsLine(`${name}:${value}`));
    const text = (name: string, value: string) => prop(name, escapeIcsText(value));
    const cal = doc.calendar ?? { name: doc.title, stamp: "", events: [] };
    prop("BEGIN", "VCALENDAR");
    prop("VERSION", "2.0");
    prop("PRODID", "-//par//PAR Index plan deadlines//EN");
    prop("CALSCALE", "GREGORIAN");
    prop("METHOD", "PUBLISH");
    text("X-WR-CALNAME", cal.name);
    for (const ev of cal.events) {
      prop("BEGIN", "VEVENT");
      prop("UID", ev.uid);
      prop("DTSTAMP", cal.stamp);
      prop("DTSTART;VALUE=DATE", ev.date.replace(/-/g, ""));
      prop("DTEND;VALUE=DATE", ev.end.replace(/-/g, ""));
      text("SUMMARY", ev.summary);
      text("DESCRIPTION", ev.description);
      prop("TRANSP", "TRANSPARENT");
      if (ev.alarm) {
        // A reminder N days before the all-day event starts (RFC 5545 §3.6.6, a DISPLAY alarm needs a DESCRIPTION).
        prop("BEGIN", "VALARM");
        prop("ACTION", "DISPLAY");
        prop("TRIGGER", `-P${ev.alarm.days}D`);
        text("DESCRIPTION", ev.alarm.description);
        prop("END", "VALARM");
      }
      prop("END", "VEVENT");
    }
    prop("END", "VCALENDAR");
    return lines.join("\r\n") + "\r\n";
  },
};
