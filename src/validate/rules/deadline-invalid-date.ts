// deadline/invalid-date: a deadline's dates are real dates (2024-02-30 is not).
import { isIsoDate } from "../../model/dates";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const deadlineInvalidDate: Rule<"deadline/invalid-date", PlanContext> = {
  code: "deadline/invalid-date",
  check({ deadlines }, report) {
    for (const { p, dates } of deadlines) for (const [path, value] of dates) if (!isIsoDate(value)) report(p, path, { actual: value });
  },
};
