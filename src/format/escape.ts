// Escaping, one function per target format, used by every formatter that writes that format.

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Escape text for HTML element content, every line break (CRLF, CR or LF) shown as <br>. */
export function escapeHtmlText(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, "<br>");
}

/**
 * Make text safe to print on a terminal: control characters that would move the cursor, clear the screen, set the
 * window title or recolour what follows (ESC, BEL, CR, backspace, DEL, the C1 controls such as CSI U+009B) are shown
 * as visible symbols (ESC → ␛, CR → ␍, DEL → ␡, C1 → �) instead of being sent to the terminal. Line breaks (LF) and
 * tabs are kept; callers that lay text out decide what a tab becomes. Every character stays one UTF-16 unit, so
 * columns computed on the original text still hold.
 */
export function escapeTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => {
    const cp = c.charCodeAt(0);
    return cp < 0x20 ? String.fromCharCode(0x2400 + cp) : cp === 0x7f ? "\u2421" : "\ufffd";
  });
}

/**
 * Text for one line of a YAML comment (`# …`): every line break — CR, LF, and NEL, LS, PS, which YAML 1.1 readers
 * also break at — becomes a space, and control characters are shown (escapeTerminal), so nothing in the text can end
 * the comment and be read as YAML.
 */
export function escapeYamlComment(text: string): string {
  return escapeTerminal(text.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, " ")).replace(/\t/g, " ");
}

/** Escape the message of a GitHub Actions workflow command, as @actions/core's escapeData does. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escape a property value of a GitHub Actions workflow command, as @actions/core's escapeProperty does. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const MD_ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Numeric character references for each character (blanks Markdown would otherwise strip). */
function charRefs(text: string): string {
  return [...text].map((c) => `&#${c.codePointAt(0)};`).join("");
}

/**
 * Escape text for GitHub-flavoured Markdown, in a table cell or in running text (a paragraph, a heading, a list
 * item): what it shows is exactly the text, and nothing in it becomes markup.
 * - Characters that start emphasis, code, links, strikethrough, math, headings or cells are backslash-escaped.
 * - < and > become entities (no HTML, no autolinks), and so does an & that would start an entity reference
 *   ("&amp;", "&#39;"); "KH&ĐT" stays as written.
 * - A "-" or "+" at the start is escaped (a list marker, or a rule: "---"), and so is "1. " or "2) ".
 * - Blanks at either end (spaces, tabs, no-break and other Unicode spaces), which tables and paragraphs would strip,
 *   become character references.
 * - Every line break (CRLF, CR or LF) becomes <br>, so the text stays on its table row or list item.
 * - Control characters other than tab and line breaks are dropped (renderers turn NUL into U+FFFD and strip a
 *   vertical tab at a cell's edge; none means anything in a plan), as escapeIcsText does.
 * With `fragment`, the text is a piece of a longer line (after "- **field:** ", between <del> and <ins>): only its
 * characters are escaped, not its start or ends.
 */
export function escapeMarkdown(text: string, options: { fragment?: boolean } = {}): string {
  const chars = text
    .replace(/\r\n?/g, "\n") // line breaks first, so that a control character dropped between CR and LF leaves two
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/[\\`*_[\]|~#$]/g, "\\$&")
    .replace(/[<>]|&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g, (c) => MD_ENTITY[c]!);
  if (options.fragment) return chars.replace(/\r\n|\r|\n/g, "<br>");
  const body = chars
    // "-" and "+" at the start always (a list marker, or with more dashes a rule: "---", "- --"); "1." and "2)" when a
    // blank or the end follows (an ordered list)
    .replace(/^([ \t]*)(?:([-+])|(\d{1,9})(?=[.)](?:[ \t\n]|$)))/, (_m, ws: string, sign: string | undefined, num: string | undefined) =>
      sign ? `${ws}\\${sign}` : `${ws}${num}\\`,
    )
    .replace(/^[^\S\r\n]+/, charRefs);
  // The blanks at the end, found from the end: a regex anchored at $ would retry every run of blanks (quadratic).
  let end = body.length;
  while (end > 0 && /[^\S\r\n]/.test(body[end - 1]!)) end--;
  const trimmed = end < body.length ? body.slice(0, end) + charRefs(body.slice(end)) : body;
  return trimmed.replace(/\r\n|\r|\n/g, "<br>");
}

/** Escape a Markdown table cell (the same rules as running text; pipes never end the cell). */
export function escapeMarkdownCell(text: string): string {
  return escapeMarkdown(text);
}

/** Escape a TEXT property value of iCalendar (RFC 5545, 3.3.11): backslash, semicolon, comma, line breaks; control characters dropped. */
export function escapeIcsText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n|\r/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/[\\;,\n]/g, (c) => (c === "\n" ? "\\n" : `\\${c}`));
}

function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

let graphemes: Intl.Segmenter | undefined;

/**
 * Fold one iCalendar content line (RFC 5545, 3.1): lines of at most 75 octets of UTF-8, each continuation starting
 * with a space, joined by CRLF. Never splits a character, and keeps combining marks with their base letter.
 */
export function foldIcsLine(line: string, limit = 75): string {
  if (utf8Length(line) <= limit) return line;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  const out: string[] = [];
  let cur = "";
  let size = 0;
  const push = (piece: string, len: number) => {
    // The first line holds `limit` octets; a continuation line holds its leading space and limit - 1 more.
    const room = out.length === 0 ? limit : limit - 1;
    if (size + len > room && cur) {
      out.push(cur);
      cur = "";
      size = 0;
    }
    cur += piece;
    size += len;
  };
  for (const segment of clusters(line, graphemes)) {
    const len = utf8Length(segment);
    if (len <= limit - 1) push(segment, len);
    else for (const ch of segment) push(ch, utf8Length(ch)); // an absurdly long cluster: split between code points
  }
  if (cur) out.push(cur);
  return out.join("\r\n ");
}

/** Characters per call of the segmenter: Node 20's Intl.Segmenter takes time quadratic in the length of its input. */
const SEGMENT_WINDOW = 64;

/**
 * The grapheme clusters of a text, in linear time: the segmenter is given windows of the text, and the last cluster
 * of each window (which the window's end may cut) is read again at the start of the next. A cluster longer than a
 * window comes out in pieces — foldIcsLine splits such a cluster between code points anyway.
 */
function* clusters(text: string, segmenter: Intl.Segmenter): Generator<string> {
  let start = 0;
  while (start < text.length) {
    const end = Math.min(text.length, start + SEGMENT_WINDOW);
    const window = text.slice(start, end);
    const parts = [...segmenter.segment(window)].map((x) => x.segment);
    const keep = end === text.length || parts.length === 1 ? parts.length : parts.length - 1;
    for (let k = 0; k < keep; k++) yield parts[k]!;
    start += parts.slice(0, keep).reduce((n, p) => n + p.length, 0);
  }
}

/** A copy of a value with every string in it made safe for a terminal (escapeTerminal): a report whose strings come from the plan. */
export function terminalSafe<T>(value: T): T {
  if (typeof value === "string") return escapeTerminal(value) as T;
  if (Array.isArray(value)) return value.map(terminalSafe) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terminalSafe(v)])) as T;
  return value;
}
