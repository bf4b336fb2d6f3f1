// What the report commands share before a report is built: the period asked for (--quarter, --period, --as-of), a
// period or date that must fall in the plan's years, the agency a person means. Failures are thrown as data
// (UsageError with a message key, OutsidePlanError), put into words by commands/errors.ts.
import { departmentFallback, matchAgency } from "../model/agencies";
import { parseDate } from "../model/dates";
import { dateInPlan, parsePeriod, parseQuarter, periodInPlan, planSpan, reportQuarters, type Period } from "../model/period";
import { parseQuarterKey, quarterOrdinal, type Progress } from "../model/progress";
import type { Agency, Plan } from "../model/types";
import { ParError, UsageError } from "../workspace/errors";
import { quarterContaining } from "./status";

/** A period or date outside the years the plan covers (docs/data-format.md, "Periods"): exit 2. */
export class OutsidePlanError extends ParError {
  readonly exitCode = 2;
  constructor(
    /** The command, as its messages name it. */
    readonly command: string,
    /** The option and the text typed: `--quarter 2204-Q4`. */
    readonly what: string,
    readonly planYear: number,
    readonly span: { start: string; end: string },
    readonly first: Period,
    readonly last: Period,
  ) {
    super(`${command}: ${what} outside the plan`);
  }
}

/** Throws an OutsidePlanError unless the period or date belongs to the plan. */
export function requireInPlan(command: string, what: string, plan: Plan, value: { period: Period } | { date: string }): void {
  const span = planSpan(plan);
  if ("period" in value ? periodInPlan(value.period, span) : dateInPlan(value.date, span)) return;
  const { first, last } = reportQuarters(span);
  throw new OutsidePlanError(command, what, plan.meta.year, span, first, last);
}

/** The report commands that take a period, whose messages differ in name. */
export type PeriodCommand = "status" | "export" | "site";

/** How a report command names its period: --quarter, --period, --as-of. */
export interface PeriodRequest {
  quarter?: string;
  period?: string;
  asOf?: string;
}

function periodError(command: PeriodCommand, what: "bothPeriods" | "badQuarter" | "badPeriod" | "badDate" | "noProgress", arg?: string): UsageError {
  // par status's words name the command (export's are its own).
  const named = command === "status" && (what === "badQuarter" || what === "badDate");
  return new UsageError(`${command}.${what}`, arg === undefined ? [] : named ? [command, arg] : [arg]);
}

/** --as-of as an ISO date (undefined without it); a UsageError when it is no date. */
export function asOfDate(command: PeriodCommand, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const d = parseDate(text);
  if (!d) throw periodError(command, "badDate", text);
  return d;
}

/**
 * The period asked for, in the plan's years; without one, the quarter holding --as-of, else the latest quarter
 * reported. `shownDir`: the plan folder as messages show it. Throws a UsageError or an OutsidePlanError.
 */
export function requestedPeriod(
  command: PeriodCommand,
  plan: Plan,
  progress: Progress,
  opts: PeriodRequest,
  asOf: string | undefined,
  shownDir: string,
): Period {
  let period: Period;
  if (opts.quarter !== undefined && opts.period !== undefined) throw periodError(command, "bothPeriods");
  if (opts.quarter !== undefined) {
    const q = parseQuarter(opts.quarter, plan.meta.year);
    if (!q) throw periodError(command, "badQuarter", opts.quarter);
    period = q;
  } else if (opts.period !== undefined) {
    const p = parsePeriod(opts.period, plan.meta.year);
    if (!p || p.kind === "month") throw periodError(command, "badPeriod", opts.period);
    period = p;
  } else if (asOf) period = quarterContaining(asOf, plan.meta.reporting);
  else {
    const keys = progress.files.map((f) => f.period).sort((a, b) => quarterOrdinal(a) - quarterOrdinal(b));
    const latest = keys.length ? parseQuarterKey(keys[keys.length - 1]!) : undefined;
    if (!latest) throw periodError(command, "noProgress", shownDir);
    period = { kind: "quarter", year: latest.year, quarter: latest.quarter };
  }
  // A period or date outside the plan's years is a typo, not a report (docs/data-format.md, "Periods").
  if (asOf !== undefined) requireInPlan(command, `--as-of ${opts.asOf}`, plan, { date: asOf });
  if (opts.quarter !== undefined || opts.period !== undefined)
    requireInPlan(command, opts.quarter !== undefined ? `--quarter ${opts.quarter}` : `--period ${opts.period}`, plan, { period });
  return period;
}

/**
 * The agency a person means; a UsageError listing the candidates (ambiguous) or the nearest names (unknown).
 * A department the plan never names stands for the departments' group (`group: true`: the command says so).
 */
export function resolveAgency(command: string, query: string, plan: Plan): { agency: Agency; group: boolean } {
  const m = matchAgency(query, plan.agencies);
  if (m.kind === "found") return { agency: m.agency, group: false };
  const group = departmentFallback(query, plan.agencies, m);
  if (group) return { agency: group, group: true };
  const list = m.kind === "ambiguous" ? m.candidates : m.suggestions;
  const idWidth = Math.max(0, ...list.map((a) => a.id.length));
  const lines = list.map((a) => `${a.id.padEnd(idWidth)}  ${a.name}`);
  throw new UsageError(m.kind === "ambiguous" ? "list.ambiguousAgency" : "list.unknownAgency", [command, query, lines]);
}

/** The area --area names, or a UsageError listing the plan's areas. */
export function areaOption(command: string, text: string, plan: Plan): number {
  const areas = plan.meta.areas.map((a) => a.number);
  const n = Number(text);
  if (!/^\s*\d+\s*$/.test(text) || !areas.includes(n)) throw new UsageError("list.badArea", [command, text, areas]);
  return n;
}
