// `par show <id>`: one task in full (accepts 1.đ, 1.dd, 1đ).
import { buildDecisionShow, buildShow, isDecisionRef } from "../report/list";
import { showJson, showPartJson, showPartText, showText, SHOW_FORMATS, type ShowFormat } from "../format/show";
import { usablePlan } from "../workspace";
import { UsageError } from "../workspace/errors";
import { EXIT, outputWidth, workspaceOf, type CommandContext } from "./context";

export interface ShowOptions {
  format?: string;
}

/** Run `par show`; 0 when the task was shown, 2 when there is no such task or the format is unknown. */
export function showCommand(ctx: CommandContext, id: string, opts: ShowOptions): number {
  const format = (opts.format ?? "text") as ShowFormat;
  if (!SHOW_FORMATS.includes(format)) throw new UsageError("list.badFormat", ["show", String(opts.format), SHOW_FORMATS]);
  const plan = usablePlan(workspaceOf(ctx));
  if (isDecisionRef(id)) {
    const part = buildDecisionShow(plan, id);
    if (part.kind === "unknown") throw new UsageError("list.unknownPart", ["show", id, part.ids]);
    ctx.io.stdout(format === "json" ? showPartJson(part.show) : showPartText(part.show, { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx) }));
    return EXIT.ok;
  }
  const found = buildShow(plan, id);
  if (found.kind === "unknown") throw new UsageError("list.unknownTask", ["show", id, found.near]);
  ctx.io.stdout(format === "json" ? showJson(found.report) : showText(found.report, { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx) }));
  return EXIT.ok;
}
