// progress/not-assigned: an agency reports only on tasks it is assigned to (as lead or support, or through a group).
import { isAssigned } from "../../model/agencies";
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressNotAssigned: Rule<"progress/not-assigned", ProgressContext> = {
  code: "progress/not-assigned",
  check({ entries, registry, facts }, report) {
    if (!registry || !facts.registryComplete) return;
    for (const { e, entry, known, file, at } of entries) {
      // A task whose lead or support cannot all be read may name this agency.
      if (!known || !known.refsComplete || !registry.byId.has(entry.agency)) continue;
      if (!isAssigned(entry.agency, known.task, registry))
        report(file.p, typeof e.agency === "string" ? at("agency") : at("task"), { agency: entry.agency, task: known.task.id });
    }
  },
};
