// task/unknown-area: a task's area is one of the plan's.
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const taskUnknownArea: Rule<"task/unknown-area", PlanContext> = {
  code: "task/unknown-area",
  check({ facts }, report) {
    // Held back while an area of plan.yaml cannot be read: it may be this one.
    if (!facts.areasComplete) return;
    const numbers = new Set(facts.areas.map((a) => a.number));
    for (const { file, task } of facts.tasks) if (!numbers.has(task.area)) report(file.parsed!, ["area"], { area: task.area, areas: [...numbers].join(", ") });
  },
};
