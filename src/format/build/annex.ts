// The annex of `par export` in words (format par-export/1, docs/json.md): the data src/report/export.ts selects, with
// its title, headers and every cell's text in the run's language, so that every format shows the same words.
import type { Lang } from "../../i18n/types";
import { words } from "../../i18n/words";
import { periodName } from "../../i18n/period";
import { agencyListPhrase, evidencePhrase, ITEM_BULLET, taskTextPhrase } from "../../i18n/phrases";
import { formatViDate } from "../../model/dates";
import type { Period } from "../../model/period";
import { parseQuarterKey, type Bucket } from "../../model/progress";
import { EXPORT_FORMAT, letterOf, selectExport, type ExportColumn, type ExportData, type ExportOptions } from "../../report/export";
import type { AgencyText, StatusReport, StatusRow } from "../../report/status";

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
  filters: ExportData["filters"];
  /** A line saying which agency's tasks these are, or null. */
  filterLine: string | null;
  /** The sample-data warning when a progress file read is marked as invented sample data, else null. */
  sampleNote: string | null;
  columns: { key: ExportColumn; header: string }[];
  rows: ExportRow[];
  /** The closing line: par status's headline over the tasks shown. */
  summary: { completed: number; total: number; percent: number; text: string; completion: string };
}

type Words = ReturnType<typeof words>;

/** How texts are told apart: the words, and the quarters of the period (a text from before says when). */
interface Ctx {
  lang: Lang;
  w: Words;
  current: ReadonlySet<string>;
  leadNotes?: ReadonlyMap<string, string>;
}

/** A text as written, with the quarter it was reported in when that is before the period. */
function dated(t: AgencyText, c: Ctx): string {
  if (c.current.has(t.period)) return t.text;
  const q = parseQuarterKey(t.period);
  if (!q) return t.text;
  const p: Period = { kind: "quarter", year: q.year, quarter: q.quarter };
  return `${t.text} ${c.w.export.reportedIn(periodName(p, c.lang))}`;
}

/** Texts written by agencies: one alone as it is, several each after its agency's short name. */
function agencyTexts(list: readonly AgencyText[], c: Ctx): string[] {
  if (list.length === 1) return [dated(list[0]!, c)];
  return list.map((t) => c.w.status.by(t.name, dated(t, c)));
}

/** Results the agencies reported, then the evidence documents. */
function resultText(r: StatusRow, c: Ctx): string {
  const ev = evidencePhrase(r.evidence, c.lang);
  return [...agencyTexts(r.results, c), ...(ev ? [`${c.w.export.evidence}: ${ev}`] : [])].join("\n");
}

/** The status bucket (with days late or overdue), then each milestone of a task with several. */
function statusText(r: StatusRow, sw: Words["status"]): string {
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
  labelled(c.w.export.obstacles, r.obstacles);
  labelled(c.w.export.proposals, r.proposals);
  return lines.join("\n");
}

/** Every cell of a task's row. */
function cellsOf(r: StatusRow, c: Ctx): Record<ExportColumn, string> {
  return {
    tt: letterOf(r.id),
    task: taskTextPhrase(r, ITEM_BULLET),
    lead: [agencyListPhrase(r.lead, c.lang, { full: true }), ...(c.leadNotes?.has(r.id) ? [c.leadNotes.get(r.id)!] : [])].join("; "),
    support: agencyListPhrase(r.support, c.lang, { full: true }),
    deadline: r.deadlineText,
    result: resultText(r, c),
    status: statusText(r, c.w.status),
    note: noteText(r, c),
  };
}

/** The annex of selected tasks, in a language. */
export function annexOf(data: ExportData, lang: Lang): ExportAnnex {
  const w = words(lang);
  const sw = w.status;
  const ctx: Ctx = { lang, w, current: new Set(data.period.quarters), ...(data.leadNotes ? { leadNotes: data.leadNotes } : {}) };
  const rows: ExportRow[] = [];
  for (const a of data.areas) {
    const name = lang === "en" && a.nameEn ? a.nameEn : a.name;
    rows.push({
      kind: "area",
      area: a.area,
      name,
      heading: w.export.areaHeading(a.area, name),
      total: a.total,
      completed: a.completed,
      percent: a.percent,
      completion: w.export.chartValue(a.completed, a.total, sw.percent(a.percent)),
    });
    for (const t of a.tasks) {
      const all = cellsOf(t, ctx);
      rows.push({
        kind: "task",
        id: t.id,
        area: t.area,
        letter: letterOf(t.id),
        bucket: t.bucket,
        completed: t.completedForHeadline,
        cells: Object.fromEntries(data.columns.map((c) => [c, all[c]])),
      });
    }
  }
  const sp = data.period;
  const period: Period = sp.quarter ? { kind: sp.kind, year: sp.year, quarter: sp.quarter } : { kind: sp.kind, year: sp.year };
  const label = periodName(period, lang, { start: true });
  const h = data.headline;
  return {
    format: EXPORT_FORMAT,
    lang,
    plan: data.plan,
    period: { key: sp.key, label, start: sp.start, end: sp.end, cutoff: sp.cutoff, asOf: sp.asOf },
    title: w.export.title(data.plan.title),
    subtitle: w.export.periodLine(label, formatViDate(sp.start), formatViDate(sp.end), formatViDate(sp.cutoff), sp.asOf),
    filters: data.filters,
    filterLine: data.filters.agency ? w.export.agencyLine(data.filters.agency.name) : null,
    sampleNote: data.sample ? sw.sample : null,
    columns: data.columns.map((key) => ({ key, header: w.export.col[key] })),
    rows,
    summary: {
      ...h,
      text: sw.headline(h.completed, h.total, sw.percent(h.percent)),
      completion: w.export.chartValue(h.completed, h.total, sw.percent(h.percent)),
    },
  };
}

/** The annex of a status report in a language: the tasks chosen (selectExport), in words (annexOf). */
export function buildExport(report: StatusReport, opts: ExportOptions & { lang: Lang }): ExportAnnex {
  return annexOf(selectExport(report, opts), opts.lang);
}

/** The task rows of an annex. */
export function taskRows(annex: ExportAnnex): ExportTaskRow[] {
  return annex.rows.filter((r): r is ExportTaskRow => r.kind === "task");
}

/** The area rows of an annex. */
export function areaRows(annex: ExportAnnex): ExportAreaRow[] {
  return annex.rows.filter((r): r is ExportAreaRow => r.kind === "area");
}
