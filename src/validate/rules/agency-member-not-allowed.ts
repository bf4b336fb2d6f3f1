// agency/member-not-allowed: only a group lists members.
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const agencyMemberNotAllowed: Rule<"agency/member-not-allowed", PlanContext> = {
  code: "agency/member-not-allowed",
  check({ facts }, report) {
    for (const { file, agencies } of facts.agencyFiles)
      for (const { agency: a, index: i, kindKnown } of agencies)
        if (a.members.length && kindKnown && a.kind !== "group") report(file.parsed!, ["agencies", i, "members"], { id: a.id, kind: a.kind });
  },
};
