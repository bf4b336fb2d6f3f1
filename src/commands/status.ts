// `par status [--quarter Q3 | --period h1|9m|year] [--as-of DATE]`: where the plan stands at the period's cut-off.
import { statusFormatters, STATUS_FORMATS, type StatusFormat } from "../format/status";
import { buildStatus } from "../report/status";
import { formsReturn } from "../report/progress-form";
import { asOfDate, requestedPeriod } from "../report/request";
import { usableProgress } from "../workspace";
import { UsageError } from "../workspace/errors";
import { EXIT, outputWidth, workspaceOf, type CommandContext } from "./context";

export interface StatusCommandOptions {
  quarter?: string;
  period?: string;
  asOf?: string;
  format?: string;
  tasks?: boolean;
}

/** Run status; returns the exit code (0 report printed, 1 plan or progress errors, 2 usage). */
export function statusCommand(ctx: CommandContext, opts: StatusCommandOptions): number {
  const format = (opts.format ?? "table") as StatusFormat;
  if (!STATUS_FORMATS.includes(format)) throw new UsageError("status.unknownFormat", [String(opts.format), STATUS_FORMATS.join(", ")]);
  const asOf = asOfDate("status", opts.asOf);
  const { plan, progress } = usableProgress(workspaceOf(ctx, { progress: true }));
  const period = requestedPeriod("status", plan, progress, opts, asOf, ctx.source.display(plan.dir));
  const report = buildStatus(plan, progress, asOf ? { period, asOf } : { period });
  // Once return forms of the quarter have been imported: the agencies whose form has not come back (issue 14).
  const forms = period.kind === "quarter" ? formsReturn(plan, progress, report.period.key) : undefined;
  if (forms) report.forms = forms;
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
