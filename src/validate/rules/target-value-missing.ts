// target/value-missing: a target gives the value its comparison needs (only "increase" needs none).
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const targetValueMissing: Rule<"target/value-missing", PlanContext> = {
  code: "target/value-missing",
  check({ facts }, report) {
    for (const { file, task } of facts.tasks)
      task.targets.forEach((t, i) => {
        if (t.comparison !== "increase" && t.value === undefined) report(file.parsed!, ["targets", i, "comparison"], { comparison: t.comparison });
      });
  },
};
