// `par list`: the tasks an agency leads or supports, what falls due when, in an area or mentioning some words.
import { parseDate } from "../model/dates";
import { calendarRange, parsePeriod, type Period } from "../model/period";
import type { Plan } from "../model/types";
import { buildList, SORT_KEYS, type ListQuery, type SortKey } from "../report/list";
import { listWords } from "../format/list/common";
import { listFormatters, LIST_FORMATS, type ListFormat } from "../format/list";
import { EXIT, type CommandContext } from "./context";
import { openPlanForCommand, outsidePlan } from "./plan";
import { statusReportFor } from "./status";
import { inState, LIST_STATES, type ListState } from "../report/followup";

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
  sort?: string;
  format?: string;
  /** par list --state: overdue, due-soon, done, in-progress, not-reported, judged as par status does. */
  state?: string;
  asOf?: string;
  within?: string;
  /** ics: a VALARM this many days before each due date. */
  alarm?: string;
}

import { outputWidth } from "./context";
export { outputWidth };

import { resolveAgency } from "./select";

/** A period typed for --due ("3/2024" is March). */
function parseDuePeriod(text: string, planYear: number): Period | undefined {
  const month = /^\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/.exec(text);
  return month ? parsePeriod(`${month[2]}-${month[1]}`, planYear) : parsePeriod(text, planYear);
}

/** Run `par list`; 0 when it printed the list (even an empty one), 2 on a usage error. */
export function listCommand(ctx: CommandContext, opts: ListOptions): number {
  const w = listWords(ctx.lang);
  const fail = (message: string) => {
    ctx.io.stderr(message + "\n");
    return EXIT.failure;
  };
  const format = (opts.format ?? "table") as ListFormat;
  if (!LIST_FORMATS.includes(format)) return fail(w.error.badFormat("list", String(opts.format), LIST_FORMATS));
  const sort = (opts.sort ?? "deadline") as SortKey;
  if (!SORT_KEYS.includes(sort)) return fail(w.error.badFormat("list", String(opts.sort), SORT_KEYS));
  if (opts.role !== undefined && opts.role !== "lead" && opts.role !== "support") return fail(w.error.badFormat("list", opts.role, ["lead", "support"]));
  if (opts.agency === undefined) {
    if (opts.role !== undefined) return fail(w.error.needsAgency("list", "--role"));
    if (opts.direct) return fail(w.error.needsAgency("list", "--direct"));
  }
  let alarmDays: number | undefined;
  if (opts.alarm !== undefined) {
    if (format !== "ics") return fail(w.error.badFormat("list", `--alarm (--format ${format})`, ["--format ics"]));
    if (!/^\s*\d+\s*$/.test(opts.alarm)) return fail(w.error.badFormat("list", `--alarm ${opts.alarm}`, ["0", "1", "7", "…"]));
    alarmDays = Number(opts.alarm);
  }
  const query: ListQuery = { sort };
  for (const [option, value, key] of [
    ["--due-after", opts.dueAfter, "from"],
    ["--due-before", opts.dueBefore, "to"],
  ] as const) {
    if (value === undefined) continue;
    const iso = parseDate(value);
    if (!iso) return fail(w.error.badDate("list", option, value));
    query[key] = iso;
  }

  const opened = openPlanForCommand(ctx);
  if (typeof opened === "number") return opened;
  const { plan } = opened;

  if (opts.due !== undefined) {
    const period = parseDuePeriod(opts.due, plan.meta.year);
    if (!period) return fail(w.error.badPeriod("list", opts.due));
    const outside = outsidePlan(ctx, "list", `--due ${opts.due}`, plan, { period });
    if (outside !== undefined) return fail(outside);
    const range = calendarRange(period);
    if (query.from === undefined || range.start > query.from) query.from = range.start;
    if (query.to === undefined || range.end < query.to) query.to = range.end;
  }
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) return fail(w.error.emptyRange("list", query.from, query.to));
  if (opts.includeOngoing) query.includeOngoing = true;
  if (opts.area !== undefined) {
    const areas = plan.meta.areas.map((a) => a.number);
    const n = Number(opts.area);
    if (!/^\s*\d+\s*$/.test(opts.area) || !areas.includes(n)) return fail(w.error.badArea("list", opts.area, areas));
    query.area = n;
  }
  if (opts.search !== undefined && opts.search.trim()) query.search = opts.search;
  if (opts.agency !== undefined) {
    const agency = resolveAgency(ctx, "list", opts.agency, plan);
    if (typeof agency === "number") return agency;
    query.agency = agency.id;
    if (opts.role) query.role = opts.role;
    if (opts.direct) query.direct = true;
  }

  if (opts.state !== undefined) {
    const state = (opts.state ?? "") as ListState;
    if (!LIST_STATES.includes(state)) return fail(w.error.badFormat("list", String(opts.state ?? ""), LIST_STATES));
    const within = opts.within === undefined ? 30 : Number(opts.within);
    if (!Number.isInteger(within) || within < 1) return fail(w.error.badFormat("list", `--within ${opts.within}`, ["1", "2", "…"]));
    const judged = statusReportFor(ctx, opts.asOf !== undefined ? { asOf: opts.asOf } : {});
    if (typeof judged === "number") return judged;
    const cutoff = judged.report.period.cutoff;
    query.ids = new Set(judged.report.tasks.filter((r) => inState(r, state, cutoff, within)).map((r) => r.id));
  }

  const report = buildList(plan, query);
  ctx.io.stdout(
    listFormatters[format](report, {
      lang: ctx.lang,
      color: ctx.color,
      width: outputWidth(ctx),
      stamp: icsStamp(plan),
      ...(alarmDays !== undefined ? { alarmDays } : {}),
    }),
  );
  return EXIT.ok;
}

/**
 * DTSTAMP for the iCalendar output, from the data rather than the clock so that the same plan gives the same file:
 * the plan's decision date when it has one, else 1 January of the plan's year, at 00:00:00 UTC.
 */
export function icsStamp(plan: Plan): string {
  const date = plan.meta.decision.date ?? `${plan.meta.year}-01-01`;
  return `${date.replace(/-/g, "")}T000000Z`;
}
