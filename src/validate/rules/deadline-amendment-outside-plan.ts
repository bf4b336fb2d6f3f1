// deadline/amendment-outside-plan: an amendment keeps to the plan's rules: it takes effect in the plan's year, on or
// after the day its document was issued, and its new deadline falls in the plan's year unless it says
// outside_plan_year, like any deadline (deadline/outside-plan-year).
import { dueDates, isOngoing, yearsBeyondDueDates } from "../../model/deadline";
import { formatViDate, isIsoDate } from "../../model/dates";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";
import { amendmentsOf } from "./amendments";

export const deadlineAmendmentOutsidePlan: Rule<"deadline/amendment-outside-plan", PlanContext> = {
  code: "deadline/amendment-outside-plan",
  check(ctx, report) {
    const planYear = ctx.facts.year;
    if (planYear === undefined) return;
    for (const { p, amendments } of amendmentsOf(ctx)) {
      amendments.forEach((a, i) => {
        if (isIsoDate(a.effective) && Number(a.effective.slice(0, 4)) !== planYear)
          report(p, ["amendments", i, "effective"], { what: "effective", value: formatViDate(a.effective), planYear });
        const issued = a.decision?.date;
        if (issued && isIsoDate(issued) && isIsoDate(a.effective) && issued > a.effective)
          report(p, ["amendments", i, "effective"], { what: "before-decision", value: formatViDate(a.effective), issued: formatViDate(issued), planYear });
        const d = a.deadline;
        if (isOngoing(d)) report(p, ["amendments", i, "deadline", "kind"], { what: "ongoing", value: d.kind, planYear });
        if (d.outsidePlanYear) return;
        const dates = dueDates(d).map((x) => x.date);
        if (!dates.every(isIsoDate)) return;
        const years = [...dates.map((x) => Number(x.slice(0, 4))), ...yearsBeyondDueDates(d)];
        const outside = years.find((y) => y !== planYear);
        if (outside !== undefined) report(p, ["amendments", i, "deadline"], { what: "deadline", value: outside, planYear });
      });
    }
  },
};
