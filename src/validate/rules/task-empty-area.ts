// task/empty-area: every area of the plan has a task (once the plan has any).
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const taskEmptyArea: Rule<"task/empty-area", PlanContext> = {
  code: "task/empty-area",
  check({ facts: { planFile, tasks, unread, areas }, byArea }, report) {
    if (!planFile || unread.all) return;
    const anyTask = tasks.length > 0 || unread.areas.size > 0;
    if (!anyTask) return;
    for (const a of areas) if (!byArea.has(a.number) && !unread.areas.has(a.number)) report(planFile.parsed!, ["areas", a.index], { area: a.number });
  },
};
