// deadline/amendment-order: a task's amendments are listed in the order they take effect, no two on the same day.
import { formatViDate, isIsoDate } from "../../model/dates";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";
import { amendmentsOf } from "./amendments";

export const deadlineAmendmentOrder: Rule<"deadline/amendment-order", PlanContext> = {
  code: "deadline/amendment-order",
  check(ctx, report) {
    for (const { p, amendments } of amendmentsOf(ctx)) {
      for (let i = 1; i < amendments.length; i++) {
        const a = amendments[i]!.effective;
        const b = amendments[i - 1]!.effective;
        if (isIsoDate(a) && isIsoDate(b) && a <= b) report(p, ["amendments", i, "effective"], { date: formatViDate(a), previous: formatViDate(b) });
      }
    }
  },
};
