// Carrying an agencies.yaml forward to a later plan (par init --from, issue 17): the agencies that had ended by the
// start of the new plan's year are left out, with their places among groups' members and the lineage events dated
// before that start (that history stays in the earlier plan); agencies that end during the year stay, with their
// events, since the plan's first months still name them. Comments, order and every other entry stay as written. The `yaml` library edits the document in place (js-yaml
// would drop the comments, which carry the editorial notes and sources).
import type * as YamlLib from "yaml";
// yaml (~190 KB) is needed only when a file has a problem or is rewritten: loaded then, not at start-up.
let yamlLib: typeof YamlLib | undefined;
const Y = (): typeof YamlLib => (yamlLib ??= require("yaml") as typeof YamlLib);
import * as jsyaml from "js-yaml";
import { toLineage } from "./build";
import { inForceAt } from "../model/lineage";

/** The agencies file's text for a plan starting on `date` (ISO), and the ids left out because they had ended before it. */
export function agenciesTextAt(text: string, date: string): { text: string; ended: string[] } {
  const value = jsyaml.load(text) as Record<string, unknown> | null;
  const events = value && typeof value === "object" ? toLineage(value) : [];
  if (!events.length) return { text, ended: [] };
  const doc = Y().parseDocument(text);
  const list = doc.get("agencies");
  if (!Y().isSeq(list)) return { text, ended: [] };
  const ended = new Set<string>();
  for (const item of list.items) {
    const id = Y().isMap(item) ? item.get("id") : undefined;
    // Ended before the date: not in force then, and not an agency that only starts later.
    if (typeof id === "string" && !inForceAt(id, date, events) && events.some((e) => e.date <= date && e.from.some((p) => p.agency === id))) ended.add(id);
  }
  if (!ended.size) return { text, ended: [] };
  list.items = list.items.filter((item) => !(Y().isMap(item) && ended.has(String(item.get("id")))));
  for (const item of list.items) {
    const members = Y().isMap(item) ? item.get("members") : undefined;
    if (Y().isSeq(members)) members.items = members.items.filter((m) => !(Y().isScalar(m) && ended.has(String(m.value))));
  }
  const lineage = doc.get("lineage");
  if (Y().isSeq(lineage))
    lineage.items = lineage.items.filter((item, i) => {
      const e = events[i]!;
      return e.date >= date && ![...e.from, ...e.to].some((p) => ended.has(p.agency));
    });
  return { text: doc.toString({ lineWidth: 0, flowCollectionPadding: false }), ended: [...ended] };
}
