// progress/not-assigned: an agency reports only on tasks it is assigned to (as lead or support, or through a group), or
// inherits at its report's cut-off from a predecessor that passed wholly into it (agencies.yaml `lineage`).
import { isAssigned } from "../../model/agencies";
import { inheritedAssignments } from "../../model/lineage";
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressNotAssigned: Rule<"progress/not-assigned", ProgressContext> = {
  code: "progress/not-assigned",
  check({ entries, registry, facts, plan }, report) {
    if (!registry || !facts.registryComplete) return;
    // The tasks each agency inherits at each cut-off, worked out once per agency and quarter.
    const inherited = new Map<string, Set<string>>();
    const inherits = (agency: string, task: string, cutoff: string | undefined): boolean => {
      if (!plan || cutoff === undefined || !plan.lineage.length) return false;
      const key = `${agency} ${cutoff}`;
      let tasks = inherited.get(key);
      if (!tasks) inherited.set(key, (tasks = new Set(inheritedAssignments(agency, cutoff, plan, registry).map((a) => a.task.id))));
      return tasks.has(task);
    };
    for (const { e, entry, known, file, at } of entries) {
      // A task whose lead or support cannot all be read may name this agency.
      if (!known || !known.refsComplete || !registry.byId.has(entry.agency)) continue;
      if (!isAssigned(entry.agency, known.task, registry) && !inherits(entry.agency, known.task.id, file.cutoff))
        report(file.p, typeof e.agency === "string" ? at("agency") : at("task"), { agency: entry.agency, task: known.task.id });
    }
  },
};
