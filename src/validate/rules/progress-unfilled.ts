// progress/unfilled: an entry is filled in (it has a state), not left as `par progress init` wrote it.
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressUnfilled: Rule<"progress/unfilled", ProgressContext> = {
  code: "progress/unfilled",
  check({ entries, registry }, report) {
    if (!registry) return;
    for (const { entry, known, file, at } of entries) if (known && entry.unfilled) report(file.p, at(), { task: known.task.id });
  },
};
