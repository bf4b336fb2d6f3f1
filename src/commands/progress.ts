// `par progress init --quarter Q4 [--agency X] [--output FILE] [--force]`: write a quarter's progress template.
import { existsSync } from "node:fs";
import { writeFileAtomic } from "../load/write";
import { dirname, join, relative, resolve, sep } from "node:path";
import { matchAgency } from "../model/agencies";
import { parseQuarter } from "../model/period";
import type { Plan } from "../model/types";
import { statusWords } from "../format/status/common";
import { renderProgressTemplate } from "../format/status/template";
import { displayPath } from "../load/repo";
import { progressDir } from "../load/progress";
import { buildProgressTemplate } from "../report/status";
import { EXIT, writeFailureReason, type CommandContext } from "./context";
import { choosePlanDir, outsidePlan, planDirs } from "./plan";
import { progressOf, reportErrors } from "./status";
import { openPlan, type OpenedPlan } from "../validate/open";
import { messages } from "../i18n/ui";

export interface ProgressInitOptions {
  quarter?: string;
  agency?: string;
  output?: string;
  force?: boolean;
}

/** Where the plan's schemas are: from plan.yaml's `# yaml-language-server: $schema=` line, else ../../schemas. */
export function schemasDir(plan: Plan, opened: OpenedPlan): string {
  const planFile = opened.files.find((f) => f.kind === "plan" && f.parsed);
  const first = planFile?.parsed?.source.text.split(/\r?\n/, 1)[0] ?? "";
  const m = /\$schema=(\S+)/.exec(first);
  if (m && !/^[a-z]+:/i.test(m[1]!)) return resolve(dirname(planFile!.path), dirname(m[1]!));
  return resolve(plan.dir, "..", "..", "schemas");
}

/** Run progress init; returns the exit code (0 written, 1 plan or progress errors, 2 usage, existing file or I/O failure). */
export function progressInitCommand(ctx: CommandContext, opts: ProgressInitOptions): number {
  const w = statusWords(ctx.lang);
  // Opened by hand rather than with openPlanForCommand: with --force, problems in the file being replaced do not count.
  const dirs = planDirs(ctx);
  if (typeof dirs === "number") return dirs;
  const dir = choosePlanDir(ctx, dirs);
  if (typeof dir === "number") return dir;
  const opened = openPlan(dir, ctx.io.cwd);
  const plan = opened.plan;
  if (!plan) {
    reportErrors(ctx, opened, opened.diagnostics, messages(ctx.lang).fixFirst);
    return EXIT.problems;
  }
  const quarter = opts.quarter === undefined ? undefined : parseQuarter(opts.quarter, plan.meta.year);
  if (!quarter) {
    ctx.io.stderr(w.badQuarter("progress init", String(opts.quarter ?? "")) + "\n");
    return EXIT.failure;
  }
  const outside = outsidePlan(ctx, "progress init", `--quarter ${opts.quarter}`, plan, { period: quarter });
  if (outside !== undefined) {
    ctx.io.stderr(outside + "\n");
    return EXIT.failure;
  }
  let agencyId: string | undefined;
  if (opts.agency !== undefined) {
    const m = matchAgency(opts.agency, plan.agencies);
    if (m.kind === "unknown") {
      ctx.io.stderr(w.unknownAgency(opts.agency, m.suggestions.map((a) => `${a.id} (${a.name})`).join(", ")) + "\n");
      return EXIT.failure;
    }
    if (m.kind === "ambiguous") {
      ctx.io.stderr(w.ambiguousAgency(opts.agency, m.candidates.map((a) => `${a.id} (${a.name})`).join(", ")) + "\n");
      return EXIT.failure;
    }
    agencyId = m.agency.id;
  }
  const key = `${quarter.year}-Q${quarter.quarter}`;
  const toStdout = opts.output === "-";
  const out = toStdout
    ? join(progressDir(plan.dir), "-")
    : opts.output !== undefined
      ? resolve(ctx.io.cwd, opts.output)
      : agencyId
        ? join(progressDir(plan.dir), key, `${agencyId}.yaml`)
        : join(progressDir(plan.dir), `${key}.yaml`);
  const shown = displayPath(out, ctx.io.cwd);
  if (!toStdout && !opts.force && existsSync(out)) {
    ctx.io.stderr(w.exists(shown) + "\n");
    return EXIT.failure;
  }
  // With --force the file being replaced does not count: neither its problems nor its entries.
  const ignore = opts.force && !toStdout ? shown : undefined;
  if (
    reportErrors(
      ctx,
      opened,
      opened.diagnostics.filter((d) => d.file !== ignore),
      messages(ctx.lang).fixFirst,
    )
  )
    return EXIT.problems;
  const progress = progressOf(ctx, plan, opened, ignore);
  if (typeof progress === "number") return progress;
  const template = buildProgressTemplate(plan, progress, quarter, agencyId, shown);
  if (agencyId && template.entries.length === 0 && template.skipped.length === 0) {
    ctx.io.stderr(w.noTasks(`${template.agency!.name} (${agencyId})`) + "\n");
    return EXIT.failure;
  }

  const schema = relative(dirname(out), join(schemasDir(plan, opened), "progress.schema.json"))
    .split(sep)
    .join("/");
  const text = renderProgressTemplate(template, schema, ctx.lang);
  if (toStdout) {
    ctx.io.stdout(text);
    return EXIT.ok;
  }
  try {
    if (writeFileAtomic(out, text, { force: Boolean(opts.force) }) === "exists") {
      ctx.io.stderr(w.exists(shown) + "\n");
      return EXIT.failure;
    }
  } catch (e) {
    ctx.io.stderr(w.writeFailed(shown, writeFailureReason(e, ctx.lang, ctx.io.cwd)) + "\n");
    return EXIT.failure;
  }
  ctx.io.stdout(w.wrote(shown, new Set(template.entries.map((e) => e.task.id)).size) + "\n");
  return EXIT.ok;
}
