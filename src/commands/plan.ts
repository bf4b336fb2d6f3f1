// Opening the plan a command works on: --data and --plan, the only or latest plan, problems reported the lint way.
import { basename, join } from "node:path";
import { countBySeverity, compareDiagnostics } from "../model/diagnostic";
import type { Plan } from "../model/types";
import { formatViDate } from "../model/dates";
import { langOf, localize, type Lang } from "../i18n";
import { periodName } from "../i18n/period";
import { lintFormatters } from "../format/lint";
import { loadFile } from "../load/files";
import { displayPath } from "../load/repo";
import { DataDirError, findPlans, openPlan, resolveDataDir, type OpenedPlan } from "../validate/open";
import { EXIT, type CommandContext } from "./context";
import { messages } from "../i18n/ui";
import { dateInPlan, periodInPlan, planSpan, reportQuarters, type Period } from "../model/period";

/** The plan folders of the data folder, or an exit code after saying why there are none. */
export function planDirs(ctx: CommandContext): string[] | number {
  const dataDir = resolveDataDir(ctx.io.cwd, ctx.dataOption);
  try {
    return findPlans(dataDir);
  } catch (e) {
    if (e instanceof DataDirError) {
      ctx.io.stderr(messages(ctx.lang).dataDir(e.reason, displayPath(e.dir, ctx.io.cwd), e.detail) + "\n");
      return EXIT.failure;
    }
    throw e;
  }
}

function planYear(dir: string): number {
  const { file } = loadFile(join(dir, "plan.yaml"), dir);
  const y = (file.parsed?.value as { year?: unknown } | undefined)?.year;
  return typeof y === "number" ? y : -1;
}

/** Which plan folder a --plan option (folder name or plan id), else the only plan, else the latest year's, picks. */
function pickPlanDir(dirs: readonly string[], planOption: string | undefined): { dir: string } | { unknown: true } | { ambiguous: string[] } {
  if (planOption) {
    const hit = dirs.filter((d) => basename(d) === planOption || d.endsWith(`/${planOption}`));
    return hit.length === 1 ? { dir: hit[0]! } : { unknown: true };
  }
  if (dirs.length === 1) return { dir: dirs[0]! };
  const years = dirs.map((d) => ({ d, y: planYear(d) }));
  const max = Math.max(...years.map((x) => x.y));
  const latest = years.filter((x) => x.y === max);
  return latest.length === 1 ? { dir: latest[0]!.d } : { ambiguous: latest.map((x) => basename(x.d)) };
}

/** Choose one plan folder: --plan (folder name or plan id), else the only plan, else the latest year's. */
export function choosePlanDir(ctx: CommandContext, dirs: string[]): string | number {
  const m = messages(ctx.lang);
  const pick = pickPlanDir(dirs, ctx.planOption);
  if ("dir" in pick) return pick.dir;
  ctx.io.stderr(
    ("unknown" in pick
      ? m.unknownPlan(
          ctx.planOption!,
          dirs.map((d) => basename(d)),
        )
      : m.ambiguousPlan(pick.ambiguous)) + "\n",
  );
  return EXIT.failure;
}

/** Print a plan's problems to stderr in the lint style. */
export function reportProblems(ctx: CommandContext, opened: OpenedPlan, onlyErrors: boolean): void {
  const ds = opened.diagnostics.filter((d) => !onlyErrors || d.severity === "error").sort(compareDiagnostics);
  const { errors, warnings } = countBySeverity(ds);
  ctx.io.stderr(
    lintFormatters.stylish(
      { diagnostics: localize(ds, ctx.lang), filesChecked: opened.files.length, errorCount: errors, warningCount: warnings },
      { color: ctx.colorErr, lang: ctx.lang, version: "" },
    ),
  );
}

/** The plan a command works on, or an exit code after the problems that stop it have been reported. */
export function openPlanForCommand(ctx: CommandContext): { plan: Plan; opened: OpenedPlan } | number {
  const dirs = planDirs(ctx);
  if (typeof dirs === "number") return dirs;
  const dir = choosePlanDir(ctx, dirs);
  if (typeof dir === "number") return dir;
  const opened = openPlan(dir, ctx.io.cwd);
  const errors = opened.diagnostics.filter((d) => d.severity === "error");
  if (!opened.plan || errors.length) {
    reportProblems(ctx, opened, true);
    ctx.io.stderr(messages(ctx.lang).fixFirst + "\n");
    return EXIT.problems;
  }
  return { plan: opened.plan, opened };
}

/**
 * The language plan.yaml declares (`language: vi`), read before anything else so that help and usage errors can speak
 * it; undefined when the plan cannot be found or read, or says nothing. The same choice of plan as the commands make.
 */
export function peekPlanLanguage(cwd: string, dataOption: string | undefined, planOption: string | undefined): Lang | undefined {
  try {
    const pick = pickPlanDir(findPlans(resolveDataDir(cwd, dataOption)), planOption);
    if (!("dir" in pick)) return undefined;
    const language = (loadFile(join(pick.dir, "plan.yaml"), pick.dir).file.parsed?.value as { language?: unknown } | undefined)?.language;
    return typeof language === "string" ? langOf(language) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The usage message for a period or date outside the years the plan covers (docs/data-format.md, "Periods"), or undefined when it
 * belongs to the plan. `what` names the option and the text typed: `--quarter 2204-Q4`.
 */
export function outsidePlan(ctx: CommandContext, cmd: string, what: string, plan: Plan, value: { period: Period } | { date: string }): string | undefined {
  const span = planSpan(plan);
  if ("period" in value ? periodInPlan(value.period, span) : dateInPlan(value.date, span)) return undefined;
  const { first, last } = reportQuarters(span);
  const label = (p: Period) => periodName(p, ctx.lang);
  return messages(ctx.lang).outsidePlan(cmd, what, {
    planYear: plan.meta.year,
    start: formatViDate(span.start),
    end: formatViDate(span.end),
    firstReport: label(first),
    lastReport: label(last),
  });
}
