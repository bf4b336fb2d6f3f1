// The annex for Excel: CSV or TSV, UTF-8 with a BOM unless asked otherwise, RFC 4180 quoting, line breaks kept inside
// cells, and cells that would start a formula made inert (renderDelimited does all of it).
import { renderDelimited } from "../tabular";
import { annexTable, type TextExportFormatter } from "./common";

/** CSV (RFC 4180, CRLF). */
export const csv: TextExportFormatter = (annex, o) => renderDelimited(annexTable(annex), { delimiter: ",", bom: o.bom });

/** TSV (the same rules, tab-separated). */
export const tsv: TextExportFormatter = (annex, o) => renderDelimited(annexTable(annex), { delimiter: "\t", bom: o.bom });
