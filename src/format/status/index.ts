// The status formatters by name: a format missing here fails the type check.
import type { StatusFormat, StatusFormatter } from "./common";
import { html } from "./html";
import { json } from "./json";
import { md } from "./md";
import { table } from "./table";
import { csv, tsv } from "./tabular";

export const statusFormatters: Record<StatusFormat, StatusFormatter> = { table, md, csv, tsv, html, json };
export { STATUS_FORMATS, type StatusFormat, type StatusFormatter } from "./common";
