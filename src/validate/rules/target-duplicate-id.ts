// target/duplicate-id: a task's targets have different ids.
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const targetDuplicateId: Rule<"target/duplicate-id", PlanContext> = {
  code: "target/duplicate-id",
  check({ facts }, report) {
    for (const { file, task } of facts.tasks) {
      const ids = new Set<string>();
      task.targets.forEach((t, i) => {
        if (ids.has(t.id)) report(file.parsed!, ["targets", i, "id"], { id: t.id });
        ids.add(t.id);
      });
    }
  },
};
