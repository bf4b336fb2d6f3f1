// `par agencies`: the agency registry, with how many tasks each agency leads and supports.
import { buildAgencies } from "../report/agencies";
import { parseDate } from "../model/dates";
import { agenciesDocument } from "../format/build/list";
import { formatChoices, renderOptions, textFormatter } from "./formats";
import { usablePlan } from "../workspace";
import { UsageError } from "../workspace/errors";
import { EXIT, workspaceOf, type CommandContext } from "./context";

export interface AgenciesOptions {
  format?: string;
  asOf?: string;
}

/** Run `par agencies`; 0 when the registry was printed, 2 on a usage error. */
export function agenciesCommand(ctx: CommandContext, opts: AgenciesOptions): number {
  const format = textFormatter("agencies", opts.format ?? "table");
  if (!format) throw new UsageError("list.badFormat", ["agencies", String(opts.format), formatChoices("agencies")]);
  let asOf: string | undefined;
  if (opts.asOf !== undefined) {
    asOf = parseDate(opts.asOf) ?? undefined;
    if (!asOf) throw new UsageError("list.badDate", ["agencies", "--as-of", opts.asOf]);
  }
  const report = buildAgencies(usablePlan(workspaceOf(ctx)), asOf !== undefined ? { asOf } : {});
  ctx.io.stdout(format.render(agenciesDocument(report, { lang: ctx.lang, profile: format.profile }), { ...renderOptions(ctx, format), color: ctx.color }));
  return EXIT.ok;
}
