// `par list`: the tasks an agency leads or supports, what falls due when, in an area or mentioning some words.
import { formatViDate, parseDate } from "../model/dates";
import type { Lang } from "../i18n";
import { calendarRange, parsePeriod, type Period } from "../model/period";
import type { Plan } from "../model/types";
import { buildList, SORT_KEYS, type ListQuery, type ListReport, type SortKey } from "../report/list";
import { areaOption, requireInPlan, resolveAgency } from "../report/request";
import { agencyName, listDocument, listWords } from "../format/build/list";
import { formatChoices, formatOfFile, formatterFor, printDocument } from "./formats";
import { outputTarget, writeOutput } from "./export";
import { usablePlan } from "../workspace";
import { UsageError } from "../workspace/errors";
import { outputWidth, workspaceOf, type CommandContext } from "./context";
import { departmentNote } from "./errors";
import { inState, LIST_STATES, type ListState } from "../report/followup";
import { statusReportFor } from "./select";

export interface ListOptions {
  agency?: string;
  role?: string;
  direct?: boolean;
  dueBefore?: string;
  dueAfter?: string;
  due?: string;
  includeOngoing?: boolean;
  area?: string;
  search?: string;
  asOf?: string;
  sort?: string;
  format?: string;
  /** par list --state: overdue, due-soon, done, in-progress, not-reported, judged as par status does. */
  state?: string;
  within?: string;
  /** ics: a VALARM this many days before each due date. */
  alarm?: string;
  output?: string;
  force?: boolean;
}

/** A period typed for --due ("3/2024" is March). */
function parseDuePeriod(text: string, planYear: number): Period | undefined {
  const month = /^\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/.exec(text);
  return month ? parsePeriod(`${month[2]}-${month[1]}`, planYear) : parsePeriod(text, planYear);
}

/** Run `par list`; 0 when it printed the list (even an empty one), 2 on a usage error. */
export async function listCommand(ctx: CommandContext, opts: ListOptions): Promise<number> {
  const usage = (key: string, ...args: unknown[]) => new UsageError(`list.${key}`, ["list", ...args]);
  const toFile = opts.output !== undefined && opts.output !== "-";
  const format = formatterFor("list", opts.format ?? (toFile ? formatOfFile("list", opts.output!) : undefined) ?? "table");
  if (!format) throw usage("badFormat", String(opts.format ?? opts.output), formatChoices("list"));
  const target = toFile ? outputTarget(ctx, "list", format, opts) : undefined;
  const sort = (opts.sort ?? "deadline") as SortKey;
  if (!SORT_KEYS.includes(sort)) throw usage("badFormat", String(opts.sort), SORT_KEYS);
  if (opts.role !== undefined && opts.role !== "lead" && opts.role !== "support") throw usage("badFormat", opts.role, ["lead", "support"]);
  if (opts.agency === undefined) {
    if (opts.role !== undefined) throw usage("needsAgency", "--role");
    if (opts.direct) throw usage("needsAgency", "--direct");
  }
  let alarmDays: number | undefined;
  if (opts.alarm !== undefined) {
    if (format.name !== "ics") throw usage("badFormat", `--alarm (--format ${format.name})`, ["--format ics"]);
    if (!/^\s*\d+\s*$/.test(opts.alarm)) throw usage("badFormat", `--alarm ${opts.alarm}`, ["0", "1", "7", "…"]);
    alarmDays = Number(opts.alarm);
  }
  const query: ListQuery = { sort };
  for (const [option, value, key] of [
    ["--due-after", opts.dueAfter, "from"],
    ["--due-before", opts.dueBefore, "to"],
  ] as const) {
    if (value === undefined) continue;
    const iso = parseDate(value);
    if (!iso) throw usage("badDate", option, value);
    query[key] = iso;
  }

  if (opts.asOf !== undefined) {
    const iso = parseDate(opts.asOf);
    if (!iso) throw usage("badDate", "--as-of", opts.asOf);
    query.asOf = iso;
  }

  const plan = usablePlan(workspaceOf(ctx));

  if (opts.due !== undefined) {
    const period = parseDuePeriod(opts.due, plan.meta.year);
    if (!period) throw usage("badPeriod", opts.due);
    requireInPlan("list", `--due ${opts.due}`, plan, { period });
    const range = calendarRange(period);
    if (query.from === undefined || range.start > query.from) query.from = range.start;
    if (query.to === undefined || range.end < query.to) query.to = range.end;
  }
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) throw usage("emptyRange", query.from, query.to);
  if (opts.includeOngoing) query.includeOngoing = true;
  if (opts.area !== undefined) query.area = areaOption("list", opts.area, plan);
  if (opts.search !== undefined && opts.search.trim()) query.search = opts.search;
  if (opts.agency !== undefined) {
    const { agency, group } = resolveAgency("list", opts.agency, plan);
    if (group) ctx.io.stderr(departmentNote(ctx.lang, "list", opts.agency, agency) + "\n");
    query.agency = agency.id;
    if (opts.role) query.role = opts.role;
    if (opts.direct) query.direct = true;
  }

  if (opts.state !== undefined) {
    const state = (opts.state ?? "") as ListState;
    if (!LIST_STATES.includes(state)) throw usage("badFormat", String(opts.state ?? ""), LIST_STATES);
    const within = opts.within === undefined ? 30 : Number(opts.within);
    if (!Number.isInteger(within) || within < 1) throw usage("badFormat", `--within ${opts.within}`, ["1", "2", "…"]);
    const judged = statusReportFor(ctx, "status", opts.asOf !== undefined ? { asOf: opts.asOf } : {});
    const cutoff = judged.report.period.cutoff;
    query.ids = new Set(judged.report.tasks.filter((r) => inState(r, state, cutoff, within)).map((r) => r.id));
  }

  const report = buildList(plan, query);
  const note = standingNote(report, ctx.lang, "list");
  if (note) ctx.io.stderr(note + "\n");
  const doc = listDocument(report, {
    lang: ctx.lang,
    profile: format.profile,
    width: outputWidth(ctx),
    stamp: icsStamp(plan),
    ...(alarmDays !== undefined ? { alarmDays } : {}),
  });
  return target ? writeOutput(ctx, format, doc, target, { ...opts, cmd: "list" }) : printDocument(ctx, "list", format, doc);
}

/** A note on stderr when the listed agency has ended (who carries on) or is not yet in force at the list's date. */
export function standingNote(report: ListReport, lang: Lang, cmd: string): string | undefined {
  const s = report.standing;
  const a = report.agency;
  if (!s || !a) return undefined;
  const w = listWords(lang).lineage;
  const name = lang === "en" && a.nameEn ? a.nameEn : a.name;
  if (s.ended) {
    const successors = s.ended.successors.map((l) => `${agencyName(report.registry, l.agency)}${l.functions.length ? ` (${l.functions.join(", ")})` : ""}`);
    return w.ended(cmd, name, a.id, w.kinds[s.ended.kind] ?? s.ended.kind, formatViDate(s.ended.date), !s.ended.confirmed, successors);
  }
  if (s.notYet) return w.notYet(cmd, name, a.id, formatViDate(report.query.asOf ?? s.notYet.date), formatViDate(s.notYet.date), !s.notYet.confirmed);
  return undefined;
}

/**
 * DTSTAMP for the iCalendar output, from the data rather than the clock so that the same plan gives the same file:
 * the plan's decision date when it has one, else 1 January of the plan's year, at 00:00:00 UTC.
 */
export function icsStamp(plan: Plan): string {
  const date = plan.meta.decision.date ?? `${plan.meta.year}-01-01`;
  return `${date.replace(/-/g, "")}T000000Z`;
}
