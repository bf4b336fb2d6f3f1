// Tables as data, rendered as a terminal table, CSV/TSV (for Excel) or Markdown. Pure: no I/O, colour passed in.
import { escapeMarkdownCell, escapeTerminal } from "./escape";

export interface Column {
  key: string;
  header: string;
  align?: "left" | "right";
  /** Terminal rendering: the column never gets narrower than this (default 4) or wider than maxWidth. */
  minWidth?: number;
  maxWidth?: number;
}

export interface Table {
  columns: Column[];
  rows: Record<string, string>[];
}

// ---------- CSV / TSV ----------

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that Excel or LibreOffice would run as a formula, made inert with a leading apostrophe (OWASP). */
export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export interface DelimitedOptions {
  delimiter: "," | "\t";
  /** Start with a UTF-8 BOM so that Excel reads Vietnamese correctly (default true). */
  bom?: boolean;
  /** Neutralise cells that start like a formula (default true). */
  neutralise?: boolean;
}

/** One field, quoted as RFC 4180 says when it holds the delimiter, a quote or a line break. */
export function delimitedField(value: string, delimiter: string, neutralise = true): string {
  const v = neutralise ? neutraliseFormula(value) : value;
  return v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV or TSV text: header row, then one row per record, CRLF line ends (RFC 4180). */
export function renderDelimited(table: Table, opts: DelimitedOptions): string {
  const neutralise = opts.neutralise !== false;
  const line = (cells: string[]) => cells.map((c) => delimitedField(c, opts.delimiter, neutralise)).join(opts.delimiter);
  const out = [line(table.columns.map((c) => c.header)), ...table.rows.map((r) => line(table.columns.map((c) => r[c.key] ?? "")))];
  return (opts.bom !== false ? "\uFEFF" : "") + out.join("\r\n") + "\r\n";
}

// ---------- Markdown ----------

/** A GitHub-flavoured Markdown table; pipes and line breaks in cells escaped. */
export function renderMarkdown(table: Table): string {
  const row = (cells: string[]) => `| ${cells.map(escapeMarkdownCell).join(" | ")} |`;
  const sep = `|${table.columns.map((c) => (c.align === "right" ? " ---: " : " --- ")).join("|")}|`;
  return [row(table.columns.map((c) => c.header)), sep, ...table.rows.map((r) => row(table.columns.map((c) => r[c.key] ?? "")))].join("\n") + "\n";
}

// ---------- Terminal ----------

const ANSI = /\u001b\[[0-9;]*m/g;

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

// Printable Latin, precomposed Vietnamese and common punctuation: one column per UTF-16 unit (the usual case).
const NARROW_ONLY = /^[\x20-\x7e\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e]*$/;

/** Columns a string takes in a terminal: ANSI codes and combining marks take none, wide characters two. */
export function displayWidth(text: string): number {
  if (NARROW_ONLY.test(text)) return text.length;
  let w = 0;
  for (const ch of text.replace(ANSI, "").normalize("NFC")) {
    const cp = ch.codePointAt(0)!;
    if (/\p{M}/u.test(ch) || cp === 0x200b || cp < 0x20) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

/**
 * The lines of a text as a terminal should show them: split at every line break (CRLF, LF, or a lone CR as Word and
 * old Mac files write it), tabs as spaces, control characters made visible (escapeTerminal): nothing in the data
 * can move the cursor or send the terminal a command.
 */
export function terminalLines(text: string): string[] {
  return text.normalize("NFC").split(/\r\n|\r|\n/).map((l) => escapeTerminal(l.replace(/\t/g, " ")));
}

/** Break text into lines of at most `width` columns, at spaces where possible; existing line breaks kept. */
export function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of terminalLines(text)) {
    let line = "";
    let lineWidth = 0;
    for (const word of para.split(/ +/)) {
      let w = word;
      let ww = displayWidth(w);
      while (ww > width) {
        if (line) { out.push(line); line = ""; lineWidth = 0; }
        let cut = "";
        let cutWidth = 0;
        for (const ch of w) {
          const cw = displayWidth(ch);
          if (cutWidth + cw > width) break;
          cut += ch;
          cutWidth += cw;
        }
        if (!cut) cut = [...w][0]!;
        out.push(cut);
        w = w.slice(cut.length);
        ww = displayWidth(w);
      }
      if (!w) continue;
      if (!line) { line = w; lineWidth = ww; }
      else if (lineWidth + 1 + ww <= width) { line += " " + w; lineWidth += 1 + ww; }
      else { out.push(line); line = w; lineWidth = ww; }
    }
    out.push(line);
  }
  return out;
}

function pad(text: string, width: number, align: "left" | "right"): string {
  const gap = Math.max(0, width - displayWidth(text));
  return align === "right" ? " ".repeat(gap) + text : text + " ".repeat(gap);
}

/** Fit column widths into a total width: each column its natural width, the widest shrunk first. */
export function fitWidths(table: Table, totalWidth: number): number[] {
  const natural = table.columns.map((c, i) => {
    let w = displayWidth(c.header);
    for (const r of table.rows) for (const l of terminalLines(r[c.key] ?? "")) w = Math.max(w, displayWidth(l));
    return Math.min(w, table.columns[i]!.maxWidth ?? Infinity);
  });
  const overhead = 3 * table.columns.length + 1;
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) + overhead - totalWidth;
  while (excess > 0) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      const min = table.columns[i]!.minWidth ?? 4;
      if (widths[i]! > min && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
    }
    if (widest < 0) break;
    widths[widest]!--;
    excess--;
  }
  return widths;
}

export interface TextTableOptions {
  /** Total width available (the terminal's columns); unlimited when absent. */
  width?: number;
  /** Style the header row (e.g. bold) — colour is the caller's choice. */
  header?: (text: string) => string;
  /** Style a border. */
  border?: (text: string) => string;
  /** Style a cell's rendered line, given its row and column key. */
  cell?: (text: string, row: Record<string, string>, key: string) => string;
}

/** A boxed table for a terminal, columns fitted to the width, text wrapped at spaces. */
export function renderTextTable(table: Table, opts: TextTableOptions = {}): string {
  const widths = fitWidths(table, opts.width ?? Infinity);
  const b = opts.border ?? ((s: string) => s);
  const h = opts.header ?? ((s: string) => s);
  const line = (l: string, m: string, r: string) => b(l + widths.map((w) => "─".repeat(w + 2)).join(m) + r);
  const renderRow = (cells: string[], style: (s: string, key: string) => string) => {
    const wrapped = cells.map((c, i) => wrapText(c, widths[i]!));
    const height = Math.max(...wrapped.map((w) => w.length));
    const lines: string[] = [];
    for (let k = 0; k < height; k++) {
      lines.push(
        b("│") +
          wrapped
            .map((w, i) => {
              const col = table.columns[i]!;
              return " " + style(pad(w[k] ?? "", widths[i]!, col.align ?? "left"), col.key) + " ";
            })
            .join(b("│")) +
          b("│"),
      );
    }
    return lines;
  };
  const out = [line("┌", "┬", "┐"), ...renderRow(table.columns.map((c) => c.header), (s) => h(s)), line("├", "┼", "┤")];
  for (const r of table.rows) {
    out.push(...renderRow(table.columns.map((c) => r[c.key] ?? ""), (s, key) => (opts.cell ? opts.cell(s, r, key) : s)));
  }
  out.push(line("└", "┴", "┘"));
  return out.join("\n") + "\n";
}
