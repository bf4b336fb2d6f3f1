// Which tasks a report covers: --agency (lead or supporting, directly or through a group) and --area, as `par export`
// has had them; `par status` and `par remind` use the same selection.
import { assignmentsOf, buildRegistry, departmentFallback, matchAgency } from "../model/agencies";
import type { Agency, Plan } from "../model/types";
import { listWords } from "../format/list/common";
import { EXIT, type CommandContext } from "./context";

export interface Selection {
  /** Only these task ids (--agency); all when absent. */
  tasks?: Set<string>;
  area?: number;
  agency?: { id: string; name: string };
}

/** The selection --agency and --area ask for, or an exit code once the usage problem is printed. */
export function chooseSelection(ctx: CommandContext, cmd: string, plan: Plan, opts: { agency?: string; area?: string }): Selection | number {
  const out: Selection = {};
  if (opts.area !== undefined) {
    const areas = plan.meta.areas.map((a) => a.number);
    const n = Number(opts.area);
    if (!/^\s*\d+\s*$/.test(opts.area) || !areas.includes(n)) {
      ctx.io.stderr(listWords(ctx.lang).error.badArea(cmd, opts.area, areas) + "\n");
      return EXIT.failure;
    }
    out.area = n;
  }
  if (opts.agency !== undefined) {
    const a = resolveAgency(ctx, cmd, opts.agency, plan);
    if (typeof a === "number") return a;
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
 * The agency a person means, or an exit code after listing the candidates (ambiguous) or the nearest names (unknown).
 * A department the plan never names stands for the departments' group, with a note saying so.
 */
export function resolveAgency(ctx: CommandContext, cmd: string, query: string, plan: Plan): Agency | number {
  const w = listWords(ctx.lang);
  const m = matchAgency(query, plan.agencies);
  if (m.kind === "found") return m.agency;
  const group = departmentFallback(query, plan.agencies, m);
  if (group) {
    ctx.io.stderr(w.error.departmentNote(cmd, query, ctx.lang === "en" && group.nameEn ? group.nameEn : group.name, group.id) + "\n");
    return group;
  }
  const list = m.kind === "ambiguous" ? m.candidates : m.suggestions;
  const idWidth = Math.max(0, ...list.map((a) => a.id.length));
  const lines = list.map((a) => `${a.id.padEnd(idWidth)}  ${a.name}`);
  ctx.io.stderr((m.kind === "ambiguous" ? w.error.ambiguousAgency(cmd, query, lines) : w.error.unknownAgency(cmd, query, lines)) + "\n");
  return EXIT.failure;
}
