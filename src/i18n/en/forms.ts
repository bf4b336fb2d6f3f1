// English words of the quarterly return form (`par progress form`) and of `par progress import`.
import type { ProgressState } from "../../model/progress";
import { formatViDate } from "../../model/dates";
import { periodName } from "../period";

const d = (iso: string) => formatViDate(iso);
const q = (key: string) => periodName(key, "en");

export const formsEn = {
  sheets: { instructions: "Instructions", report: "Report" },
  /** The drop-down's words for each state (what the import reads back, too). */
  states: { "not-started": "Not started", "in-progress": "In progress", done: "Done" } as Record<ProgressState, string>,
  title: (period: string) => `PROGRESS REPORT ON THE PAR INDEX PLAN — ${q(period).toUpperCase()}`,
  planLine: (title: string) => `Plan: ${title}`,
  forAgency: (name: string) => `Reporting agency: ${name}`,
  periodLine: (period: string, start: string, end: string, decree: boolean) =>
    `Reporting period: ${q(period)}, from ${d(start)} to ${d(end)}${decree ? " (Decree 09/2019/NĐ-CP, Article 12)" : ""}.`,
  cutoffLine: (end: string) => `Data cut-off date: ${d(end)}. Report what stood on that day; work done later belongs to the next report.`,
  dueLine: (due: string) => `Send this workbook back to the Department of Home Affairs by ${d(due)}, as an .xlsx file, without renaming its sheets.`,
  howTitle: "How to fill in the Report sheet",
  how: [
    "Fill in only the pale yellow cells; the other cells are locked (Review → Unprotect Sheet needs no password, but please do not change them).",
    "One row per task your agency reports on: as lead (chủ trì) or as supporter (phối hợp), named directly or through a group.",
    "Grey columns are from the plan and from your last quarter's report: read them, do not change them.",
    "You may widen columns, sort rows, insert blank rows and save from Excel or LibreOffice Calc: the hidden columns tell par which task each row is.",
  ],
  columnsTitle: "The input columns",
  columns: [
    ["State", "Choose from the list: Not started, In progress, Done. For a recurring task, Done means carried out this quarter."],
    [
      "Completion date",
      "The day the task was completed (dd/mm/yyyy), required when the state is Done (except recurring tasks); within the plan's years, not after the cut-off.",
    ],
    ["Result", "What was achieved this quarter, in your own words."],
    ["Target value", "A number for each target listed in the Targets column, in the same order (98,5 or 98.5; for %, the number only)."],
    ["Evidence number / date", "The number and date of each document that proves the work (125/BC-STP and 15/11/2024); several separated by ;."],
    ["Obstacles / Proposals", "Difficulties met, and what you propose."],
  ] as [string, string][],
  /** The instructions' line for the milestone columns, when a task of the form has milestones. */
  milestoneColumn: [
    "Milestone met on",
    "For a task with several milestones (Lần 1, Lần 2…, as the Deadline column writes them): the day each milestone was met (dd/mm/yyyy), in the plan's order; empty while it is not. Each milestone is judged against its own date.",
  ] as [string, string],
  milestoneMet: (label: string, date: string) => `${label}: met on ${d(date)}`,
  statesTitle: "Accepted states",
  header: {
    task: "Task",
    area: "Area",
    text: "Task (as the plan writes it)",
    deadline: "Deadline",
    role: "Role",
    targets: "Targets",
    last: (prev: string) => `Reported last quarter (${q(prev)})`,
    state: "State",
    completed: "Completion date (dd/mm/yyyy)",
    result: "Result",
    target: (n: number) => `Target value ${n}`,
    milestone: (n: number) => `Milestone ${n} met on (dd/mm/yyyy)`,
    evidenceNumber: "Evidence: document number",
    evidenceDate: "Evidence: document date",
    obstacles: "Obstacles",
    proposals: "Proposals",
  },
  role: { lead: "Lead (chủ trì)", support: "Support (phối hợp)" } as Record<"lead" | "support", string>,
  via: (group: string) => `through: ${group}`,
  ongoing: "recurring",
  lastText: (state: ProgressState, completed: string | undefined, result: string | undefined, states: Record<ProgressState, string>) =>
    [states[state] + (completed ? ` on ${d(completed)}` : ""), result ?? ""].filter(Boolean).join(" — "),
  noLast: "(no report)",
  validation: {
    stateTitle: "State",
    state: "Choose Not started, In progress or Done from the list.",
    dateTitle: "Date",
    date: (min: string, max: string) => `A date between ${d(min)} and ${d(max)}, written dd/mm/yyyy.`,
    numberTitle: "Number",
    number: "A number only (98,5 or 98.5).",
    milestone: (label: string, due: string) => `${label}, due ${d(due)}: the day it was met (dd/mm/yyyy); empty while it is not.`,
  },
  footer: (version: string) => `Made by par (${version}). Keep the hidden columns: they tell par which task each row is.`,
};
export type FormsWords = typeof formsEn;

export const importEn = {
  accepted: (file: string, n: number, target: string, outcome: "written" | "unchanged" | "would-write" | "would-keep") =>
    `${file}: accepted, ${n} task${n === 1 ? "" : "s"} → ${target} (${{ written: "written", unchanged: "unchanged", "would-write": "would be written (--dry-run)", "would-keep": "unchanged (--dry-run)" }[outcome]})`,
  rejected: (file: string, errors: number, warnings: number) =>
    `${file}: rejected, ${errors} error${errors === 1 ? "" : "s"}${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}; nothing of it was written.`,
  nothingFilled: (file: string) => `${file}: accepted, but no row is filled in (no state): nothing to write.`,
  change: {
    added: (task: string, state: string) => `  + ${task}: ${state}`,
    changed: (task: string, what: string) => `  ~ ${task}: ${what}`,
    removed: (task: string) => `  - ${task}: no longer reported`,
    field: (name: string, was: string, now: string) => `${name} ${was || "—"} → ${now || "—"}`,
  },
  fields: {
    state: "state",
    completed: "completed",
    milestones: "milestones met",
    result: "result",
    targets: "targets",
    evidence: "evidence",
    obstacles: "obstacles",
    proposals: "proposals",
  },
  summary: (accepted: number, rejected: number) => `${accepted} accepted, ${rejected} rejected.`,
  formWrote: (file: string, n: number) => `Wrote ${file} (${n} task${n === 1 ? "" : "s"}).`,
  formExists: (file: string) => `par progress form: ${file} already exists; it was left untouched. Pass --force to overwrite it.`,
  formWriteFailed: (file: string, reason: string) => `par progress form: cannot write ${file} (${reason}).`,
  formNeedsAgency: "par progress form: name the agencies with --agency ID (one or more), or pass --all for every agency the plan assigns a task.",
  formNoTasks: (agency: string) => `par progress form: the plan assigns no task to ${agency}.`,
  formOneFile: "par progress form: --output FILE.xlsx takes one agency; for several, give a folder.",
  badDue: (text: string) => `par progress form: "${text}" is not a date (dd/mm/yyyy).`,
  fileNote: (from: string) =>
    `Imported from the return form ${from} by \`par progress import\`: correct the form and import it again rather than editing this file.`,
  writeFailed: (file: string, reason: string) => `par progress import: cannot write ${file} (${reason}).`,
  progressHeading: "Progress reports",
  awaiting: (period: string, n: number, names: string) => `Return forms of ${period} not yet back (${n}): ${names}.`,
  importNoFiles: "par progress import: name one or more filled forms (.xlsx or .csv).",
};
