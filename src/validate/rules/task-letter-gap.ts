// task/letter-gap: an area's letters run a, b, c, d, đ, e, g, … with none skipped.
import { TASK_LETTERS, letterIndex } from "../../model/vietnamese";
import type { Rule } from "./rule";
import { byLetter, type PlanContext } from "./plan-context";

export const taskLetterGap: Rule<"task/letter-gap", PlanContext> = {
  code: "task/letter-gap",
  check({ facts: { unread }, byArea }, report) {
    for (const [area, entries] of byArea) {
      // A task file whose letter cannot be read may fill a gap: gaps are then not reported in its area (in any area,
      // when its area cannot be read either).
      if (unread.all || unread.areas.has(area)) continue;
      let expected = 0;
      for (const e of byLetter(entries)) {
        const idx = letterIndex(e.task.letter);
        if (idx > expected) report(e.file.parsed!, ["letter"], { letter: e.task.letter, area, missing: TASK_LETTERS.slice(expected, idx).join(", ") });
        expected = Math.max(expected, idx + 1);
      }
    }
  },
};
