// `par status [--quarter Q3 | --period h1|9m|year] [--as-of DATE]`: where the plan stands at the period's cut-off.
import { statusDocument } from "../format/build/status";
import { formatChoices, formatterFor, printDocument } from "./formats";
import { buildStatus } from "../report/status";
import { formsReturn } from "../report/progress-form";
import { asOfDate, requestedPeriod } from "../report/request";
import { usableProgress } from "../workspace";
import { UsageError } from "../workspace/errors";
import { workspaceOf, type CommandContext } from "./context";

export interface StatusCommandOptions {
  quarter?: string;
  period?: string;
  asOf?: string;
  format?: string;
  tasks?: boolean;
}

/** Run status; returns the exit code (0 report printed, 1 plan or progress errors, 2 usage). */
export async function statusCommand(ctx: CommandContext, opts: StatusCommandOptions): Promise<number> {
  const format = formatterFor("status", opts.format ?? "table");
  if (!format) throw new UsageError("status.unknownFormat", [String(opts.format), formatChoices("status").join(", ")]);
  const asOf = asOfDate("status", opts.asOf);
  const { plan, progress } = usableProgress(workspaceOf(ctx, { progress: true }));
  const period = requestedPeriod("status", plan, progress, opts, asOf, ctx.source.display(plan.dir));
  const report = buildStatus(plan, progress, asOf ? { period, asOf } : { period });
  // Once return forms of the quarter have been imported: the agencies whose form has not come back (issue 14).
  const forms = period.kind === "quarter" ? formsReturn(plan, progress, report.period.key) : undefined;
  if (forms) report.forms = forms;
  return printDocument(ctx, "status", format, statusDocument(report, { lang: ctx.lang, profile: format.profile, allTasks: Boolean(opts.tasks) }));
}
