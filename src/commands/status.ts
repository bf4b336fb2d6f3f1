// `par status [--quarter Q3 | --period h1|9m|year] [--as-of DATE]`: where the plan stands at the period's cut-off.
import { statusFormatters, STATUS_FORMATS, type StatusFormat } from "../format/status";
import { UsageError } from "../workspace/errors";
import { EXIT, outputWidth, type CommandContext } from "./context";
import { statusReportFor } from "./select";

export interface StatusCommandOptions {
  quarter?: string;
  period?: string;
  asOf?: string;
  format?: string;
  tasks?: boolean;
  agency?: string;
  area?: string;
}

/** Run status; returns the exit code (0 report printed, 1 plan or progress errors, 2 usage). */
export function statusCommand(ctx: CommandContext, opts: StatusCommandOptions): number {
  const format = (opts.format ?? "table") as StatusFormat;
  if (!STATUS_FORMATS.includes(format)) throw new UsageError("status.unknownFormat", [String(opts.format), STATUS_FORMATS.join(", ")]);
  const { report } = statusReportFor(ctx, "status", opts, opts);
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
