// Lineage rules (issue 17): every agency an event names is in the registry, each event names agencies in force on its
// date, and no agency comes back to itself through its successors. Also the agencies decision.yaml assigns.
import type { Diagnostic } from "../model/diagnostic";
import type { Agency, LineageEvent } from "../model/types";
import { endOf, lineageCycle, startOf } from "../model/lineage";
import { formatViDate } from "../model/dates";
import { toLineage } from "../load/build";
import type { LoadedFile } from "../load/files";
import { diagnosticAtPath, type ParsedYaml, type PathSegment } from "../load/yaml";
import { nearest } from "./schema";
import type { PlanFacts } from "./facts";

type Raw = Record<string, unknown>;

/** The place of an agency id in an event's `from` or `to` (a bare id, or the `agency` of a mapping). */
function partyPath(p: ParsedYaml, i: number, side: "from" | "to", k: number): PathSegment[] {
  const raw = ((p.value as Raw).lineage as Raw[] | undefined)?.[i]?.[side] as unknown[] | undefined;
  return typeof raw?.[k] === "string" ? ["lineage", i, side, k] : ["lineage", i, side, k, "agency"];
}

/** Lineage rules over the valid agency files, and agency references of a valid decision file. */
export function checkLineage(facts: PlanFacts, registry: ReadonlyMap<string, Agency>, decisionFile: LoadedFile | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ids = [...registry.keys()];
  const events: { event: LineageEvent; p: ParsedYaml; index: number }[] = [];
  for (const { file } of facts.agencyFiles) {
    if (!file.valid) continue;
    toLineage(file.parsed!.value as Raw).forEach((event, index) => events.push({ event, p: file.parsed!, index }));
  }
  const all = events.map((e) => e.event);
  let known = true;
  for (const { event, p, index } of events) {
    for (const side of ["from", "to"] as const) {
      event[side].forEach((party, k) => {
        if (registry.has(party.agency)) return;
        known = false;
        if (facts.registryComplete)
          out.push(
            diagnosticAtPath(p, partyPath(p, index, side, k), "lineage/unknown-agency", { id: party.agency, suggestion: nearest(party.agency, ids) ?? "" }),
          );
      });
    }
  }
  if (!known) return out;
  for (const { event, p, index } of events) {
    for (const side of ["from", "to"] as const) {
      event[side].forEach((party, k) => {
        const end = endOf(party.agency, all);
        const start = startOf(party.agency, all);
        const at = partyPath(p, index, side, k);
        if (end && end !== event && end.date < event.date)
          out.push(
            diagnosticAtPath(p, at, "lineage/date-order", { id: party.agency, date: formatViDate(event.date), other: formatViDate(end.date), why: "ended" }),
          );
        else if (start && start !== event && start.date > event.date)
          out.push(
            diagnosticAtPath(p, at, "lineage/date-order", { id: party.agency, date: formatViDate(event.date), other: formatViDate(start.date), why: "starts" }),
          );
      });
    }
  }
  const cycle = lineageCycle(all);
  if (cycle) {
    // Reported at the event that closes the loop: the one taking its last step.
    const [a, b] = [cycle[cycle.length - 2]!, cycle[cycle.length - 1]!];
    const at = events.find(({ event }) => event.from.some((x) => x.agency === a) && event.to.some((x) => x.agency === b)) ?? events[0]!;
    out.push(diagnosticAtPath(at.p, ["lineage", at.index], "lineage/cycle", { cycle: cycle.join(" → ") }));
  }
  if (decisionFile?.valid && facts.registryComplete) {
    const p = decisionFile.parsed!;
    ((p.value as Raw).sections as Raw[]).forEach((s, i) =>
      ((s.parts ?? []) as Raw[]).forEach((part, j) => {
        ((part.agencies ?? []) as string[]).forEach((id, k) => {
          if (!registry.has(id))
            out.push(diagnosticAtPath(p, ["sections", i, "parts", j, "agencies", k], "agency/unknown", { id, suggestion: nearest(id, ids) ?? "" }));
        });
        const through = (part.report as Raw | undefined)?.through;
        if (typeof through === "string" && !registry.has(through))
          out.push(
            diagnosticAtPath(p, ["sections", i, "parts", j, "report", "through"], "agency/unknown", { id: through, suggestion: nearest(through, ids) ?? "" }),
          );
      }),
    );
  }
  return out;
}
