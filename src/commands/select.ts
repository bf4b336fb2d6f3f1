// What the report commands share: which tasks a report covers (--agency, lead or supporting, directly or through a
// group, and --area, as `par export` has had them), and the status report of the period asked for, which `par status`,
// `par list --state`, `par show` and `par remind` judge by. Errors are thrown (report/request.ts, workspace/errors.ts)
// and put into words in one place (commands/errors.ts).
import { assignmentsOf, buildRegistry } from "../model/agencies";
import type { Plan } from "../model/types";
import type { Progress } from "../model/progress";
import { buildStatus, type StatusReport } from "../report/status";
import { formsReturn } from "../report/progress-form";
import { areaOption, asOfDate, requestedPeriod, resolveAgency, type PeriodCommand, type PeriodRequest } from "../report/request";
import { usableProgress, type Workspace } from "../workspace";
import { workspaceOf, type CommandContext } from "./context";
import { departmentNote } from "./errors";

export interface Selection {
  /** Only these task ids (--agency); all when absent. */
  tasks?: Set<string>;
  area?: number;
  agency?: { id: string; name: string };
}

/** The selection --agency and --area ask for (a UsageError when either names nothing of the plan). */
export function chooseSelection(ctx: CommandContext, cmd: string, plan: Plan, opts: { agency?: string; area?: string }): Selection {
  const out: Selection = {};
  if (opts.area !== undefined) out.area = areaOption(cmd, opts.area, plan);
  if (opts.agency !== undefined) {
    const { agency: a, group } = resolveAgency(cmd, opts.agency, plan);
    if (group) ctx.io.stderr(departmentNote(ctx.lang, cmd, opts.agency, a) + "\n");
    out.tasks = new Set(assignmentsOf(a.id, plan, buildRegistry(plan.agencies)).map((x) => x.task.id));
    out.agency = { id: a.id, name: ctx.lang === "en" && a.nameEn ? a.nameEn : a.name };
  }
  return out;
}

/** The plan narrowed to the selected tasks (the registry, areas and metadata kept whole). */
export function selectedPlan(plan: Plan, sel: Selection): Plan {
  if (!sel.tasks && sel.area === undefined) return plan;
  return { ...plan, tasks: plan.tasks.filter((t) => (!sel.tasks || sel.tasks.has(t.id)) && (sel.area === undefined || t.area === sel.area)) };
}

/**
 * The status report of the period asked for (--quarter, --period, --as-of), with the plan and its progress, for the
 * tasks --agency and --area select, from a workspace opened with its progress (opened here unless given); throws for a bad date or period (exit 2) or a plan or progress with errors (1).
 */
export function statusReportFor(
  ctx: CommandContext,
  cmd: PeriodCommand,
  opts: PeriodRequest,
  select?: { agency?: string; area?: string },
  ws: Workspace = workspaceOf(ctx, { progress: true }),
): { plan: Plan; progress: Progress; report: StatusReport } {
  const asOf = asOfDate(cmd, opts.asOf);
  const { plan, progress } = usableProgress(ws);
  const period = requestedPeriod(cmd, plan, progress, opts, asOf, ctx.source.display(plan.dir));
  const when = asOf ? { period, asOf } : { period };
  let report: StatusReport;
  if (select && (select.agency !== undefined || select.area !== undefined)) {
    const sel = chooseSelection(ctx, cmd, plan, select);
    report = buildStatus(selectedPlan(plan, sel), progress, when);
    report.selection = { agency: sel.agency ?? null, area: sel.area ?? null };
  } else report = buildStatus(plan, progress, when);
  // Once return forms of the quarter have been imported: the agencies whose form has not come back (issue 14).
  const forms = cmd === "status" && period.kind === "quarter" ? formsReturn(plan, progress, report.period.key) : undefined;
  if (forms) report.forms = forms;
  return { plan, progress, report };
}
