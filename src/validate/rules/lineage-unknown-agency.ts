// lineage/unknown-agency: every agency a lineage event names (in `from` or `to`) is in the registry.
import { nearest } from "../schema";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";
import { lineageEvents, partyPath } from "./lineage-events";

export const lineageUnknownAgency: Rule<"lineage/unknown-agency", PlanContext> = {
  code: "lineage/unknown-agency",
  check(ctx, report) {
    // Held back while the registry cannot be read whole: the id may be one of the agencies not read.
    if (!ctx.facts.registryComplete) return;
    const ids = [...ctx.agencies.keys()];
    for (const { event, p, index } of lineageEvents(ctx))
      for (const side of ["from", "to"] as const)
        event[side].forEach((party, k) => {
          if (!ctx.agencies.has(party.agency)) report(p, partyPath(p, index, side, k), { id: party.agency, suggestion: nearest(party.agency, ids) ?? "" });
        });
  },
};
