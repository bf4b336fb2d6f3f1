// Checking a filled return form cell by cell against the plan: which rows are which tasks (by the hidden machine
// columns, wherever the rows were moved), and whether what was typed can be read (states, dates, numbers) and
// belongs to the form's period. Gives the entries to write and the problems, each at its sheet and cell.
import type { Diagnostic, DiagnosticCode, Severity } from "../model/diagnostic";
import { isAssigned, type Registry } from "../model/agencies";
import { formatViDate } from "../model/dates";
import { isOngoing, milestonesOf } from "../model/deadline";
import {
  FORM_VERSION,
  MACHINE_KEYS,
  cellText,
  milestoneOfKey,
  columnLetters,
  readDateCell,
  readNumberCell,
  readStateCell,
  targetKey,
  type CellValue,
  type ImportedEntry,
} from "../model/form";
import { periodInPlan, periodKey, planSpan, reportQuarters, reportingWindow } from "../model/period";
import { parseQuarterKey } from "../model/progress";
import type { Plan, Task } from "../model/types";
import { nearTaskIds } from "../model/task-ids";
import type { SheetGrid } from "../load/xlsx";

export interface FormImport {
  diagnostics: Diagnostic[];
  period?: string;
  agency?: string;
  /** Filled rows, in the plan's task order. */
  entries: ImportedEntry[];
  /** Rows of the form (filled or not). */
  rows: number;
  /** Where each entry's row is: its task cell. */
  at: Record<string, { line: number; column: number; cell: string }>;
}

const EMPTY: CellValue = { kind: "empty" };

/** Find the sheet and row holding the form's hidden column keys (task, state, form…) in its first rows. */
function findKeyRow(sheets: readonly SheetGrid[]): { sheet: SheetGrid; row: number; columns: Map<string, number> } | undefined {
  for (const sheet of sheets) {
    for (let r = 0; r < Math.min(sheet.rows.length, 30); r++) {
      const columns = new Map<string, number>();
      sheet.rows[r]!.forEach((v, c) => {
        const t = cellText(v).toLowerCase();
        if (t && !columns.has(t)) columns.set(t, c + 1);
      });
      if (columns.has("task") && columns.has("state") && columns.has("form")) return { sheet, row: r + 1, columns };
    }
  }
  return undefined;
}

/** Check a form read into sheets; `file` is the workbook as shown. */
export function checkForm(sheets: readonly SheetGrid[], file: string, plan: Plan, reg: Registry): FormImport {
  const diagnostics: Diagnostic[] = [];
  const out: FormImport = { diagnostics, entries: [], rows: 0, at: {} };
  const found = findKeyRow(sheets);
  if (!found) {
    diagnostics.push({ file, line: 1, column: 1, severity: "error", code: "import/not-a-form", args: { missing: "task, state, form" } });
    return out;
  }
  const { sheet, columns } = found;
  const at = (row: number, col: number) => `${sheet.name}!${columnLetters(col)}${row}`;
  const emit = (row: number, col: number, code: DiagnosticCode, args: Record<string, string | number> = {}, severity: Severity = "error") =>
    diagnostics.push({ file, line: row, column: col, cell: at(row, col), severity, code, args });
  const missing = [...MACHINE_KEYS, "completed"].filter((k) => !columns.has(k));
  if (missing.length) {
    emit(found.row, 1, "import/not-a-form", { missing: missing.join(", ") });
    return out;
  }
  const col = (k: string) => columns.get(k)!;
  const get = (cells: CellValue[], k: string): CellValue => (columns.has(k) ? (cells[columns.get(k)! - 1] ?? EMPTY) : EMPTY);
  const inputKeys = [...columns.keys()].filter(
    (k) =>
      !(MACHINE_KEYS as readonly string[]).includes(k) &&
      /^(state|completed|result|evidence-number|evidence-date|obstacles|proposals|target-\d+|milestone-\d+)$/.test(k),
  );

  const tasks = new Map(plan.tasks.map((t) => [t.id, t] as const));
  const span = planSpan(plan);
  const { first, last } = reportQuarters(span);
  const dates = {
    min: reportingWindow(first, span.scheme).start,
    max: reportingWindow(last, span.scheme).end > span.end ? reportingWindow(last, span.scheme).end : span.end,
  };
  // The milestone date columns the sheet has (milestone-1, milestone-2…; none on a form without milestone tasks).
  const milestoneKeys = inputKeys.filter((k) => milestoneOfKey(k) !== undefined).sort((a, b) => milestoneOfKey(a)! - milestoneOfKey(b)!);
  let period: string | undefined;
  let agency: string | undefined;
  let cutoff: string | undefined;
  let headerChecked = false;
  let headerBad = false;
  const seen = new Map<string, number>();
  const entries = new Map<string, ImportedEntry>();

  for (let r = found.row + 1; r <= sheet.rows.length; r++) {
    const cells = sheet.rows[r - 1]!;
    const taskId = cellText(get(cells, "task"));
    const filled = inputKeys.filter((k) => cellText(get(cells, k)) !== "");
    if (!taskId) {
      // An inserted blank row is nothing; a row typed in without the hidden columns cannot be placed.
      if (filled.length) emit(r, col(filled[0]!), "import/row-without-task");
      continue;
    }
    out.rows++;
    // The form's own cells: the same on every row.
    const version = cellText(get(cells, "form"));
    if (version !== FORM_VERSION) {
      if (!headerBad) emit(r, col("form"), "import/form-version", { found: version, expected: FORM_VERSION });
      headerBad = true;
      continue;
    }
    const planId = cellText(get(cells, "plan"));
    const rowPeriod = cellText(get(cells, "period"));
    const rowAgency = cellText(get(cells, "agency"));
    if (!headerChecked) {
      headerChecked = true;
      if (planId !== plan.meta.id) {
        emit(r, col("plan"), "import/other-plan", { found: planId, expected: plan.meta.id });
        headerBad = true;
      }
      const q = parseQuarterKey(rowPeriod);
      if (!q || !periodInPlan({ kind: "quarter", year: q.year, quarter: q.quarter }, span)) {
        emit(r, col("period"), "import/other-period", { found: rowPeriod, first: periodKey(first), last: periodKey(last) });
        headerBad = true;
      } else {
        period = rowPeriod;
        cutoff = reportingWindow({ kind: "quarter", year: q.year, quarter: q.quarter }, plan.meta.reporting).end;
      }
      if (!reg.byId.has(rowAgency)) {
        emit(r, col("agency"), "import/unknown-agency", { agency: rowAgency });
        headerBad = true;
      } else agency = rowAgency;
    } else if (!headerBad && (planId !== plan.meta.id || rowPeriod !== period || rowAgency !== agency)) {
      const k = planId !== plan.meta.id ? "plan" : rowPeriod !== period ? "period" : "agency";
      emit(r, col(k), "import/mixed-form", { found: cellText(get(cells, k)), expected: k === "plan" ? plan.meta.id : k === "period" ? period! : agency! });
      continue;
    }
    if (headerBad) continue;

    const task = tasks.get(taskId);
    if (!task) {
      emit(r, col("task"), "import/unknown-task", { task: taskId, suggestion: nearTaskIds(taskId, [...tasks.keys()], 1)[0] ?? "" });
      continue;
    }
    if (!isAssigned(agency!, task, reg)) {
      emit(r, col("task"), "import/not-assigned", { task: task.id, agency: agency! });
      continue;
    }
    const before = seen.get(task.id);
    if (before !== undefined) {
      emit(r, col("task"), "import/duplicate-row", { task: task.id, other: before });
      continue;
    }
    seen.set(task.id, r);
    const shownAt = columns.get("task-label") ?? col("task");
    out.at[task.id] = { line: r, column: shownAt, cell: at(r, shownAt) };
    const entry = readRow(cells, r, task, { get, col, emit, cutoff: cutoff!, period: period!, dates, filled, milestoneKeys });
    if (entry) entries.set(task.id, entry);
  }
  if (!headerBad) {
    out.period = period;
    out.agency = agency;
  }
  // The plan's order, whatever order the rows are in.
  for (const t of plan.tasks) {
    const e = entries.get(t.id);
    if (e) out.entries.push(e);
  }
  return out;
}

interface RowContext {
  get: (cells: CellValue[], k: string) => CellValue;
  col: (k: string) => number;
  emit: (row: number, col: number, code: DiagnosticCode, args?: Record<string, string | number>, severity?: Severity) => void;
  cutoff: string;
  period: string;
  /** The dates the plan's reports cover. */
  dates: { min: string; max: string };
  filled: string[];
  milestoneKeys: string[];
}

function readRow(cells: CellValue[], r: number, task: Task, x: RowContext): ImportedEntry | undefined {
  const { get, col, emit } = x;
  const errorsBefore = { n: 0 };
  const fail = (c: number, code: DiagnosticCode, args: Record<string, string | number> = {}, severity: Severity = "error") => {
    if (severity === "error") errorsBefore.n++;
    emit(r, c, code, args, severity);
  };
  const stateRead = readStateCell(get(cells, "state"));
  // A bad state does not stop the row's other cells from being checked: every problem of the form at once.
  if (!stateRead.ok) fail(col("state"), "import/bad-state", { actual: cellText(get(cells, "state")), suggestion: stateRead.suggestion ?? "" });
  const state = stateRead.ok ? stateRead.state : "in-progress";
  if (!state) {
    if (x.filled.length) fail(col("state"), "import/no-state", { task: task.id });
    return undefined;
  }
  let late = false;
  // A date that does not exist is an error, one outside the plan's dates too; one after the cut-off belongs to the
  // next report (a warning; a completion date after it leaves the row out, as lint would refuse it in this quarter).
  const date = (k: string, v: CellValue, lateLeavesRow: boolean): string | undefined => {
    const d = readDateCell(v);
    if (!d.ok) {
      fail(col(k), "import/invalid-date", { actual: cellText(v) });
      return undefined;
    }
    if (d.iso === undefined) return undefined;
    if (d.iso < x.dates.min || d.iso > x.dates.max) {
      fail(col(k), "import/date-outside-plan", { date: formatViDate(d.iso), start: formatViDate(x.dates.min), end: formatViDate(x.dates.max) });
      return undefined;
    }
    if (d.iso > x.cutoff) {
      emit(
        r,
        col(k),
        "import/date-after-cutoff",
        { date: formatViDate(d.iso), cutoff: formatViDate(x.cutoff), period: x.period, leftOut: lateLeavesRow ? 1 : 0 },
        "warning",
      );
      if (lateLeavesRow) late = true;
    }
    return d.iso;
  };
  const entry: ImportedEntry = { task: task.id, state, evidence: [], targets: {} };
  const completed = date("completed", get(cells, "completed"), true);
  if (completed) entry.completed = completed;
  if (stateRead.ok && state === "done" && !completed && !isOngoing(task.deadline) && readDateCell(get(cells, "completed")).ok)
    fail(col("state"), "import/done-without-date", { task: task.id });
  if (stateRead.ok && completed && state !== "done") emit(r, col("completed"), "import/completed-not-done", { task: task.id }, "warning");
  // Milestones: the n-th date column is the task's n-th milestone in the plan; a date after the cut-off leaves the
  // row out, as the completion date does (lint would refuse it in this quarter).
  const milestones = milestonesOf(task.deadline);
  for (const k of x.milestoneKeys) {
    const n = milestoneOfKey(k)!;
    const v = get(cells, k);
    if (n < 1 || n > milestones.length) {
      if (cellText(v)) fail(col(k), "import/unknown-milestone", { task: task.id, n, count: milestones.length });
      continue;
    }
    const met = date(k, v, true);
    if (met) (entry.milestones ??= []).push({ index: n - 1, label: milestones[n - 1]!.label, completed: met });
  }
  for (const k of ["result", "obstacles", "proposals"] as const) {
    const t = cellText(get(cells, k));
    if (t) entry[k] = t;
  }
  // Targets: the n-th value column is the n-th target the hidden `targets` cell names.
  const ids = cellText(get(cells, "targets"))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  ids.forEach((id, i) => {
    const k = targetKey(i + 1);
    const v = get(cells, k);
    if (!task.targets.some((t) => t.id === id)) {
      if (cellText(v)) fail(col(k), "import/unknown-target", { task: task.id, target: id });
      return;
    }
    const n = readNumberCell(v);
    if (!n.ok) fail(col(k), "import/bad-number", { actual: cellText(v) });
    else if (n.value !== undefined) entry.targets[id] = n.value;
  });
  // Evidence: numbers and dates, several separated by ";" or line breaks, paired in order.
  const numbers = cellText(get(cells, "evidence-number"))
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const dateCell = get(cells, "evidence-date");
  const dateValues: CellValue[] =
    dateCell.kind === "text"
      ? dateCell.text
          .split(/[;\n]/)
          .map((s) => s.trim())
          .filter(Boolean)
          .map((text) => ({ kind: "text", text }))
      : dateCell.kind === "empty"
        ? []
        : [dateCell];
  if (numbers.length || dateValues.length) {
    if (numbers.length !== dateValues.length)
      fail(col(numbers.length > dateValues.length ? "evidence-date" : "evidence-number"), "import/evidence-mismatch", {
        numbers: numbers.length,
        dates: dateValues.length,
      });
    else
      numbers.forEach((number, i) => {
        const d = date("evidence-date", dateValues[i]!, false);
        if (d) entry.evidence.push({ number, date: d });
      });
  }
  return errorsBefore.n || late ? undefined : entry;
}
