// deadline/mismatch: the deadline's fields say what its wording says.
import { meaningMismatches } from "../../model/deadline";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const deadlineMismatch: Rule<"deadline/mismatch", PlanContext> = {
  code: "deadline/mismatch",
  check({ deadlines }, report) {
    for (const { p, entry, read } of deadlines) {
      if (!read) continue;
      const d = entry.task.deadline;
      const f = meaningMismatches(d, read)[0];
      if (f === undefined) continue;
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects are shown as JSON; what is left is a scalar
      const show = (v: unknown) => (v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));
      const readVal =
        f === "milestones" ? (read.kind === "milestones" ? read.milestones.map((m) => m.date).join(", ") : undefined) : (read as Record<string, unknown>)[f];
      const statedVal =
        f === "milestones" ? (d.kind === "milestones" ? d.milestones.map((m) => m.date).join(", ") : undefined) : (d as unknown as Record<string, unknown>)[f];
      report(p, (p.value as Record<string, Record<string, unknown>>).deadline?.[f] !== undefined ? ["deadline", f] : ["deadline", "kind"], {
        field: f,
        written: show(readVal),
        stated: show(statedVal),
        text: d.text,
      });
    }
  },
};
