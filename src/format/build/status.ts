// `par status` as a Document: for a terminal (the headline, counts as bars, the tables, the tasks that need
// attention), a page (every section and every task), a sheet (one row per task, every column) and the data (the
// report itself, format par-status/1). The report's labels (statuses, periods, agencies, targets) are written here.
import type { Lang } from "../../i18n";
import { words } from "../../i18n/words";
import { formatViDate } from "../../model/dates";
import type { Period } from "../../model/period";
import { periodName } from "../../i18n/period";
import type { Bucket } from "../../model/progress";
import type { AgencyLabel, AgencyText, StatusPeriod, StatusReport, StatusRow, TargetStatus } from "../../report/status";
import { agencyListPhrase, evidencePhrase, ITEM_BULLET, shortTaskText, targetPhrase, taskTextPhrase } from "../../i18n/phrases";
import { cutText } from "../text";
import { cell, type Block, type Cell, type Column, type Document, type Mark, type Row, type TableBlock } from "../document";
import { formsAwaiting } from "../forms/changes";
import type { Profile } from "../formatter";

export type Words = ReturnType<typeof words>["status"];

/** The status catalogue of a language. */
export function statusWords(lang: Lang): Words {
  return words(lang).status;
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

const int = (n: number, tone?: Mark): Cell => cell.integer(n, String(n), tone);

/** The by-area table; area names cut to `nameMax` characters (0: whole). */
export function areaTable(r: StatusReport, w: Words, lang: Lang, nameMax = 0): TableBlock {
  const counts = (c: Record<Bucket, number>) => Object.fromEntries(BUCKET_ORDER.map((b) => [b, int(c[b], b === "overdue" && c[b] !== 0 ? "bad" : undefined)]));
  return {
    type: "table",
    name: w.heading.byArea,
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
        cells: {
          area: cell.text(cutText(`${a.area}. ${lang === "en" && a.nameEn ? a.nameEn : a.name}`, nameMax)),
          total: int(a.total),
          ...counts(a.counts),
          completed: int(a.completed),
          percent: cell.percent(a.percent, w.percent(a.percent)),
        },
      })),
      {
        kind: "total" as const,
        cells: {
          area: cell.text(w.col.totalRow),
          total: int(r.total),
          ...counts(r.counts),
          completed: int(r.headline.completed),
          percent: cell.percent(r.headline.percent, w.percent(r.headline.percent)),
        },
      },
    ],
  };
}

/** The by-lead-agency table: who is overdue, who has not reported. */
export function leadTable(r: StatusReport, w: Words, lang: Lang): TableBlock {
  return {
    type: "table",
    name: w.heading.byLead,
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
      cells: {
        members: cell.text(l.members ? `${l.members.reported}/${l.members.total}` : ""),
        agency: cell.text(
          l.inherited
            ? w.withInherited(
                agencyShort(l.agency, lang),
                l.inherited.map((x) => agencyShort(x, lang)),
              )
            : agencyShort(l.agency, lang),
        ),
        total: int(l.total),
        completed: int(l.completed),
        percent: cell.percent(l.percent, w.percent(l.percent)),
        overdue: { ...cell.list(l.overdue, ", "), tone: "bad" },
        notReported: { ...cell.list(l.notReported, ", "), tone: "attention" },
      },
    })),
  };
}

/** The numeric targets: goal, actual, met. */
export function targetTable(r: StatusReport, w: Words, lang: Lang, metricMax = 0): TableBlock {
  return {
    type: "table",
    name: w.heading.targets,
    columns: [
      { key: "task", header: w.col.id },
      { key: "metric", header: w.col.metric, minWidth: metricMax || 20 },
      { key: "goal", header: w.col.goal },
      { key: "reporter", header: w.col.reporter, minWidth: 10 },
      { key: "actual", header: w.col.actual, align: "right" },
      { key: "met", header: w.col.met },
    ],
    rows: r.targets.map((t) => ({
      ...(t.met === null ? {} : { mark: { kind: "met" as const, met: t.met } }),
      cells: {
        task: cell.text(t.task),
        metric: cell.text(cutText(t.metric + (t.level ? ` (${w.level[t.level] ?? t.level})` : "") + (t.baseline ? ` (${t.baseline})` : ""), metricMax)),
        goal: cell.text(targetPhrase(t, lang)),
        reporter: cell.text(t.agency ? agencyShort(t.agency, lang) : ""),
        actual: t.actual === null ? cell.text("") : t.unit === "%" ? cell.percent(t.actual, actualText(t, w)) : cell.number(t.actual, actualText(t, w)),
        met: cell.text(metText(t, w), t.met === null ? "muted" : t.met ? "good" : "bad"),
      },
    })),
  };
}

/** How a terminal colours a status. */
export const BUCKET_MARK: Record<Bucket, Mark> = {
  "done-on-time": "good",
  "done-late": "warning",
  "not-due": "info",
  overdue: "alarm",
  "ongoing-reported": "progress",
  "ongoing-unreported": "attention",
  "no-report": "muted",
};

/** Every column of a task row, for spreadsheets and documents. */
export function taskTable(rows: readonly StatusRow[], w: Words, lang: Lang): TableBlock {
  const date = (iso: string | null) => cell.date(iso, iso ? formatViDate(iso) : "");
  return {
    type: "table",
    name: w.heading.tasks,
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
      mark: { kind: "bucket" as const, bucket: r.bucket },
      cells: {
        area: int(r.area),
        id: cell.text(r.id),
        task: cell.text(taskTextPhrase(r, ITEM_BULLET)),
        lead: cell.text(agencyListPhrase(r.lead, lang, { full: true })),
        support: cell.text(agencyListPhrase(r.support, lang, { full: true })),
        deadline: cell.text(r.deadlineText),
        due: date(r.due),
        status: cell.text(statusText(r, w), BUCKET_MARK[r.bucket]),
        milestones: cell.text(milestonesText(r, w)),
        state: cell.text(r.state ? w.state[r.state] : ""),
        completed: date(r.completed),
        reported: cell.text(r.reportedThisPeriod ? w.yes : w.no),
        result: cell.text(agencyTexts(r.results, w)),
        evidence: cell.text(evidencePhrase(r.evidence, lang)),
        obstacles: cell.text(agencyTexts(r.obstacles, w)),
        proposals: cell.text(agencyTexts(r.proposals, w)),
        note: cell.text([...(r.note ? [r.note] : []), ...r.notes.map((n) => (r.notes.length > 1 ? w.by(n.name, n.text) : n.text))].join("\n")),
      },
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

/** The counts by status, which a terminal draws as bars. */
/** The overdue tasks by days overdue: band, count, tasks with their days. */
function ageingTable(r: StatusReport, w: Words): TableBlock {
  return {
    type: "table",
    name: w.heading.ageing,
    columns: [
      { key: "band", header: w.col.days },
      { key: "n", header: w.col.total, align: "right" },
      { key: "tasks", header: w.col.id },
    ],
    rows: r.ageing.map((g) => ({
      cells: {
        band: cell.text(w.ageingBand[g.band]),
        n: cell.integer(g.count, String(g.count), g.count ? "bad" : undefined),
        tasks: cell.list(
          g.tasks.map((t) => `${t.id} (${w.days(t.days)})`),
          ", ",
        ),
      },
    })),
  };
}

function countsTable(r: StatusReport, w: Words): TableBlock {
  return {
    type: "table",
    name: w.heading.buckets,
    layout: "counts",
    columns: [
      { key: "b", header: w.col.status },
      { key: "n", header: w.col.total, align: "right" },
    ],
    rows: BUCKET_ORDER.map((b) => ({
      mark: { kind: "bucket" as const, bucket: b },
      cells: { b: cell.text(w.bucket[b]), n: int(r.counts[b], BUCKET_MARK[b]) },
    })),
  };
}

export interface StatusDocumentOptions {
  lang: Lang;
  profile: Profile;
  /** Screen: every task, not only those that need attention. */
  allTasks: boolean;
}

/** `par status` as a document. */
export function statusDocument(r: StatusReport, o: StatusDocumentOptions): Document {
  const w = statusWords(o.lang);
  const lang = o.lang;
  const title = w.title(r.plan.title);
  const base = { lang, title: `${title} — ${periodLabel(r.period, lang)}` };
  if (o.profile === "data") return { ...base, blocks: [], data: r };
  if (o.profile === "sheet" || o.profile === "calendar") return { ...base, blocks: [taskTable(r.tasks, w, lang)] };
  const periodLine = w.periodLine(periodLabel(r.period, lang), date(r.period.start), date(r.period.end), w.scheme[r.period.scheme]);
  const cutoffLine = w.cutoffLine(date(r.period.cutoff), r.period.asOf);
  const headline = w.headline(r.headline.completed, r.headline.total, w.percent(r.headline.percent));
  const silent = silentNames(r, lang);
  const selection = r.selection ? w.selection(r.selection.agency?.name ?? null, r.selection.area) : undefined;
  const changes = w.heading.changes(periodLabel(r.changes.previous, lang));
  const blocks: Block[] = [];
  if (o.profile === "screen") {
    blocks.push({ type: "paragraph", lines: [title], role: "title" }, { type: "paragraph", lines: [periodLine] }, { type: "paragraph", lines: [cutoffLine] });
    if (selection) blocks.push({ type: "paragraph", lines: [selection] });
    if (r.sample) blocks.push({ type: "note", tone: "sample", text: w.sample });
    if (r.forms?.awaiting.length) blocks.push({ type: "paragraph", lines: [formsAwaiting(r.forms, lang)], role: "warning" });
    blocks.push({ type: "paragraph", lines: [headline], role: "lead", spaceBefore: true });
    blocks.push({ type: "heading", level: 2, text: w.heading.buckets }, countsTable(r, w));
    if (r.counts.overdue) blocks.push({ type: "heading", level: 2, text: w.heading.ageing }, ageingTable(r, w));
    blocks.push({ type: "heading", level: 2, text: w.heading.byArea }, areaTable(r, w, lang));
    blocks.push({ type: "heading", level: 2, text: w.heading.byLead }, leadTable(r, w, lang));
    if (silent) blocks.push({ type: "paragraph", lines: [w.silent(silent)], role: "attention" });
    if (r.targets.length) blocks.push({ type: "heading", level: 2, text: w.heading.targets }, targetTable(r, w, lang));
    blocks.push({ type: "heading", level: 2, text: changes });
    blocks.push({ type: "paragraph", lines: [`${w.newlyDone}: ${r.changes.newlyDone.join(", ") || w.none}`], indent: 2 });
    blocks.push({
      type: "paragraph",
      indent: 2,
      // The ids in red, the label not.
      lines: [
        r.changes.newlyOverdue.length
          ? [{ text: `${w.newlyOverdue}:` }, { text: ` ${r.changes.newlyOverdue.join(", ")}`, marks: ["bad"] }]
          : `${w.newlyOverdue}: ${w.none}`,
      ],
    });
    const rows = o.allTasks ? r.tasks : needsAttention(r);
    blocks.push({ type: "heading", level: 2, text: o.allTasks ? w.heading.tasks : w.heading.attention });
    if (rows.length) {
      const columns: Column[] = [
        { key: "id", header: w.col.id },
        { key: "task", header: w.col.task, minWidth: 20 },
        { key: "lead", header: w.col.lead, minWidth: 12 },
        { key: "deadline", header: w.col.deadline, minWidth: 10 },
        { key: "status", header: w.col.status, minWidth: 12 },
      ];
      const shown: Row[] = rows.map((x) => ({
        mark: { kind: "bucket", bucket: x.bucket },
        cells: {
          id: cell.text(x.id),
          task: cell.text(shortTaskText(x, 70)),
          lead: cell.text(agencyListPhrase(x.lead, lang)),
          deadline: cell.text(x.deadlineText),
          status: cell.text(statusText(x, w), BUCKET_MARK[x.bucket]),
        },
      }));
      blocks.push({ type: "table", columns, rows: shown });
    } else blocks.push({ type: "paragraph", lines: [w.none], indent: 2, nowrap: true });
    if (!o.allTasks) blocks.push({ type: "paragraph", lines: [w.moreTasks], role: "hint" });
    if (r.withoutEvidence.length) blocks.push({ type: "paragraph", lines: [w.withoutEvidence(r.withoutEvidence.join(", "))], role: "warning" });
    blocks.push({ type: "paragraph", lines: [w.definition], role: "definition", spaceBefore: true });
    return { ...base, blocks };
  }
  blocks.push({ type: "heading", level: 1, text: title }, { type: "paragraph", lines: [periodLine, cutoffLine] });
  if (selection) blocks.push({ type: "paragraph", lines: [selection] });
  if (r.sample) blocks.push({ type: "note", tone: "sample", text: [{ text: w.sample, marks: ["strong"] }] });
  blocks.push({ type: "paragraph", lines: [headline], role: "lead" });
  blocks.push({ type: "heading", level: 2, text: w.heading.buckets }, { ...countsTable(r, w), layout: undefined });
  if (r.counts.overdue) blocks.push({ type: "heading", level: 2, text: w.heading.ageing }, ageingTable(r, w));
  blocks.push({ type: "heading", level: 2, text: w.heading.byArea }, areaTable(r, w, lang));
  blocks.push({ type: "heading", level: 2, text: w.heading.byLead }, leadTable(r, w, lang));
  if (silent) blocks.push({ type: "paragraph", lines: [w.silent(silent)], role: "attention" });
  if (r.targets.length) blocks.push({ type: "heading", level: 2, text: w.heading.targets }, targetTable(r, w, lang));
  blocks.push(
    { type: "heading", level: 2, text: changes },
    {
      type: "list",
      items: [
        { text: `${w.newlyDone}: ${r.changes.newlyDone.join(", ") || w.none}` },
        { text: `${w.newlyOverdue}: ${r.changes.newlyOverdue.join(", ") || w.none}` },
      ],
    },
  );
  blocks.push({ type: "heading", level: 2, text: w.heading.tasks }, taskTable(r.tasks, w, lang));
  if (r.withoutEvidence.length) blocks.push({ type: "paragraph", lines: [w.withoutEvidence(r.withoutEvidence.join(", "))], role: "warning" });
  blocks.push({ type: "paragraph", lines: [w.definition], role: "definition" });
  return { ...base, blocks };
}
