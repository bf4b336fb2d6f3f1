// progress/conflict: an agency's reports on a task agree: twice in one period (an error), and over the quarters a
// completed task stays completed, on the same day (a warning).
import { formatViDate } from "../../model/dates";
import { isOngoing } from "../../model/deadline";
import { quarterOrdinal, type ProgressEntry } from "../../model/progress";
import type { Rule } from "./rule";
import { repeatPlace, signature, type ProgressContext } from "./progress-context";

export const progressConflict: Rule<"progress/conflict", ProgressContext> = {
  code: "progress/conflict",
  check({ repeats, histories, tasks }, report) {
    for (const { first, again } of repeats)
      if (signature(first.entry) !== signature(again.entry))
        report(again.file.p, again.at("task"), {
          task: again.known!.task.id,
          agency: again.entry.agency,
          kind: "same-period",
          was: describe(first.entry),
          now: describe(again.entry),
          other: repeatPlace(first),
        });
    for (const list of histories) {
      const sorted = [...list].sort((a, b) => quarterOrdinal(a.entry.period) - quarterOrdinal(b.entry.period));
      for (let k = 1; k < sorted.length; k++) {
        const prev = sorted[k - 1]!.entry;
        const cur = sorted[k]!;
        const known = tasks.get(cur.entry.task);
        if (!known || !known.deadlineKnown || isOngoing(known.task.deadline) || prev.state !== "done") continue;
        const kind =
          cur.entry.state !== "done" ? "undone" : prev.completed && cur.entry.completed && prev.completed !== cur.entry.completed ? "changed-date" : undefined;
        if (!kind) continue;
        report(
          cur.file.p,
          cur.at(kind === "undone" ? "state" : "completed"),
          { task: known.task.id, agency: cur.entry.agency, kind, was: describe(prev), now: describe(cur.entry), other: prev.period },
          { severity: "warning" },
        );
      }
    }
  },
};

/** A report's state and date for a message: "done 05/09/2024", "in-progress". */
function describe(e: ProgressEntry): string {
  return e.state === "done" && e.completed ? `${e.state} ${formatViDate(e.completed)}` : e.state;
}
