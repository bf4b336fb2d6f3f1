// `par agencies` as data: the registry, and how many tasks each agency leads or supports, named or through a group.
import type { Agency, DecisionText, LineageEvent, Plan, PlanMeta } from "../model/types";
import { assignmentsOf, buildRegistry, type Registry } from "../model/agencies";
import { agenciesInForce, endOf, eventsInOrder, lastEventDate, predecessorsAt, registryAt, startOf, successorsAt, type LineageLink } from "../model/lineage";

/** Tasks counted for one role: naming the agency itself, naming a group it belongs to, and both together. */
export interface RoleCounts {
  direct: number;
  viaGroup: number;
  total: number;
}

export interface AgencyRow {
  agency: Agency;
  /** Ids of the groups the agency belongs to (transitively), in registry order. */
  groups: string[];
  /** For a group: ids of its members (transitively), in registry order. */
  members: string[];
  lead: RoleCounts;
  support: RoleCounts;
  /** Lineage at the report's date: the event that started or ended it, and its links to other agencies. */
  lineage: AgencyLineage;
  /** What the decision's text (outside the appendix) gives it: by part, named or through a group. */
  duties: Duty[];
}

export interface AgencyLineage {
  started?: LineageEvent;
  ended?: LineageEvent;
  /** Agencies whose functions passed into this one (nearest first). */
  predecessors: LineageLink[];
  /** Agencies in force that carry on this one's functions, wholly or a share. */
  successors: LineageLink[];
}

/** A duty under the decision's text: the part (III.1), whether it is assigned the part or consolidates its reports. */
export interface Duty {
  part: string;
  role: "assigned" | "consolidates";
  /** The group the part names, when the agency is a member of it. */
  via?: string;
  /** For a part asking for reports: what, to whom, through whom, how often (editorial reading). */
  report?: { what: string; to: string; through?: string; periods: string[] };
}

export interface AgenciesReport {
  plan: PlanMeta;
  registry: Registry;
  rows: AgencyRow[];
  /** The date whose names are in force (--as-of), if one was given: only agencies in force then are rows. */
  asOf?: string;
  /** Every lineage event, in the order they took effect. */
  lineage: LineageEvent[];
  /** The decision's text, when the plan has it (for the parts' titles). */
  decision?: DecisionText;
}

/** The duties each agency has under the decision's text, named in a part or through a group it belongs to. */
function dutiesOf(id: string, decision: DecisionText | undefined, reg: Registry): Duty[] {
  if (!decision) return [];
  const groups = reg.groups.get(id) ?? new Set<string>();
  const out: Duty[] = [];
  for (const section of decision.sections)
    for (const part of section.parts) {
      const report = part.report ? { report: part.report } : {};
      if (part.agencies.includes(id)) out.push({ part: part.id, role: "assigned", ...report });
      else {
        const via = part.agencies.find((g) => groups.has(g));
        if (via) out.push({ part: part.id, role: "assigned", via, ...report });
      }
      if (part.report?.through === id) out.push({ part: part.id, role: "consolidates", report: part.report });
    }
  return out;
}

/** Every agency of the plan, in registry order, with its task counts as lead and as supporter. */
export function buildAgencies(plan: Plan, opts: { asOf?: string } = {}): AgenciesReport {
  const registry = buildRegistry(opts.asOf !== undefined ? registryAt(plan.agencies, opts.asOf, plan.lineage) : plan.agencies);
  const date = opts.asOf ?? lastEventDate(plan.lineage) ?? `${plan.meta.year}-12-31`;
  const order = new Map(plan.agencies.map((a, i) => [a.id, i] as const));
  const inOrder = (ids: Iterable<string>) => [...ids].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  const shown = opts.asOf !== undefined ? agenciesInForce(plan.agencies, opts.asOf, plan.lineage) : plan.agencies;
  const rows = shown.map((agency): AgencyRow => {
    const counts = { lead: { direct: 0, viaGroup: 0, total: 0 }, support: { direct: 0, viaGroup: 0, total: 0 } };
    for (const a of assignmentsOf(agency.id, plan, registry)) {
      const c = counts[a.role];
      if (a.via === undefined) c.direct++;
      else c.viaGroup++;
      c.total++;
    }
    return {
      agency,
      groups: inOrder(registry.groups.get(agency.id) ?? []),
      members: inOrder(registry.members.get(agency.id) ?? []),
      ...counts,
      lineage: lineageOf(agency.id, date, plan.lineage),
      duties: dutiesOf(agency.id, plan.decision, registry),
    };
  });
  const lineage = eventsInOrder(plan.lineage).filter((e) => opts.asOf === undefined || e.date <= opts.asOf);
  return {
    plan: plan.meta,
    registry,
    rows,
    lineage,
    ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
    ...(plan.decision ? { decision: plan.decision } : {}),
  };
}

function lineageOf(id: string, date: string, events: readonly LineageEvent[]): AgencyLineage {
  const started = startOf(id, events);
  const ended = endOf(id, events);
  return {
    ...(started && started.date <= date ? { started } : {}),
    ...(ended && ended.date <= date ? { ended } : {}),
    predecessors: predecessorsAt(id, date, events),
    successors: successorsAt(id, date, events),
  };
}
