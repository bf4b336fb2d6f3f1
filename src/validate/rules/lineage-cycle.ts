// lineage/cycle: no agency comes back to itself through its successors.
import { lineageCycle } from "../../model/lineage";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";
import { allPartiesKnown, lineageEvents } from "./lineage-events";

export const lineageCycleRule: Rule<"lineage/cycle", PlanContext> = {
  code: "lineage/cycle",
  check(ctx, report) {
    const events = lineageEvents(ctx);
    if (events.length === 0 || !allPartiesKnown(ctx, events)) return;
    const cycle = lineageCycle(events.map((e) => e.event));
    if (!cycle) return;
    // Reported at the event that closes the loop: the one taking its last step.
    const [a, b] = [cycle[cycle.length - 2]!, cycle[cycle.length - 1]!];
    const at = events.find(({ event }) => event.from.some((x) => x.agency === a) && event.to.some((x) => x.agency === b)) ?? events[0]!;
    report(at.p, ["lineage", at.index], { cycle: cycle.join(" → ") });
  },
};
