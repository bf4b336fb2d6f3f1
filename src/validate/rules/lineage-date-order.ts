// lineage/date-order: an event names only agencies in force on its date (not one that had already ended, nor one
// that starts later).
import { endOf, startOf } from "../../model/lineage";
import { formatViDate } from "../../model/dates";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";
import { allPartiesKnown, lineageEvents, partyPath } from "./lineage-events";

export const lineageDateOrder: Rule<"lineage/date-order", PlanContext> = {
  code: "lineage/date-order",
  check(ctx, report) {
    const events = lineageEvents(ctx);
    if (!allPartiesKnown(ctx, events)) return;
    const all = events.map((e) => e.event);
    for (const { event, p, index } of events)
      for (const side of ["from", "to"] as const)
        event[side].forEach((party, k) => {
          const end = endOf(party.agency, all);
          const start = startOf(party.agency, all);
          const at = partyPath(p, index, side, k);
          if (end && end !== event && end.date < event.date)
            report(p, at, { id: party.agency, date: formatViDate(event.date), other: formatViDate(end.date), why: "ended" });
          else if (start && start !== event && start.date > event.date)
            report(p, at, { id: party.agency, date: formatViDate(event.date), other: formatViDate(start.date), why: "starts" });
        });
  },
};
