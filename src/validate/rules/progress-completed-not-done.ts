// progress/completed-not-done: only an entry whose state is done gives a completion date.
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressCompletedNotDone: Rule<"progress/completed-not-done", ProgressContext> = {
  code: "progress/completed-not-done",
  check({ reports }, report) {
    for (const { e, known, file, at } of reports)
      if (e.state !== "done" && typeof e.completed === "string") report(file.p, at("completed"), { task: known!.task.id, state: e.state });
  },
};
