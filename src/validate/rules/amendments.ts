// What the three amendment rules read: each task's amendments, with the parsed file to point into.
import type { Amendment } from "../../model/types";
import type { ParsedYaml } from "../../load/yaml";
import type { PlanContext } from "./plan-context";

interface AmendmentsRead {
  p: ParsedYaml;
  amendments: Amendment[];
}

/** The tasks whose amendments passed the schema, with their parsed file. */
export function amendmentsOf({ facts }: PlanContext): AmendmentsRead[] {
  const out: AmendmentsRead[] = [];
  for (const entry of facts.tasks) {
    const list = entry.task.amendments;
    if (list?.length && entry.file.parsed) out.push({ p: entry.file.parsed, amendments: list });
  }
  return out;
}
