// progress/agency-file-name: an agency's file in a quarter's folder is named after the agency (progress/2024-Q3/snv.yaml).
import type { Rule } from "./rule";
import type { ProgressContext } from "./progress-context";

export const progressAgencyFileName: Rule<"progress/agency-file-name", ProgressContext> = {
  code: "progress/agency-file-name",
  check({ files }, report) {
    for (const { read, p } of files) {
      const l = read.location;
      const agency = read.raw.agency as string | undefined;
      if (l?.folder && agency && l.name !== agency) report(p, ["agency"], { name: l.name ?? "", agency });
    }
  },
};
