// progress/no-evidence: a task reported done names its evidence (a document's number and date).
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressNoEvidence: Rule<"progress/no-evidence", ProgressContext> = {
  code: "progress/no-evidence",
  check({ reports }, report) {
    for (const { e, entry, known, file, at } of reports) {
      // Evidence written with a date that cannot be read still counts as given (the date has its own message).
      const written = Array.isArray(e.evidence) && e.evidence.length > 0;
      if (known!.deadlineKnown && e.state === "done" && entry.evidence.length === 0 && !entry.milestones.some((m) => m.evidence.length > 0) && !written)
        report(file.p, at("state"), { task: known!.task.id });
    }
  },
};
