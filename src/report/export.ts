// `par export` as data: which tasks go into the annex of the quarterly PAR report (Phụ lục), grouped by area in the
// appendix's order, with each area's completion and the headline over the tasks shown. Numbers, dates, ids and enums
// only: the annex's words (its title, headers and cell texts) are chosen by src/format/build/annex.ts.
import { percentOf } from "../model/progress";
import { letterIndex } from "../model/vietnamese";
import type { StatusPeriod, StatusReport, StatusRow } from "./status";

/** The version of the annex's JSON shape; bumped only when a field changes meaning or disappears. */
export const EXPORT_FORMAT = "par-export/1";

/** The annex's columns, by their stable ASCII keys (--columns), in the appendix's order. */
export const EXPORT_COLUMNS = ["tt", "task", "lead", "support", "deadline", "result", "status", "note"] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** An area of the annex: its tasks, in letter order, and how many of them are completed. */
export interface ExportArea {
  area: number;
  name: string;
  nameEn: string | null;
  total: number;
  completed: number;
  percent: number;
  tasks: StatusRow[];
}

/** What the annex shows. */
export interface ExportData {
  plan: StatusReport["plan"];
  period: StatusPeriod;
  /** Which tasks: an agency (lead or supporting, directly or through a group) and an area, or null for all. */
  filters: { agency: { id: string; name: string } | null; area: number | null };
  /** A progress file read is marked as invented sample data. */
  sample: boolean;
  columns: readonly ExportColumn[];
  areas: ExportArea[];
  /** par status's headline over the tasks shown. */
  headline: { completed: number; total: number; percent: number };
  /** Words a task's lead cell holds besides the agencies (1.c), by task id. */
  leadNotes?: ReadonlyMap<string, string>;
}

export interface ExportOptions {
  /** Columns in order (default: all, in the appendix's order). */
  columns?: readonly ExportColumn[];
  /** Only these task ids (an --agency filter); all when absent. */
  tasks?: ReadonlySet<string>;
  /** Only this area. */
  area?: number;
  /** The agency the task filter stands for, to name it above the table. */
  agency?: { id: string; name: string };
  /** Words a task's lead cell holds besides the agencies (1.c), by task id: they stand in the annex's lead cell. */
  leadNotes?: ReadonlyMap<string, string>;
}

/** A task's letter, from its id ("1.dd" → "dd"). */
export function letterOf(id: string): string {
  return id.slice(id.indexOf(".") + 1);
}

/** The tasks of a status report the annex shows, grouped by area, with the headline over them. */
export function selectExport(report: StatusReport, opts: ExportOptions = {}): ExportData {
  const chosen = report.tasks
    .filter((t) => (opts.tasks ? opts.tasks.has(t.id) : true) && (opts.area === undefined || t.area === opts.area))
    .sort((a, b) => a.area - b.area || letterIndex(letterOf(a.id)) - letterIndex(letterOf(b.id)));
  const byArea = new Map<number, StatusRow[]>();
  for (const t of chosen) {
    const list = byArea.get(t.area);
    if (list) list.push(t);
    else byArea.set(t.area, [t]);
  }
  const areas: ExportArea[] = [];
  for (const area of report.byArea) {
    const mine = byArea.get(area.area) ?? [];
    if (!mine.length) continue;
    const completed = mine.filter((t) => t.completedForHeadline).length;
    areas.push({
      area: area.area,
      name: area.name,
      nameEn: area.nameEn ?? null,
      total: mine.length,
      completed,
      percent: percentOf(completed, mine.length),
      tasks: mine,
    });
  }
  // The headline as par status computes it; over every task it is the report's own.
  const filtered = opts.tasks !== undefined || opts.area !== undefined;
  const done = chosen.filter((t) => t.completedForHeadline).length;
  return {
    plan: report.plan,
    period: report.period,
    filters: { agency: opts.agency ?? null, area: opts.area ?? null },
    sample: report.sample,
    columns: opts.columns ?? EXPORT_COLUMNS,
    areas,
    headline: filtered ? { completed: done, total: chosen.length, percent: percentOf(done, chosen.length) } : report.headline,
    ...(opts.leadNotes ? { leadNotes: opts.leadNotes } : {}),
  };
}
