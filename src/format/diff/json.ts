// The plan diff as JSON, for scripts and bots; the shape (version 1) is documented in docs/json.md and kept stable.
import { diffCounts } from "../../report/diff";
import type { DiffFormatter } from "./common";

/** JSON: { version: 1, plan, from, to, changed, summary, tasks, agencies, meta, progress }. */
export const json: DiffFormatter = (d) => {
  const side = (s: typeof d.from) => ({ kind: s.kind, rev: s.rev ?? null, commit: s.commit ?? null, exists: s.exists });
  const out = {
    version: 1,
    plan: d.plan,
    from: side(d.from),
    to: side(d.to),
    changed: d.changed,
    summary: diffCounts(d),
    tasks: d.tasks,
    agencies: d.agencies,
    meta: d.meta,
    progress: d.progress,
  };
  return JSON.stringify(out, null, 2) + "\n";
};
