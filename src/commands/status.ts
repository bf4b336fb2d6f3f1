// `par status [--quarter Q3 | --period h1|9m|year] [--as-of DATE]`: where the plan stands at the period's cut-off.
import { statusDocument } from "../format/build/status";
import { formatChoices, formatterFor, printDocument } from "./formats";
import { UsageError } from "../workspace/errors";
import { type CommandContext } from "./context";
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
export async function statusCommand(ctx: CommandContext, opts: StatusCommandOptions): Promise<number> {
  const format = formatterFor("status", opts.format ?? "table");
  if (!format) throw new UsageError("status.unknownFormat", [String(opts.format), formatChoices("status").join(", ")]);
  const { report } = statusReportFor(ctx, "status", opts, opts);
  return printDocument(ctx, "status", format, statusDocument(report, { lang: ctx.lang, profile: format.profile, allTasks: Boolean(opts.tasks) }));
}
