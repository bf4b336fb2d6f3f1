// progress/duplicate-entry: an agency reports a task once a period (the same report twice: this; two that disagree:
// progress/conflict).
import type { Rule } from "./rule";
import { repeatPlace, signature, type ProgressContext } from "./progress-context";

export const progressDuplicateEntry: Rule<"progress/duplicate-entry", ProgressContext> = {
  code: "progress/duplicate-entry",
  check({ repeats }, report) {
    for (const { first, again } of repeats)
      if (signature(first.entry) === signature(again.entry))
        report(again.file.p, again.at("task"), { task: again.known!.task.id, agency: again.entry.agency, other: repeatPlace(first) });
  },
};
