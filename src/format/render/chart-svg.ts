// A chart block (completion by area) as an SVG horizontal bar chart: what the HTML page shows as an image and the
// Word annex embeds as a PNG (rendered with resvg).
import type { Block } from "../document";
import { escapeHtml } from "../escape";
import { cutText } from "../text";

type ChartBlock = Extract<Block, { type: "chart" }>;

/** The chart's fonts: Times New Roman, else any serif (resvg: Liberation Serif, its metric twin). */
const CHART_FONT = `'Times New Roman', Times, serif`;

const attr = (value: string): string => escapeHtml(value.replace(/\r\n|\r|\n/g, " "));

/**
 * Text inside the SVG (XML 1.0): escaped, line breaks as spaces (an SVG <text> is one line; <br> is not SVG), and the
 * characters XML forbids even as references (controls other than tab, lone surrogates, U+FFFE/U+FFFF) dropped.
 */
const xml = (value: string): string =>
  attr(value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ""));

/** A chart block as SVG, with its size in pixels; `labelW` the room for the labels left of the bars, `font` its fonts, `maxChars` the labels' length. */
export function chartSvg(
  b: ChartBlock,
  labelW = 410,
  font = CHART_FONT,
  /** The labels' length at most, in characters (Times fits 56 in 410 pixels; a sans-serif font fewer). */
  maxChars = Math.round((56 * labelW) / 410),
): { svg: string; width: number; height: number } {
  const barW = 320;
  const rowH = 26;
  const width = labelW + barW + 170;
  const height = b.bars.length * rowH + 8;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${attr(font)}" font-size="15">`,
  );
  out.push(`<title>${xml(b.title)}</title>`);
  b.bars.forEach((bar, i) => {
    const y = 4 + i * rowH;
    const fill = Math.round((barW * Math.max(0, Math.min(100, bar.percent))) / 100);
    out.push(
      `<g><title>${xml(`${bar.full}: ${bar.value}`)}</title>`,
      `<text x="${labelW - 8}" y="${y + 18}" text-anchor="end"${bar.total ? ' font-weight="bold"' : ""}>${xml(cutText(bar.label, maxChars))}</text>`,
      `<rect x="${labelW}" y="${y + 3}" width="${barW}" height="${rowH - 8}" fill="#e6e6e6"/>`,
      `<rect x="${labelW}" y="${y + 3}" width="${fill}" height="${rowH - 8}" fill="${bar.total ? "#1b5e20" : "#2e7d32"}"/>`,
      `<text x="${labelW + barW + 8}" y="${y + 18}"${bar.total ? ' font-weight="bold"' : ""}>${xml(bar.value)}</text>`,
      `</g>`,
    );
  });
  out.push("</svg>");
  return { svg: out.join("\n"), width, height };
}
