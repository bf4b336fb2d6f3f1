// The annex as a Word document (.docx), built with the `docx` library: A4 landscape, Times New Roman 13 pt as
// Vietnamese administrative documents use, the plan's title and the period above a bordered table whose header row
// repeats on every page, bold area rows, and the summary line below it.
//
// `docx` is about a megabyte of JavaScript, so it is required here, inside the function, and left out of the bundle
// (external in bin/build.mjs): other commands never read it. A dynamic import() would fail inside bin/par's vm.Script.
import type * as Docx from "docx";
import type { ExportAnnex } from "../build/annex";
import { CENTRED, columnShares } from "./common";

/** Twips (1/20 pt) per millimetre. */
const MM = 56.6929;
/** A4, portrait measures; the section turns it to landscape. */
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
/** Margins of a landscape page: top and bottom 20 mm, left 20 mm, right 15 mm. */
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(20 * MM), right: Math.round(15 * MM) };
/** Width of the text on a landscape page, in twips. */
const TEXT_WIDTH = A4.height - MARGIN.left - MARGIN.right;
const FONT = "Times New Roman";
/** 13 pt, in half-points. */
const SIZE = 26;

/** The annex as the bytes of a .docx file. */
export async function docx(annex: ExportAnnex): Promise<Uint8Array> {
  const d = require("docx") as typeof Docx;
  const thin = { style: d.BorderStyle.SINGLE, size: 4, color: "000000" };
  const borders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
  const shares = columnShares(annex);
  const widths = shares.map((s) => Math.round((TEXT_WIDTH * s) / 100));
  // Rounding must not make the grid wider than the text.
  widths[widths.length - 1]! += TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  const n = annex.columns.length;

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
  const margins = { top: 40, bottom: 40, left: 80, right: 80 };

  const header = new d.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: annex.columns.map(
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
  for (const r of annex.rows) {
    if (r.kind === "area") {
      // An area's heading stays on the page of its first task.
      rows.push(
        new d.TableRow({
          cantSplit: true,
          keepNext: true,
          children: [
            new d.TableCell({
              columnSpan: n,
              width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
              margins,
              children: paragraphs(r.heading, { bold: true, keepNext: true }),
            }),
          ],
        }),
      );
      continue;
    }
    rows.push(
      new d.TableRow({
        children: annex.columns.map(
          (c, i) =>
            new d.TableCell({
              width: { size: widths[i]!, type: d.WidthType.DXA },
              margins,
              children: paragraphs(r.cells[c.key] ?? "", { centred: CENTRED.has(c.key) }),
            }),
        ),
      }),
    );
  }

  const table = new d.Table({
    rows,
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
    borders,
  });

  const before: Docx.Paragraph[] = [
    ...paragraphs(annex.title, { bold: true, centred: true }),
    ...paragraphs(annex.subtitle, { italics: true, centred: true }),
    ...(annex.filterLine ? paragraphs(annex.filterLine, { centred: true }) : []),
    ...(annex.sampleNote ? paragraphs(annex.sampleNote, { italics: true }) : []),
    new d.Paragraph({ children: [] }),
  ];
  const after: Docx.Paragraph[] = [new d.Paragraph({ children: [] }), ...paragraphs(annex.summary.text, { bold: true })];

  const doc = new d.Document({
    title: annex.title,
    description: annex.subtitle,
    creator: "par",
    styles: { default: { document: { run: { font: FONT, size: SIZE }, paragraph: { spacing: { after: 0, line: 264 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: d.PageOrientation.LANDSCAPE },
            margin: MARGIN,
          },
        },
        children: [...before, table, ...after],
      },
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}
