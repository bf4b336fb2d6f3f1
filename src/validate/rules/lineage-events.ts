// What the lineage rules read (issue 17): the lineage events of the valid agency files, each with its file and place.
import type { LineageEvent } from "../../model/types";
import { toLineage } from "../../load/build";
import type { ParsedYaml, PathSegment } from "../../load/yaml";
import type { PlanContext } from "./plan-context";

type Raw = Record<string, unknown>;

export interface EventRead {
  event: LineageEvent;
  p: ParsedYaml;
  index: number;
}

/** The lineage events of the valid agency files, in file order. */
export function lineageEvents({ facts }: PlanContext): EventRead[] {
  const events: EventRead[] = [];
  for (const { file } of facts.agencyFiles) {
    if (!file.valid) continue;
    toLineage(file.parsed!.value as Raw).forEach((event, index) => events.push({ event, p: file.parsed!, index }));
  }
  return events;
}

/** The place of an agency id in an event's `from` or `to` (a bare id, or the `agency` of a mapping). */
export function partyPath(p: ParsedYaml, i: number, side: "from" | "to", k: number): PathSegment[] {
  const raw = ((p.value as Raw).lineage as Raw[] | undefined)?.[i]?.[side] as unknown[] | undefined;
  return typeof raw?.[k] === "string" ? ["lineage", i, side, k] : ["lineage", i, side, k, "agency"];
}

/** Every agency the events name is in the registry: only then are their dates and loops checked (no cascade). */
export function allPartiesKnown(ctx: PlanContext, events: readonly EventRead[]): boolean {
  return events.every(({ event }) => [...event.from, ...event.to].every((party) => ctx.agencies.has(party.agency)));
}
