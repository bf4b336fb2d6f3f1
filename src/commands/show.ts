// `par show <id>`: one task in full (accepts 1.đ, 1.dd, 1đ).
import { buildDecisionShow, buildShow, isDecisionRef } from "../report/list";
import { showJson, showPartJson, showPartText, showText, SHOW_FORMATS, type ShowFormat } from "../format/show";
import { usablePlan } from "../workspace";
import { UsageError } from "../workspace/errors";
import { EXIT, outputWidth, workspaceOf, type CommandContext } from "./context";
import { showProgressOf, type ShowProgress } from "../report/followup";
import { statusReportFor } from "./select";

export interface ShowOptions {
  format?: string;
  quarter?: string;
  asOf?: string;
}

/** Run `par show`; 0 when the task was shown, 2 when there is no such task or the format is unknown. */
export function showCommand(ctx: CommandContext, id: string, opts: ShowOptions): number {
  const format = (opts.format ?? "text") as ShowFormat;
  if (!SHOW_FORMATS.includes(format)) throw new UsageError("list.badFormat", ["show", String(opts.format), SHOW_FORMATS]);
  const ws = workspaceOf(ctx, { progress: true });
  const plan = usablePlan(ws);
  if (isDecisionRef(id)) {
    const part = buildDecisionShow(plan, id);
    if (part.kind === "unknown") throw new UsageError("list.unknownPart", ["show", id, part.ids]);
    ctx.io.stdout(format === "json" ? showPartJson(part.show) : showPartText(part.show, { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx) }));
    return EXIT.ok;
  }
  const found = buildShow(plan, id);
  if (found.kind === "unknown") throw new UsageError("list.unknownTask", ["show", id, found.near]);
  // The task's bucket and reports, when the plan has progress (or a date or quarter is asked for).
  let progress: ShowProgress | null = null;
  const askedTime = opts.asOf !== undefined || opts.quarter !== undefined;
  if (askedTime || (ws.progressProblems.every((d) => d.severity !== "error") && (ws.progress?.entries.length ?? 0) > 0)) {
    const got = statusReportFor(
      ctx,
      "status",
      {
        ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
        ...(opts.quarter !== undefined ? { quarter: opts.quarter } : {}),
      },
      undefined,
      ws,
    );
    progress = showProgressOf(got.report, found.report.rows[0].task.id, got.progress.entries);
  }
  ctx.io.stdout(
    format === "json" ? showJson(found.report, progress) : showText(found.report, { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx), progress }),
  );
  return EXIT.ok;
}
