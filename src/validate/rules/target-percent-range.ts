// target/percent-range: a percentage target lies between 0 and 100.
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const targetPercentRange: Rule<"target/percent-range", PlanContext> = {
  code: "target/percent-range",
  check({ facts }, report) {
    for (const { file, task } of facts.tasks)
      task.targets.forEach((t, i) => {
        if (t.unit === "%" && t.value !== undefined && (t.value < 0 || t.value > 100)) report(file.parsed!, ["targets", i, "value"], { value: t.value });
      });
  },
};
