// deadline/amendment-no-decision: every amendment names the document that decided it, by its number.
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";
import { amendmentsOf } from "./amendments";

export const deadlineAmendmentNoDecision: Rule<"deadline/amendment-no-decision", PlanContext> = {
  code: "deadline/amendment-no-decision",
  check(ctx, report) {
    for (const { p, amendments } of amendmentsOf(ctx)) {
      amendments.forEach((a, i) => {
        if (!a.decision) report(p, ["amendments", i], {});
        else if (!a.decision.number.trim()) report(p, ["amendments", i, "decision", "number"], {});
      });
    }
  },
};
