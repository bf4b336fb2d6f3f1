// plan/invalid-date: the decision's date is a real date.
import { isIsoDate } from "../../model/dates";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const planInvalidDate: Rule<"plan/invalid-date", PlanContext> = {
  code: "plan/invalid-date",
  check({ facts: { planFile, decisionDate } }, report) {
    if (planFile && decisionDate && !isIsoDate(decisionDate)) report(planFile.parsed!, ["decision", "date"], { actual: decisionDate });
  },
};
