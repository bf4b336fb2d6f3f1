// deadline/outside-plan-year: a deadline falls in the plan's year, unless it says outside_plan_year: true.
import { dueDates, yearsBeyondDueDates } from "../../model/deadline";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const deadlineOutsidePlanYear: Rule<"deadline/outside-plan-year", PlanContext> = {
  code: "deadline/outside-plan-year",
  check({ deadlines }, report) {
    for (const { p, entry, datesValid, planYear } of deadlines) {
      const d = entry.task.deadline;
      if (!datesValid || d.outsidePlanYear) continue;
      const years = dueDates(d).map((x) => Number(x.date.slice(0, 4)));
      years.push(...yearsBeyondDueDates(d));
      const outside = years.find((y) => y !== planYear);
      if (outside !== undefined) report(p, ["deadline"], { year: outside, planYear });
    }
  },
};
