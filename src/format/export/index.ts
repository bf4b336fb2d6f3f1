// The annex renderers by name: a text format missing here fails the type check; docx (binary) is separate.
import type { TextExportFormat, TextExportFormatter } from "./common";
import { csv, tsv } from "./csv";
import { html } from "./html";
import { json } from "./json";
import { md } from "./md";

export const exportFormatters: Record<TextExportFormat, TextExportFormatter> = { html, csv, tsv, md, json };
export { docx } from "./docx";
export { EXPORT_FORMATS, type ExportFormat, type TextExportFormat } from "./common";
