// The annex as one self-contained HTML file (inline CSS, no script, nothing fetched): a bar chart of completion by
// area (SVG), then the table, laid out to survive being pasted into Word or opened in LibreOffice — borders, widths,
// alignment and bold rows are written on each element (as attributes and inline styles) as well as in the style sheet,
// because a paste keeps the elements' own styles and drops the sheet. Every value goes through text() (escapeHtmlText).
//
// The chart is SVG embedded in the page as an image (a data: URL), not an <svg> element: LibreOffice and Word do not
// draw an <svg> element and would spill its labels as loose text above the table, while they do show an SVG image.
import { words } from "../../i18n/words";
import { areaRows, type ExportAnnex, type ExportAreaRow } from "../build/annex";
import { escapeHtml, escapeHtmlText } from "../escape";
import { cutText } from "../text";
import { CENTRED, columnShares, type TextExportFormatter } from "./common";

/** Escaped text, line breaks kept as <br>: the one way a value enters the page's elements. */
const text = escapeHtmlText;

/**
 * A value for an attribute in double quotes (quotes and ampersands escaped, line breaks as spaces: a <br> has no
 * place in an attribute). The chart's font list holds single quotes: inside a single-quoted attribute they ended it
 * and made the SVG invalid (a broken image in Chromium, a blank in LibreOffice).
 */
const attr = (value: string): string => escapeHtml(value.replace(/\r\n|\r|\n/g, " "));

/**
 * Text inside the SVG (XML 1.0): escaped, line breaks as spaces (an SVG <text> is one line; <br> is not SVG), and the
 * characters XML forbids even as references (controls other than tab, lone surrogates, U+FFFE/U+FFFF) dropped.
 */
const xml = (value: string): string =>
  attr(value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ""));

const FONT = `'Times New Roman', Times, serif`;
const BORDER = "border:1px solid #000";
const CELL = `${BORDER};padding:3pt 4pt;vertical-align:top;font-family:${FONT};font-size:13pt;line-height:1.15`;

const STYLE = `@page{size:A4 landscape;margin:20mm 15mm 20mm 20mm}
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

/** A horizontal bar chart: one bar per area (and the total), filled to the share of tasks completed. */
function chart(annex: ExportAnnex): string {
  const w = words(annex.lang).export;
  const bars: { label: string; full: string; percent: number; value: string; total?: boolean }[] = areaRows(annex).map((a: ExportAreaRow) => ({
    label: cutText(`${a.area}. ${a.name}`, 56),
    full: a.heading,
    percent: a.percent,
    value: a.completion,
  }));
  bars.push({ label: w.total, full: w.total, percent: annex.summary.percent, value: annex.summary.completion, total: true });
  const labelW = 410;
  const barW = 320;
  const rowH = 26;
  const width = labelW + barW + 170;
  const height = bars.length * rowH + 8;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${attr(FONT)}" font-size="15">`,
  );
  out.push(`<title>${xml(w.chartTitle)}</title>`);
  bars.forEach((b, i) => {
    const y = 4 + i * rowH;
    const fill = Math.round((barW * Math.max(0, Math.min(100, b.percent))) / 100);
    out.push(
      `<g><title>${xml(`${b.full}: ${b.value}`)}</title>`,
      `<text x="${labelW - 8}" y="${y + 18}" text-anchor="end"${b.total ? ' font-weight="bold"' : ""}>${xml(b.label)}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${barW}" height="${rowH - 8}" fill="#e6e6e6"/>`,
      `<rect x="${labelW}" y="${y + 3}" width="${fill}" height="${rowH - 8}" fill="${b.total ? "#1b5e20" : "#2e7d32"}"/>`,
      `<text x="${labelW + barW + 8}" y="${y + 18}"${b.total ? ' font-weight="bold"' : ""}>${xml(b.value)}</text>`,
      `</g>`,
    );
  });
  out.push("</svg>");
  // The same facts in words, for screen readers and for a paste that drops the picture.
  const alt = `${w.chartTitle}: ${bars.map((b) => `${b.full} ${b.value}`).join("; ")}`;
  const src = `data:image/svg+xml;base64,${Buffer.from(out.join("\n"), "utf8").toString("base64")}`;
  return `<figure class="chart">\n<figcaption style="font-weight:bold"><b>${text(w.chartTitle)}</b></figcaption>\n<img src="${src}" width="${width}" height="${height}" alt="${attr(alt)}">\n</figure>`;
}

function table(annex: ExportAnnex): string {
  const shares = columnShares(annex);
  const n = annex.columns.length;
  const out: string[] = [];
  out.push(`<table class="annex" border="1" cellspacing="0" cellpadding="4" width="100%" style="border-collapse:collapse;width:100%;${BORDER}">`);
  // Widths on the header cells only: LibreOffice mis-sizes the columns when a <colgroup> gives them too.
  out.push(
    `<thead><tr>${annex.columns
      .map(
        (c, i) =>
          `<th width="${shares[i]}%" align="center" valign="middle" style="${CELL};width:${shares[i]}%;font-weight:bold;text-align:center;vertical-align:middle">${text(c.header)}</th>`,
      )
      .join("")}</tr></thead>`,
  );
  out.push("<tbody>");
  for (const r of annex.rows) {
    if (r.kind === "area") {
      out.push(`<tr class="area"><td colspan="${n}" valign="top" style="${CELL};font-weight:bold"><b>${text(r.heading)}</b></td></tr>`);
      continue;
    }
    const cells = annex.columns.map((c) => {
      const centred = CENTRED.has(c.key);
      return `<td${centred ? ' class="c" align="center"' : ""} valign="top" style="${CELL}${centred ? ";text-align:center" : ""}">${text(r.cells[c.key] ?? "")}</td>`;
    });
    out.push(`<tr>${cells.join("")}</tr>`);
  }
  out.push("</tbody>", "</table>");
  return out.join("\n");
}

/** A standalone HTML page. */
export const html: TextExportFormatter = (annex) => {
  const out: string[] = [];
  out.push(
    "<!DOCTYPE html>",
    `<html lang="${annex.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${text(`${annex.title} — ${annex.period.label}`)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    "</head>",
    "<body>",
    `<h1 style="font-family:${FONT};font-size:13pt;font-weight:bold;text-align:center">${text(annex.title)}</h1>`,
    `<p class="subtitle" style="text-align:center;font-style:italic">${text(annex.subtitle)}</p>`,
  );
  if (annex.filterLine) out.push(`<p class="filter" style="text-align:center">${text(annex.filterLine)}</p>`);
  if (annex.sampleNote) out.push(`<p class="sample">${text(annex.sampleNote)}</p>`);
  out.push(chart(annex));
  out.push(table(annex));
  out.push(`<p class="summary" style="font-weight:bold"><b>${text(annex.summary.text)}</b></p>`);
  out.push("</body>", "</html>");
  return out.join("\n") + "\n";
};
