// agency/duplicate-id: each agency id is given once, across every agency file.
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const agencyDuplicateId: Rule<"agency/duplicate-id", PlanContext> = {
  code: "agency/duplicate-id",
  check({ facts }, report) {
    const seen = new Set<string>();
    for (const { file, agencies } of facts.agencyFiles)
      for (const { agency: a, index: i } of agencies) {
        if (seen.has(a.id)) report(file.parsed!, ["agencies", i, "id"], { id: a.id });
        else seen.add(a.id);
      }
  },
};
