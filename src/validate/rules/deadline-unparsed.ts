// deadline/unparsed: par understands the deadline's wording (so that it can check the fields against it).
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const deadlineUnparsed: Rule<"deadline/unparsed", PlanContext> = {
  code: "deadline/unparsed",
  check({ deadlines }, report) {
    // A deadline with a date that is not real is left to deadline/invalid-date.
    for (const { p, entry, datesValid, read } of deadlines) {
      const d = entry.task.deadline;
      if (datesValid && !read) report(p, ["deadline", "text"], { text: d.text, kind: d.kind });
    }
  },
};
