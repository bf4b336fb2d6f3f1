// The annex as GitHub-flavoured Markdown: the title, the period, one table (area rows in bold), the summary line.
// Every text goes through escapeMarkdown, so pipes, line breaks and markup characters show as written.
import type { ExportAnnex } from "../build/annex";
import { escapeMarkdown } from "../escape";
import { annexTable, type TextExportFormatter } from "./common";

function row(cells: string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** Markdown text, one trailing newline. */
export const md: TextExportFormatter = (annex: ExportAnnex) => {
  const t = annexTable(annex);
  const out: string[] = [`## ${escapeMarkdown(annex.title)}`, "", escapeMarkdown(annex.subtitle)];
  if (annex.filterLine) out.push("", escapeMarkdown(annex.filterLine));
  if (annex.sampleNote) out.push("", `> ${escapeMarkdown(annex.sampleNote)}`);
  out.push("", row(t.columns.map((c) => escapeMarkdown(c.header))), `|${t.columns.map(() => " --- ").join("|")}|`);
  for (const r of t.rows) {
    if (r._kind === "summary" || r._kind === "sample") continue;
    const bold = r._kind === "area";
    out.push(
      row(
        t.columns.map((c) => {
          const v = r[c.key] ?? "";
          return bold && v ? `**${escapeMarkdown(v)}**` : escapeMarkdown(v);
        }),
      ),
    );
  }
  out.push("", `**${escapeMarkdown(annex.summary.text)}**`);
  return out.join("\n") + "\n";
};
