// progress/misplaced: a progress file stands at progress/PERIOD.yaml or progress/PERIOD/AGENCY.yaml.
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressMisplaced: Rule<"progress/misplaced", ProgressContext> = {
  code: "progress/misplaced",
  check({ files }, report) {
    for (const { read, p, period } of files) if (!read.location) report(p, ["period"], { period });
  },
};
