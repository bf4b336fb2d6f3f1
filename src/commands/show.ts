// `par show <id>`: one task in full (accepts 1.đ, 1.dd, 1đ).
import { buildShow } from "../report/list";
import { listWords } from "../format/list/common";
import { showJson, showText, SHOW_FORMATS, type ShowFormat } from "../format/list/show";
import { EXIT, type CommandContext } from "./context";
import { outputWidth } from "./list";
import { openPlanForCommand } from "./plan";
import { openPlanWithProgress, statusReportFor } from "./status";
import { showProgressOf, type ShowProgress } from "../report/followup";

export interface ShowOptions {
  format?: string;
  quarter?: string;
  asOf?: string;
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
  const found = buildShow(opened.plan, id);
  if (found.kind === "unknown") {
    ctx.io.stderr(w.error.unknownTask("show", id, found.near) + "\n");
    return EXIT.failure;
  }
  // The task's bucket and reports, when the plan has progress (or a date or quarter is asked for).
  let progress: ShowProgress | null = null;
  const askedTime = opts.asOf !== undefined || opts.quarter !== undefined;
  const withProgress = askedTime ? null : openPlanWithProgress(ctx);
  if (askedTime || (typeof withProgress !== "number" && withProgress !== null && withProgress.progress.entries.length > 0)) {
    const got = statusReportFor(ctx, {
      ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
      ...(opts.quarter !== undefined ? { quarter: opts.quarter } : {}),
    });
    if (typeof got === "number") return got;
    progress = showProgressOf(got.report, found.report.rows[0].task.id, got.progress.entries);
  }
  ctx.io.stdout(
    format === "json" ? showJson(found.report, progress) : showText(found.report, { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx), progress }),
  );
  return EXIT.ok;
}
