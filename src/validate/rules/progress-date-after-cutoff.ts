// progress/date-after-cutoff: no date of a quarter's report lies after the quarter's cut-off (an evidence date: a warning).
import { formatViDate, parseDate } from "../../model/dates";
import type { Rule } from "./rule";
import { entryDates, type ProgressContext } from "./progress-context";

export const progressDateAfterCutoff: Rule<"progress/date-after-cutoff", ProgressContext> = {
  code: "progress/date-after-cutoff",
  check({ entries }, report) {
    for (const er of entries) {
      const { cutoff, p, period } = er.file;
      if (!cutoff) continue;
      for (const { value, path, kind } of entryDates(er)) {
        const iso = typeof value === "string" ? parseDate(value) : undefined;
        if (iso && iso > cutoff)
          report(p, path, { date: formatViDate(iso), cutoff: formatViDate(cutoff), period }, { severity: kind === "evidence" ? "warning" : "error" });
      }
    }
  },
};
