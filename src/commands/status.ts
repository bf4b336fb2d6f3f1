// `par status [--quarter Q3 | --period h1|9m|year] [--as-of DATE]`: where the plan stands at the period's cut-off.
import { statusDocument } from "../format/build/status";
import { formatChoices, formatOfFile, formatterFor, printDocument } from "./formats";
import { annexDocument, outputTarget, writeOutput } from "./export";
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
  output?: string;
  force?: boolean;
}

/** Run status; returns the exit code (0 report printed, 1 plan or progress errors, 2 usage). */
export async function statusCommand(ctx: CommandContext, opts: StatusCommandOptions): Promise<number> {
  const toFile = opts.output !== undefined && opts.output !== "-";
  const name = opts.format ?? (toFile ? formatOfFile("status", opts.output!) : undefined) ?? "table";
  const format = formatterFor("status", name);
  if (!format) throw new UsageError("status.unknownFormat", [String(opts.format ?? opts.output), formatChoices("status").join(", ")]);
  // Word and Excel: the same document par export writes for the period and tasks (one builder).
  if (format.binary) {
    const target = outputTarget(ctx, "status", format, opts);
    const { doc } = annexDocument(ctx, "status", format, opts);
    return writeOutput(ctx, format, doc, target, { ...opts, cmd: "status" });
  }
  const target = toFile ? outputTarget(ctx, "status", format, opts) : undefined;
  const { report } = statusReportFor(ctx, "status", opts, opts);
  const doc = statusDocument(report, { lang: ctx.lang, profile: format.profile, allTasks: Boolean(opts.tasks) });
  return target ? writeOutput(ctx, format, doc, target, { ...opts, cmd: "status" }) : printDocument(ctx, "status", format, doc);
}
