// task/duplicate-agency: a task names each agency once, as lead or as support.
import type { Rule } from "./rule";
import { references, type PlanContext } from "./plan-context";

export const taskDuplicateAgency: Rule<"task/duplicate-agency", PlanContext> = {
  code: "task/duplicate-agency",
  check({ facts, agencies }, report) {
    for (const { file, task } of facts.tasks) {
      const p = file.parsed!;
      const seen = new Map<string, string>();
      for (const r of references(p, task)) {
        if (!agencies.has(r.agency)) continue; // an unknown agency has its own message
        const before = seen.get(r.agency);
        if (before) report(p, r.path, { id: r.agency, role: r.role, other: before });
        else seen.set(r.agency, r.role);
      }
    }
  },
};
