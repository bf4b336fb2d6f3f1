// GitHub-flavoured Markdown of a document: headings, paragraphs, notes as quotes, lists, tables (group rows in
// bold). Every text goes through escapeMarkdown: a plain string as running text, spans each as a fragment of its line.
import { cellText, type Block, type Document, type Inline, type Span } from "../document";
import { escapeMarkdown, escapeMarkdownCell } from "../escape";
import type { TextFormatter } from "../formatter";

function span(s: Span): string {
  const marks = s.marks ?? [];
  if (marks.includes("code")) return "`" + s.text.replace(/`/g, "'") + "`";
  let out = escapeMarkdown(s.text, { fragment: true });
  if (marks.includes("del")) out = `<del>${out}</del>`;
  if (marks.includes("ins")) out = `<ins>${out}</ins>`;
  if (marks.includes("strong")) out = `**${out}**`;
  if (marks.includes("emphasis")) out = `*${out}*`;
  return out;
}

function inline(text: Inline): string {
  return typeof text === "string" ? escapeMarkdown(text) : text.map(span).join("");
}

function block(b: Block, doc: Document): string | undefined {
  switch (b.type) {
    case "heading":
      // A page document (an annex) goes under the title of the report it is filed with: one level down.
      return `${"#".repeat(b.level + (doc.page ? 1 : 0))} ${inline(b.text)}`;
    case "paragraph": {
      if (b.role === "hint") return undefined;
      const wrap = b.role === "lead" || b.role === "summary" ? (s: string) => `**${s}**` : b.role === "definition" ? (s: string) => `*${s}*` : (s: string) => s;
      return b.lines.map((l) => wrap(inline(l))).join("  \n");
    }
    case "note":
      return `> ${inline(b.text)}`;
    case "list":
      return b.items.map((i) => [`- ${inline(i.text)}`, ...(i.items ?? []).map((x) => `  - ${inline(x)}`)].join("\n")).join("\n");
    case "table": {
      const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
      const out = [row(b.columns.map((c) => escapeMarkdownCell(c.header))), `|${b.columns.map((c) => (c.align === "right" ? " ---: " : " --- ")).join("|")}|`];
      for (const r of b.rows) {
        const strong = r.kind === "group";
        out.push(
          row(
            b.columns.map((c) => {
              const v = cellText(r, c.key);
              return strong && v ? `**${escapeMarkdownCell(v)}**` : escapeMarkdownCell(v);
            }),
          ),
        );
      }
      return out.join("\n");
    }
    case "chart":
    case "lines":
      return undefined;
  }
}

export const md: TextFormatter = {
  name: "md",
  extension: ".md",
  otherExtensions: [".markdown"],
  profile: "page",
  render: (doc) => {
    const out: string[] = [];
    for (const b of doc.blocks) {
      const text = block(b, doc);
      if (text !== undefined) out.push(text);
    }
    return out.join("\n\n") + "\n";
  },
};
