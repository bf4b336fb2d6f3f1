// `par agencies`: the agency registry, with how many tasks each agency leads and supports.
import { buildAgencies } from "../report/agencies";
import { parseDate } from "../model/dates";
import { agenciesFormatters, AGENCIES_FORMATS, type AgenciesFormat } from "../format/list/agencies";
import { usablePlan } from "../workspace";
import { UsageError } from "../workspace/errors";
import { EXIT, outputWidth, workspaceOf, type CommandContext } from "./context";

export interface AgenciesOptions {
  format?: string;
  asOf?: string;
}

/** Run `par agencies`; 0 when the registry was printed, 2 on a usage error. */
export function agenciesCommand(ctx: CommandContext, opts: AgenciesOptions): number {
  const format = (opts.format ?? "table") as AgenciesFormat;
  if (!AGENCIES_FORMATS.includes(format)) throw new UsageError("list.badFormat", ["agencies", String(opts.format), AGENCIES_FORMATS]);
  let asOf: string | undefined;
  if (opts.asOf !== undefined) {
    asOf = parseDate(opts.asOf) ?? undefined;
    if (!asOf) throw new UsageError("list.badDate", ["agencies", "--as-of", opts.asOf]);
  }
  const report = buildAgencies(usablePlan(workspaceOf(ctx)), asOf !== undefined ? { asOf } : {});
  ctx.io.stdout(agenciesFormatters[format](report, { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx) }));
  return EXIT.ok;
}
