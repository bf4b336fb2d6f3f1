// agency/unknown: an agency's parent, and a task's lead and support agencies, are agencies of the registry.
import type { Agency } from "../../model/types";
import { fold } from "../../model/vietnamese";
import { nearest } from "../schema";
import type { Rule } from "./rule";

type Raw = Record<string, unknown>;
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
    // The agencies decision.yaml assigns (section III's parts), and the agency each part reports through.
    const decision = facts.decisionFile;
    if (decision?.valid) {
      const p = decision.parsed!;
      ((p.value as Raw).sections as Raw[]).forEach((s, i) =>
        ((s.parts ?? []) as Raw[]).forEach((part, j) => {
          ((part.agencies ?? []) as string[]).forEach((id, k) => {
            if (!registry.has(id)) report(p, ["sections", i, "parts", j, "agencies", k], { id, suggestion: suggestAgency(id, registry, ids) });
          });
          const through = (part.report as Raw | undefined)?.through;
          if (typeof through === "string" && !registry.has(through))
            report(p, ["sections", i, "parts", j, "report", "through"], { id: through, suggestion: suggestAgency(through, registry, ids) });
        }),
      );
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
