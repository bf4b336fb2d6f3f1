// progress/invalid-date: every date of a progress entry is a real date.
import { parseDate } from "../../model/dates";
import type { Rule } from "./rule";
import { entryDates, type ProgressContext } from "./progress-context";

export const progressInvalidDate: Rule<"progress/invalid-date", ProgressContext> = {
  code: "progress/invalid-date",
  check({ entries }, report) {
    for (const er of entries)
      for (const { value, path } of entryDates(er)) if (typeof value === "string" && !parseDate(value)) report(er.file.p, path, { actual: value });
  },
};
