// `par list` as an iCalendar file (RFC 5545): one all-day event per due date or milestone, to import into a calendar.
// Deterministic: UIDs come from the plan id, the task id and the milestone index; DTSTAMP is given by the command.
import { addDays } from "../../model/dates";
import { letterToAscii } from "../../model/vietnamese";
import type { Task } from "../../model/types";
import type { ListRow } from "../../report/list";
import { escapeIcsText, foldIcsLine } from "../escape";
import type { ListFormatter } from "./types";
import { agencyName, fullText, leadCell, listWords, refLabel } from "./common";
import { shortTaskText } from "../../i18n/phrases";

/** The UID of a task's n-th due date (1-based): son-la-2024-1.c-2@par; đ is written dd to keep UIDs ASCII. */
export function eventUid(planId: string, task: Task, index: number): string {
  return `${planId}-${task.area}.${letterToAscii(task.letter)}-${index}@par`;
}

function icsDate(iso: string): string {
  return iso.replace(/-/g, "");
}

/** The due dates of a row that become events, with their 1-based index among the task's due dates. */
function eventsOf(row: ListRow): { date: string; index: number; label?: string }[] {
  if (row.milestone) return [{ date: row.milestone.date, index: row.milestone.index, ...(row.milestone.label ? { label: row.milestone.label } : {}) }];
  if (row.due === null) return [];
  const several = row.dueDates.length > 1;
  return row.dueDates.map((d, i) => ({ date: d.date, index: i + 1, ...(several && d.label ? { label: d.label } : {}) }));
}

export const ics: ListFormatter = (report, options) => {
  const w = listWords(options.lang);
  const reg = report.registry;
  const lines: string[] = [];
  // Property names and parameters are ASCII; values of TEXT properties go through escapeIcsText.
  const prop = (name: string, value: string) => lines.push(foldIcsLine(`${name}:${value}`));
  const text = (name: string, value: string) => prop(name, escapeIcsText(value));
  prop("BEGIN", "VCALENDAR");
  prop("VERSION", "2.0");
  prop("PRODID", "-//par//PAR Index plan deadlines//EN");
  prop("CALSCALE", "GREGORIAN");
  prop("METHOD", "PUBLISH");
  const calName = report.agency ? `${report.plan.title} — ${agencyName(reg, report.agency.id)}` : report.plan.title;
  text("X-WR-CALNAME", w.ics.calendarName(calName));
  const seen = new Set<string>();
  for (const row of report.rows) {
    const t = row.task;
    for (const ev of eventsOf(row)) {
      const uid = eventUid(report.plan.id, t, ev.index);
      if (seen.has(uid)) continue; // a task listed twice (it cannot be today) must not give two events with one UID
      seen.add(uid);
      const description = [
        fullText(t),
        "",
        `${w.ics.lead}: ${leadCell(reg, t, false, "; ")}`,
        ...(t.support.length ? [`${w.ics.support}: ${t.support.map((r) => refLabel(reg, r, false)).join("; ")}`] : []),
        `${w.ics.deadline}: ${t.deadline.text}`,
      ].join("\n");
      prop("BEGIN", "VEVENT");
      prop("UID", uid);
      prop("DTSTAMP", options.stamp);
      prop("DTSTART;VALUE=DATE", icsDate(ev.date));
      prop("DTEND;VALUE=DATE", icsDate(addDays(ev.date, 1)));
      text("SUMMARY", `[${t.id}] ${shortTaskText(t, 80)}${ev.label ? ` (${ev.label})` : ""}`);
      text("DESCRIPTION", description);
      prop("TRANSP", "TRANSPARENT");
      if (options.alarmDays !== undefined) {
        // A reminder N days before the all-day event starts (RFC 5545 §3.6.6, a DISPLAY alarm needs a DESCRIPTION).
        prop("BEGIN", "VALARM");
        prop("ACTION", "DISPLAY");
        prop("TRIGGER", `-P${options.alarmDays}D`);
        text("DESCRIPTION", w.ics.alarm(t.id, options.alarmDays, t.lead.map((r) => refLabel(reg, r, false)).join("; ")));
        prop("END", "VALARM");
      }
      prop("END", "VEVENT");
    }
  }
  prop("END", "VCALENDAR");
  return lines.join("\r\n") + "\r\n";
};
