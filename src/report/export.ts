// `par export` as data: the annex of the quarterly PAR report (Phụ lục), built from the status report. One heading row
// per area and one row per task, each cell as the text the annex shows in the language asked for, so that every
// format (Word, HTML, CSV/TSV, Markdown, JSON) shows the same words; src/format/export/ only lays them out.
import type { Lang } from "../i18n/types";
import { exportEn } from "../i18n/en/export";
import { exportVi } from "../i18n/vi/export";
import { statusEn } from "../i18n/en/status";
import { statusVi } from "../i18n/vi/status";
import { formatViDate } from "../model/dates";
import type { Period } from "../model/period";
import { periodName } from "../i18n/period";
import { agencyListPhrase, evidencePhrase, taskTextPhrase } from "../i18n/phrases";
import { parseQuarterKey, percentOf, type Bucket } from "../model/progress";
import { letterIndex } from "../model/vietnamese";
import type { AgencyLabel, AgencyText, StatusReport, StatusRow } from "./status";

/** The version of the annex's JSON shape; bumped only when a field changes meaning or disappears. */
export const EXPORT_FORMAT = "par-export/1";

/** The annex's columns, by their stable ASCII keys (--columns), in the appendix's order. */
export const EXPORT_COLUMNS = ["tt", "task", "lead", "support", "deadline", "result", "status", "note"] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** An area's heading row ("1. Lĩnh vực “Cải cách thể chế”"), with its tasks' completion (for the chart). */
export interface ExportAreaRow {
  kind: "area";
  area: number;
  /** The area's name alone, in the language asked for. */
  name: string;
  heading: string;
  total: number;
  completed: number;
  percent: number;
  /** "6/7 (85,71%)". */
  completion: string;
}

/** A task's row: its cells' texts by column key (only the columns asked for). */
export interface ExportTaskRow {
  kind: "task";
  id: string;
  area: number;
  letter: string;
  bucket: Bucket;
  /** Counts towards the summary line's "hoàn thành" (as in par status). */
  completed: boolean;
  cells: Partial<Record<ExportColumn, string>>;
}

export type ExportRow = ExportAreaRow | ExportTaskRow;

/** The whole annex, ready to lay out. */
export interface ExportAnnex {
  format: typeof EXPORT_FORMAT;
  lang: Lang;
  plan: { id: string; province: string; year: number; title: string };
  period: { key: string; label: string; start: string; end: string; cutoff: string; asOf: boolean };
  /** The heading above the table: the plan's title. */
  title: string;
  /** The line under it: the period, its reporting window and the cut-off. */
  subtitle: string;
  /** Which tasks: an agency (lead or supporting, directly or through a group) and an area, or null for all. */
  filters: { agency: { id: string; name: string } | null; area: number | null };
  /** A line saying which agency's tasks these are, or null. */
  filterLine: string | null;
  /** The sample-data warning when a progress file read is marked as invented sample data, else null. */
  sampleNote: string | null;
  columns: { key: ExportColumn; header: string }[];
  rows: ExportRow[];
  /** The closing line: par status's headline over the tasks shown. */
  summary: { completed: number; total: number; percent: number; text: string; completion: string };
}

export interface ExportOptions {
  lang: Lang;
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

type StatusWords = typeof statusEn;
type ExportWords = typeof exportEn;

/** The annex's words in a language. */
export function exportWords(lang: Lang): ExportWords {
  return lang === "vi" ? exportVi : exportEn;
}

/** Agencies in full, as the appendix writes them: "Sở Kế hoạch và Đầu tư (chủ trì); Văn phòng Ủy ban nhân dân tỉnh (phối hợp)". */
function agencies(list: readonly AgencyLabel[], lang: Lang): string {
  return agencyListPhrase(list, lang, { full: true });
}

/**
 * The bullet before each item of a task, in every format of the annex: an en dash, as Vietnamese documents write
 * lists. Not "-": a cell starting with "-" is a formula to Excel and LibreOffice, so CSV had to write it as "'- …"
 * and the apostrophe showed.
 */
export const ITEM_BULLET = "\u2013";

/** How texts are told apart: the report's words, and the quarters of the period (a text from before says when). */
interface Ctx {
  lang: Lang;
  sw: StatusWords;
  w: ExportWords;
  current: ReadonlySet<string>;
  leadNotes?: ReadonlyMap<string, string>;
}

/** A text as written, with the quarter it was reported in when that is before the period. */
function dated(t: AgencyText, c: Ctx): string {
  if (c.current.has(t.period)) return t.text;
  const q = parseQuarterKey(t.period);
  if (!q) return t.text;
  const p: Period = { kind: "quarter", year: q.year, quarter: q.quarter };
  return `${t.text} ${c.w.reportedIn(periodName(p, c.lang))}`;
}

/** Texts written by agencies: one alone as it is, several each after its agency's short name. */
function agencyTexts(list: readonly AgencyText[], c: Ctx): string[] {
  if (list.length === 1) return [dated(list[0]!, c)];
  return list.map((t) => c.sw.by(t.name, dated(t, c)));
}

/** Results the agencies reported, then the evidence documents. */
function resultText(r: StatusRow, c: Ctx): string {
  const ev = evidencePhrase(r.evidence, c.lang);
  return [...agencyTexts(r.results, c), ...(ev ? [`${c.w.evidence}: ${ev}`] : [])].join("\n");
}

/** The status bucket (with days late or overdue), then each milestone of a task with several. */
function statusText(r: StatusRow, sw: StatusWords): string {
  const base = sw.bucket[r.bucket];
  const head = (r.bucket === "done-late" || r.bucket === "overdue") && r.days ? `${base} (${sw.days(r.days)})` : base;
  const milestones =
    r.dueItems.length > 1
      ? r.dueItems.map((d) => sw.milestone(d.label ?? "", formatViDate(d.due), sw.bucket[d.judgement], d.completed ? formatViDate(d.completed) : null))
      : [];
  return [head, ...milestones].join("\n");
}

/** The plan's note, the reports' notes, then obstacles and proposals, each labelled. */
function noteText(r: StatusRow, c: Ctx): string {
  const lines: string[] = [];
  if (r.note) lines.push(r.note);
  lines.push(...agencyTexts(r.notes, c));
  const labelled = (label: string, list: readonly AgencyText[]) => {
    const t = agencyTexts(list, c);
    if (t.length === 1) lines.push(`${label}: ${t[0]}`);
    else if (t.length > 1) lines.push(`${label}:`, ...t);
  };
  labelled(c.w.obstacles, r.obstacles);
  labelled(c.w.proposals, r.proposals);
  return lines.join("\n");
}

function letterOf(id: string): string {
  return id.slice(id.indexOf(".") + 1);
}

/** Every cell of a task's row. */
function cellsOf(r: StatusRow, c: Ctx): Record<ExportColumn, string> {
  return {
    tt: letterOf(r.id),
    task: taskTextPhrase(r, ITEM_BULLET),
    lead: [agencies(r.lead, c.lang), ...(c.leadNotes?.has(r.id) ? [c.leadNotes.get(r.id)!] : [])].join("; "),
    support: agencies(r.support, c.lang),
    deadline: r.deadlineText,
    result: resultText(r, c),
    status: statusText(r, c.sw),
    note: noteText(r, c),
  };
}

/** Build the annex of a status report: the tasks chosen, grouped by area, with the summary line over them. */
export function buildExport(report: StatusReport, opts: ExportOptions): ExportAnnex {
  const lang = opts.lang;
  const sw: StatusWords = lang === "vi" ? statusVi : statusEn;
  const w = exportWords(lang);
  const columns = opts.columns ?? EXPORT_COLUMNS;
  const ctx: Ctx = { lang, sw, w, current: new Set(report.period.quarters), ...(opts.leadNotes ? { leadNotes: opts.leadNotes } : {}) };
  const chosen = report.tasks
    .filter((t) => (opts.tasks ? opts.tasks.has(t.id) : true) && (opts.area === undefined || t.area === opts.area))
    .sort((a, b) => a.area - b.area || letterIndex(letterOf(a.id)) - letterIndex(letterOf(b.id)));

  const rows: ExportRow[] = [];
  const byArea = new Map<number, typeof chosen>();
  for (const t of chosen) {
    const list = byArea.get(t.area);
    if (list) list.push(t);
    else byArea.set(t.area, [t]);
  }
  for (const area of report.byArea) {
    const mine = byArea.get(area.area) ?? [];
    if (!mine.length) continue;
    const completed = mine.filter((t) => t.completedForHeadline).length;
    const name = lang === "en" && area.nameEn ? area.nameEn : area.name;
    const percent = percentOf(completed, mine.length);
    rows.push({
      kind: "area",
      area: area.area,
      name,
      heading: w.areaHeading(area.area, name),
      total: mine.length,
      completed,
      percent,
      completion: w.chartValue(completed, mine.length, sw.percent(percent)),
    });
    for (const t of mine) {
      const all = cellsOf(t, ctx);
      rows.push({
        kind: "task",
        id: t.id,
        area: t.area,
        letter: letterOf(t.id),
        bucket: t.bucket,
        completed: t.completedForHeadline,
        cells: Object.fromEntries(columns.map((c) => [c, all[c]])),
      });
    }
  }

  // The headline as par status computes it; over every task it is the report's own.
  const filtered = opts.tasks !== undefined || opts.area !== undefined;
  const done = chosen.filter((t) => t.completedForHeadline).length;
  const headline = filtered ? { completed: done, total: chosen.length, percent: percentOf(done, chosen.length) } : report.headline;

  const sp = report.period;
  const period: Period = sp.quarter ? { kind: sp.kind, year: sp.year, quarter: sp.quarter } : { kind: sp.kind, year: sp.year };
  const label = periodName(period, lang, { start: true });
  return {
    format: EXPORT_FORMAT,
    lang,
    plan: report.plan,
    period: { key: sp.key, label, start: sp.start, end: sp.end, cutoff: sp.cutoff, asOf: sp.asOf },
    title: w.title(report.plan.title),
    subtitle: w.periodLine(label, formatViDate(sp.start), formatViDate(sp.end), formatViDate(sp.cutoff), sp.asOf),
    filters: { agency: opts.agency ?? null, area: opts.area ?? null },
    filterLine: opts.agency ? w.agencyLine(opts.agency.name) : null,
    sampleNote: report.sample ? sw.sample : null,
    columns: columns.map((key) => ({ key, header: w.col[key] })),
    rows,
    summary: {
      ...headline,
      text: sw.headline(headline.completed, headline.total, sw.percent(headline.percent)),
      completion: w.chartValue(headline.completed, headline.total, sw.percent(headline.percent)),
    },
  };
}

/** The task rows of an annex. */
export function taskRows(annex: ExportAnnex): ExportTaskRow[] {
  return annex.rows.filter((r): r is ExportTaskRow => r.kind === "task");
}

/** The area rows of an annex. */
export function areaRows(annex: ExportAnnex): ExportAreaRow[] {
  return annex.rows.filter((r): r is ExportAreaRow => r.kind === "area");
}
