// `par agencies`: the agency registry, with how many tasks each agency leads and supports.
import { buildAgencies } from "../report/agencies";
import { parseDate } from "../model/dates";
import { listWords } from "../format/list/common";
import { agenciesFormatters, AGENCIES_FORMATS, type AgenciesFormat } from "../format/list/agencies";
import { EXIT, type CommandContext } from "./context";
import { outputWidth } from "./list";
import { openPlanForCommand } from "./plan";

export interface AgenciesOptions {
  format?: string;
  asOf?: string;
}

/** Run `par agencies`; 0 when the registry was printed, 2 on a usage error. */
export function agenciesCommand(ctx: CommandContext, opts: AgenciesOptions): number {
  const format = (opts.format ?? "table") as AgenciesFormat;
  if (!AGENCIES_FORMATS.includes(format)) {
    ctx.io.stderr(listWords(ctx.lang).error.badFormat("agencies", String(opts.format), AGENCIES_FORMATS) + "\n");
    return EXIT.failure;
  }
  let asOf: string | undefined;
  if (opts.asOf !== undefined) {
    const iso = parseDate(opts.asOf);
    if (!iso) {
      ctx.io.stderr(listWords(ctx.lang).error.badDate("agencies", "--as-of", opts.asOf) + "\n");
      return EXIT.failure;
    }
    asOf = iso;
  }
  const opened = openPlanForCommand(ctx);
  if (typeof opened === "number") return opened;
  const report = buildAgencies(opened.plan, asOf !== undefined ? { asOf } : {});
  ctx.io.stdout(agenciesFormatters[format](report, { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx) }));
  return EXIT.ok;
}
