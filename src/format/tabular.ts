// Tables as data, rendered as a terminal table, CSV/TSV (for Excel) or Markdown. Pure: no I/O, colour passed in.
import type Table3Type from "cli-table3";
import type StringWidthType from "string-width";
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

// Printable Latin, precomposed Vietnamese, common punctuation, arrows, mathematical operators ("≥"), box drawing,
// block elements (the bars) and "⚠" without a variation selector: one column per UTF-16 unit (the usual case), as
// string-width measures them (test/render.test.ts checks every one). string-width is left for the rest: its first
// call alone costs ~19 ms (it builds its emoji pattern and a segmenter), a fifth of a `par status` run.
const NARROW_ONLY = /^[\x20-\x7e\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u2190-\u22ff\u2500-\u259f\u26a0]*$/;

/**
 * string-width, loaded when a text first needs it: at load it makes an Intl.Segmenter (~8 ms, on every run, par lint
 * too), and the texts of the shipped plan never need it (the fast path of displayWidth measures them).
 */
let stringWidthFn: typeof StringWidthType | undefined;
function stringWidth(text: string): number {
  stringWidthFn ??= (require("string-width") as { default: typeof StringWidthType }).default;
  return stringWidthFn(text);
}

/** Columns one character (code point) takes in a terminal (string-width): combining marks and controls none, wide two. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20) return 0;
  if (cp < 0x300) return 1;
  let w = WIDTHS.get(cp);
  if (w === undefined) WIDTHS.set(cp, (w = stringWidth(ch)));
  return w;
}

/** The width of each character met, by code point: string-width runs several patterns over each string it is given. */
const WIDTHS = new Map<number, number>();

/** Above this length a text is measured a character at a time (Node 20's Intl.Segmenter, which string-width uses, is quadratic). */
const SEGMENT_LIMIT = 256;

/** Columns a string takes in a terminal (string-width): ANSI codes and combining marks take none, wide characters two. */
export function displayWidth(text: string): number {
  if (NARROW_ONLY.test(text)) return text.length;
  const t = text.replace(ANSI, "").normalize("NFC");
  if (t.length <= SEGMENT_LIMIT) return stringWidth(t);
  let w = 0;
  for (const ch of t) w += charWidth(ch);
  return w;
}

/**
 * The lines of a text as a terminal should show them: split at every line break (CRLF, LF, or a lone CR as Word and
 * old Mac files write it), tabs as spaces, control characters made visible (escapeTerminal): nothing in the data
 * can move the cursor or send the terminal a command.
 */
export function terminalLines(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .map((l) => escapeTerminal(l.replace(/\t/g, " ")));
}

/**
 * Break text into lines of at most `width` columns (display width), at spaces where possible; existing line breaks
 * kept. One pass: each word is measured once, and a word wider than the line is cut as its characters are walked
 * (measuring the rest of the word after every cut made a 1.5 MB word take tens of seconds). A character wider than
 * the whole width (a wide character in a 1-column cell) still gets a line of its own.
 */
export function wrapText(text: string, width: number): string[] {
  const max = Math.max(1, width);
  const out: string[] = [];
  for (const para of terminalLines(text)) {
    let line = "";
    let lineWidth = 0;
    for (const word of para.split(/ +/)) {
      if (!word) continue;
      const ww = displayWidth(word);
      if (ww <= max) {
        if (!line) {
          line = word;
          lineWidth = ww;
        } else if (lineWidth + 1 + ww <= max) {
          line += " " + word;
          lineWidth += 1 + ww;
        } else {
          out.push(line);
          line = word;
          lineWidth = ww;
        }
        continue;
      }
      if (line) out.push(line);
      // Cut the word into pieces of at most `max` columns; its last piece starts the next line.
      let piece = "";
      let pieceWidth = 0;
      for (const ch of word) {
        const cw = charWidth(ch);
        if (pieceWidth + cw > max && piece) {
          out.push(piece);
          piece = "";
          pieceWidth = 0;
        }
        piece += ch;
        pieceWidth += cw;
      }
      line = piece;
      lineWidth = pieceWidth;
    }
    out.push(line);
  }
  return out;
}

/** A text's lines as they are when each fits the width (spacing kept), else wrapped at spaces (wrapText). */
export function fitText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of terminalLines(text)) {
    if (displayWidth(line) <= width) out.push(line);
    else for (const l of wrapText(line, width)) out.push(l);
  }
  return out;
}

/**
 * A line already styled (ANSI colour codes in it, data already made terminal-safe) wrapped to `width` columns:
 * kept as it is when it fits; else broken at spaces, each continuation indented as the line itself is plus two, a
 * word too wide cut between characters. Colour codes take no room and are never split; a colour open at a break
 * carries on to the next line, as terminals keep it. One pass over the line.
 */
export function wrapStyled(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const lead = /^ */.exec(line)![0];
  const indent = lead + "  ";
  const out: string[] = [];
  let cur = lead;
  let curWidth = lead.length;
  let fresh = true; // nothing but the indent on the current line yet
  for (const word of line.slice(lead.length).split(" ")) {
    const ww = displayWidth(word);
    if (ww === 0 && word === "") continue;
    if (!fresh && curWidth + 1 + ww <= width) {
      cur += " " + word;
      curWidth += 1 + ww;
      continue;
    }
    if (!fresh) {
      out.push(cur);
      cur = indent;
      curWidth = indent.length;
    }
    if (curWidth + ww <= width || ww === 0) {
      cur += word;
      curWidth += ww;
      fresh = false;
      continue;
    }
    // A word wider than the line: cut it, colour codes kept whole.
    for (const m of word.matchAll(/\u001b\[[0-9;]*m|[\s\S]/gu)) {
      const piece = m[0];
      const cw = piece.length > 1 && piece.charCodeAt(0) === 0x1b ? 0 : charWidth(piece);
      if (curWidth + cw > width && curWidth > indent.length && cw > 0) {
        out.push(cur);
        cur = indent;
        curWidth = indent.length;
      }
      cur += piece;
      curWidth += cw;
    }
    fresh = false;
  }
  out.push(cur);
  return out;
}

/** The widest word of a text (what a column needs not to cut words). */
function widestWord(text: string): number {
  let w = 0;
  for (const line of terminalLines(text)) for (const word of line.split(/ +/)) w = Math.max(w, displayWidth(word));
  return w;
}

/** Column widths fitted into a total width, and whether the cells lost their padding to fit. */
export interface Fit {
  widths: number[];
  /** Cells written without the space on either side ("│abc│"): the last resort before cutting words harder. */
  compact: boolean;
}

/** Narrowest a column ever gets: two columns hold any character, wide ones included. */
const HARD_MIN = 2;

/**
 * Fit column widths into a total width. Each column starts at its natural width (its longest line, at most
 * maxWidth and never more than the whole width), and the widest is shrunk one column at a time:
 * 0. down to its longest value line, so that headers wrap before values;
 * 1. down to its floor: minWidth (default 4) and the longest word of its header, so headers wrap between words;
 * 2. if that does not fit, the cells drop their padding (two columns each) and step 1 is tried again;
 * 3. if that does not fit either, every column gives up the same share of its width above the longest word of its
 *    values (then above two columns), headers and words cut where they must. Only a table whose every column is
 *    two columns wide can be wider than the width.
 */
export function fitTable(table: Table, totalWidth: number): Fit {
  const n = table.columns.length;
  const room = Number.isFinite(totalWidth) ? Math.max(1, totalWidth) : Infinity;
  const natural = table.columns.map((c) => {
    let w = displayWidth(c.header);
    for (const r of table.rows) for (const l of terminalLines(r[c.key] ?? "")) w = Math.max(w, displayWidth(l));
    return Math.min(w, c.maxWidth ?? Infinity, room);
  });
  const soft = table.columns.map((c, i) => Math.min(natural[i]!, Math.max(c.minWidth ?? 4, widestWord(c.header))));
  const shrink = (widths: number[], floors: number[], overhead: number): number => {
    let excess = widths.reduce((a, b) => a + b, 0) + overhead - room;
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < n; i++) if (widths[i]! > floors[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      if (widest < 0) break;
      widths[widest]!--;
      excess--;
    }
    return excess;
  };
  // Headers wrap before values do: first down to the longest value line (a name stays on one line while a long
  // header over short numbers or ids breaks between its words), then down to the header's longest word.
  const values = table.columns.map((c, i) => {
    let w = 0;
    for (const r of table.rows) for (const l of terminalLines(r[c.key] ?? "")) w = Math.max(w, displayWidth(l));
    return Math.min(natural[i]!, Math.max(soft[i]!, w));
  });
  const padded = [...natural];
  if (shrink(padded, values, 3 * n + 1) <= 0 || shrink(padded, soft, 3 * n + 1) <= 0) return { widths: padded, compact: false };
  const widths = [...natural];
  if (shrink(widths, soft, n + 1) <= 0) return { widths, compact: true };
  const valueFloor = table.columns.map((c, i) => {
    let w = HARD_MIN;
    for (const r of table.rows) w = Math.max(w, widestWord(r[c.key] ?? ""));
    return Math.min(soft[i]!, w);
  });
  // Every column gives up the same share of its room above its floor (shrinking the widest first would take a
  // name column down to a word while the number columns keep their headers on one line).
  const spread = (floors: number[]): boolean => {
    const avail = room - (n + 1);
    const base = floors.reduce((a, b) => a + b, 0);
    if (base > avail) return false;
    const spare = widths.map((w, i) => w - floors[i]!);
    const total = spare.reduce((a, b) => a + b, 0);
    const k = total > 0 ? (avail - base) / total : 0;
    const exact = spare.map((r) => r * k);
    for (let i = 0; i < n; i++) widths[i] = floors[i]! + Math.floor(exact[i]!);
    let left = avail - widths.reduce((a, b) => a + b, 0);
    const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
    for (let j = 0; left > 0 && j < order.length; j++, left--) if (widths[order[j]!.i]! < floors[order[j]!.i]! + spare[order[j]!.i]!) widths[order[j]!.i]!++;
    return true;
  };
  if (spread(valueFloor)) return { widths, compact: true };
  const hard = widths.map((w) => Math.min(w, HARD_MIN));
  if (!spread(hard)) for (let i = 0; i < n; i++) widths[i] = hard[i]!;
  return { widths, compact: true };
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
  /**
   * No styling at all (no colour: the styles above change nothing): the box is drawn here, line by line, not by
   * cli-table3 (see drawPlain).
   */
  plain?: boolean;
}

/**
 * The box cli-table3 draws (compact, one line per row, cells already wrapped to their widths), drawn directly: for a
 * table without colour, the same characters. cli-table3 costs about 90 ms of CPU on the shipped plan's `par list` and
 * `par status` (it reads every option of every cell and measures each of its lines with string-width's emoji pattern,
 * which a cell wrapped and measured by fitTable does not need); a run without colour (a pipe, a file, CI, the golden
 * outputs) draws here instead. With colour cli-table3 draws it, and test/tabular.test.ts holds the two to the same
 * text. undefined when a line would not fit its column (a character wider than a one-column cell) or a column has
 * no width: cli-table3 then draws it as it does.
 */
function drawPlain(
  head: readonly string[],
  body: readonly (readonly string[])[],
  widths: readonly number[],
  padding: number,
  right: readonly boolean[],
): string[] | undefined {
  // A column of no width at all (an empty header over empty cells, no padding): cli-table3 sizes it itself.
  if (widths.some((w) => w + 2 * padding === 0)) return undefined;
  const pad = " ".repeat(padding);
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => "─".repeat(w + 2 * padding)).join(m) + r;
  const line = (cells: readonly string[]): string | undefined => {
    let out = "│";
    for (let i = 0; i < widths.length; i++) {
      const text = cells[i] ?? "";
      const gap = widths[i]! - displayWidth(text);
      if (gap < 0) return undefined;
      out += pad + (right[i] ? " ".repeat(gap) + text : text + " ".repeat(gap)) + pad + "│";
    }
    return out;
  };
  const out = [rule("┌", "┬", "┐")];
  const headLines = head.map((h) => h.split("\n"));
  const height = Math.max(1, ...headLines.map((l) => l.length));
  for (let k = 0; k < height; k++) {
    const l = line(headLines.map((h) => h[k] ?? ""));
    if (l === undefined) return undefined;
    out.push(l);
  }
  out.push(rule("├", "┼", "┤"));
  for (const row of body) {
    const l = line(row);
    if (l === undefined) return undefined;
    out.push(l);
  }
  out.push(rule("└", "┴", "┘"));
  return out;
}

/**
 * Physical lines per cli-table3 row, and rows per cli-table3 table: for every line it draws, cli-table3 measures the
 * cell's whole text and cuts a copy of it one character at a time (quadratic in a cell of several lines), its layout
 * compares every cell with every cell above it (quadratic in the rows), and it spreads the rows into a call (the
 * stack). One line per row, in compact mode (no rule between rows), and small tables joined, draw the same box.
 */
const LINES_PER_ROW = 1;
const ROWS_PER_TABLE = 16;
/** cli-table3, loaded when a table is first drawn: commands that draw none (par lint) do not load it. */
let Table3: typeof Table3Type | undefined;

/** A row taller than this many lines is drawn line by line where it can (see renderTextTable). */
const TALL = 64;
const BORDER_RUN = /[─│┌┬┐├┼┤└┴┘]+/g;

/**
 * A boxed table for a terminal, drawn by cli-table3: the columns fitted to the width first (fitTable: cli-table3
 * sizes columns to their content or to widths given, and cuts with "…" what does not fit), the text wrapped inside the
 * cells at spaces (wrapText), then cli-table3 draws the box (compact: no rule between rows). A tall table is drawn in
 * pieces, a cell of a million lines too, and the pieces joined: the box is the same.
 */
export function renderTextTable(table: Table, opts: TextTableOptions = {}): string {
  const { widths, compact } = fitTable(table, opts.width ?? Infinity);
  const padding = compact ? 0 : 1;
  const h = opts.header ?? ((s: string) => s);
  const cols = table.columns;
  const lay = (cells: string[], style: (s: string, key: string) => string, per: number): string[][] => {
    const wrapped = cells.map((c, i) => wrapText(c, widths[i]!).map((l) => style(l, cols[i]!.key)));
    let height = 0;
    for (const w of wrapped) height = Math.max(height, w.length);
    const out: string[][] = [];
    for (let k = 0; k < height; k += per) out.push(wrapped.map((w) => w.slice(k, k + per).join("\n")));
    return out;
  };
  // The header in one row (a few short lines); the body a line per row.
  const head = lay(
    cols.map((c) => c.header),
    (s) => h(s),
    Infinity,
  )[0]!;
  // A line of a very tall row (a text of thousands of lines) with text in one cell only is that cell's text put into
  // the blank line cli-table3 draws: its cost per cell and per line would make such a table take minutes.
  type Solo = { col: number; text: string };
  const body: (string[] | Solo)[] = [];
  for (const r of table.rows) {
    const pieces = lay(
      cols.map((c) => r[c.key] ?? ""),
      (s, key) => (opts.cell ? opts.cell(s, r, key) : s),
      LINES_PER_ROW,
    );
    const tall = pieces.length > TALL;
    for (const piece of pieces) {
      const filled = piece.flatMap((c, i) => (c ? [i] : []));
      body.push(tall && filled.length === 1 ? { col: filled[0]!, text: piece[filled[0]!]! } : piece);
    }
  }
  if (opts.plain && cols.length) {
    const right = cols.map((c) => c.align === "right");
    const rows = body.map((item) => (Array.isArray(item) ? item : cols.map((_, i) => (i === item.col ? item.text : ""))));
    const drawn = drawPlain(head, rows, widths, padding, right);
    if (drawn) return drawn.join("\n") + "\n";
  }
  const Table = (Table3 ??= require("cli-table3") as typeof Table3Type);
  const draw = (rows: string[][], withHead: boolean): string[] => {
    const t = new Table({
      ...(withHead ? { head } : {}),
      colWidths: widths.map((w) => w + 2 * padding),
      colAligns: cols.map((c) => (c.align === "right" ? "right" : "left")),
      style: { head: [], border: [], compact: true, "padding-left": padding, "padding-right": padding },
    });
    for (const r of rows) t.push(r);
    return t.toString().split("\n");
  };
  // The header, the rule under it, a blank line and the bottom rule.
  const framed = draw([cols.map(() => "")], true);
  const lines = framed.slice(0, -2);
  const blank = framed[framed.length - 2]!;
  const starts = widths.map((_, i) => 1 + padding + widths.slice(0, i).reduce((n, w) => n + w + 2 * padding + 1, 0));
  let run: string[][] = [];
  const flush = () => {
    for (let k = 0; k < run.length; k += ROWS_PER_TABLE) for (const l of draw(run.slice(k, k + ROWS_PER_TABLE), false).slice(1, -1)) lines.push(l);
    run = [];
  };
  for (const item of body) {
    if (Array.isArray(item)) {
      run.push(item);
      continue;
    }
    flush();
    const gap = " ".repeat(Math.max(0, widths[item.col]! - displayWidth(item.text)));
    const text = cols[item.col]!.align === "right" ? gap + item.text : item.text + gap;
    lines.push(blank.slice(0, starts[item.col]) + text + blank.slice(starts[item.col]! + widths[item.col]!));
  }
  flush();
  lines.push(framed[framed.length - 1]!);
  const b = opts.border;
  return (b ? lines.map((l) => l.replace(BORDER_RUN, (run) => b(run))) : lines).join("\n") + "\n";
}
