// agency/unknown-member: a group's members are agencies of the registry.
import { nearest } from "../schema";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const agencyUnknownMember: Rule<"agency/unknown-member", PlanContext> = {
  code: "agency/unknown-member",
  check({ facts, agencies: byId }, report) {
    // An id that cannot be read may be the one a member names: unknown members are then held back.
    if (!facts.registryComplete) return;
    for (const { file, agencies } of facts.agencyFiles)
      for (const { agency: a, index: i } of agencies)
        a.members.forEach((m, k) => {
          if (!byId.has(m)) report(file.parsed!, ["agencies", i, "members", k], { id: m, suggestion: nearest(m, [...byId.keys()]) ?? "" });
        });
  },
};
