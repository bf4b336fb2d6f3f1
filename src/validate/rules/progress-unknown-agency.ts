// progress/unknown-agency: the agency an entry (or its file) reports for is in the registry.
import { nearest } from "../schema";
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressUnknownAgency: Rule<"progress/unknown-agency", ProgressContext> = {
  code: "progress/unknown-agency",
  check({ entries, registry, facts }, report) {
    // Held back while the registry cannot be read whole: the agency may be one not read.
    if (!registry || !facts.registryComplete) return;
    const ids = [...registry.byId.keys()];
    // The file's own agency (`agency:` at its top), when unknown, is reported once, there.
    const reportedFileAgency = new Set<unknown>();
    for (const { e, entry, known, file, at } of entries) {
      if (!known || registry.byId.has(entry.agency)) continue;
      const own = typeof e.agency === "string";
      if (!own && reportedFileAgency.has(file)) continue;
      report(file.p, own ? at("agency") : ["agency"], { agency: entry.agency, suggestion: nearest(entry.agency, ids) ?? "" });
      if (!own) reportedFileAgency.add(file);
    }
  },
};
