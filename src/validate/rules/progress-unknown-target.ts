// progress/unknown-target: an entry reports only targets its task has.
import { nearest } from "../schema";
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressUnknownTarget: Rule<"progress/unknown-target", ProgressContext> = {
  code: "progress/unknown-target",
  check({ reports }, report) {
    for (const { e, known, file, at } of reports) {
      // A target that cannot be read may be the one named.
      if (e.targets == null || !known!.targetsComplete) continue;
      const task = known!.task;
      const ids = task.targets.map((t) => t.id);
      for (const key of Object.keys(e.targets as Record<string, unknown>))
        if (!ids.includes(key))
          report(file.p, at("targets", key), { task: task.id, target: key, suggestion: nearest(key, ids) ?? "", targets: ids.join(", ") }, { which: "key" });
    }
  },
};
