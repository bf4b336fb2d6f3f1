// `par list` for a terminal: a boxed table fitted to the width, Vietnamese text wrapped at spaces.
import { Chalk } from "chalk";
import { escapeTerminal } from "../escape";
import { renderTextTable, type Column, type Table } from "../tabular";
import type { ListReport } from "../../report/list";
import type { ListFormatter } from "./types";
import { agencyName, deadlineCell, fullText, leadCell, listWords, refLabel, roleLabel } from "./common";
import { formatViDate } from "../../model/dates";
import type { Lang } from "../../i18n";

/** A line saying whose tasks these are and which filters apply, or undefined when there are no filters. */
export function listTitle(report: ListReport, lang: Lang): string | undefined {
  const w = listWords(lang);
  const q = report.query;
  const parts: string[] = [];
  if (q.role) parts.push(w.filters.role(w.role[q.role]));
  if (q.direct) parts.push(w.filters.direct);
  if (q.from !== undefined || q.to !== undefined) parts.push(w.filters.due(q.from && formatViDate(q.from), q.to && formatViDate(q.to)));
  if (q.includeOngoing && (q.from !== undefined || q.to !== undefined)) parts.push(w.filters.includeOngoing);
  if (q.area !== undefined) parts.push(w.filters.area(q.area));
  if (q.search) parts.push(w.filters.search(q.search));
  const head = report.agency ? w.forAgency(agencyName(report.registry, report.agency.id), report.agency.id) : undefined;
  if (!head && !parts.length) return undefined;
  const title = [head, parts.join(", ")].filter(Boolean).join(": ");
  return title.charAt(0).toUpperCase() + title.slice(1);
}

export const table: ListFormatter = (report, options) => {
  const w = listWords(options.lang);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const reg = report.registry;
  // The task's words get what the other columns leave; the support column goes when that would be under 34 columns
  // (`par show` has it), so that a 100-column terminal still reads well.
  // On a wide terminal (the task's words keeping 70 columns or more) the agency, deadline and role columns get room
  // for a whole short name on one line.
  const wide = options.width >= 192;
  const columns: Column[] = [
    { key: "id", header: w.header.id, minWidth: 4, maxWidth: 5 },
    { key: "task", header: w.header.task, minWidth: 16 },
    { key: "lead", header: w.header.lead, minWidth: 10, maxWidth: wide ? 26 : 16 },
    { key: "support", header: w.header.support, minWidth: 10, maxWidth: wide ? 24 : 16 },
    { key: "deadline", header: w.header.deadline, minWidth: 10, maxWidth: wide ? 20 : 13 },
  ];
  if (report.agency) columns.push({ key: "role", header: w.header.role, minWidth: 8, maxWidth: wide ? 28 : 14 });
  const others = columns.filter((col) => col.key !== "task").reduce((n, col) => n + (col.maxWidth ?? 0) + 3, 4);
  const shown = options.width - others >= 34 ? columns : columns.filter((col) => col.key !== "support");
  const rows: Record<string, string>[] = [];
  for (const row of report.rows) {
    // An empty row between tasks: wrapped cells of neighbouring tasks would run together otherwise.
    if (rows.length) rows.push({});
    rows.push({
      id: row.task.id,
      task: fullText(row.task),
      lead: leadCell(reg, row.task, true, "\n"),
      support: row.task.support.map((r) => refLabel(reg, r, true)).join("\n"),
      deadline: deadlineCell(row, options.lang),
      role: roleLabel(reg, row.roles, options.lang, true),
    });
  }
  const t: Table = { columns: shown, rows };
  const out: string[] = [];
  const title = listTitle(report, options.lang);
  if (title) out.push(c.bold(escapeTerminal(title)));
  if (report.rows.length === 0) return [...out, w.noRows].join("\n") + "\n";
  const text = renderTextTable(t, {
    width: options.width,
    header: (s) => c.bold(s),
    border: (s) => c.dim(s),
    cell: (s, _row, key) => (key === "id" ? c.bold(s) : s),
  });
  return [...out, text.trimEnd(), w.count(report.rows.length, new Set(report.rows.map((r) => r.task.id)).size)].join("\n") + "\n";
};
