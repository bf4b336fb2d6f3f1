// agency/duplicate-alias: no name or alias (folded: without diacritics or case) belongs to two agencies.
import { fold } from "../../model/vietnamese";
import type { Rule } from "./rule";
import type { PlanContext } from "./plan-context";

export const agencyDuplicateAlias: Rule<"agency/duplicate-alias", PlanContext> = {
  code: "agency/duplicate-alias",
  check({ facts }, report) {
    const names = new Map<string, string>();
    for (const { file, agencies } of facts.agencyFiles)
      for (const { agency: a, index: i } of agencies) {
        [a.name, ...a.aliases].forEach((n, k) => {
          if (k === 0 && n === "") return;
          const key = fold(n);
          const owner = names.get(key);
          if (owner !== undefined && owner !== a.id)
            report(file.parsed!, k === 0 ? ["agencies", i, "name"] : ["agencies", i, "aliases", k - 1], { name: n, other: owner });
          else names.set(key, a.id);
        });
      }
  },
};
