// `par show <id>`: one task in full (accepts 1.đ, 1.dd, 1đ).
import { buildDecisionShow, buildShow, isDecisionRef } from "../report/list";
import { listWords } from "../format/list/common";
import { showJson, showPartJson, showPartText, showText, SHOW_FORMATS, type ShowFormat } from "../format/list/show";
import { EXIT, type CommandContext } from "./context";
import { outputWidth } from "./list";
import { openPlanForCommand } from "./plan";

export interface ShowOptions {
  format?: string;
}

/** Run `par show`; 0 when the task was shown, 2 when there is no such task or the format is unknown. */
export function showCommand(ctx: CommandContext, id: string, opts: ShowOptions): number {
  const w = listWords(ctx.lang);
  const format = (opts.format ?? "text") as ShowFormat;
  if (!SHOW_FORMATS.includes(format)) {
    ctx.io.stderr(w.error.badFormat("show", String(opts.format), SHOW_FORMATS) + "\n");
    return EXIT.failure;
  }
  const opened = openPlanForCommand(ctx);
  if (typeof opened === "number") return opened;
  if (isDecisionRef(id)) {
    const part = buildDecisionShow(opened.plan, id);
    if (part.kind === "unknown") {
      ctx.io.stderr(w.error.unknownPart("show", id, part.ids) + "\n");
      return EXIT.failure;
    }
    ctx.io.stdout(format === "json" ? showPartJson(part.show) : showPartText(part.show, { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx) }));
    return EXIT.ok;
  }
  const found = buildShow(opened.plan, id);
  if (found.kind === "unknown") {
    ctx.io.stderr(w.error.unknownTask("show", id, found.near) + "\n");
    return EXIT.failure;
  }
  ctx.io.stdout(format === "json" ? showJson(found.report) : showText(found.report, { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx) }));
  return EXIT.ok;
}
