// progress/outside-plan: a progress file's quarter is one the plan's reports cover (2204-Q4 is a typo for 2024-Q4).
import { periodKey, reportQuarters, planSpan } from "../../model/period";
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressOutsidePlan: Rule<"progress/outside-plan", ProgressContext> = {
  code: "progress/outside-plan",
  check({ files, plan }, report) {
    if (!plan) return;
    const { first, last } = reportQuarters(planSpan(plan));
    for (const { p, period, inPlan } of files)
      if (!inPlan) report(p, ["period"], { period, first: periodKey(first), last: periodKey(last), planYear: plan.meta.year });
  },
};
