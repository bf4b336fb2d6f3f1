// task/duplicate-id: no two task files hold the same task id.
import type { TaskRead } from "../facts";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const taskDuplicateId: Rule<"task/duplicate-id", PlanContext> = {
  code: "task/duplicate-id",
  check({ facts }, report) {
    const byId = new Map<string, TaskRead>();
    for (const entry of facts.tasks) {
      if (!entry.idKnown) continue;
      const first = byId.get(entry.task.id);
      if (first) report(entry.file.parsed!, ["id"], { id: entry.task.id, other: first.file.display });
      else byId.set(entry.task.id, entry);
    }
  },
};
