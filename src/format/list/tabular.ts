// `par list` as CSV, TSV (for Excel: UTF-8 with a BOM, formulas made inert) and a Markdown table.
import { renderDelimited, renderMarkdown, type Column, type Table } from "../tabular";
import type { ListReport } from "../../report/list";
import type { Lang } from "../../i18n";
import type { ListFormatter } from "./types";
import { formatViDate } from "../../model/dates";
import { ITEM_BULLET } from "../../report/export";
import { dueLabel, fullText, leadCell, listWords, milestoneLabel, refLabel, roleLabel, viaLabel } from "./common";

/**
 * The list as a flat table: one row per list row, full agency names, dates as dd/mm/yyyy. `bullet` replaces the
 * plan's item bullet: spreadsheets get the en dash, since a cell starting with "-" or "+" is a formula to them.
 */
export function listTable(report: ListReport, lang: Lang, bullet?: string): Table {
  const w = listWords(lang);
  const reg = report.registry;
  const columns: Column[] = [
    { key: "id", header: w.header.id },
    { key: "area", header: w.header.area, align: "right" },
    { key: "task", header: w.header.task },
    { key: "lead", header: w.header.lead },
    { key: "support", header: w.header.support },
    { key: "deadline", header: w.header.deadline },
    { key: "due", header: w.header.due },
    { key: "milestone", header: w.header.milestone },
  ];
  if (report.agency) columns.push({ key: "role", header: w.header.role }, { key: "via", header: w.header.via });
  return {
    columns,
    rows: report.rows.map((row) => ({
      id: row.task.id,
      area: String(row.task.area),
      task: fullText(row.task, bullet),
      lead: leadCell(reg, row.task, false, "; "),
      support: row.task.support.map((r) => refLabel(reg, r, false)).join("; "),
      deadline: row.task.deadline.text,
      due: row.milestone || row.dueDates.length < 2 ? dueLabel(row) : row.dueDates.map((d) => formatViDate(d.date)).join("; "),
      milestone: milestoneLabel(row, lang),
      role: roleLabel(reg, row.roles, lang, false),
      via: viaLabel(reg, row.roles),
    })),
  };
}

export const csv: ListFormatter = (report, options) => renderDelimited(listTable(report, options.lang, ITEM_BULLET), { delimiter: "," });
export const tsv: ListFormatter = (report, options) => renderDelimited(listTable(report, options.lang, ITEM_BULLET), { delimiter: "\t" });

export const md: ListFormatter = (report, options) => {
  const t = listTable(report, options.lang);
  // In Markdown the role column says the group already, and the area is in the id.
  return renderMarkdown({ columns: t.columns.filter((c) => c.key !== "area" && c.key !== "via"), rows: t.rows });
};
