// A document as a Word file (.docx), built with the `docx` library: the page as the document's print layout says (A4
// landscape, Times New Roman 13 pt for the annex, as Vietnamese administrative documents use), headings bold and
// centred, bordered tables whose header row repeats on every page, group rows (areas) in bold across the table and
// kept with their first task.
//
// `docx` is about a megabyte of JavaScript, so it is required here, inside the function, and left out of the bundle
// (external in bin/build.mjs): other commands never read it. A dynamic import() would fail inside bin/par's vm.Script.
import type * as Docx from "docx";
import { cellText, plain, type Document, type TableBlock } from "../document";
import type { BinaryFormatter } from "../formatter";

/** Twips (1/20 pt) per millimetre. */
const MM = 56.6929;
/** A4, portrait measures; the section turns it to landscape. */
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
/** Margins: top and bottom 20 mm, left 20 mm, right 15 mm. */
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(20 * MM), right: Math.round(15 * MM) };
const PAGE = { size: "A4", orientation: "landscape", font: "Times New Roman", fontSize: 13 } as const;

async function render(doc: Document): Promise<Uint8Array> {
  const d = require("docx") as typeof Docx;
  const page = doc.page ?? PAGE;
  const landscape = page.orientation === "landscape";
  const textWidth = (landscape ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
  const thin = { style: d.BorderStyle.SINGLE, size: 4, color: "000000" };
  const borders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
  const margins = { top: 40, bottom: 40, left: 80, right: 80 };

  /** One paragraph per line of the text (a cell's line breaks are paragraphs in Word). */
  const paragraphs = (value: string, o: { bold?: boolean; centred?: boolean; italics?: boolean; keepNext?: boolean } = {}): Docx.Paragraph[] =>
    value.split(/\r\n|\r|\n/).map(
      (line) =>
        new d.Paragraph({
          alignment: o.centred ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
          keepNext: o.keepNext,
          spacing: { before: 0, after: 0 },
          children: [new d.TextRun({ text: line, bold: o.bold, italics: o.italics })],
        }),
    );

  const table = (t: TableBlock): Docx.Table => {
    const shares = t.columns.map((c) => c.share ?? 100 / t.columns.length);
    const sum = shares.reduce((a, b) => a + b, 0);
    const widths = shares.map((s) => Math.round((textWidth * s) / sum));
    // Rounding must not make the grid wider than the text.
    widths[widths.length - 1]! += textWidth - widths.reduce((a, b) => a + b, 0);
    const header = new d.TableRow({
      tableHeader: true,
      cantSplit: true,
      children: t.columns.map(
        (c, i) =>
          new d.TableCell({
            width: { size: widths[i]!, type: d.WidthType.DXA },
            verticalAlign: d.VerticalAlignTable.CENTER,
            margins,
            children: paragraphs(c.header, { bold: true, centred: true }),
          }),
      ),
    });
    const rows: Docx.TableRow[] = [header];
    for (const r of t.rows) {
      if (r.kind === "group") {
        // A group's heading stays on the page of its first row.
        rows.push(
          new d.TableRow({
            cantSplit: true,
            keepNext: true,
            children: [
              new d.TableCell({
                columnSpan: t.columns.length,
                width: { size: textWidth, type: d.WidthType.DXA },
                margins,
                children: paragraphs(cellText(r, t.columns[0]!.key), { bold: true, keepNext: true }),
              }),
            ],
          }),
        );
        continue;
      }
      rows.push(
        new d.TableRow({
          children: t.columns.map(
            (c, i) =>
              new d.TableCell({
                width: { size: widths[i]!, type: d.WidthType.DXA },
                margins,
                children: paragraphs(cellText(r, c.key), { centred: c.align === "center", bold: r.kind === "total" || undefined }),
              }),
          ),
        }),
      );
    }
    return new d.Table({ rows, width: { size: textWidth, type: d.WidthType.DXA }, columnWidths: widths, layout: d.TableLayoutType.FIXED, borders });
  };

  const children: (Docx.Paragraph | Docx.Table)[] = [];
  let title: string | undefined;
  for (const b of doc.blocks) {
    switch (b.type) {
      case "heading":
        title ??= plain(b.text);
        children.push(...paragraphs(plain(b.text), { bold: true, centred: true }));
        break;
      case "paragraph": {
        if (b.role === "hint") break;
        const text = b.lines.map(plain).join("\n");
        if (b.role === "summary") children.push(new d.Paragraph({ children: [] }));
        children.push(
          ...paragraphs(text, {
            bold: b.role === "summary" || b.role === "lead",
            italics: b.role === "subtitle" || b.role === "definition",
            centred: b.role === "subtitle" || b.role === "filter",
          }),
        );
        break;
      }
      case "note":
        children.push(...paragraphs(plain(b.text), { italics: true }));
        break;
      case "list":
        for (const i of b.items) children.push(...paragraphs(`– ${plain(i.text)}`));
        break;
      case "table":
        children.push(new d.Paragraph({ children: [] }), table(b));
        break;
      case "chart":
      case "lines":
        break;
    }
  }

  const file = new d.Document({
    title: title ?? doc.title,
    ...(doc.description ? { description: doc.description } : {}),
    creator: "par",
    styles: { default: { document: { run: { font: page.font, size: page.fontSize * 2 }, paragraph: { spacing: { after: 0, line: 264 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT },
            margin: MARGIN,
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(file));
}

export const docx: BinaryFormatter = { name: "docx", extension: ".docx", binary: true, profile: "page", commands: ["export"], render };
