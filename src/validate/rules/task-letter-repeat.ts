// task/letter-repeat: no two tasks of an area have the same letter.
import type { Rule } from "./rule";
import { byLetter, type PlanContext } from "./plan-context";

export const taskLetterRepeat: Rule<"task/letter-repeat", PlanContext> = {
  code: "task/letter-repeat",
  check({ byArea }, report) {
    for (const [area, entries] of byArea) {
      const sorted = byLetter(entries);
      for (let k = 1; k < sorted.length; k++) {
        const [prev, e] = [sorted[k - 1]!, sorted[k]!];
        // The same id twice is task/duplicate-id.
        if (prev.task.letter === e.task.letter && prev.task.id !== e.task.id)
          report(e.file.parsed!, ["letter"], { letter: e.task.letter, area, other: prev.file.display });
      }
    }
  },
};
