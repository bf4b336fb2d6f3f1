// `par agencies`: the agency registry, with how many tasks each agency leads and supports.
import { buildAgencies } from "../report/agencies";
import { agenciesDocument, listWords } from "../format/build/list";
import { formatChoices, renderOptions, textFormatter } from "./formats";
import { EXIT, type CommandContext } from "./context";
import { openPlanForCommand } from "./plan";

export interface AgenciesOptions {
  format?: string;
}

/** Run `par agencies`; 0 when the registry was printed, 2 on a usage error. */
export function agenciesCommand(ctx: CommandContext, opts: AgenciesOptions): number {
  const format = textFormatter("agencies", opts.format ?? "table");
  if (!format) {
    ctx.io.stderr(listWords(ctx.lang).error.badFormat("agencies", String(opts.format), formatChoices("agencies")) + "\n");
    return EXIT.failure;
  }
  const opened = openPlanForCommand(ctx);
  if (typeof opened === "number") return opened;
  const report = buildAgencies(opened.plan);
  ctx.io.stdout(format.render(agenciesDocument(report, { lang: ctx.lang, profile: format.profile }), { ...renderOptions(ctx, format), color: ctx.color }));
  return EXIT.ok;
}
