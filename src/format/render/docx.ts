// A document as a Word file (.docx), built with the `docx` library, laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I)
// has administrative documents laid out: A4 (landscape for the table annex), margins top and bottom 20 mm, left
// 30 mm, right 15 mm, Times New Roman throughout, the language Vietnamese (en-US for --lang en); the heading block
// (a borderless two-column table: the issuing body, the national header and motto underlined), "Phụ lục", the title
// in upper case and "(Kèm theo Báo cáo số …)" in italics; page numbers centred in the top margin from page 2 on.
// Bordered tables whose header row repeats on every page; no row splits across pages; group rows (areas) in bold
// across the table and kept with their first task. A chart is an image (its SVG drawn as PNG by resvg).
//
// The same document gives the same bytes: the properties' dates are the document's date (the data's cut-off), and the
// package is re-zipped with fflate with that date on every entry.
//
// `docx` is about a megabyte of JavaScript, so it is required here, inside the function, and left out of the bundle
// (external in bin/build.mjs), as @resvg/resvg-js (a native module) is: other commands never read them. A dynamic
// import() would fail inside bin/par's vm.Script.
import type * as Docx from "docx";
import type * as Resvg from "@resvg/resvg-js";
import type * as Fflate from "fflate";
import { zipDated } from "./zip";
import { cellText, plain, type Block, type Document, type Letterhead, type TableBlock } from "../document";
import type { BinaryFormatter } from "../formatter";
import { chartSvg } from "./chart-svg";

/** Twips (1/20 pt) per millimetre. */
const MM = 56.6929;
/** A4, portrait measures; the section turns it to landscape. */
const A4 = { width: Math.round(210 * MM), height: Math.round(297 * MM) };
/** Margins (Nghị định 30/2020/NĐ-CP, Phụ lục I): top and bottom 20 mm, left 30 mm, right 15 mm; the header 10 mm in. */
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM), header: Math.round(10 * MM) };
const PAGE = { size: "A4", orientation: "landscape", font: "Times New Roman", fontSize: 13 } as const;
/** Sizes in points. */
const PT = { header: 13, motto: 14, label: 14, title: 14 };

type ChartBlock = Extract<Block, { type: "chart" }>;

/** The chart as a PNG twice its size (sharp when printed), with its size in pixels. */
function chartPng(b: ChartBlock): { data: Uint8Array; width: number; height: number } {
  const { Resvg: R } = require("@resvg/resvg-js") as typeof Resvg;
  // Room for the areas' names in full (the page is wider than a screen's figure).
  const { svg, width, height } = chartSvg(b, 640);
  const png = new R(svg, {
    fitTo: { mode: "zoom", value: 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Serif", serifFamily: "Liberation Serif" },
    background: "white",
  })
    .render()
    .asPng();
  return { data: new Uint8Array(png), width, height };
}

/**
 * The package again, every entry dated `date`, the properties' dates set to it and the drawings numbered from 1: the
 * same data, the same bytes.
 */
function deterministic(bytes: Uint8Array, date: string): Uint8Array {
  const f = require("fflate") as typeof Fflate;
  const files = f.unzipSync(bytes);
  const stamp = `${date}T00:00:00Z`;
  const core = files["docProps/core.xml"];
  if (core) {
    const xml = f
      .strFromU8(core)
      .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${stamp}$2`)
      .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${stamp}$2`);
    files["docProps/core.xml"] = f.strToU8(xml);
  }
  // Drawings are numbered by a counter the docx library keeps for the process: number them from 1 in each file.
  let id = 0;
  for (const name of Object.keys(files)
    .filter((n) => /^word\/[^/]+\.xml$/.test(n))
    .sort()) {
    const xml = f.strFromU8(files[name]!);
    if (xml.includes("<wp:docPr ")) files[name] = f.strToU8(xml.replace(/(<wp:docPr id=")\d+/g, (_, head: string) => `${head}${++id}`));
  }
  return zipDated(files, date);
}

async function render(doc: Document): Promise<Uint8Array> {
  const d = require("docx") as typeof Docx;
  const page = doc.page ?? PAGE;
  const landscape = page.orientation === "landscape";
  const textWidth = (landscape ? A4.height : A4.width) - MARGIN.left - MARGIN.right;
  const language = { value: doc.lang === "en" ? "en-US" : "vi-VN" };
  const font = { ascii: page.font, hAnsi: page.font, cs: page.font, eastAsia: page.font };
  const thin = { style: d.BorderStyle.SINGLE, size: 4, color: "000000" };
  const none = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
  const borders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
  const margins = { top: 40, bottom: 40, left: 80, right: 80 };

  interface Look {
    bold?: boolean;
    centred?: boolean;
    right?: boolean;
    italics?: boolean;
    keepNext?: boolean;
    underline?: boolean;
    /** Points. */
    size?: number;
    upper?: boolean;
  }
  /** One paragraph per line of the text (a cell's line breaks are paragraphs in Word). */
  const paragraphs = (value: string, o: Look = {}): Docx.Paragraph[] =>
    value.split(/\r\n|\r|\n/).map(
      (line) =>
        new d.Paragraph({
          alignment: o.centred ? d.AlignmentType.CENTER : o.right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
          keepNext: o.keepNext,
          spacing: { before: 0, after: 0 },
          children: [
            new d.TextRun({
              text: o.upper ? line.toLocaleUpperCase(doc.lang === "en" ? "en" : "vi") : line,
              bold: o.bold,
              italics: o.italics,
              ...(o.underline ? { underline: { type: d.UnderlineType.SINGLE } } : {}),
              ...(o.size ? { size: o.size * 2 } : {}),
            }),
          ],
        }),
    );

  /** The heading block: a borderless two-column table, the issuing body left, the national header right. */
  const heading = (l: Letterhead): Docx.Table => {
    const left = Math.round(textWidth * 0.42);
    const widths = [left, textWidth - left];
    const column = (children: Docx.Paragraph[], i: number) =>
      new d.TableCell({ width: { size: widths[i]!, type: d.WidthType.DXA }, borders: { top: none, bottom: none, left: none, right: none }, children });
    return new d.Table({
      width: { size: textWidth, type: d.WidthType.DXA },
      columnWidths: widths,
      layout: d.TableLayoutType.FIXED,
      borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
      rows: [
        new d.TableRow({
          cantSplit: true,
          children: [
            column(
              l.issuer.flatMap((line) => paragraphs(line, { bold: true, centred: true, size: PT.header })),
              0,
            ),
            column(
              [
                ...paragraphs(l.nation, { bold: true, centred: true, size: PT.header }),
                // The motto underlined, the line as long as the text.
                ...paragraphs(l.motto, { bold: true, centred: true, size: PT.motto, underline: true }),
              ],
              1,
            ),
          ],
        }),
      ],
    });
  };

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
        // A group's heading stays on the page of its first row (keepNext on its paragraphs).
        rows.push(
          new d.TableRow({
            cantSplit: true,
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
          cantSplit: true,
          children: t.columns.map(
            (c, i) =>
              new d.TableCell({
                width: { size: widths[i]!, type: d.WidthType.DXA },
                margins,
                children: paragraphs(cellText(r, c.key), {
                  centred: c.align === "center",
                  right: c.align === "right",
                  bold: r.kind === "total" || undefined,
                }),
              }),
          ),
        }),
      );
    }
    return new d.Table({ rows, width: { size: textWidth, type: d.WidthType.DXA }, columnWidths: widths, layout: d.TableLayoutType.FIXED, borders });
  };

  const children: (Docx.Paragraph | Docx.Table)[] = [];
  const l = doc.letterhead;
  if (l) children.push(heading(l), new d.Paragraph({ children: [] }), ...paragraphs(l.label, { bold: true, centred: true, size: PT.label }));
  let title: string | undefined;
  let afterHeading = false;
  for (const b of doc.blocks) {
    const held = afterHeading;
    afterHeading = false;
    switch (b.type) {
      case "heading":
        if (b.level === 1 && title === undefined) {
          title = plain(b.text);
          children.push(...paragraphs(title, { bold: true, centred: true, ...(l ? { upper: true, size: PT.title } : {}) }));
          if (l) children.push(...paragraphs(l.attached, { italics: true, centred: true }));
        } else {
          // Kept with the table under it: space above the heading, none between them.
          children.push(new d.Paragraph({ children: [] }), ...paragraphs(plain(b.text), { bold: true, centred: b.level === 1, keepNext: true }));
          afterHeading = true;
          continue;
        }
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
        // A sheet of figures a workbook shows and the filed annex does not.
        if (b.only === "sheet") break;
        if (!held) children.push(new d.Paragraph({ children: [] }));
        children.push(table(b));
        break;
      case "chart": {
        const png = chartPng(b);
        // As wide as the text at most (pixels at 96 per inch; a twip is 1/1440 inch).
        const scale = Math.min(1, ((textWidth / 1440) * 96 * 0.9) / png.width);
        children.push(
          new d.Paragraph({ children: [] }),
          ...paragraphs(b.title, { bold: true, keepNext: true }),
          new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            // A line as tall as the picture (an exact line height would crop it).
            spacing: { before: 60, after: 60, line: 240, lineRule: d.LineRuleType.AUTO },
            children: [
              new d.ImageRun({
                type: "png",
                data: png.data,
                transformation: { width: Math.round(png.width * scale), height: Math.round(png.height * scale) },
                altText: { name: b.title, title: b.title, description: b.bars.map((x) => `${x.full} ${x.value}`).join("; ") },
              }),
            ],
          }),
        );
        break;
      }
      case "lines":
        break;
    }
  }

  // Page numbers centred in the top margin, from the second page on (an empty first-page header).
  const pageNumber = new d.Header({
    children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: [d.PageNumber.CURRENT] })] })],
  });
  const file = new d.Document({
    title: title ?? doc.title,
    ...(doc.description ? { description: doc.description } : {}),
    creator: "par",
    lastModifiedBy: "par",
    styles: {
      default: {
        document: { run: { font, size: page.fontSize * 2, language }, paragraph: { spacing: { after: 0, line: 264, lineRule: d.LineRuleType.AUTO } } },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height, orientation: landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT },
            margin: MARGIN,
          },
        },
        headers: { default: pageNumber, first: new d.Header({ children: [new d.Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
  const bytes = new Uint8Array(await d.Packer.toBuffer(file));
  return deterministic(bytes, doc.date ?? "2000-01-01");
}

export const docx: BinaryFormatter = { name: "docx", extension: ".docx", binary: true, profile: "page", commands: ["export", "status"], render };
