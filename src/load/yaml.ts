// Parsing YAML with source positions (yaml's parseDocument + LineCounter), safely: alias, depth and document limits.
import type * as YamlLib from "yaml";
import type { Document, Node } from "yaml";
// yaml (~190 KB) is needed only when a file has a problem or is rewritten: loaded then, not at start-up.
let yamlLib: typeof YamlLib | undefined;
const Y = (): typeof YamlLib => (yamlLib ??= require("yaml") as typeof YamlLib);
import * as jsyaml from "js-yaml";
import { YAML_CORE_SCHEMA } from "./core-schema";
import type { Diagnostic, DiagnosticCode, Severity } from "../model/diagnostic";
import type { SourceText } from "./source";

/** At most this many aliases are expanded per file (an alias bomb stops here). */
export const MAX_ALIASES = 100;
/** Collections nested deeper than this are refused. */
export const MAX_DEPTH = 64;

export type PathSegment = string | number;

/** A parsed YAML file: its plain value, and where each part of it stands in the text. */
export interface ParsedYaml {
  source: SourceText;
  doc: Document.Parsed;
  value: unknown;
  lineCounter: YamlLib.LineCounter;
  lines: string[];
}

export interface ParseResult {
  parsed?: ParsedYaml;
  diagnostics: Diagnostic[];
}

function splitLines(text: string): string[] {
  return text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
}

/** Build a diagnostic at a character offset range of a source. */
export function diagnosticAt(
  src: SourceText,
  lineCounter: YamlLib.LineCounter,
  lines: string[],
  range: [number, number],
  code: DiagnosticCode,
  args: Record<string, string | number> = {},
  severity: Severity = "error",
): Diagnostic {
  const start = lineCounter.linePos(range[0]);
  const end = lineCounter.linePos(Math.max(range[0], range[1]));
  const d: Diagnostic = {
    file: src.display,
    line: start.line,
    column: start.col,
    severity,
    code,
    args,
  };
  if (end.line > start.line || end.col > start.col) {
    d.endLine = end.line;
    d.endColumn = end.col;
  }
  const lineText = lines[start.line - 1];
  if (lineText !== undefined) d.lineText = lineText;
  return d;
}

/** Depth of nested collections, iteratively (no recursion on hostile input). */
function maxDepth(root: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (Y().isMap(node) || Y().isSeq(node)) {
      if (depth + 1 > deepest) deepest = depth + 1;
      if (deepest > MAX_DEPTH) return deepest;
      for (const item of node.items) {
        if (Y().isPair(item)) {
          stack.push([item.key, depth + 1]);
          stack.push([item.value, depth + 1]);
        } else stack.push([item, depth + 1]);
      }
    }
  }
  return deepest;
}

// Aliases (*a), anchors (&a) and tags (!t, !!str) go to yaml: js-yaml also reads `key: &a k: v` and `key: !!str k: v`,
// which YAML forbids (a compact mapping after a node property) and yaml — and editors built on it — refuse.
// Scanned from each `*`, `&` or `!` (rare in plan text) rather than with one regex tried at every character.
const PROPERTY_CHAR = /[*&!]/g;

/** True when the text may use an alias, anchor or tag: `*` or `&` followed by a name, or `!`, after a line start, blank, `,`, `[` or `{`. */
export function mayUseNodeProperty(text: string): boolean {
  PROPERTY_CHAR.lastIndex = 0;
  for (let m = PROPERTY_CHAR.exec(text); m; m = PROPERTY_CHAR.exec(text)) {
    const p = m.index;
    if (p > 0 && !startsToken(text.charCodeAt(p - 1))) continue;
    // `!` alone is a tag too (the non-specific tag): `key: ! k: v` is the same error as `key: !!str k: v`.
    if (text.charCodeAt(p) === 33) return true;
    const next = text.charCodeAt(p + 1);
    // [^\s,\]}]: anything but a blank, a comma or a closing bracket (and not the end of the text).
    if (p + 1 < text.length && !isBlank(next) && next !== 44 && next !== 93 && next !== 125) return true;
  }
  return false;
}

/** \s (as in a regular expression), `,`, `[` or `{`: a quote or node property after one of these may begin a token. */
function startsToken(c: number): boolean {
  return isBlank(c) || c === 44 || c === 91 || c === 123;
}

/** \s of a regular expression: ASCII blanks and line breaks, and Unicode spaces. */
function isBlank(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 5760 || (c >= 8192 && c <= 8202) || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

/**
 * True when a quoted value continues on a line that is not indented past the line it opened on (or never closes).
 * js-yaml reads such a value and goes on; YAML forbids it and yaml refuses it — a forgotten closing quote that
 * swallowed the keys after it without a word — so such files go to yaml. A value folded over well-indented lines
 * (as yaml itself writes long strings) stays on the fast path. Conservative: a quote inside a comment, a plain or a
 * block scalar is taken for an opening quote too, which at worst sends a valid file to the slower parser.
 */
export function hasUnindentedQuote(text: string): boolean {
  // Scanned with indexOf and a loop over character codes rather than regular expressions: a plan file holds hundreds
  // of quoted values, and this runs on every file (~15% faster on the national bench's files).
  const n = text.length;
  let nextDouble = text.indexOf('"');
  let nextSingle = text.indexOf("'");
  let from = 0;
  for (;;) {
    if (nextDouble >= 0 && nextDouble < from) nextDouble = text.indexOf('"', from);
    if (nextSingle >= 0 && nextSingle < from) nextSingle = text.indexOf("'", from);
    const open = nextDouble < 0 ? nextSingle : nextSingle < 0 ? nextDouble : Math.min(nextDouble, nextSingle);
    if (open < 0) return false;
    from = open + 1;
    if (open > 0 && !startsToken(text.charCodeAt(open - 1))) continue;
    const double = text.charCodeAt(open) === 34;
    let floor = -1; // the opening line's content column, once the value goes past its line
    let i = open + 1;
    for (;;) {
      // Skip what cannot end the value or its line.
      let c = 0;
      if (double) for (; i < n && (c = text.charCodeAt(i)) !== 34 && c !== 92 && c !== 10; i++);
      else for (; i < n && (c = text.charCodeAt(i)) !== 39 && c !== 10; i++);
      if (i >= n) return true; // never closed
      if (double && c === 92) {
        // A backslash escapes the next character. An escaped line break goes to yaml: the two parsers fold the
        // lines after one differently (`"a\⏎⏎ b"`: yaml "a b", js-yaml "ab").
        const e = text.charCodeAt(i + 1);
        if (e === 10 || e === 13) return true;
        i += 2;
        continue;
      } else if (c === 34) break;
      else if (c === 39) {
        if (text.charCodeAt(i + 1) === 39) {
          i += 2;
          continue;
        }
        break;
      }
      i++; // past the line break: at the start of a continuation line
      if (floor < 0) floor = contentColumn(text, open);
      let k = i;
      while (k < n && text.charCodeAt(k) === 32) k++;
      const first = text.charCodeAt(k);
      if (k >= n || first === 10 || first === 13) continue; // blank line (or the end, seen next turn)
      if (first === 9) return true; // a tab where the indentation is (yaml refuses some of these, even on blank lines)
      if (k - i <= floor) return true;
    }
    from = i + 1;
  }
}

/**
 * The column (0-based) a quoted value's continuation lines must be indented past: the column of its sequence entry's
 * `-` when the value is the entry itself (`  - "…`), else where the line's content begins, past its indentation and
 * any `- ` markers (`- k: "…` continues past the `k`).
 */
function contentColumn(text: string, at: number): number {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  let k = start;
  let dash = -1;
  for (;;) {
    while (k < at && text.charCodeAt(k) === 32) k++;
    if (k + 1 < at && text.charCodeAt(k) === 45 && text.charCodeAt(k + 1) === 32) {
      dash = k;
      k += 2;
      continue;
    }
    return k === at && dash >= 0 ? dash - start : k - start;
  }
}

// Block scalars js-yaml reads otherwise than yaml: one with an indentation indicator (`|2`, `>-1`, `|+3`) whose lines
// hold only spaces (js-yaml "    \n", yaml ""), and one whose first lines are blank, one of them holding spaces (yaml
// refuses a leading blank line indented past the text; js-yaml reads ""). Rare in a plan: such files go to yaml (a
// `|2` inside a text sends one there too, needlessly but to the same value).
const INDENTATION_INDICATOR = /[|>][-+]?[1-9]/;
const BLANK_FIRST_LINE = /[|>][-+]?[ \t]*(?:#.*)?\r?\n(?:\r?\n)*[ \t]+\r?\n/;

/** True when the text may hold a block scalar js-yaml reads otherwise than yaml. */
export function mayMisreadBlockScalar(text: string): boolean {
  return (text.includes("|") || text.includes(">")) && (INDENTATION_INDICATOR.test(text) || BLANK_FIRST_LINE.test(text));
}

// A collection as a key: "x,y" to js-yaml, "[ x, y ]" to yaml. It takes an explicit key (`? - x`), a flow collection
// at a line's start (`[x, y]: 1`) or one inside another (`{[x]: 1}`); par's files write none of these, and a file that
// does goes to yaml (a flow sequence of flow sequences too, needlessly but to the same value).
const COLLECTION_KEY = /^[ \t]*(?:-[ \t]+)*[?[{]|[[{,][ \t]*[[{]/m;

/** True when the text may use a collection as a key. */
export function mayUseCollectionKey(text: string): boolean {
  // indexOf first: most plan files hold none of the three characters, and the expression is ten times slower.
  return (text.includes("?") || text.includes("[") || text.includes("{")) && COLLECTION_KEY.test(text);
}

// A sequence entry with nothing on its line (`-`, `- -`): js-yaml 4 lets an empty last entry of a nested sequence take
// the outer sequence's next entries (`-⏎  -⏎- x`: yaml [[null], "x"], js-yaml [[null, "x"]]). par's files never write
// one (an entry opened with `-` alone whose mapping follows deeper goes there too, needlessly but to the same value).
const EMPTY_ENTRY = /^[ \t]*(?:-[ \t]+)*-[ \t]*(?:#.*)?\r?$/m;
/** A dash ending its line or followed by a comment: what an empty entry needs (faster to look for than EMPTY_ENTRY). */
const DASH_AT_END = /-[ \t]*(?:#|\r?\n|$)/;

/** True when a line of the text is a sequence entry with nothing after its dash. */
export function hasEmptyEntry(text: string): boolean {
  return DASH_AT_END.test(text) && EMPTY_ENTRY.test(text);
}

/**
 * True when js-yaml's value must not be trusted as it is: nested deeper than the limit (recursion stops there), or
 * with a key js-yaml names otherwise than yaml does. A null key (`~:`, `null:`, an empty key) is "null" to js-yaml
 * and "" to yaml; a collection as a key is "[object Object]" to js-yaml. Such a file goes to yaml (a quoted "null"
 * key goes there too, needlessly but to the same value).
 */
function untrusted(v: unknown, depth = 0): boolean {
  if (v === null || typeof v !== "object") return false;
  if (depth >= MAX_DEPTH) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (untrusted(v[i], depth + 1)) return true;
  } else {
    for (const k in v) {
      if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
      if (k === "null" || k === "[object Object]" || untrusted((v as Record<string, unknown>)[k], depth + 1)) return true;
    }
  }
  return false;
}

/** A parsed file whose yaml Document (for positions) is built only when a diagnostic needs one. */
class LazyParsed implements ParsedYaml {
  private full: { doc: Document.Parsed; lineCounter: YamlLib.LineCounter; lines: string[] } | undefined;
  constructor(
    readonly source: SourceText,
    readonly value: unknown,
  ) {}
  private get parsedFully() {
    if (!this.full) {
      const lineCounter = new (Y().LineCounter)();
      const doc = Y().parseDocument(this.source.text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "error", strict: true });
      this.full = { doc, lineCounter, lines: splitLines(this.source.text) };
    }
    return this.full;
  }
  get doc() {
    return this.parsedFully.doc;
  }
  get lineCounter() {
    return this.parsedFully.lineCounter;
  }
  get lines() {
    return this.parsedFully.lines;
  }
}

/** True when js-yaml may read the text otherwise than yaml (or than YAML): the guards above, and an empty text. */
function leftToYaml(text: string): boolean {
  return (
    text.trim() === "" ||
    // A byte order mark inside the text (the decoder drops a leading one): yaml skips one at a line's start as a
    // stream marker, js-yaml reads it as text (`#⏎\uFEFF a: 1`: yaml {a: 1}, js-yaml {"\uFEFF a": 1}).
    text.includes("\uFEFF") ||
    // A tab at a line's start: yaml refuses it as indentation (TAB_AS_INDENT) where js-yaml may accept it, as on a
    // last line with no line break (`support:⏎\t`: js-yaml {support: null}, yaml an error).
    text.includes("\n\t") ||
    text.startsWith("\t") ||
    mayUseNodeProperty(text) ||
    hasUnindentedQuote(text) ||
    mayMisreadBlockScalar(text) ||
    hasEmptyEntry(text) ||
    mayUseCollectionKey(text)
  );
}

/**
 * Parse a source as one YAML document and turn it into plain data, reporting every problem with its position.
 * Two libraries, one for values and one for positions: js-yaml, with yaml's YAML 1.2 core scalar rules
 * (core-schema.ts) and duplicate keys refused, reads a well-formed file without aliases, anchors, tags or badly
 * indented quotes (where js-yaml accepts what YAML forbids), byte order marks, collection keys, some block scalars or empty sequence entries (where
 * js-yaml reads another value); yaml reads everything else, and reports every problem
 * with its position. Both give the same values (test/yaml-parsers.test.ts and the fuzz suite check it); the yaml
 * Document of a file js-yaml read is built only when a diagnostic needs a position.
 */
export function parseYaml(src: SourceText): ParseResult {
  if (!leftToYaml(src.text)) {
    let value: unknown;
    try {
      value = jsyaml.load(src.text, { schema: YAML_CORE_SCHEMA, json: false });
    } catch {
      value = undefined;
    }
    // A file of only comments is null to js-yaml; yaml calls it empty (yaml/empty): it goes there, as do errors.
    if (value !== undefined && value !== null && !untrusted(value)) return { parsed: new LazyParsed(src, value), diagnostics: [] };
  }
  return parseYamlFull(src);
}

/** Parse with yaml only: every error with its position. */
export function parseYamlFull(src: SourceText): ParseResult {
  const lineCounter = new (Y().LineCounter)();
  const lines = splitLines(src.text);
  const at = (range: [number, number], code: DiagnosticCode, args: Record<string, string | number> = {}, severity: Severity = "error") =>
    diagnosticAt(src, lineCounter, lines, range, code, args, severity);

  // Only blanks and comments: checked line by line (one regex over the whole text with nested repetition took time
  // exponential in the number of blank lines before a syntax error — 18 blank lines, 50 seconds).
  if (src.text.trim() === "" || onlyComments(src.text)) {
    return { diagnostics: [{ file: src.display, line: 1, column: 1, severity: "error", code: "yaml/empty", args: {} }] };
  }
  // Flow collections nested past the limit would exhaust the composer's stack: refuse them before parsing.
  let flowDepth = 0;
  let flowMax = 0;
  for (let i = 0; i < src.text.length; i++) {
    const c = src.text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++flowDepth > flowMax) flowMax = flowDepth;
    } else if (c === 93 || c === 125) {
      if (flowDepth > 0) flowDepth--;
    }
    if (flowMax > MAX_DEPTH * 4) break;
  }

  let doc: Document.Parsed;
  try {
    if (flowMax > MAX_DEPTH * 4) throw new RangeError("too deep");
    doc = Y().parseDocument(src.text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: "error", strict: true });
  } catch (e) {
    if (e instanceof RangeError) {
      return { diagnostics: [{ file: src.display, line: 1, column: 1, severity: "error", code: "yaml/too-deep", args: { limit: MAX_DEPTH } }] };
    }
    throw e;
  }

  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    const range: [number, number] = [err.pos[0], err.pos[1]];
    if (err.code === "DUPLICATE_KEY") {
      // yaml points at the key's first character; take the key up to its colon.
      const m = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^:\n]*?)\s*:(?:\s|$)/.exec(src.text.slice(range[0], range[0] + 200));
      const key = m ? m[1]! : src.text.slice(range[0], range[1]);
      const end = m ? range[0] + m[1]!.length : range[1];
      diagnostics.push(at([range[0], end], "yaml/duplicate-key", { key: key.length > 60 ? key.slice(0, 57) + "…" : key }));
    } else if (/call stack/i.test(err.message)) {
      return { diagnostics: [at(range, "yaml/too-deep", { limit: MAX_DEPTH })] };
    } else if (err.code === "MULTIPLE_DOCS") {
      diagnostics.push(at(range, "yaml/multiple-documents"));
    } else {
      diagnostics.push(at(range, "yaml/syntax", { detail: firstLine(err.message), yamlCode: err.code }));
    }
  }
  if (diagnostics.length) return { diagnostics };

  const depth = maxDepth(doc.contents);
  if (depth > MAX_DEPTH) {
    return { diagnostics: [at([0, 0], "yaml/too-deep", { limit: MAX_DEPTH })] };
  }

  // An alias inside the node it refers to (`a: &x {b: *x}`) makes a value that contains itself: refuse it here, before
  // anything walks the value or prints it.
  let cycle: Diagnostic | undefined;
  Y().visit(doc, {
    Alias(_, node) {
      const target = node.resolve(doc);
      if (target?.range && node.range && target.range[0] <= node.range[0] && node.range[1] <= target.range[2]) {
        cycle = at([node.range[0], node.range[1]], "yaml/alias-cycle", { name: node.source });
        return Y().visit.BREAK;
      }
      return undefined;
    },
  });
  if (cycle) return { diagnostics: [cycle] };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    if (e instanceof ReferenceError || (e instanceof Error && /alias/i.test(e.message))) {
      let first: [number, number] = [0, 0];
      Y().visit(doc, {
        Alias(_, node) {
          if (node.range) first = [node.range[0], node.range[1]];
          return Y().visit.BREAK;
        },
      });
      return { diagnostics: [at(first, "yaml/alias-limit", { limit: MAX_ALIASES })] };
    }
    if (e instanceof RangeError) {
      return { diagnostics: [at([0, 0], "yaml/too-deep", { limit: MAX_DEPTH })] };
    }
    throw e;
  }
  return { parsed: { source: src, doc, value, lineCounter, lines }, diagnostics: [] };
}

/** True when every line is blank or a comment. */
function onlyComments(text: string): boolean {
  for (const line of text.split("\n")) if (!/^\s*(?:#.*)?$/.test(line)) return false;
  return true;
}

function firstLine(message: string): string {
  const line = message.split("\n")[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, "").trim();
}

/** The node at a path and the pair holding it (for its key's position). */
function nodeAt(doc: Document.Parsed, path: readonly PathSegment[]): { node?: Node | null; keyNode?: Node | null; parent?: Node | null } {
  let node: unknown = doc.contents;
  let keyNode: Node | null | undefined;
  let parent: Node | null | undefined;
  for (const seg of path) {
    parent = node as Node;
    if (Y().isMap(node)) {
      const pair = node.items.find((p) => (Y().isScalar(p.key) ? p.key.value : p.key) === seg || (Y().isScalar(p.key) && String(p.key.value) === String(seg)));
      if (!pair) return { parent, node: undefined };
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (Y().isSeq(node) && typeof seg === "number") {
      node = node.items[seg];
      keyNode = undefined;
      if (node === undefined) return { parent, node: undefined };
    } else {
      return { parent, node: undefined };
    }
  }
  return { node: node as Node | null, keyNode, parent };
}

/** Where a path stands: its value (or key with which = "key"); falls back to the nearest enclosing node. */
export function rangeOf(p: ParsedYaml, path: readonly PathSegment[], which: "value" | "key" = "value"): [number, number] {
  for (let n = path.length; n >= 0; n--) {
    const { node, keyNode } = nodeAt(p.doc, path.slice(0, n));
    const chosen = which === "key" && n === path.length && keyNode ? keyNode : (node ?? (n === path.length ? keyNode : undefined));
    if (chosen && chosen.range) return [chosen.range[0], chosen.range[1]];
    if (n < path.length && node && node.range) return [node.range[0], node.range[0]];
  }
  return [0, 0];
}

/** A diagnostic pointing at a path in a parsed file. */
export function diagnosticAtPath(
  p: ParsedYaml,
  path: readonly PathSegment[],
  code: DiagnosticCode,
  args: Record<string, string | number> = {},
  severity: Severity = "error",
  which: "value" | "key" = "value",
): Diagnostic {
  return diagnosticAt(p.source, p.lineCounter, p.lines, rangeOf(p, path, which), code, args, severity);
}
