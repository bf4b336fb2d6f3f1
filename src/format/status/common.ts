// Pieces every status formatter shares: the catalogue, labels, and the report's tables as plain rows of text.
import type { Lang } from "../../i18n";
import { statusEn } from "../../i18n/en/status";
import { statusVi } from "../../i18n/vi/status";
import { formatViDate } from "../../model/dates";
import type { Period } from "../../model/period";
import { periodName } from "../../i18n/period";
import type { Bucket } from "../../model/progress";
import { ITEM_BULLET } from "../../report/export";
import type { AgencyLabel, AgencyText, StatusPeriod, StatusReport, StatusRow, TargetStatus } from "../../report/status";
import type { Table } from "../tabular";
import { agencyListPhrase, evidencePhrase, targetPhrase, taskTextPhrase } from "../../i18n/phrases";
import { cutText } from "../text";

export const STATUS_FORMATS = ["table", "md", "csv", "tsv", "html", "json"] as const;
export type StatusFormat = (typeof STATUS_FORMATS)[number];

export interface StatusFormatOptions {
  lang: Lang;
  /** Colour (table only, on a terminal). */
  color: boolean;
  /** Output goes to a terminal: bar charts (table only). */
  terminal: boolean;
  /** Width of the terminal, in columns. */
  width: number;
  /** List every task, not only those that need attention (table only; md and html always list them). */
  allTasks: boolean;
}

export type StatusFormatter = (report: StatusReport, options: StatusFormatOptions) => string;
export type Words = typeof statusEn;

/** The status catalogue of a language. */
export function statusWords(lang: Lang): Words {
  return lang === "vi" ? statusVi : statusEn;
}

/** How a report names the period ("Quý III/2024", "Q3 2024"): periodName of a status period. */
export function periodLabel(sp: StatusPeriod, lang: Lang, opts: { start?: boolean } = {}): string {
  const p: Period = sp.quarter ? { kind: sp.kind, year: sp.year, quarter: sp.quarter } : { kind: sp.kind, year: sp.year };
  return periodName(p, lang, opts);
}

/** A date as people read it: dd/mm/yyyy (both languages, as the plan writes dates). */
export const date = formatViDate;

/** An agency's name for a table: the short name (English name in English when known). */
export function agencyShort(a: AgencyLabel, lang: Lang): string {
  return lang === "en" && a.nameEn ? a.nameEn : a.short;
}

/** The overdue tasks by days overdue: band, count, tasks with their days. */
export function ageingTable(r: StatusReport, w: Words): Table {
  return {
    columns: [
      { key: "band", header: w.col.days },
      { key: "n", header: w.col.total, align: "right" },
      { key: "tasks", header: w.col.id },
    ],
    rows: r.ageing.map((g) => ({ band: w.ageingBand[g.band], n: String(g.count), tasks: g.tasks.map((t) => `${t.id} (${w.days(t.days)})`).join(", ") })),
  };
}

/** A row's status: its bucket, with days late or overdue, and for a task several lead, how many are done. */
export function statusText(r: StatusRow, w: Words): string {
  const notes: string[] = [];
  if ((r.bucket === "done-late" || r.bucket === "overdue") && r.days) notes.push(w.days(r.days));
  const a = r.amendment;
  if (a?.effective && a.originalDue !== a.due)
    notes.push(w.amended(a.due ? date(a.due) : a.deadlineText, a.decision?.number ?? "?", a.originalDue ? date(a.originalDue) : a.originalText));
  if (r.leadsTotal > 1 && r.leadsDone > 0 && r.leadsDone < r.leadsTotal) notes.push(w.leadsDone(r.leadsDone, r.leadsTotal));
  return notes.length ? `${w.bucket[r.bucket]} (${notes.join("; ")})` : w.bucket[r.bucket];
}

/** Texts written by agencies: one alone as it is, several each after its agency's id. */
export function agencyTexts(list: readonly AgencyText[], w: Words): string {
  if (list.length === 1) return list[0]!.text;
  return list.map((t) => w.by(t.name, t.text)).join("\n");
}

/** The milestones of a task with several: "Lần 1 (hạn 30/06/2024): Quá hạn". */
export function milestonesText(r: StatusRow, w: Words): string {
  if (r.dueItems.length < 2) return "";
  return r.dueItems.map((d) => w.milestone(d.label ?? "", date(d.due), w.bucket[d.judgement], d.completed ? date(d.completed) : null)).join("\n");
}

/** A target's actual value ("96,2%"; a change for "increase": "+4,2"), or "" when not reported. */
export function actualText(t: TargetStatus, w: Words): string {
  if (t.actual === null) return "";
  return `${t.comparison === "increase" && t.actual > 0 ? "+" : ""}${w.num(t.actual)}${t.unit === "%" ? "%" : ""}`;
}

/** met / not met / not reported. */
export function metText(t: TargetStatus, w: Words): string {
  return t.met === null ? w.met.null : t.met ? w.met.true : w.met.false;
}

/** The buckets in report order. */
export const BUCKET_ORDER: readonly Bucket[] = ["done-on-time", "done-late", "not-due", "overdue", "ongoing-reported", "ongoing-unreported", "no-report"];

/** The by-area table; area names cut to `nameMax` characters (0: whole). */
export function areaTable(r: StatusReport, w: Words, lang: Lang, nameMax = 0): Table {
  return {
    columns: [
      // The names get 30 columns before the numbers' headers give up a line (fitTable); below that all shrink.
      { key: "area", header: w.col.area, minWidth: nameMax || 30 },
      { key: "total", header: w.col.total, align: "right", minWidth: 5 },
      ...BUCKET_ORDER.map((b) => ({ key: b, header: w.bucketShort[b], align: "right" as const, minWidth: 5 })),
      { key: "completed", header: w.col.completed, align: "right", minWidth: 5 },
      { key: "percent", header: w.col.percent, align: "right", minWidth: 6 },
    ],
    rows: [
      ...r.byArea.map((a) => ({
        area: cutText(`${a.area}. ${lang === "en" && a.nameEn ? a.nameEn : a.name}`, nameMax),
        total: String(a.total),
        ...Object.fromEntries(BUCKET_ORDER.map((b) => [b, String(a.counts[b])])),
        completed: String(a.completed),
        percent: w.percent(a.percent),
      })),
      {
        area: lang === "vi" ? "Tổng cộng" : "Total",
        total: String(r.total),
        ...Object.fromEntries(BUCKET_ORDER.map((b) => [b, String(r.counts[b])])),
        completed: String(r.headline.completed),
        percent: w.percent(r.headline.percent),
      },
    ],
  };
}

/** The by-lead-agency table: who is overdue, who has not reported. */
export function leadTable(r: StatusReport, w: Words, lang: Lang): Table {
  return {
    columns: [
      { key: "agency", header: w.col.agency, minWidth: 14 },
      { key: "total", header: w.col.total, align: "right" },
      { key: "completed", header: w.col.completed, align: "right" },
      { key: "percent", header: w.col.percent, align: "right" },
      ...(r.byLead.some((l) => l.members) ? [{ key: "members", header: w.col.members, align: "right" as const }] : []),
      { key: "overdue", header: w.col.overdueTasks, minWidth: 8 },
      { key: "notReported", header: w.col.notReportedTasks, minWidth: 8 },
    ],
    rows: r.byLead.map((l) => ({
      members: l.members ? `${l.members.reported}/${l.members.total}` : "",
      agency: l.inherited
        ? w.withInherited(
            agencyShort(l.agency, lang),
            l.inherited.map((x) => agencyShort(x, lang)),
          )
        : agencyShort(l.agency, lang),
      total: String(l.total),
      completed: String(l.completed),
      percent: w.percent(l.percent),
      overdue: l.overdue.join(", "),
      notReported: l.notReported.join(", "),
    })),
  };
}

/** The numeric targets: goal, actual, met. */
export function targetTable(r: StatusReport, w: Words, lang: Lang, metricMax = 0): Table {
  return {
    columns: [
      { key: "task", header: w.col.id },
      { key: "metric", header: w.col.metric, minWidth: metricMax || 20 },
      { key: "goal", header: w.col.goal },
      { key: "reporter", header: w.col.reporter, minWidth: 10 },
      { key: "actual", header: w.col.actual, align: "right" },
      { key: "met", header: w.col.met },
    ],
    rows: r.targets.map((t) => ({
      task: t.task,
      metric: cutText(t.metric + (t.level ? ` (${w.level[t.level] ?? t.level})` : "") + (t.baseline ? ` (${t.baseline})` : ""), metricMax),
      goal: targetPhrase(t, lang),
      reporter: t.agency ? agencyShort(t.agency, lang) : "",
      actual: actualText(t, w),
      met: metText(t, w),
      _met: t.met === null ? "" : String(t.met),
    })),
  };
}

/** Every column of a task row, for spreadsheets and documents. */
export function taskTable(rows: readonly StatusRow[], w: Words, lang: Lang): Table {
  return {
    columns: [
      { key: "area", header: w.col.area },
      { key: "id", header: w.col.id },
      { key: "task", header: w.col.task },
      { key: "lead", header: w.col.lead },
      { key: "support", header: w.col.support },
      { key: "deadline", header: w.col.deadline },
      { key: "due", header: w.col.due },
      { key: "status", header: w.col.status },
      { key: "milestones", header: w.col.milestones },
      { key: "state", header: w.col.state },
      { key: "completed", header: w.col.completedOn },
      { key: "reported", header: w.col.reported },
      { key: "result", header: w.col.result },
      { key: "evidence", header: w.col.evidence },
      { key: "obstacles", header: w.col.obstacles },
      { key: "proposals", header: w.col.proposals },
      { key: "note", header: w.col.note },
    ],
    rows: rows.map((r) => ({
      area: String(r.area),
      id: r.id,
      task: taskTextPhrase(r, ITEM_BULLET),
      lead: agencyListPhrase(r.lead, lang, { full: true }),
      support: agencyListPhrase(r.support, lang, { full: true }),
      deadline: r.deadlineText,
      due: r.due ? date(r.due) : "",
      status: statusText(r, w),
      _bucket: r.bucket,
      milestones: milestonesText(r, w),
      state: r.state ? w.state[r.state] : "",
      completed: r.completed ? date(r.completed) : "",
      reported: r.reportedThisPeriod ? w.yes : w.no,
      result: agencyTexts(r.results, w),
      evidence: evidencePhrase(r.evidence, lang),
      obstacles: agencyTexts(r.obstacles, w),
      proposals: agencyTexts(r.proposals, w),
      note: [...(r.note ? [r.note] : []), ...r.notes.map((n) => (r.notes.length > 1 ? w.by(n.name, n.text) : n.text))].join("\n"),
    })),
  };
}

/** The tasks a secretariat chases first: overdue, not reported, ongoing without a report, done late. */
export function needsAttention(r: StatusReport): StatusRow[] {
  const order: Bucket[] = ["overdue", "no-report", "ongoing-unreported", "done-late"];
  return order.flatMap((b) => r.tasks.filter((t) => t.bucket === b));
}

/** The lead agencies that sent nothing this period, joined. */
export function silentNames(r: StatusReport, lang: Lang): string {
  return r.byLead
    .filter((l) => l.silent)
    .map((l) => agencyShort(l.agency, lang))
    .join(", ");
}
