// English words of `par export`: the annex's column headings, labels inside its cells, and the command's messages.

export const exportEn = {
  /** Column headings, by the stable keys of --columns. */
  col: {
    tt: "No.",
    task: "Task or measure",
    lead: "Lead agency",
    support: "Supporting agencies",
    deadline: "Deadline",
    result: "Results (with evidence)",
    status: "Assessment",
    note: "Notes",
  },
  /** An area's heading row. */
  areaHeading: (n: number, name: string) => `${n}. ${name}`,
  title: (plan: string) => `Results of the ${plan}`,
  periodLine: (label: string, start: string, end: string, cutoff: string, asOf: boolean) =>
    `${label.charAt(0).toUpperCase()}${label.slice(1)} (reporting period ${start}–${end}; ${asOf ? `as of ${cutoff}` : `figures at the cut-off, ${cutoff}`})`,
  agencyLine: (name: string) => `Tasks of: ${name} (lead or supporting)`,
  /** After a text reported in a quarter before the period. */
  reportedIn: (period: string) => `(reported in ${period})`,
  evidence: "Evidence",
  obstacles: "Obstacles",
  proposals: "Proposals",
  chartTitle: "Tasks completed by area",
  /** The name of the task table (a workbook's sheet). */
  details: "Details",
  total: "Total",
  /** Sheets of the workbook besides the status tables': the headline and buckets, the numeric targets. */
  summarySheet: "Summary",
  targetsSheet: "Targets",
  /** The summary sheet's columns and its rows of dates. */
  summary: { item: "Item", value: "Value", share: "Share", start: "Period from", end: "Period to", cutoff: "Figures as of" },
  /** The heading block of the filed annex (Decree 30/2020/ND-CP, Appendix I). */
  issuer: (province: string) => `PEOPLE'S COMMITTEE OF ${province.toUpperCase()} PROVINCE`,
  nation: "SOCIALIST REPUBLIC OF VIETNAM",
  motto: "Independence - Freedom - Happiness",
  appendix: "Appendix",
  /** The line under the title; null parts are left as dotted blanks to fill in by hand. */
  attached: (number: string | null, date: { day: string; month: string; year: string } | null) =>
    `(Attached to Report No. ${number ?? "…/BC-…"} dated ${date ? `${date.day}/${date.month}/${date.year}` : "…/…/…"})`,
  badReportDate: (text: string) => `par export: --report-date "${text}" is not a date. Write dd/mm/yyyy or YYYY-MM-DD.`,
  chartValue: (completed: number, total: number, percent: string) => `${completed}/${total} (${percent})`,
  // Command messages.
  badQuarter: (text: string) => `par export: "${text}" is not a quarter. Use Q3, 2024-Q3, III or "Quý III/2024".`,
  badPeriod: (text: string) => `par export: "${text}" is not a reporting period. Use a quarter (Q3, 2024-Q3, III, "Quý III/2024"), h1, 9m or year.`,
  bothPeriods: "par export: give --quarter or --period, not both.",
  badDate: (text: string) => `par export: "${text}" is not a date. Write dd/mm/yyyy or YYYY-MM-DD.`,
  noProgress: (dir: string) => `par export: no progress reports in ${dir}/progress yet. Pass --quarter (e.g. --quarter Q3).`,
  noFormat: (formats: readonly string[]) => `par export: which format? Pass --format (${formats.join(", ")}), or an --output file name ending in one of them.`,
  badColumns: (value: string, keys: readonly string[]) =>
    `par export: --columns takes keys from ${keys.join(",")} (comma-separated, in the order wanted), not "${value}".`,
  unknownColumns: (unknown: readonly string[], keys: readonly string[]) =>
    `par export: --columns: no column ${unknown.map((k) => `"${k}"`).join(", ")}. The columns are ${keys.join(",")} (comma-separated, in the order wanted).`,
  duplicateColumn: (key: string) => `par export: --columns names "${key}" twice.`,
  binaryToTerminal: (format: string) =>
    `par export: a ${format} file is binary and is not printed to a terminal. Pass --output FILE (e.g. --output phu-luc.${format}), or redirect standard output to a file.`,
  noBinaryOutput: (format: string) => `par export: this output cannot take a ${format} file's bytes. Pass --output FILE.`,
  exists: (file: string, cmd = "export") => `par ${cmd}: ${file} already exists; it was left untouched. Pass --force to overwrite it.`,
  wrote: (file: string, tasks: number) => `Wrote ${file} (${tasks} task${tasks === 1 ? "" : "s"}).`,
  wroteFile: (file: string) => `Wrote ${file}.`,
  writeFailed: (file: string, reason: string, cmd = "export") => `par ${cmd}: cannot write ${file} (${reason}).`,
  noTasks: "par export: no task matches --agency and --area; the annex is empty.",
};
