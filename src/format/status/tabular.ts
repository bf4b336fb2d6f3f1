// The status report for spreadsheets: one row per task with every column (CSV or TSV, UTF-8 with BOM for Excel).
import type { StatusReport } from "../../report/status";
import { renderDelimited } from "../tabular";
import { statusWords, taskTable, type StatusFormatter } from "./common";

function delimited(r: StatusReport, lang: "en" | "vi", delimiter: "," | "\t"): string {
  return renderDelimited(taskTable(r.tasks, statusWords(lang), lang), { delimiter });
}

/** CSV (RFC 4180). */
export const csv: StatusFormatter = (r, o) => delimited(r, o.lang, ",");

/** TSV. */
export const tsv: StatusFormatter = (r, o) => delimited(r, o.lang, "\t");
