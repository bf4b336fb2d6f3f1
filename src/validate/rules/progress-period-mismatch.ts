// progress/period-mismatch: a progress file's period is the one its name (or folder) says.
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressPeriodMismatch: Rule<"progress/period-mismatch", ProgressContext> = {
  code: "progress/period-mismatch",
  check({ files }, report) {
    for (const { read, p, period } of files) {
      const l = read.location;
      if (l && l.period !== period) report(p, ["period"], { location: l.folder ? `progress/${l.period}/` : `progress/${l.period}.yaml`, period });
    }
  },
};
