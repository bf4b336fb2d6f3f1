// `par status [--quarter Q3 | --period h1|9m|year] [--as-of DATE]`: where the plan stands at the period's cut-off.
import { compareDiagnostics, countBySeverity, type Diagnostic } from "../model/diagnostic";
import type { Plan } from "../model/types";
import { parseDate } from "../model/dates";
import { parsePeriod, parseQuarter, type Period } from "../model/period";
import { parseQuarterKey, quarterOrdinal, type Progress } from "../model/progress";
import { localize } from "../i18n";
import { lintFormatters } from "../format/lint";
import { statusFormatters, STATUS_FORMATS, type StatusFormat } from "../format/status";
import { statusWords } from "../format/status/common";
import { buildProgress, readProgressFiles } from "../load/progress";
import { displayPath } from "../load/repo";
import { buildStatus, quarterContaining, type StatusReport } from "../report/status";
import { checkProgress } from "../validate/progress";
import type { OpenedPlan } from "../validate/open";
import { EXIT, outputWidth, type CommandContext } from "./context";
import { openPlanForCommand, outsidePlan } from "./plan";
import { chooseSelection, selectedPlan } from "./select";

export interface StatusCommandOptions {
  quarter?: string;
  period?: string;
  asOf?: string;
  format?: string;
  tasks?: boolean;
  agency?: string;
  area?: string;
}

/** Print the errors among diagnostics to stderr in the lint style, then `after`; true when there were errors. */
export function reportErrors(ctx: CommandContext, opened: OpenedPlan, diagnostics: Diagnostic[], after: string): boolean {
  const errors = diagnostics.filter((d) => d.severity === "error").sort(compareDiagnostics);
  if (!errors.length) return false;
  const { errors: n, warnings } = countBySeverity(errors);
  ctx.io.stderr(
    lintFormatters.stylish(
      { diagnostics: localize(errors, ctx.lang), filesChecked: opened.files.length, errorCount: n, warningCount: warnings },
      { color: ctx.colorErr, lang: ctx.lang, version: "" },
    ),
  );
  ctx.io.stderr(after + "\n");
  return true;
}

/** The progress of an opened plan, or an exit code once its errors are printed. `ignore`: a file (as shown) left out. */
export function progressOf(ctx: CommandContext, plan: Plan, opened: OpenedPlan, ignore?: string): Progress | number {
  const reads = readProgressFiles(opened.files, opened.dir, plan.tasks);
  const problems = checkProgress(opened, reads).filter((d) => d.file !== ignore);
  if (reportErrors(ctx, opened, problems, statusWords(ctx.lang).progressErrors)) return EXIT.problems;
  return buildProgress(reads.filter((r) => r.file.display !== ignore));
}

/** The plan with its progress read, or an exit code once the problems that stop a report have been printed. */
export function openPlanWithProgress(ctx: CommandContext): { plan: Plan; opened: OpenedPlan; progress: Progress } | number {
  const got = openPlanForCommand(ctx);
  if (typeof got === "number") return got;
  const progress = progressOf(ctx, got.plan, got.opened);
  return typeof progress === "number" ? progress : { ...got, progress };
}

/** The words a report command refuses a period or a date with: par status's own, or another report command's. */
export interface PeriodWords {
  bothPeriods: string;
  badQuarter: (text: string) => string;
  badPeriod: (text: string) => string;
  badDate: (text: string) => string;
  noProgress: (dir: string) => string;
  /** The command, as its messages name it: status, export. */
  command: string;
}

/** How a report command names its period: --quarter, --period, --as-of. */
export interface PeriodRequest {
  quarter?: string;
  period?: string;
  asOf?: string;
}

function statusPeriodWords(ctx: CommandContext): PeriodWords {
  const w = statusWords(ctx.lang);
  return {
    bothPeriods: w.bothPeriods,
    badQuarter: (t) => w.badQuarter("status", t),
    badPeriod: w.badPeriod,
    badDate: (t) => w.badDate("status", t),
    noProgress: w.noProgress,
    command: "status",
  };
}

/** The period asked for, or a usage message. Without one: the quarter holding --as-of, else the latest quarter reported. */
function choosePeriod(ctx: CommandContext, plan: Plan, progress: Progress, opts: PeriodRequest, asOf: string | undefined, w: PeriodWords): Period | string {
  if (opts.quarter !== undefined && opts.period !== undefined) return w.bothPeriods;
  if (opts.quarter !== undefined) return parseQuarter(opts.quarter, plan.meta.year) ?? w.badQuarter(opts.quarter);
  if (opts.period !== undefined) {
    const p = parsePeriod(opts.period, plan.meta.year);
    return p && p.kind !== "month" ? p : w.badPeriod(opts.period);
  }
  if (asOf) return quarterContaining(asOf, plan.meta.reporting);
  const keys = progress.files.map((f) => f.period).sort((a, b) => quarterOrdinal(a) - quarterOrdinal(b));
  const latest = keys.length ? parseQuarterKey(keys[keys.length - 1]!) : undefined;
  if (!latest) return w.noProgress(displayPath(plan.dir, ctx.io.cwd));
  return { kind: "quarter", year: latest.year, quarter: latest.quarter };
}

/**
 * The status report of the period asked for (--quarter, --period, --as-of), with the plan and its progress; or an
 * exit code once the problem is printed (2 a bad date or period, 1 plan or progress files with errors).
 */
export function statusReportFor(
  ctx: CommandContext,
  opts: PeriodRequest,
  words: PeriodWords = statusPeriodWords(ctx),
  select?: { agency?: string; area?: string },
): { plan: Plan; opened: OpenedPlan; progress: Progress; report: StatusReport } | number {
  let asOf: string | undefined;
  if (opts.asOf !== undefined) {
    const d = parseDate(opts.asOf);
    if (!d) {
      ctx.io.stderr(words.badDate(opts.asOf) + "\n");
      return EXIT.failure;
    }
    asOf = d;
  }
  const got = openPlanWithProgress(ctx);
  if (typeof got === "number") return got;
  const { plan, progress } = got;
  const period = choosePeriod(ctx, plan, progress, opts, asOf, words);
  if (typeof period === "string") {
    ctx.io.stderr(period + "\n");
    return EXIT.failure;
  }
  // A period or date outside the plan's years is a typo, not a report (docs/data-format.md, "Periods").
  const outside =
    (asOf !== undefined ? outsidePlan(ctx, words.command, `--as-of ${opts.asOf}`, plan, { date: asOf }) : undefined) ??
    (opts.quarter !== undefined || opts.period !== undefined
      ? outsidePlan(ctx, words.command, opts.quarter !== undefined ? `--quarter ${opts.quarter}` : `--period ${opts.period}`, plan, { period })
      : undefined);
  if (outside !== undefined) {
    ctx.io.stderr(outside + "\n");
    return EXIT.failure;
  }
  if (select && (select.agency !== undefined || select.area !== undefined)) {
    const sel = chooseSelection(ctx, words.command, plan, select);
    if (typeof sel === "number") return sel;
    const report = buildStatus(selectedPlan(plan, sel), progress, asOf ? { period, asOf } : { period });
    report.selection = { agency: sel.agency ?? null, area: sel.area ?? null };
    return { ...got, report };
  }
  return { ...got, report: buildStatus(plan, progress, asOf ? { period, asOf } : { period }) };
}

/** Run status; returns the exit code (0 report printed, 1 plan or progress errors, 2 usage). */
export function statusCommand(ctx: CommandContext, opts: StatusCommandOptions): number {
  const w = statusWords(ctx.lang);
  const format = (opts.format ?? "table") as StatusFormat;
  if (!STATUS_FORMATS.includes(format)) {
    ctx.io.stderr(w.unknownFormat(String(opts.format), STATUS_FORMATS.join(", ")) + "\n");
    return EXIT.failure;
  }
  const got = statusReportFor(ctx, opts, undefined, opts);
  if (typeof got === "number") return got;
  const { report } = got;
  ctx.io.stdout(
    statusFormatters[format](report, {
      lang: ctx.lang,
      color: ctx.color && format === "table",
      terminal: ctx.io.stdoutIsTTY,
      width: outputWidth(ctx),
      allTasks: Boolean(opts.tasks),
    }),
  );
  return EXIT.ok;
}
