// What every `par list` formatter gets, and the registry of formats by name.
import type { Lang } from "../../i18n";
import type { ListReport } from "../../report/list";

export const LIST_FORMATS = ["table", "json", "csv", "tsv", "md", "ics"] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export interface ListFormatOptions {
  lang: Lang;
  /** Colour (table only). */
  color: boolean;
  /** Width of the terminal table, in columns. */
  width: number;
  /** iCalendar DTSTAMP, as YYYYMMDDTHHMMSSZ: fixed by the command so that the same data gives the same file. */
  stamp: string;
  /** iCalendar: a VALARM this many days before each due date (par list --alarm N); none when absent. */
  alarmDays?: number;
}

export type ListFormatter = (report: ListReport, options: ListFormatOptions) => string;
