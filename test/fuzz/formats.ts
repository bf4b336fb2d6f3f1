// Reading par's output back, independently of par: a strict RFC 4180 reader, Markdown rendered by markdown-it and
// read with parse5, HTML read with parse5. Used by the fuzz, round-trip and escaping tests.
import MarkdownIt from "markdown-it";
import { parseYaml } from "../../src/load/yaml";
import PROGRESS_SCHEMA from "../../schemas/progress.schema.json";
import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/**
 * Parse CSV or TSV as RFC 4180 says (fields quoted with ", "" inside quotes, each record ended by CRLF, the last one
 * by CRLF or the end), strictly: a quote inside an unquoted field, a bare CR or LF outside quotes, text after a
 * closing quote or a quote never closed is an error.
 */
export function parseDelimited(text: string, delimiter: "," | "\t"): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (text === "") return rows;
  for (;;) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error("a quoted field is never closed");
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += ch;
        i++;
      }
      if (i < n && text[i] !== delimiter && !text.startsWith("\r\n", i))
        throw new Error(`text after a closing quote at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
    } else {
      while (i < n && text[i] !== delimiter && !text.startsWith("\r\n", i)) {
        if (text[i] === '"') throw new Error(`a quote inside an unquoted field at ${i}`);
        if (text[i] === "\n" || text[i] === "\r") throw new Error(`a bare line break inside an unquoted field at ${i}`);
        field += text[i];
        i++;
      }
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    // CRLF: end of record
    i += 2;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
}

// ---------- HTML ----------

function isElement(n: Node): n is Element {
  return "tagName" in n;
}

function children(n: Node): Node[] {
  return "childNodes" in n ? n.childNodes : [];
}

/** Every element below a node, in document order. */
export function elements(root: Node): Element[] {
  const out: Element[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (isElement(n)) out.push(n);
    const c = children(n);
    for (let k = c.length - 1; k >= 0; k--) stack.push(c[k]!);
    if (isElement(n) && n.tagName === "template" && "content" in n) stack.push((n as unknown as { content: Node }).content);
  }
  return out;
}

/** The text of a node as a reader sees it, with <br> read as a line break. */
export function textOf(n: Node): string {
  if (n.nodeName === "#text") return (n as DefaultTreeAdapterMap["textNode"]).value;
  if (isElement(n) && n.tagName === "br") return "\n";
  return children(n).map(textOf).join("");
}

/** A whole HTML document, parsed as a browser would. */
export function parseHtml(html: string): DefaultTreeAdapterMap["document"] {
  return parse(html);
}

/** Rows of the tables of an HTML document (or fragment): each row, the text of its cells. */
export function htmlTables(root: Node): string[][][] {
  return elements(root)
    .filter((e) => e.tagName === "table")
    .map((t) =>
      elements(t)
        .filter((e) => e.tagName === "tr")
        .map((tr) =>
          children(tr)
            .filter(isElement)
            .filter((c) => c.tagName === "td" || c.tagName === "th")
            .map(textOf),
        ),
    );
}

/** The tag names used in a document or fragment. */
export function tagNames(root: Node): string[] {
  return elements(root).map((e) => e.tagName);
}

/** Attribute names used anywhere (on* handlers must never come from data). */
export function attributeNames(root: Node): string[] {
  return elements(root).flatMap((e) => e.attrs.map((a) => a.name));
}

// ---------- Markdown ----------

/** GitHub-flavoured enough: tables and strikethrough on, raw HTML allowed (so that any that slips through shows). */
const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Markdown rendered to HTML and parsed back. */
export function renderMarkdown(markdown: string): DefaultTreeAdapterMap["documentFragment"] {
  return parseFragment(md.render(markdown));
}

// ---------- checks on any output ----------

/** The markup of an HTML or Markdown output: its element names, and its attribute names as "@name". */
export function markupOf(format: string, out: string): Set<string> {
  const doc = format === "md" ? renderMarkdown(out) : parseHtml(out);
  return new Set([...tagNames(doc), ...attributeNames(doc).map((a) => `@${a}`)]);
}

/** What a Markdown table renders to: nothing else may appear when the data is hostile. */
export const MD_TABLE_TAGS: ReadonlySet<string> = new Set(["table", "thead", "tbody", "tr", "th", "td", "br"]);

/**
 * What is wrong with an output in a format (empty when it reads back as that format). `markup`: the elements and
 * attributes an HTML or Markdown output may have — what the same command prints for the plan as shipped; anything
 * more came from the data.
 */
export function outputProblems(format: string, out: string, markup: ReadonlySet<string> = MD_TABLE_TAGS): string[] {
  const bad: string[] = [];
  try {
    switch (format) {
      case "json":
      case "sarif":
        JSON.parse(out);
        break;
      case "csv":
      case "tsv": {
        if (!out.startsWith("\uFEFF")) bad.push(`${format} without its BOM`);
        const rows = parseDelimited(out.replace(/^\uFEFF/, ""), format === "csv" ? "," : "\t");
        const width = rows[0]?.length ?? 0;
        if (rows.some((r) => r.length !== width)) bad.push(`${format} rows of different lengths`);
        for (const cell of rows.flat()) if (/^[=+\-@\t\r]/.test(cell)) bad.push(`${format} cell starts like a formula: ${JSON.stringify(cell.slice(0, 40))}`);
        break;
      }
      case "md":
      case "html": {
        if (format === "md" && !htmlTables(renderMarkdown(out)).length) bad.push("Markdown without a table");
        const extra = [...markupOf(format, out)].filter((m) => !markup.has(m));
        if (extra.length) bad.push(`${format === "md" ? "Markdown" : "HTML"} has markup the plan as shipped does not give: ${extra.join(", ")}`);
        break;
      }
      case "table":
      case "text":
      case "stylish": {
        // Without colour, nothing but text, tabs and line breaks may reach the terminal.
        const ctl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.exec(out);
        if (ctl)
          bad.push(
            `a control character U+${ctl[0].charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()} reaches the terminal: ${JSON.stringify(out.slice(Math.max(0, ctl.index - 30), ctl.index + 10))}`,
          );
        break;
      }
      case "yaml": {
        // A progress template: par must read back what it wrote, as one mapping, with no key from a comment.
        const parsed = parseYaml({ path: "template.yaml", display: "template.yaml", text: out, bom: false });
        if (!parsed.parsed)
          bad.push(`the YAML written does not parse: ${parsed.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${JSON.stringify(d.args)}`).join("; ")}`);
        else {
          const v = parsed.parsed.value as Record<string, unknown>;
          for (const k of Object.keys(v ?? {})) if (!(k in PROGRESS_SCHEMA.properties)) bad.push(`the YAML written has a top-level key ${JSON.stringify(k)}`);
          const entries = (v?.entries ?? []) as Record<string, unknown>[];
          for (const e of entries)
            for (const k of Object.keys(e))
              if (!(k in PROGRESS_SCHEMA.$defs.entry.properties)) bad.push(`an entry of the YAML written has a key ${JSON.stringify(k)}`);
        }
        break;
      }
      case "ics": {
        if (out && !out.endsWith("\r\n")) bad.push("iCalendar not ending in CRLF");
        for (const line of out.split("\r\n").slice(0, -1)) {
          if (/[\r\n]/.test(line)) bad.push("iCalendar line with a bare CR or LF");
          if (Buffer.byteLength(line) > 75) bad.push(`iCalendar line over 75 octets: ${JSON.stringify(line.slice(0, 40))}`);
          if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line)) bad.push("iCalendar line with a control character");
        }
        break;
      }
    }
  } catch (e) {
    bad.push(`${format} does not read back: ${(e as Error).message}`);
  }
  return bad;
}
