// `par agencies` as data: the registry, and how many tasks each agency leads or supports, named or through a group.
import type { Agency, Plan, PlanMeta } from "../model/types";
import { assignmentsOf, buildRegistry, type Registry } from "../model/agencies";

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
}

export interface AgenciesReport {
  plan: PlanMeta;
  registry: Registry;
  rows: AgencyRow[];
}

/** Every agency of the plan, in registry order, with its task counts as lead and as supporter. */
export function buildAgencies(plan: Plan, registry: Registry = buildRegistry(plan.agencies)): AgenciesReport {
  const order = new Map(plan.agencies.map((a, i) => [a.id, i] as const));
  const inOrder = (ids: Iterable<string>) => [...ids].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
  const rows = plan.agencies.map((agency): AgencyRow => {
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
    };
  });
  return { plan: plan.meta, registry, rows };
}
