// A document as one standalone HTML page (no scripts, nothing fetched). Two layouts: a report to read on screen, and,
// for a document with a print layout (the annex), a page laid out to survive being pasted into Word or opened in
// LibreOffice — borders, widths, alignment and bold rows written on each element as well as in the style sheet,
// because a paste keeps the elements' own styles and drops the sheet. Every value goes through escapeHtml.
//
// A chart is SVG embedded as an image (a data: URL), not an <svg> element: LibreOffice and Word do not draw an <svg>
// element and would spill its labels as loose text above the table, while they do show an SVG image.
import { cellText, plain, type Block, type Document, type Row, type TableBlock } from "../document";
import { escapeHtml, escapeHtmlText } from "../escape";
import { chartSvg } from "./chart-svg";
import type { TextFormatter } from "../formatter";

/** Escaped text, line breaks kept as <br>: the one way a value enters the page's elements. */
const text = escapeHtmlText;

/**
 * A value for an attribute in double quotes (quotes and ampersands escaped, line breaks as spaces: a <br> has no
 * place in an attribute). The chart's font list holds single quotes: inside a single-quoted attribute they ended it
 * and made the SVG invalid (a broken image in Chromium, a blank in LibreOffice).
 */
const attr = (value: string): string => escapeHtml(value.replace(/\r\n|\r|\n/g, " "));

// ---------- On screen ----------

const SCREEN_STYLE = `body{font-family:system-ui,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem;line-height:1.4;color:#222}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.25rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f3f3}td.num,th.num{text-align:right}
.headline{font-size:1.2rem;font-weight:bold}
.sample{background:#fff3cd;border:1px solid #e0c36c;padding:.5rem}
.b-done-on-time td:first-child{border-left:4px solid #2e7d32}.b-done-late td:first-child{border-left:4px solid #f9a825}
.b-not-due td:first-child{border-left:4px solid #0288d1}.b-overdue td:first-child{border-left:4px solid #c62828}
.b-ongoing-reported td:first-child{border-left:4px solid #3949ab}.b-ongoing-unreported td:first-child{border-left:4px solid #8e24aa}
.b-no-report td:first-child{border-left:4px solid #9e9e9e}
.met-true{color:#2e7d32}.met-false{color:#c62828}
.definition{color:#555;font-size:.85rem}`;

function rowClass(r: Row): string {
  if (!r.mark) return "";
  return r.mark.kind === "bucket" ? `b-${r.mark.bucket}` : `met-${r.mark.met}`;
}

function screenTable(t: TableBlock): string {
  const num = (align: string | undefined) => (align === "right" ? ' class="num"' : "");
  const head = t.columns.map((c) => `<th${num(c.align)}>${text(c.header)}</th>`).join("");
  const body = t.rows
    .map((r) => {
      const cls = rowClass(r);
      const cells = t.columns.map((c) => `<td${num(c.align)}>${text(cellText(r, c.key))}</td>`).join("");
      return `<tr${cls ? ` class="${escapeHtml(cls)}"` : ""}>${cells}</tr>`;
    })
    .join("\n");
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const SCREEN_CLASS: Partial<Record<string, string>> = { lead: "headline", definition: "definition" };

function screenBlock(b: Block): string | undefined {
  switch (b.type) {
    case "heading":
      return `<h${b.level}>${text(plain(b.text))}</h${b.level}>`;
    case "paragraph": {
      if (b.role === "hint") return undefined;
      const cls = b.role ? SCREEN_CLASS[b.role] : undefined;
      return `<p${cls ? ` class="${cls}"` : ""}>${b.lines.map((l) => text(plain(l))).join("<br>")}</p>`;
    }
    case "note":
      return `<p class="sample">${text(plain(b.text))}</p>`;
    case "list":
      return `<ul>${b.items.map((i) => `<li>${text(plain(i.text))}${i.items?.length ? `<ul>${i.items.map((x) => `<li>${text(plain(x))}</li>`).join("")}</ul>` : ""}</li>`).join("")}</ul>`;
    case "table":
      return screenTable(b);
    case "chart":
      return chart(b);
    case "lines":
      return `<pre>${b.lines.map((l) => escapeHtml(plain(l))).join("\n")}</pre>`;
  }
}

// ---------- For print (the annex) ----------

const FONT = `'Times New Roman', Times, serif`;
const BORDER = "border:1px solid #000";
const CELL = `${BORDER};padding:3pt 4pt;vertical-align:top;font-family:${FONT};font-size:13pt;line-height:1.15`;

const PRINT_STYLE = `@page{size:A4 landscape;margin:20mm 15mm 20mm 20mm}
body{font-family:${FONT};font-size:13pt;color:#000;margin:1.5rem;line-height:1.3}
h1{font-size:13pt;font-weight:bold;text-align:center;margin:0 0 4pt}
p.subtitle{text-align:center;font-style:italic;margin:0 0 8pt}
p.filter{text-align:center;margin:0 0 8pt}
p.sample{border:1px solid #b58900;background:#fff8e1;padding:4pt 6pt}
figure.chart{margin:0 0 12pt}
figure.chart figcaption{font-weight:bold;margin-bottom:4pt}
table.annex{border-collapse:collapse;width:100%;table-layout:fixed}
table.annex th,table.annex td{${CELL};overflow-wrap:break-word}
table.annex th{font-weight:bold;text-align:center;vertical-align:middle}
table.annex thead{display:table-header-group}
table.annex tr.area td{font-weight:bold}
table.annex td.c{text-align:center}
p.summary{font-weight:bold;margin-top:8pt}`;

/** A horizontal bar chart: one bar per item, filled to its share. */
function chart(b: Extract<Block, { type: "chart" }>): string {
  const { svg, width, height } = chartSvg(b);
  // The same facts in words, for screen readers and for a paste that drops the picture.
  const alt = `${b.title}: ${b.bars.map((x) => `${x.full} ${x.value}`).join("; ")}`;
  const src = `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
  return `<figure class="chart">\n<figcaption style="font-weight:bold"><b>${text(b.title)}</b></figcaption>\n<img src="${src}" width="${width}" height="${height}" alt="${attr(alt)}">\n</figure>`;
}

function printTable(t: TableBlock): string {
  const n = t.columns.length;
  const out: string[] = [];
  out.push(`<table class="annex" border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;width:100%;${BORDER}">`);
  // Widths on the header cells only: LibreOffice mis-sizes the columns when a <colgroup> gives them too.
  out.push(
    `<thead><tr>${t.columns
      .map(
        (c) =>
          `<th width="${c.share}%" align="center" valign="middle" style="${CELL};width:${c.share}%;font-weight:bold;text-align:center;vertical-align:middle">${text(c.header)}</th>`,
      )
      .join("")}</tr></thead>`,
  );
  out.push("<tbody>");
  for (const r of t.rows) {
    if (r.kind === "group") {
      out.push(`<tr class="area"><td colspan="${n}" valign="top" style="${CELL};font-weight:bold"><b>${text(cellText(r, t.columns[0]!.key))}</b></td></tr>`);
      continue;
    }
    const cells = t.columns.map((c) => {
      const centred = c.align === "center";
      return `<td${centred ? ' class="c" align="center"' : ""} valign="top" style="${CELL}${centred ? ";text-align:center" : ""}">${text(cellText(r, c.key))}</td>`;
    });
    out.push(`<tr>${cells.join("")}</tr>`);
  }
  out.push("</tbody>", "</table>");
  return out.join("\n");
}

function printBlock(b: Block): string | undefined {
  switch (b.type) {
    case "heading":
      return `<h1 style="font-family:${FONT};font-size:13pt;font-weight:bold;text-align:center">${text(plain(b.text))}</h1>`;
    case "paragraph": {
      const body = b.lines.map((l) => text(plain(l))).join("<br>");
      if (b.role === "subtitle") return `<p class="subtitle" style="text-align:center;font-style:italic">${body}</p>`;
      if (b.role === "filter") return `<p class="filter" style="text-align:center">${body}</p>`;
      if (b.role === "summary") return `<p class="summary" style="font-weight:bold"><b>${body}</b></p>`;
      return `<p>${body}</p>`;
    }
    case "table":
      return printTable(b);
    case "note":
    case "list":
    case "chart":
    case "lines":
      return screenBlock(b);
  }
}

export const html: TextFormatter = {
  name: "html",
  extension: ".html",
  otherExtensions: [".htm"],
  profile: "page",
  commands: ["status", "export"],
  render: (doc: Document) => {
    const print = doc.page !== undefined;
    const out: string[] = [
      "<!DOCTYPE html>",
      `<html lang="${doc.lang}">`,
      "<head>",
      '<meta charset="utf-8">',
      `<title>${text(doc.title)}</title>`,
      print ? `<style>\n${PRINT_STYLE}\n</style>` : `<style>${SCREEN_STYLE}</style>`,
      "</head>",
      "<body>",
    ];
    for (const b of doc.blocks) {
      const s = print ? printBlock(b) : screenBlock(b);
      if (s !== undefined) out.push(s);
    }
    out.push("</body>", "</html>");
    return out.join("\n") + "\n";
  },
};
