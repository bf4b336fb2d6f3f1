// `par progress init --quarter Q4 [--agency X] [--output FILE] [--force]`: write a quarter's progress template.
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { matchAgency } from "../model/agencies";
import { parseQuarter } from "../model/period";
import type { Plan } from "../model/types";
import { statusWords } from "../format/build/status";
import { renderProgressTemplate } from "../format/template";
import { displayPath } from "../load/repo";
import { progressDir } from "../load/progress";
import { writeFileAtomic } from "../load/write";
import { buildProgressTemplate } from "../report/status";
import { requireInPlan } from "../report/request";
import { leaveOut, usablePlan, usableProgress, type OpenedPlan } from "../workspace";
import { IoError, UsageError } from "../workspace/errors";
import { EXIT, workspaceOf, writeFailureReason, type CommandContext } from "./context";

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
  // Problems are looked at in this order: a plan that does not open, the options, then (with --force, without those
  // of the file being replaced) the plan's and its progress files' errors.
  const toStdout = opts.output === "-";
  const opened = workspaceOf(ctx, { progress: true });
  if (!opened.plan) usablePlan(opened);
  const plan = opened.plan!;
  const quarter = opts.quarter === undefined ? undefined : parseQuarter(opts.quarter, plan.meta.year);
  if (!quarter) throw new UsageError("status.badQuarter", ["progress init", String(opts.quarter ?? "")]);
  requireInPlan("progress init", `--quarter ${opts.quarter}`, plan, { period: quarter });
  let agencyId: string | undefined;
  if (opts.agency !== undefined) {
    const m = matchAgency(opts.agency, plan.agencies);
    if (m.kind === "unknown") throw new UsageError("status.unknownAgency", [opts.agency, m.suggestions.map((a) => `${a.id} (${a.name})`).join(", ")]);
    if (m.kind === "ambiguous") throw new UsageError("status.ambiguousAgency", [opts.agency, m.candidates.map((a) => `${a.id} (${a.name})`).join(", ")]);
    agencyId = m.agency.id;
  }
  const key = `${quarter.year}-Q${quarter.quarter}`;
  const out = toStdout
    ? join(progressDir(plan.dir), "-")
    : opts.output !== undefined
      ? resolve(ctx.io.cwd, opts.output)
      : agencyId
        ? join(progressDir(plan.dir), key, `${agencyId}.yaml`)
        : join(progressDir(plan.dir), `${key}.yaml`);
  const shown = displayPath(out, ctx.io.cwd);
  if (!toStdout && !opts.force && existsSync(out)) throw new IoError("status.exists", [shown]);
  // With --force the file being replaced does not count: neither its problems nor its entries.
  const ignore = opts.force && !toStdout ? shown : undefined;
  const ws = leaveOut(opened, ignore);
  const { progress } = usableProgress(ws);
  const template = buildProgressTemplate(plan, progress, quarter, agencyId, shown);
  if (agencyId && template.entries.length === 0 && template.skipped.length === 0)
    throw new UsageError("status.noTasks", [`${template.agency!.name} (${agencyId})`]);

  const schema = relative(dirname(out), join(schemasDir(plan, ws.opened), "progress.schema.json"))
    .split(sep)
    .join("/");
  const text = renderProgressTemplate(template, schema, ctx.lang);
  if (toStdout) {
    ctx.io.stdout(text);
    return EXIT.ok;
  }
  let written: ReturnType<typeof writeFileAtomic>;
  try {
    written = writeFileAtomic(out, text, { force: Boolean(opts.force) });
  } catch (e) {
    throw new IoError("status.writeFailed", [shown, writeFailureReason(e, ctx.lang, ctx.io.cwd)]);
  }
  if (written === "exists") throw new IoError("status.exists", [shown]);
  ctx.io.stdout(w.wrote(shown, new Set(template.entries.map((e) => e.task.id)).size) + "\n");
  return EXIT.ok;
}
