// The list formatters by name: a format missing here fails the type check.
import { ics } from "./ics";
import { json } from "./json";
import { table } from "./table";
import { csv, md, tsv } from "./tabular";
import type { ListFormat, ListFormatter } from "./types";

export const listFormatters: Record<ListFormat, ListFormatter> = { table, json, csv, tsv, md, ics };
export { LIST_FORMATS, type ListFormat, type ListFormatter } from "./types";
