// agency/unknown: an agency's parent, and a task's lead and support agencies, are agencies of the registry.
import type { Agency } from "../../model/types";
import { fold } from "../../model/vietnamese";
import { nearest } from "../schema";
import type { Rule } from "./rule";
import { references, type PlanContext } from "./plan-context";

export const agencyUnknown: Rule<"agency/unknown", PlanContext> = {
  code: "agency/unknown",
  check({ facts, agencies: registry }, report) {
    // Held back while the registry cannot be read whole: the id may be one of the agencies not read.
    if (!facts.registryComplete) return;
    const ids = [...registry.keys()];
    for (const { file, agencies } of facts.agencyFiles)
      for (const { agency: a, index: i } of agencies)
        if (a.parent && !registry.has(a.parent)) report(file.parsed!, ["agencies", i, "parent"], { id: a.parent, suggestion: nearest(a.parent, ids) ?? "" });
    for (const { file, task } of facts.tasks) {
      const p = file.parsed!;
      for (const r of references(p, task)) if (!registry.has(r.agency)) report(p, r.path, { id: r.agency, suggestion: suggestAgency(r.agency, registry, ids) });
    }
  },
};

/** The id a mistyped reference probably means: the nearest id, else the agency whose name or alias it is. */
function suggestAgency(value: string, registry: Map<string, Agency>, ids: string[]): string {
  const byId = nearest(value, ids);
  if (byId) return byId;
  const v = fold(value);
  for (const a of registry.values()) if ([a.name, ...a.aliases].some((n) => fold(n) === v)) return a.id;
  return "";
}
