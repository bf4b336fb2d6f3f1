// CSV and TSV for spreadsheets: the document's table (a sheet document has one), UTF-8 with a BOM unless asked
// otherwise, RFC 4180 quoting, line breaks kept inside cells, cells that would start a formula made inert.
import { cellText, type Document, type TableBlock } from "../document";
import { renderDelimited } from "../tabular";
import type { RenderOptions, TextFormatter } from "../formatter";

function delimited(doc: Document, delimiter: "," | "\t", o: RenderOptions): string {
  const t = doc.blocks.find((b): b is TableBlock => b.type === "table");
  if (!t) return "";
  return renderDelimited(
    {
      columns: t.columns.map((c) => ({ key: c.key, header: c.header })),
      rows: t.rows.map((r) => Object.fromEntries(t.columns.map((c) => [c.key, cellText(r, c.key)]))),
    },
    { delimiter, bom: o.bom },
  );
}

export const csv: TextFormatter = { name: "csv", extension: ".csv", profile: "sheet", render: (doc, o) => delimited(doc, ",", o) };
export const tsv: TextFormatter = { name: "tsv", extension: ".tsv", profile: "sheet", render: (doc, o) => delimited(doc, "\t", o) };
