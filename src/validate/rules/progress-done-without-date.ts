// progress/done-without-date: a task reported done gives its completion date (or every milestone's).
import { isOngoing, milestonesOf } from "../../model/deadline";
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressDoneWithoutDate: Rule<"progress/done-without-date", ProgressContext> = {
  code: "progress/done-without-date",
  check({ reports }, report) {
    for (const { e, entry, known, file, at } of reports) {
      const task = known!.task;
      if (!known!.deadlineKnown || e.state !== "done" || isOngoing(task.deadline) || e.completed != null) continue;
      const milestones = milestonesOf(task.deadline);
      const allMilestones = milestones.length > 0 && milestones.every((_, i) => entry.milestones.some((m) => m.index === i && m.completed));
      if (!allMilestones) report(file.p, at("state"), { task: task.id });
    }
  },
};
