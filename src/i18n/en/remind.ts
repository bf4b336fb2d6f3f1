// Words of `par remind` in English.
export const remindEn = {
  subject: (agency: string, period: string) => `Reminder: PAR plan tasks of ${agency} (${period})`,
  greeting: (agency: string) => `To: ${agency}`,
  intro: (title: string, cutoff: string) => `Following the ${title}, as of ${cutoff}:`,
  overdue: "Overdue tasks",
  dueSoon: (n: number) => `Tasks falling due within ${n} days`,
  noReport: (period: string) => `Tasks with no progress report for ${period}`,
  daysOverdue: (n: number) => `${n} day${n === 1 ? "" : "s"} overdue`,
  daysLeft: (n: number) => `due in ${n} day${n === 1 ? "" : "s"}`,
  deadline: "deadline",
  closing: "Please report the progress of these tasks to the Department of Home Affairs (the PAR secretariat).",
  nothing: "No agency has anything to be reminded of.",
  wrote: (n: number, dir: string) => `wrote ${n} reminder${n === 1 ? "" : "s"} in ${dir}`,
  exists: (file: string) => `par remind: ${file} exists; add --force to replace it.`,
  emlNeedsOutput: "par remind: --format eml writes one message per agency: give --output DIR, or one --agency.",
  badWithin: (v: string) => `par remind: --within needs a whole number of days (1 or more), not "${v}".`,
};
export type RemindWords = typeof remindEn;
