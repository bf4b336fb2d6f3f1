// progress/unknown-task: an entry reports on a task of the plan.
import { nearTaskIds } from "../../model/task-ids";
import { mayBeUnreadTask } from "../facts";
import { nearest } from "../schema";
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressUnknownTask: Rule<"progress/unknown-task", ProgressContext> = {
  code: "progress/unknown-task",
  check({ entries, tasks, facts }, report) {
    const ids = [...tasks.keys()];
    for (const { e, known, file, at } of entries) {
      // A task file that cannot be read may hold this task.
      if (known || mayBeUnreadTask(facts, e.task)) continue;
      report(file.p, at("task"), { task: e.task, suggestion: nearTaskIds(e.task, ids, 1)[0] ?? nearest(e.task, ids) ?? "" });
    }
  },
};
