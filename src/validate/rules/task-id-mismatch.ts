// task/id-mismatch: a task's id is its area, a dot and its letter.
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const taskIdMismatch: Rule<"task/id-mismatch", PlanContext> = {
  code: "task/id-mismatch",
  check({ facts }, report) {
    for (const { file, task, idKnown } of facts.tasks) {
      const expected = `${task.area}.${task.letter}`;
      if (idKnown && task.id !== expected) report(file.parsed!, ["id"], { id: task.id, expected });
    }
  },
};
