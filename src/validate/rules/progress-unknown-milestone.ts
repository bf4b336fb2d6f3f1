// progress/unknown-milestone: an entry's milestones are those of its task's deadline.
import { milestonesOf } from "../../model/deadline";
import { milestoneIndex } from "../../model/progress";
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

type Raw = Record<string, unknown>;

export const progressUnknownMilestone: Rule<"progress/unknown-milestone", ProgressContext> = {
  code: "progress/unknown-milestone",
  check({ reports }, report) {
    for (const { e, known, file, at } of reports) {
      // A deadline that cannot be read (a schema error in the task file) holds this back.
      if (!known!.deadlineKnown || !Array.isArray(e.milestones)) continue;
      const task = known!.task;
      (e.milestones as Raw[]).forEach((m, k) => {
        if (milestoneIndex(task, m.milestone as string) < 0)
          report(file.p, at("milestones", k, "milestone"), {
            task: task.id,
            milestone: String(m.milestone),
            milestones: milestonesOf(task.deadline)
              .map((x) => x.label)
              .join(", "),
          });
      });
    }
  },
};
