// `par status` as data: every task judged at the period's cut-off, counted by bucket, by area and by lead agency,
// with numeric targets and the changes since the previous quarter. No display strings: src/format/build/status.ts renders it.
import type { Agency, AgencyRef, Comparison, DeadlineKind, LineageEvent, Plan, ReportingScheme, Target, Task } from "../model/types";
import { assignmentsOf, buildRegistry, type Registry, type Role } from "../model/agencies";
import { inForceAt, registryAt, successorsAt } from "../model/lineage";
import { finalDueDate, milestonesOf } from "../model/deadline";
import { periodKey, previousQuarter, reportingQuarterOf, reportingWindow, type Period, type PeriodKind } from "../model/period";
import {
  AGEING_BANDS,
  ageingBand,
  countBuckets,
  headlineOf,
  judgeTask,
  percentOf,
  quarterOrdinal,
  targetMet,
  type AgeingBand,
  type Bucket,
  type DueJudgement,
  type Evidence,
  type JudgeWindow,
  type LeadProgress,
  type Progress,
  type ProgressEntry,
  type ProgressFileInfo,
  type ProgressState,
  type TaskJudgement,
} from "../model/progress";

/** The version of the report's JSON shape; bumped only when a field changes meaning or disappears. */
export const STATUS_FORMAT = "par-status/1";
import type { FormsReturn } from "./progress-form";

/** An agency as a report names it: id, full name, short name, English name, and the words the task writes beside it. */
export interface AgencyLabel {
  id: string;
  name: string;
  short: string;
  nameEn: string | null;
  qualifier: string | null;
}

/** A period and the dates it is judged on. */
export interface StatusPeriod {
  key: string;
  kind: PeriodKind;
  year: number;
  quarter: number | null;
  scheme: ReportingScheme;
  /** The reporting window (Decree 09/2019/NĐ-CP, Art. 12, or calendar). */
  start: string;
  end: string;
  /** The day tasks are judged at: `end`, or --as-of. */
  cutoff: string;
  asOf: boolean;
  /** The quarters whose reports are "this period". */
  quarters: string[];
}

/** A text an agency wrote in its report, with the quarter it wrote it in. */
export interface AgencyText {
  agency: string;
  /** The agency's short name. */
  name: string;
  period: string;
  text: string;
}

/** An evidence document, with who reported it, when, and for which milestone. */
export interface StatusEvidence {
  number: string;
  date: string;
  title: string | null;
  agency: string;
  period: string;
  milestone: string | null;
}

/** One due date of a task (one per milestone) and how it stands. */
export interface StatusDue {
  label: string | null;
  due: string;
  completed: string | null;
  judgement: DueJudgement;
}

/** The amendment a task was judged against, and the plan's own deadline beside it (only on a task with amendments). */
export interface StatusAmendment {
  /** The day the amended deadline took effect; null when the task was judged against the plan's own deadline. */
  effective: string | null;
  decision: { number: string; date: string | null; issuer: string | null; title: string | null } | null;
  /** The deadline judged against, as written, and its last due date. */
  deadlineText: string;
  due: string | null;
  /** The plan's own deadline, as written, and its last due date. */
  originalText: string;
  originalDue: string | null;
  /** How many amendments the task records. */
  count: number;
}

/** One task at the cut-off: the plan's words and the reports' words, as data. */
export interface StatusRow {
  area: number;
  areaName: string;
  areaNameEn: string | null;
  id: string;
  /** The task's text; null when it is given only as items. */
  text: string | null;
  items: string[];
  lead: AgencyLabel[];
  support: AgencyLabel[];
  deadlineText: string;
  deadlineKind: DeadlineKind;
  /** The last due date; null for ongoing tasks. */
  due: string | null;
  dueItems: StatusDue[];
  ongoing: boolean;
  bucket: Bucket;
  /** The merged reported state; null when nobody has reported on the task. */
  state: ProgressState | null;
  /** When the whole task was completed (its last due item). */
  completed: string | null;
  /** Days late (done-late) or days overdue at the cut-off (overdue). */
  days: number | null;
  /** Counts towards the headline's "hoàn thành". */
  completedForHeadline: boolean;
  reportedThisPeriod: boolean;
  /** Each lead the task names (agency or group) and how far it has got: done, reported this period, members. */
  leads: LeadProgress[];
  /** How many of the task's leads are done (a task is done only when all are): "2/3 cơ quan chủ trì đã hoàn thành". */
  leadsDone: number;
  leadsTotal: number;
  /** Agencies whose reports were read (each one's latest up to the period), lead agencies first. */
  reporters: string[];
  /** The quarter of the latest report read, or null. */
  lastReport: string | null;
  results: AgencyText[];
  evidence: StatusEvidence[];
  obstacles: AgencyText[];
  /** Only for a task whose deadline was amended: what it was judged against, and the original beside it. */
  amendment?: StatusAmendment;
  proposals: AgencyText[];
  notes: AgencyText[];
  /** The appendix's note column (Ghi chú). */
  note: string | null;
}

/** Counts of one group of tasks (an area, a lead agency). */
export interface StatusGroup {
  total: number;
  counts: Record<Bucket, number>;
  completed: number;
  percent: number;
}

export interface AreaStatus extends StatusGroup {
  area: number;
  name: string;
  nameEn: string | null;
}

export interface LeadStatus extends StatusGroup {
  agency: AgencyLabel;
  /** Ids of its overdue tasks. */
  overdue: string[];
  /** Ids of the tasks it leads that needed a report this period (not yet done) and got none from it (a group: neither
   * its own entry nor one from every listed member). */
  notReported: string[];
  /** True when it reported nothing this period (a group: no entry of its own and not every listed member reported). */
  silent: boolean;
  /** For a group with members listed in the registry: how many members sent a report this period, of how many. */
  members: { reported: number; total: number } | null;
  /** Only when lineage applies at the cut-off: the agencies (no longer in force) whose tasks this row counts. */
  inherited?: AgencyLabel[];
}

/** A numeric target and the actual value one agency reported for it (agency null: nobody reported it). */
export interface TargetStatus {
  task: string;
  target: string;
  metric: string;
  comparison: Comparison;
  value: number | null;
  unit: string | null;
  level: string | null;
  baseline: string | null;
  agency: AgencyLabel | null;
  period: string | null;
  actual: number | null;
  met: boolean | null;
}

export interface StatusChanges {
  previous: StatusPeriod;
  newlyDone: string[];
  newlyOverdue: string[];
  /** Every task whose bucket changed. */
  moved: { task: string; from: Bucket; to: Bucket }[];
}

/** The whole status report. Counts add up to `total`, the number of tasks. */
/** One ageing band of the overdue tasks: its range of days overdue (to null: open), and the tasks in it, most overdue first. */
export interface AgeingGroup {
  band: AgeingBand;
  from: number;
  to: number | null;
  count: number;
  tasks: { id: string; days: number }[];
}

export interface StatusReport {
  format: typeof STATUS_FORMAT;
  plan: { id: string; province: string; year: number; title: string };
  period: StatusPeriod;
  /** True when a progress file read is marked as invented sample data. */
  sample: boolean;
  /** The notes of the sample files, each once, with the files that carry it. */
  sampleNotes: { vi: string | null; en: string | null; files: string[] }[];
  /** Progress files read (those up to the period), as paths inside the plan folder. */
  files: string[];
  headline: { completed: number; total: number; percent: number };
  total: number;
  counts: Record<Bucket, number>;
  /** The overdue tasks by days overdue (every band present, in order). */
  ageing: AgeingGroup[];
  /** Tasks counted as completed whose deciding reports give no evidence document. */
  withoutEvidence: string[];
  byArea: AreaStatus[];
  byLead: LeadStatus[];
  targets: TargetStatus[];
  changes: StatusChanges;
  tasks: StatusRow[];
  /** Once return forms of the quarter have been imported: the agencies whose report has not come back (par progress form). */
  forms?: FormsReturn;
  /** Only with --agency or --area: the tasks are those of this agency (lead or support) and area. */
  selection?: { agency: { id: string; name: string } | null; area: number | null };
}

export interface StatusOptions {
  period: Period;
  /** Judge at this ISO date instead of the period's cut-off. */
  asOf?: string;
}

/** The quarters a period's reports come from: Q3 → [2024-Q3]; half-year → Q1, Q2; nine months → Q1–Q3; year → Q1–Q4. */
export function quartersOf(p: Period): Period[] {
  const last = lastQuarter(p);
  const first = p.kind === "quarter" || p.kind === "month" ? last.quarter! : 1;
  const out: Period[] = [];
  for (let q = first; q <= last.quarter!; q++) out.push({ kind: "quarter", year: p.year, quarter: q });
  return out;
}

/** The last quarter of a period (a month's quarter for a month). */
export function lastQuarter(p: Period): Period {
  switch (p.kind) {
    case "quarter":
      return p;
    case "month":
      return { kind: "quarter", year: p.year, quarter: Math.ceil(p.month! / 3) };
    case "half-year":
      return { kind: "quarter", year: p.year, quarter: 2 };
    case "nine-months":
      return { kind: "quarter", year: p.year, quarter: 3 };
    case "year":
      return { kind: "quarter", year: p.year, quarter: 4 };
  }
}

/** The quarter whose reporting window holds a date (Decree 09: 20/09/2024 is in Q4 2024, 20/12/2024 in Q1 2025). */
export function quarterContaining(date: string, scheme: ReportingScheme): Period {
  return reportingQuarterOf(date, scheme);
}

function statusPeriod(p: Period, scheme: ReportingScheme, asOf: string | undefined): StatusPeriod {
  const w = reportingWindow(p, scheme);
  return {
    key: periodKey(p),
    kind: p.kind,
    year: p.year,
    quarter: p.quarter ?? null,
    scheme,
    start: w.start,
    end: w.end,
    cutoff: asOf ?? w.end,
    asOf: asOf !== undefined,
    quarters: quartersOf(p).map(periodKey),
  };
}

function windowOf(sp: StatusPeriod, lineage: readonly LineageEvent[]): JudgeWindow {
  const window: JudgeWindow = { cutoff: sp.cutoff, upTo: sp.quarters[sp.quarters.length - 1]!, current: new Set(sp.quarters) };
  if (!lineage.length) return window;
  // An agency ended by the cut-off is carried on by the successors it passed into wholly (not by a share of functions).
  const heirs = new Map<string, string[]>();
  window.heirs = (id) => {
    let h = heirs.get(id);
    if (!h) heirs.set(id, (h = inForceAt(id, sp.cutoff, lineage) ? [] : successorsAt(id, sp.cutoff, lineage).flatMap((l) => (l.whole ? [l.agency] : []))));
    return h;
  };
  return window;
}

const labels = new WeakMap<Registry, Map<string, AgencyLabel>>();

/** An agency's label; those without a qualifier are made once per registry and shared (nothing changes a label). */
function label(reg: Registry, ref: AgencyRef | string): AgencyLabel {
  const id = typeof ref === "string" ? ref : ref.agency;
  const plain = typeof ref === "string" || ref.qualifier === undefined;
  let cache = labels.get(reg);
  if (plain) {
    if (!cache) labels.set(reg, (cache = new Map()));
    const got = cache.get(id);
    if (got) return got;
  }
  const made = makeLabel(reg, ref, id);
  if (plain) cache!.set(id, made);
  return made;
}

function makeLabel(reg: Registry, ref: AgencyRef | string, id: string): AgencyLabel {
  const a: Agency | undefined = reg.byId.get(id);
  return {
    id,
    name: a?.name ?? id,
    short: a?.short ?? a?.name ?? id,
    nameEn: a?.nameEn ?? null,
    qualifier: typeof ref === "string" ? null : (ref.qualifier ?? null),
  };
}

function texts(reg: Registry, entries: readonly ProgressEntry[], key: "result" | "obstacles" | "proposals" | "note"): AgencyText[] {
  const out: AgencyText[] = [];
  for (const e of entries) {
    const t = e[key];
    if (t) out.push({ agency: e.agency, name: label(reg, e.agency).short, period: e.period, text: t });
  }
  return out;
}

function evidenceOf(j: TaskJudgement): StatusEvidence[] {
  const out: StatusEvidence[] = [];
  const labels = milestonesOf(j.task.deadline);
  for (const e of j.entries) {
    for (const ev of e.evidence) out.push({ number: ev.number, date: ev.date, title: ev.title ?? null, agency: e.agency, period: e.period, milestone: null });
    for (const m of e.milestones) {
      for (const ev of m.evidence)
        out.push({ number: ev.number, date: ev.date, title: ev.title ?? null, agency: e.agency, period: e.period, milestone: labels[m.index]?.label ?? null });
    }
  }
  return out;
}

const areaIndex = new WeakMap<Plan, Map<number, Plan["meta"]["areas"][number]>>();

/** A plan's area by number, through an index built once per plan. */
function areaOf(plan: Plan, n: number): Plan["meta"]["areas"][number] | undefined {
  let index = areaIndex.get(plan);
  if (!index) {
    index = new Map(plan.meta.areas.map((a) => [a.number, a] as const));
    areaIndex.set(plan, index);
  }
  return index.get(n);
}

function row(plan: Plan, reg: Registry, j: TaskJudgement): StatusRow {
  const t = j.task;
  const area = areaOf(plan, t.area);
  return {
    area: t.area,
    areaName: area?.name ?? String(t.area),
    areaNameEn: area?.nameEn ?? null,
    id: t.id,
    text: t.text ?? null,
    items: [...t.items],
    lead: t.lead.map((r) => label(reg, r)),
    support: t.support.map((r) => label(reg, r)),
    deadlineText: t.deadline.text,
    deadlineKind: t.deadline.kind,
    due: finalDueDate(j.amendment ? j.amendment.deadline : t.deadline),
    dueItems: j.due.map((d) => ({ label: d.label ?? null, due: d.due, completed: d.completed, judgement: d.judgement })),
    ongoing: j.ongoing,
    bucket: j.bucket,
    state: j.state,
    completed: j.completed,
    days: j.days,
    completedForHeadline: j.completedForHeadline,
    reportedThisPeriod: j.reportedThisPeriod,
    leads: j.leads,
    leadsDone: j.leadsDone,
    leadsTotal: j.leads.length,
    reporters: j.entries.map((e) => e.agency),
    lastReport: j.entries.reduce<string | null>((best, e) => (best === null || quarterOrdinal(e.period) > quarterOrdinal(best) ? e.period : best), null),
    results: texts(reg, j.entries, "result"),
    evidence: evidenceOf(j),
    obstacles: texts(reg, j.entries, "obstacles"),
    proposals: texts(reg, j.entries, "proposals"),
    notes: texts(reg, j.entries, "note"),
    note: t.note ?? null,
    ...(t.amendments?.length ? { amendment: amendmentOf(j) } : {}),
  };
}

function amendmentOf(j: TaskJudgement): StatusAmendment {
  const t = j.task;
  const a = j.amendment ?? null;
  const d = a?.decision;
  const inForce = a ? a.deadline : t.deadline;
  return {
    effective: a ? a.effective : null,
    decision: d ? { number: d.number, date: d.date ?? null, issuer: d.issuer ?? null, title: d.title ?? null } : null,
    deadlineText: inForce.text,
    due: finalDueDate(inForce),
    originalText: t.deadline.text,
    originalDue: finalDueDate(t.deadline),
    count: t.amendments?.length ?? 0,
  };
}

function group(rows: readonly StatusRow[]): StatusGroup {
  const completed = rows.filter((r) => r.completedForHeadline).length;
  return { total: rows.length, counts: countBuckets(rows), completed, percent: percentOf(completed, rows.length) };
}

/**
 * Whether an agency reported this period: an entry of its own (any task), or, for a group with members listed, a
 * report from every listed member (recursively). A member's report is that member's only.
 */
function reportedNow(id: string, senders: ReadonlySet<string>, reg: Registry, seen: ReadonlySet<string> = new Set()): boolean {
  if (senders.has(id)) return true;
  const ms = (reg.byId.get(id)?.members ?? []).filter((m) => m !== id && !seen.has(m));
  const next = new Set(seen).add(id);
  return ms.length > 0 && ms.every((m) => reportedNow(m, senders, reg, next));
}

/**
 * The names a lead's tasks stand under at the cut-off: its own while it is in force, else those of the agencies it
 * passed into wholly (lineage); an agency that ended with no such successor keeps its own name.
 */
function holdersAt(plan: Plan, cutoff: string): (id: string) => string[] {
  const cache = new Map<string, string[]>();
  return (id) => {
    let got = cache.get(id);
    if (!got) {
      const next = inForceAt(id, cutoff, plan.lineage) ? [] : successorsAt(id, cutoff, plan.lineage).filter((l) => l.whole);
      got = next.length ? next.map((l) => l.agency) : [id];
      cache.set(id, got);
    }
    return got;
  };
}

function byLead(plan: Plan, reg: Registry, rows: readonly StatusRow[], current: readonly ProgressEntry[], cutoff: string): LeadStatus[] {
  const holders = holdersAt(plan, cutoff);
  const leads = new Set(plan.tasks.flatMap((t) => t.lead.flatMap((r) => holders(r.agency))));
  const senders = new Set(current.map((e) => e.agency));
  const mineOf = new Map<string, StatusRow[]>();
  const inheritedOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const under = new Set<string>();
    for (const l of new Set(r.lead.map((x) => x.id))) {
      for (const h of holders(l)) {
        under.add(h);
        if (h !== l) inheritedOf.set(h, (inheritedOf.get(h) ?? new Set()).add(l));
      }
    }
    for (const h of under) {
      const list = mineOf.get(h);
      if (list) list.push(r);
      else mineOf.set(h, [r]);
    }
  }
  const out: LeadStatus[] = [];
  for (const a of plan.agencies) {
    if (!leads.has(a.id)) continue;
    const mine = mineOf.get(a.id) ?? [];
    const listed = (reg.byId.get(a.id)?.members ?? a.members).filter((m) => m !== a.id);
    const inherited = inheritedOf.get(a.id);
    const standsFor = (l: { agency: string }) => l.agency === a.id || holders(l.agency).includes(a.id);
    out.push({
      agency: label(reg, a.id),
      ...group(mine),
      overdue: mine.filter((r) => r.bucket === "overdue").map((r) => r.id),
      notReported: mine
        .filter((r) => r.bucket !== "done-on-time" && r.bucket !== "done-late" && !r.leads.some((l) => standsFor(l) && l.reported))
        .map((r) => r.id),
      silent: !reportedNow(a.id, senders, reg) && ![...(inherited ?? [])].some((p) => reportedNow(p, senders, reg)),
      members: listed.length ? { reported: listed.filter((m) => reportedNow(m, senders, reg, new Set([a.id]))).length, total: listed.length } : null,
      ...(inherited ? { inherited: [...inherited].map((id) => label(reg, id)) } : {}),
    });
  }
  return out;
}

/** Entries by task id, in their order. */
function byTask(entries: readonly ProgressEntry[]): Map<string, ProgressEntry[]> {
  const out = new Map<string, ProgressEntry[]>();
  for (const e of entries) {
    const list = out.get(e.task);
    if (list) list.push(e);
    else out.set(e.task, [e]);
  }
  return out;
}

function targetRows(plan: Plan, reg: Registry, entriesByTask: ReadonlyMap<string, readonly ProgressEntry[]>, window: JudgeWindow): TargetStatus[] {
  const upTo = quarterOrdinal(window.upTo);
  const out: TargetStatus[] = [];
  const order = new Map(plan.agencies.map((a, i) => [a.id, i] as const));
  for (const task of plan.tasks) {
    if (!task.targets.length) continue;
    const entries = entriesByTask.get(task.id) ?? [];
    for (const t of task.targets) {
      const base = targetBase(task.id, t);
      // Each agency's latest value up to the period.
      const latest = new Map<string, ProgressEntry>();
      for (const e of entries) {
        if (e.targets[t.id] === undefined || quarterOrdinal(e.period) > upTo) continue;
        const prev = latest.get(e.agency);
        if (!prev || quarterOrdinal(e.period) >= quarterOrdinal(prev.period)) latest.set(e.agency, e);
      }
      if (latest.size === 0) {
        out.push({ ...base, agency: null, period: null, actual: null, met: null });
        continue;
      }
      for (const e of [...latest.values()].sort((x, y) => (order.get(x.agency) ?? 1e9) - (order.get(y.agency) ?? 1e9) || (x.agency < y.agency ? -1 : 1))) {
        const actual = e.targets[t.id]!;
        out.push({ ...base, agency: label(reg, e.agency), period: e.period, actual, met: targetMet(t, actual) });
      }
    }
  }
  return out;
}

function targetBase(task: string, t: Target): Omit<TargetStatus, "agency" | "period" | "actual" | "met"> {
  return {
    task,
    target: t.id,
    metric: t.metric,
    comparison: t.comparison,
    value: t.value ?? null,
    unit: t.unit ?? null,
    level: t.level ?? null,
    baseline: t.baseline ?? null,
  };
}

function notesOf(files: readonly ProgressFileInfo[]): StatusReport["sampleNotes"] {
  const out: StatusReport["sampleNotes"] = [];
  for (const f of files) {
    if (!f.note && !f.noteEn) continue;
    const vi = f.note ?? null;
    const en = f.noteEn ?? null;
    const same = out.find((n) => n.vi === vi && n.en === en);
    if (same) same.files.push(f.path);
    else out.push({ vi, en, files: [f.path] });
  }
  return out;
}

/** Judge every task of the plan at a window. */
export function judgeAll(
  plan: Plan,
  progress: Progress,
  window: JudgeWindow,
  reg: Registry = buildRegistry(plan.agencies),
  entriesByTask: ReadonlyMap<string, readonly ProgressEntry[]> = byTask(progress.entries),
): TaskJudgement[] {
  return plan.tasks.map((t) => judgeTask(t, entriesByTask.get(t.id) ?? [], window, reg));
}

/** Build the status report of a plan for a period from its progress. */
export function buildStatus(plan: Plan, progress: Progress, opts: StatusOptions): StatusReport {
  const scheme = plan.meta.reporting;
  const period = statusPeriod(opts.period, scheme, opts.asOf);
  // Groups count the members in force at the cut-off (lineage): a department merged away is no longer waited for.
  const reg = buildRegistry(registryAt(plan.agencies, period.cutoff, plan.lineage));
  const window = windowOf(period, plan.lineage);
  const entriesByTask = byTask(progress.entries);
  const judgements = judgeAll(plan, progress, window, reg, entriesByTask);
  const rows = judgements.map((j) => row(plan, reg, j));
  const current = judgements.flatMap((j) => j.currentEntries);

  const prevPeriod = statusPeriod(previousQuarter(lastQuarter(opts.period)), scheme, undefined);
  const before = new Map(judgeAll(plan, progress, windowOf(prevPeriod, plan.lineage), reg, entriesByTask).map((j) => [j.task.id, j.bucket] as const));
  const isDone = (b: Bucket | undefined) => b === "done-on-time" || b === "done-late";
  const changes: StatusChanges = { previous: prevPeriod, newlyDone: [], newlyOverdue: [], moved: [] };
  for (const r of rows) {
    const was = before.get(r.id)!;
    if (was === r.bucket) continue;
    changes.moved.push({ task: r.id, from: was, to: r.bucket });
    if (isDone(r.bucket) && !isDone(was)) changes.newlyDone.push(r.id);
    if (r.bucket === "overdue") changes.newlyOverdue.push(r.id);
  }

  const upTo = quarterOrdinal(window.upTo);
  const files = progress.files.filter((f) => quarterOrdinal(f.period) <= upTo);
  const sampleFiles = files.filter((f) => f.sample);
  const counts = countBuckets(rows);
  const rowsByArea = new Map<number, StatusRow[]>();
  for (const r of rows) {
    const list = rowsByArea.get(r.area);
    if (list) list.push(r);
    else rowsByArea.set(r.area, [r]);
  }
  return {
    format: STATUS_FORMAT,
    plan: { id: plan.meta.id, province: plan.meta.province, year: plan.meta.year, title: plan.meta.title },
    period,
    sample: sampleFiles.length > 0,
    sampleNotes: notesOf(sampleFiles),
    files: files.map((f) => f.path),
    headline: headlineOf(judgements),
    total: rows.length,
    counts,
    ageing: ageingOf(rows),
    withoutEvidence: rows.filter((r) => r.completedForHeadline && r.evidence.length === 0).map((r) => r.id),
    byArea: plan.meta.areas.map((a) => ({ area: a.number, name: a.name, nameEn: a.nameEn ?? null, ...group(rowsByArea.get(a.number) ?? []) })),
    byLead: byLead(plan, reg, rows, current, period.cutoff),
    targets: targetRows(plan, reg, entriesByTask, window),
    changes,
    tasks: rows,
  };
}

/** The overdue rows grouped by days overdue. */
export function ageingOf(rows: readonly StatusRow[]): AgeingGroup[] {
  const overdue = rows.filter((r) => r.bucket === "overdue").map((r) => ({ id: r.id, days: r.days ?? 0 }));
  return AGEING_BANDS.map((b) => {
    const tasks = overdue.filter((t) => ageingBand(t.days) === b.band).sort((x, y) => y.days - x.days);
    return { band: b.band, from: b.from, to: b.to, count: tasks.length, tasks };
  });
}

// ---------- the progress template (`par progress init`) ----------

/** What a template entry starts from: the state carried forward from an earlier quarter. */
export interface CarriedState {
  period: string;
  state: ProgressState;
  completed: string | null;
  /** Milestone completions by label, in the task's order. */
  milestones: { label: string; completed: string | null; evidence: Evidence[] }[];
  result: string | null;
  evidence: Evidence[];
}

/** One task of a template. */
export interface TemplateEntry {
  task: Task;
  lead: AgencyLabel[];
  support: AgencyLabel[];
  due: string | null;
  /** The reporting agency the entry is written for. */
  agency: string;
  /** The agency's role in the task, when the template is for one agency. */
  role: Role | null;
  carried: CarriedState | null;
  /** The last value reported for each target (by this agency, or anyone for a whole-plan template). */
  lastTargets: Record<string, { actual: number; period: string }>;
}

export interface ProgressTemplate {
  plan: { id: string; title: string; year: number };
  period: StatusPeriod;
  agency: AgencyLabel | null;
  /** The quarter state is carried from (the quarter before), or null when nothing was reported before. */
  carriedFrom: string | null;
  entries: TemplateEntry[];
  /** Tasks left out because the same agency already reports them in another file of the quarter. */
  skipped: { task: string; agency: string; file: string }[];
}

function carriedFromEntry(task: Task, e: ProgressEntry): CarriedState {
  const labels = milestonesOf(task.deadline);
  // Shown as last quarter's report, as it was (an ongoing task's "done" is for that quarter; the new one is reported afresh).
  const state: ProgressState = e.state;
  const done = state === "done";
  return {
    period: e.period,
    state,
    completed: done ? (e.completed ?? null) : null,
    milestones: labels.map((m, i) => {
      const r = e.milestones.find((x) => x.index === i);
      return { label: m.label, completed: r?.completed ?? null, evidence: r?.completed ? r.evidence : [] };
    }),
    result: done ? (e.result ?? null) : null,
    evidence: done ? e.evidence : [],
  };
}

function carriedFromJudgement(j: TaskJudgement): CarriedState | null {
  if (j.state === null || !j.entries.length) return null;
  const state: ProgressState = j.state;
  const done = state === "done";
  const deciding = j.entries.filter((e) => e.state === "done");
  const labels = milestonesOf(j.task.deadline);
  return {
    period: j.entries.reduce((best, e) => (quarterOrdinal(e.period) > quarterOrdinal(best) ? e.period : best), j.entries[0]!.period),
    state,
    completed: done ? j.completed : null,
    milestones: labels.map((m, i) => ({ label: m.label, completed: j.due[i]?.completed ?? null, evidence: [] })),
    result: done ? (deciding.map((e) => e.result).find((r) => r) ?? null) : null,
    evidence: done ? deciding.flatMap((e) => e.evidence) : [],
  };
}

/**
 * The template of a quarter's progress file: every task (for one agency: every task the plan assigns it, directly or
 * through a group), each with what was reported before the quarter, shown as last quarter's (never as this quarter's
 * report). For one agency, its own latest entries; for the whole plan, one entry per lead of each task, each with its
 * own latest entry (the first lead, when it has none, with the task's state judged at the previous quarter's cut-off).
 */
export function buildProgressTemplate(plan: Plan, progress: Progress, quarter: Period, agencyId?: string, outputFile?: string): ProgressTemplate {
  const reg = buildRegistry(plan.agencies);
  const period = statusPeriod(quarter, plan.meta.reporting, undefined);
  const prev = statusPeriod(previousQuarter(quarter), plan.meta.reporting, undefined);
  const prevOrdinal = quarterOrdinal(prev.key);
  const earlier = progress.entries.filter((e) => quarterOrdinal(e.period) <= prevOrdinal);
  // Grouped once by task, each task's entries in quarter order (the sort is stable: file order within a quarter).
  const earlierByTask = byTask(earlier);
  for (const list of earlierByTask.values()) list.sort((a, b) => quarterOrdinal(a.period) - quarterOrdinal(b.period));
  const latestOf = (task: string, agency: string): ProgressEntry | undefined => {
    const list = earlierByTask.get(task) ?? [];
    for (let k = list.length - 1; k >= 0; k--) if (list[k]!.agency === agency) return list[k];
    return undefined;
  };
  const lastTargets = (task: string, agency: string | null): TemplateEntry["lastTargets"] => {
    const out: TemplateEntry["lastTargets"] = {};
    for (const e of earlierByTask.get(task) ?? []) {
      if (agency !== null && e.agency !== agency) continue;
      for (const [k, v] of Object.entries(e.targets)) out[k] = { actual: v, period: e.period };
    }
    return out;
  };
  const roleOf = new Map<string, Role>();
  if (agencyId) for (const a of assignmentsOf(agencyId, plan, reg)) if (roleOf.get(a.task.id) !== "lead") roleOf.set(a.task.id, a.role);

  const entries: TemplateEntry[] = [];
  const skipped: ProgressTemplate["skipped"] = [];
  // Entries of the quarter in other files: writing them again would report a task twice (progress/duplicate-entry).
  // Entries left unfilled there count too: two entries for one task would clash once both are filled in.
  const already = new Map(
    [...progress.entries, ...(progress.unfilled ?? [])]
      .filter((e) => e.period === period.key && e.file !== outputFile)
      .map((e) => [`${e.task}|${e.agency}`, e.file] as const),
  );
  const prevWindow = windowOf(prev, plan.lineage);
  for (const task of plan.tasks) {
    // One agency's template: its own entry. The whole plan's: one entry per lead (a task is done only when every lead
    // is), each with its own last report; the first lead's, when it has none, with the task's state judged before.
    const writers: { agency: string; role: Role | null; carried: CarriedState | null }[] = [];
    if (agencyId) {
      const r = roleOf.get(task.id);
      if (!r) continue;
      const own = latestOf(task.id, agencyId);
      writers.push({ agency: agencyId, role: r, carried: own ? carriedFromEntry(task, own) : null });
    } else {
      const leads = [...new Set(task.lead.map((r) => r.agency))];
      leads.forEach((agency, i) => {
        const own = latestOf(task.id, agency);
        const carried = own
          ? carriedFromEntry(task, own)
          : i === 0
            ? carriedFromJudgement(judgeTask(task, earlierByTask.get(task.id) ?? [], prevWindow, reg))
            : null;
        writers.push({ agency, role: null, carried });
      });
    }
    for (const { agency, role, carried } of writers) {
      const elsewhere = already.get(`${task.id}|${agency}`);
      if (elsewhere) {
        skipped.push({ task: task.id, agency, file: elsewhere });
        continue;
      }
      entries.push({
        task,
        lead: task.lead.map((r) => label(reg, r)),
        support: task.support.map((r) => label(reg, r)),
        due: finalDueDate(task.deadline),
        agency,
        role,
        carried,
        lastTargets: lastTargets(task.id, agencyId ?? null),
      });
    }
  }
  return {
    plan: { id: plan.meta.id, title: plan.meta.title, year: plan.meta.year },
    period,
    agency: agencyId ? label(reg, agencyId) : null,
    carriedFrom: earlier.length ? prev.key : null,
    entries,
    skipped,
  };
}
