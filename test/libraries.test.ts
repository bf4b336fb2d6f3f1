// Issue 13, item 7: libraries where they do the job. Edit distance is fastest-levenshtein's, with the guards that keep
// a huge value from being measured against every candidate.
import { describe, expect, it } from "vitest";
import { matchAgency } from "../src/model/agencies";
import { nearTaskIds } from "../src/model/task-ids";
import { nearest } from "../src/validate/schema";
import { PLAN_DIR } from "./helpers";
import { openPlan } from "../src/validate/open";

const plan = openPlan(PLAN_DIR, PLAN_DIR).plan!;
const ids = plan.tasks.map((t) => t.id);
const huge = "Sở Nội vụ" + "ệ".repeat(1_400_000); // about 4 MiB, one word matching no name

describe("edit distance (fastest-levenshtein)", () => {
  it("suggests as before: a typo of an agency, a task id, a schema key", () => {
    const typo = matchAgency("so tu phapp", plan.agencies);
    expect(typo.kind).toBe("unknown");
    if (typo.kind === "unknown") expect(typo.suggestions[0]?.id).toBe("stp");
    expect(nearTaskIds("2.g", ids)[0]).toMatch(/^2\./);
    expect(nearest("dealine", ["deadline", "lead", "support"])).toBe("deadline");
    expect(nearest("xyz", ["deadline", "lead"])).toBeUndefined();
  });

  it("a 4 MiB --agency is not measured against every agency name (it took over 30 s): unknown, the name sharing its words suggested", () => {
    const m = matchAgency(huge, plan.agencies);
    expect(m.kind).toBe("unknown");
    if (m.kind === "unknown") {
      expect(m.suggestions.map((a) => a.id)).toEqual(["snv"]);
      expect(m.typo).toBeUndefined();
    }
    expect(nearest(huge, plan.agencies.map((a) => a.id))).toBeUndefined();
    expect(nearTaskIds(huge, ids)).toEqual([]);
  });
});
