// A document for a terminal: text wrapped to the width, boxed tables (cli-table3, fitted by fitTable), counts as
// bars, colour only when asked. Text from the data is made terminal-safe (escapeTerminal) before it is printed.
import { Chalk, type ChalkInstance } from "chalk";
import { cellText, plain, type Block, type Document, type Inline, type Mark, type Row, type TableBlock } from "../document";
import { escapeTerminal } from "../escape";
import { displayWidth, fitText, renderTextTable, wrapStyled, wrapText } from "../tabular";
import type { RenderOptions, TextFormatter } from "../formatter";

type Style = (s: string) => string;
const same: Style = (s) => s;

function markStyle(c: ChalkInstance, mark: Mark | undefined): Style {
  switch (mark) {
    case undefined:
    case "code":
      return same;
    case "strong":
      return c.bold;
    case "emphasis":
      return c.italic;
    case "dim":
      return c.dim;
    case "heading":
      return c.bold.underline;
    case "ins":
    case "good":
      return c.green;
    case "del":
    case "bad":
      return c.red;
    case "info":
      return c.cyan;
    case "progress":
      return c.blue;
    case "warning":
      return c.yellow;
    case "attention":
      return c.magenta;
    case "muted":
      return c.gray;
    case "alarm":
      return c.red.bold;
  }
}

/** The style of several marks, chained in their order (chalk's `c.red.bold`). */
function marksStyle(c: ChalkInstance, marks: readonly Mark[] | undefined): Style {
  if (!marks?.length) return same;
  if (marks.length === 1) return markStyle(c, marks[0]);
  return (s) => marks.reduceRight((acc, m) => markStyle(c, m)(acc), s);
}

const ROLE: Partial<Record<NonNullable<Extract<Block, { type: "paragraph" }>["role"]>, Mark>> = {
  title: "strong",
  lead: "strong",
  summary: "strong",
  definition: "dim",
  hint: "dim",
  warning: "warning",
  attention: "attention",
};

/** A line of spans wrapped to the width, each piece in its span's style (spaces at a break dropped). */
function wrapSpans(spans: Exclude<Inline, string>, width: number, c: ChalkInstance): string[] {
  const parts = spans.map((s) => ({ text: escapeTerminal(s.text.normalize("NFC")), style: marksStyle(c, s.marks) }));
  const text = parts.map((p) => p.text).join("");
  const owner: number[] = [];
  parts.forEach((p, i) => {
    for (let k = 0; k < p.text.length; k++) owner.push(i);
  });
  const out: string[] = [];
  let pos = 0;
  for (const line of fitText(text, width)) {
    let styled = "";
    let run = "";
    let runOwner = -1;
    for (let k = 0; k < line.length; k++) {
      while (pos < text.length && text[pos] !== line[k]) pos++;
      const o = owner[pos] ?? runOwner;
      if (o !== runOwner && run) {
        styled += parts[runOwner]!.style(run);
        run = "";
      }
      runOwner = o;
      run += line[k];
      pos++;
    }
    if (run) styled += parts[runOwner]!.style(run);
    out.push(styled);
  }
  return out;
}

/** A line wrapped to the width, its continuation lines indented two more than the line itself. */
function hanging(line: string, width: number): string[] {
  if (!line) return [""];
  const indent = /^ */.exec(line)![0].length;
  const [first, ...rest] = wrapText(line.slice(indent), Math.max(20, width - indent - 2));
  return [" ".repeat(indent) + first!, ...rest.map((l) => " ".repeat(indent + 2) + l)];
}

function counts(b: TableBlock, o: RenderOptions, c: ChalkInstance): string[] {
  const [label, count] = b.columns;
  const total = b.rows.reduce((n, r) => n + (r.cells[count!.key]?.type === "integer" ? (r.cells[count!.key] as { value: number }).value : 0), 0);
  const labelWidth = Math.max(...b.rows.map((r) => displayWidth(cellText(r, label!.key))));
  return b.rows.map((r) => {
    const cell = r.cells[count!.key];
    const n = cell?.type === "integer" ? cell.value : 0;
    const text = cellText(r, label!.key);
    const blocks = o.terminal && total > 0 ? "█".repeat(Math.round((n / total) * 30)) || (n > 0 ? "▏" : "") : "";
    const bar = blocks ? "  " + markStyle(c, cell?.tone)(blocks) : "";
    return `  ${text}${" ".repeat(labelWidth - displayWidth(text))}  ${String(n).padStart(3)}${bar}`;
  });
}

function table(b: TableBlock, width: number, c: ChalkInstance, plain: boolean): string {
  const source = new WeakMap<Record<string, string>, Row>();
  const rows = b.rows.map((r) => {
    const flat: Record<string, string> = Object.fromEntries(b.columns.map((col) => [col.key, cellText(r, col.key)]));
    source.set(flat, r);
    return flat;
  });
  return renderTextTable(
    {
      columns: b.columns.map((col) => ({
        key: col.key,
        header: col.header,
        ...(col.align === "right" ? { align: "right" as const } : {}),
        ...(col.minWidth !== undefined ? { minWidth: col.minWidth } : {}),
        ...(col.maxWidth !== undefined ? { maxWidth: col.maxWidth } : {}),
      })),
      rows,
    },
    {
      width,
      header: (s) => c.bold(s),
      border: (s) => c.dim(s),
      cell: (s, row, key) => markStyle(c, source.get(row)?.cells[key]?.tone)(s),
      plain,
    },
  );
}

function render(doc: Document, o: RenderOptions): string {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const width = Math.max(20, o.width);
  const out: string[] = [];
  for (const b of doc.blocks) {
    switch (b.type) {
      case "heading":
        out.push("", c.bold.underline(plain(b.text)));
        break;
      case "paragraph": {
        if (b.spaceBefore) out.push("");
        const indent = " ".repeat(b.indent ?? 0);
        const role = b.role ? ROLE[b.role] : undefined;
        for (const l of b.lines) {
          const spans = typeof l === "string" ? [{ text: l, ...(role ? { marks: [role] } : {}) }] : l;
          if (b.hanging) for (const x of hanging(plain(l), width - indent.length)) out.push(indent + marksStyle(c, role ? [role] : undefined)(x));
          else if (b.nowrap) out.push(indent + spans.map((s) => marksStyle(c, s.marks)(escapeTerminal(s.text))).join(""));
          else if (spans.length === 1) for (const x of fitText(spans[0]!.text, width - indent.length)) out.push(indent + marksStyle(c, spans[0]!.marks)(x));
          else for (const x of wrapSpans(spans, width - indent.length, c)) out.push(indent + x);
        }
        break;
      }
      case "note":
        for (const x of fitText(`⚠ ${plain(b.text)}`, width)) out.push(c.yellow(x));
        break;
      case "list":
        for (const i of b.items) for (const x of fitText(`- ${plain(i.text)}`, width)) out.push(x);
        break;
      case "table":
        if (b.layout === "counts") for (const l of counts(b, o, c)) out.push(l);
        else out.push(table(b, width, c, !o.color).trimEnd());
        break;
      case "chart":
        break;
      case "lines": {
        const text = b.lines
          .map((l) => (typeof l === "string" ? escapeTerminal(l) : l.map((s) => marksStyle(c, s.marks)(escapeTerminal(s.text))).join("")))
          .join("\n");
        for (const line of text.split("\n")) for (const x of wrapStyled(line, o.width)) out.push(x);
        break;
      }
    }
  }
  return out.join("\n") + "\n";
}

/** The terminal formatter (named `table`, and `text` for par diff, in the registry). */
export const terminal: Omit<TextFormatter, "name"> = { extension: "", profile: "screen", render };
