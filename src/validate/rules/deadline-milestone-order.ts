// deadline/milestone-order: a deadline's milestones come in date order.
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const deadlineMilestoneOrder: Rule<"deadline/milestone-order", PlanContext> = {
  code: "deadline/milestone-order",
  check({ deadlines }, report) {
    for (const { p, entry, datesValid } of deadlines) {
      const d = entry.task.deadline;
      if (!datesValid || d.kind !== "milestones") continue;
      for (let i = 1; i < d.milestones.length; i++)
        if (d.milestones[i]!.date <= d.milestones[i - 1]!.date)
          report(p, ["deadline", "milestones", i, "date"], { label: d.milestones[i]!.label, previous: d.milestones[i - 1]!.label });
    }
  },
};
