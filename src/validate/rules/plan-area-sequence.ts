// plan/area-sequence: the plan's areas are numbered 1, 2, 3… in order.
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const planAreaSequence: Rule<"plan/area-sequence", PlanContext> = {
  code: "plan/area-sequence",
  check({ facts: { planFile, areas } }, report) {
    if (!planFile) return;
    for (const a of areas) if (a.number !== a.index + 1) report(planFile.parsed!, ["areas", a.index, "number"], { actual: a.number, expected: a.index + 1 });
  },
};
