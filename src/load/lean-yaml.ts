// The lean parse path: a small reader for the block-style YAML that par's files are written in (mappings with plain
// keys, sequences, plain / single- / double-quoted scalars, comments), about 3× faster than js-yaml and far faster than
// yaml. It reads only what it is sure of: anything else (flow collections, block scalars, anchors, tags, tabs,
// document markers, quoted or odd keys, any error) makes it give up, and the file goes to js-yaml or yaml as before.
// What it does read, it reads to the same value as yaml: test/yaml-parsers.test.ts and the fuzz suite hold it to that.
import { resolvePlain } from "./core-schema";

/** Thrown inside the reader to give the file up; never leaves this module. */
const GIVE_UP = new Error("lean-yaml: not for the lean path");

/** A run inside double quotes, up to a quote, a backslash, a line break or a character the lean path leaves alone. */
const DOUBLE_RUN = /[^"\\\n\x00-\x09\x0B\x0C\x0E-\x1F\x7F-\x9F\uD800-\uDFFF\u2028\u2029\uFEFF\uFFFE\uFFFF]*/y;

/**
 * True when a code unit is one the lean path leaves to the full parsers: controls and tabs (line breaks aside), C1
 * controls, surrogates (astral characters), line and paragraph separators, a BOM inside the text, U+FFFE and U+FFFF.
 * Every character of a file passes through one of the scanners below, and each gives up on these.
 */
function unsafe(c: number): boolean {
  if (c < 32) return c !== 10 && c !== 13;
  if (c < 127) return false;
  if (c <= 0x9f) return true;
  return (c >= 0xd800 && c <= 0xdfff) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c === 0xfffe || c === 0xffff;
}

/** [A-Za-z0-9_-]: a character of a plain key the lean path reads. */
function keyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** True when a plain scalar cannot begin at `at` (an indicator: , [ ] { } # & * ! | > ' " % @ ` ? : or "- "). */
function startsIndicator(t: string, at: number, end: number): boolean {
  const c = t.charCodeAt(at);
  if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c === 38 || c === 42 || c === 33 || c === 124 || c === 62) return true;
  if (c === 39 || c === 34 || c === 37 || c === 64 || c === 96 || c === 63 || c === 58) return true;
  return c === 45 && (at + 1 === end || t.charCodeAt(at + 1) === 32);
}

/** Deeper than this, the lean path gives up (the full parsers report the depth limit). */
const MAX_LEAN_DEPTH = 32;

/**
 * Keys seen before, by a hash of their text: the same few dozen keys recur in every file, and taking the one string
 * already made (and already checked) saves slicing, hashing and resolving it again. Bounded against hostile input.
 */
const KNOWN_KEYS = new Map<number, string>();
const MAX_KNOWN_KEYS = 4096;

/** The value of a YAML text whose top level is a mapping, or undefined when the lean path leaves the text to others. */
export function parseLean(text: string): Record<string, unknown> | undefined {
  try {
    return new LeanReader(text).document();
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}

class LeanReader {
  private readonly text: string;
  private readonly n: number;
  /** The current line: its start, its end (before "\r\n" or "\n"), the start of the next line, and (after skip()) its first character that is not a space. */
  private ls = 0;
  private le = 0;
  private nx = 0;
  private first = 0;

  constructor(text: string) {
    this.text = text;
    this.n = text.length;
    this.enter(0);
  }

  /** Makes the line starting at `s` the current one (s > n: past the end). */
  private enter(s: number): void {
    this.ls = s;
    if (s > this.n) return;
    let e = this.text.indexOf("\n", s);
    if (e < 0) e = this.n;
    this.nx = e + 1;
    this.le = e > s && this.text.charCodeAt(e - 1) === 13 ? e - 1 : e;
  }

  private next(): void {
    this.enter(this.nx);
  }

  document(): Record<string, unknown> {
    if (!this.skip()) throw GIVE_UP; // empty: yaml says so with a position
    if (this.indent() !== 0) throw GIVE_UP;
    const value = this.mapping(0, -1, 0);
    if (this.skip()) throw GIVE_UP; // something left at a lesser indentation: an error, or more than the lean path reads
    return value;
  }

  /** Moves past blank and comment lines to a line with content; false at the end of the text. */
  private skip(): boolean {
    const t = this.text;
    while (this.ls <= this.n) {
      const s = this.ls;
      const end = this.le;
      let k = s;
      while (k < end && t.charCodeAt(k) === 32) k++;
      if (k < end && t.charCodeAt(k) !== 35) {
        const c = t.charCodeAt(k);
        // Document markers and directives at a line's start: left to the full parsers.
        if (k === s && (c === 37 || ((c === 45 || c === 46) && end - s >= 3 && t.charCodeAt(s + 1) === c && t.charCodeAt(s + 2) === c))) throw GIVE_UP;
        this.first = k;
        return true;
      }
      this.comment(k, end);
      this.next();
    }
    return false;
  }

  /** A comment (or nothing) from `at` to the line's end: only checked for characters the lean path leaves alone. */
  private comment(at: number, end: number): void {
    const t = this.text;
    for (let k = at; k < end; k++) if (unsafe(t.charCodeAt(k))) throw GIVE_UP;
  }

  /** Indentation of the current line (after skip()). */
  private indent(): number {
    return this.first - this.ls;
  }

  /** Where the block's next entry (at column `ind`) begins, or -1 when the block ends: the text's end or a lesser indentation. */
  private entryAt(ind: number): number {
    if (!this.skip()) return -1;
    const li = this.indent();
    if (li < ind) return -1;
    if (li > ind) throw GIVE_UP;
    return this.first;
  }

  /** True when the current line has a sequence entry's dash at this offset. */
  private dashAt(at: number): boolean {
    const t = this.text;
    return t.charCodeAt(at) === 45 && (at + 1 === this.le || t.charCodeAt(at + 1) === 32);
  }

  /** End of a plain key starting at `at` (a name, then a colon and a blank or the line's end), or -1. */
  private keyEnd(at: number): number {
    const t = this.text;
    const c = t.charCodeAt(at);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95)) return -1;
    let k = at + 1;
    while (k < this.le && keyChar(t.charCodeAt(k))) k++;
    if (t.charCodeAt(k) !== 58 || (k + 1 < this.le && t.charCodeAt(k + 1) !== 32)) return -1;
    return k;
  }

  /** The key from `at` to `end`, as a checked string: a name that resolves to text (not null, a boolean, a number). */
  private key(at: number, end: number): string {
    const t = this.text;
    let h = end - at;
    for (let k = at; k < end; k++) h = (Math.imul(h, 31) + t.charCodeAt(k)) | 0;
    const known = KNOWN_KEYS.get(h);
    if (known !== undefined && known.length === end - at && t.startsWith(known, at)) return known;
    const key = t.slice(at, end);
    if (key === "__proto__" || typeof resolvePlain(key) !== "string") throw GIVE_UP;
    if (known === undefined && KNOWN_KEYS.size < MAX_KNOWN_KEYS) KNOWN_KEYS.set(h, key);
    return key;
  }

  /**
   * A block mapping whose keys stand at column `ind`; its first key may follow a sequence dash on the current line at
   * offset `first` (`- key: value`), else `first` is -1 and each key starts its line.
   */
  private mapping(ind: number, first: number, depth: number): Record<string, unknown> {
    if (depth > MAX_LEAN_DEPTH) throw GIVE_UP;
    const t = this.text;
    const out: Record<string, unknown> = {};
    let at = first;
    for (;;) {
      if (at < 0) {
        at = this.entryAt(ind);
        if (at < 0 || this.dashAt(at)) break; // a sequence at the keys' indentation belongs to the enclosing key
      }
      const end = this.le;
      const colon = this.keyEnd(at);
      if (colon < 0) throw GIVE_UP;
      const key = this.key(at, colon);
      // Own or inherited: a duplicate key, or a key such as "constructor" that the lean path leaves alone.
      if (out[key] !== undefined) throw GIVE_UP;
      let v = colon + 1;
      while (v < end && t.charCodeAt(v) === 32) v++;
      if (v === end || t.charCodeAt(v) === 35) {
        this.comment(v, end);
        // Nothing after the colon: a block on the next lines, a sequence at the key's indentation, or null.
        this.next();
        out[key] = this.nested(ind, true, depth);
      } else {
        out[key] = this.scalar(v, ind);
      }
      at = -1;
    }
    return out;
  }

  /** A sequence whose dashes stand at column `ind`; its first dash may be at offset `first` of the current line. */
  private sequence(ind: number, first: number, depth: number): unknown[] {
    if (depth > MAX_LEAN_DEPTH) throw GIVE_UP;
    const t = this.text;
    const out: unknown[] = [];
    let at = first;
    for (;;) {
      if (at < 0) {
        at = this.entryAt(ind);
        if (at < 0 || !this.dashAt(at)) break; // a key at the dashes' indentation: the enclosing mapping goes on
      }
      const end = this.le;
      const dashCol = at - this.ls;
      let v = at + 1;
      while (v < end && t.charCodeAt(v) === 32) v++;
      if (v === end || t.charCodeAt(v) === 35) {
        this.comment(v, end);
        this.next();
        out.push(this.nested(dashCol, false, depth));
      } else if (this.dashAt(v)) {
        out.push(this.sequence(v - this.ls, v, depth + 1)); // - - a: a sequence in a sequence
      } else if (this.keyEnd(v) >= 0) {
        out.push(this.mapping(v - this.ls, v, depth + 1)); // - key: value
      } else {
        out.push(this.scalar(v, dashCol));
      }
      at = -1;
    }
    return out;
  }

  /**
   * The value of a key or dash with nothing after it on its line: the block indented past `ind` on the next lines, or
   * (for a mapping's key) a sequence at the key's own indentation, or null.
   */
  private nested(ind: number, sameIndentSequence: boolean, depth: number): unknown {
    if (!this.skip()) return null;
    const li = this.indent();
    const dash = this.dashAt(this.first);
    if (li > ind) return dash ? this.sequence(li, -1, depth + 1) : this.mapping(li, -1, depth + 1);
    if (li === ind && sameIndentSequence && dash) return this.sequence(li, -1, depth + 1);
    return null;
  }

  /** A scalar at offset `at` of the current line; continuation lines must be indented past column `ind`. */
  private scalar(at: number, ind: number): unknown {
    const c = this.text.charCodeAt(at);
    if (c === 34) return this.doubleQuoted(at, ind);
    if (c === 39) return this.singleQuoted(at);
    if (c === 124 || c === 62) return this.blockScalar(at, ind);
    return this.plain(at, ind);
  }

  /**
   * A literal (|) or folded (>) block scalar with clip or strip chomping (- ), its indentation taken from its first
   * line. Left to the full parsers: keep chomping (+), an indentation indicator, folded lines indented further than
   * the first, lines of only blanks longer than the indentation, and a scalar that ends the text without a line break.
   */
  private blockScalar(at: number, ind: number): string {
    const t = this.text;
    const literal = t.charCodeAt(at) === 124;
    let k = at + 1;
    let strip = false;
    if (t.charCodeAt(k) === 45) {
      strip = true;
      k++;
    }
    let h = k;
    while (h < this.le && t.charCodeAt(h) === 32) h++;
    if (h < this.le && !(t.charCodeAt(h) === 35 && h > k)) throw GIVE_UP; // +, a digit, or text after the header
    this.comment(h, this.le);
    this.next();
    let out = "";
    let m = -1; // the content's indentation, from its first line
    let empty = 0; // empty lines since the last content line
    let longestLeadingBlank = 0;
    let content = false;
    let lastBreak = true;
    while (this.ls <= this.n) {
      let f = this.ls;
      while (f < this.le && t.charCodeAt(f) === 32) f++;
      const spaces = f - this.ls;
      if (f === this.le) {
        if (m < 0) longestLeadingBlank = Math.max(longestLeadingBlank, spaces);
        else if (spaces > m) throw GIVE_UP;
        empty++;
        this.next();
        continue;
      }
      if (m < 0) {
        if (spaces <= ind) break; // nothing indented past the parent: an empty scalar
        if (longestLeadingBlank > spaces) throw GIVE_UP;
        m = spaces;
      } else if (spaces < m) break;
      if (!literal && spaces > m) throw GIVE_UP;
      const from = this.ls + m;
      for (let q = from; q < this.le; q++) if (unsafe(t.charCodeAt(q))) throw GIVE_UP;
      const line = t.slice(from, this.le);
      if (!content) out = "\n".repeat(empty) + line;
      else out += (literal ? "\n".repeat(empty + 1) : empty === 0 ? " " : "\n".repeat(empty)) + line;
      content = true;
      empty = 0;
      lastBreak = this.nx <= this.n;
      this.next();
    }
    if (!content) return "";
    if (!lastBreak) throw GIVE_UP;
    return strip ? out : out + "\n";
  }

  /** After a quoted scalar's closing quote: blanks, then a comment or the line's end; moves to the next line. */
  private endOfLine(at: number): void {
    const t = this.text;
    const end = this.le;
    let k = at;
    while (k < end && t.charCodeAt(k) === 32) k++;
    if (k < end && !(t.charCodeAt(k) === 35 && k > at)) throw GIVE_UP;
    this.comment(k, end);
    this.next();
  }

  /**
   * A plain scalar, resolved as yaml's core schema does; continued on following lines indented past column `ind`
   * (as yaml writes long values), folded as YAML folds them.
   */
  private plain(at: number, ind: number): unknown {
    const t = this.text;
    if (startsIndicator(t, at, this.le)) throw GIVE_UP;
    let out = "";
    let from = at;
    for (;;) {
      // This line's part runs to a comment (" #") or the line's end; ": " or a final ":" would make it a key.
      const end = this.le;
      let stop = end;
      let commented = false;
      for (let k = from; k < end; k++) {
        const ch = t.charCodeAt(k);
        if (ch === 35 && t.charCodeAt(k - 1) === 32) {
          stop = k;
          commented = true;
          this.comment(k, end);
          break;
        }
        if (ch === 58 && (k + 1 === end || t.charCodeAt(k + 1) === 32)) throw GIVE_UP;
        if (unsafe(ch)) throw GIVE_UP;
      }
      while (stop > from && t.charCodeAt(stop - 1) === 32) stop--;
      out += t.slice(from, stop);
      this.next();
      if (commented) break; // a comment ends a plain scalar
      // The next line with content continues the value if it is indented past the parent and does not begin with an
      // indicator (a comment, "- ", a quote…); empty lines between fold to "\n" each.
      const [ls, le, nx] = [this.ls, this.le, this.nx];
      let empty = 0;
      let f = -1;
      while (this.ls <= this.n) {
        f = this.ls;
        while (f < this.le && t.charCodeAt(f) === 32) f++;
        if (f < this.le) break;
        empty++;
        this.next();
      }
      if (this.ls > this.n || f - this.ls <= ind || startsIndicator(t, f, this.le)) {
        this.ls = ls;
        this.le = le;
        this.nx = nx;
        break;
      }
      out += empty === 0 ? " " : "\n".repeat(empty);
      from = f;
    }
    return resolvePlain(out);
  }

  /** A single-quoted scalar on one line ('' is a quote). */
  private singleQuoted(at: number): string {
    const t = this.text;
    const end = this.le;
    let out = "";
    let k = at + 1;
    for (;;) {
      let q = k;
      while (q < end && t.charCodeAt(q) !== 39) {
        if (unsafe(t.charCodeAt(q))) throw GIVE_UP;
        q++;
      }
      if (q >= end) throw GIVE_UP; // over several lines: left to the full parsers
      out += t.slice(k, q);
      if (t.charCodeAt(q + 1) === 39) {
        out += "'";
        k = q + 2;
        continue;
      }
      this.endOfLine(q + 1);
      return out;
    }
  }

  /** A double-quoted scalar, folded over lines indented past column `ind` as YAML folds them. */
  private doubleQuoted(at: number, ind: number): string {
    const t = this.text;
    let out = "";
    let k = at + 1;
    for (;;) {
      DOUBLE_RUN.lastIndex = k;
      DOUBLE_RUN.test(t);
      const stop = DOUBLE_RUN.lastIndex;
      const c = t.charCodeAt(stop);
      if (c === 34) {
        out += t.slice(k, stop);
        this.endOfLine(stop + 1);
        return out;
      }
      if (c === 92) {
        out += t.slice(k, stop);
        const e = t.charCodeAt(stop + 1);
        const simple = ESCAPES[e];
        if (simple !== undefined) {
          out += simple;
          k = stop + 2;
        } else if (e === 120 || e === 117) {
          // \xXX, \uXXXX (not a surrogate); \U and an escaped line break are left to the full parsers
          const len = e === 120 ? 2 : 4;
          let code = 0;
          for (let d = stop + 2; d < stop + 2 + len; d++) {
            const x = hexDigit(t.charCodeAt(d));
            if (x < 0) throw GIVE_UP;
            code = code * 16 + x;
          }
          if (code >= 0xd800 && code <= 0xdfff) throw GIVE_UP;
          out += String.fromCharCode(code);
          k = stop + 2 + len;
        } else {
          throw GIVE_UP;
        }
        continue;
      }
      if (c !== 10) throw GIVE_UP; // never closed, or a character the lean path leaves alone
      // A line break inside the quotes: trailing blanks go, and the break folds to a space, or to one "\n" per empty
      // line after it; the next line's indentation goes too, and it must be past the parent's.
      let run = stop;
      while (run > k && (t.charCodeAt(run - 1) === 32 || t.charCodeAt(run - 1) === 13)) run--;
      out += t.slice(k, run);
      let empty = 0;
      for (;;) {
        this.next();
        if (this.ls > this.n) throw GIVE_UP;
        let f = this.ls;
        while (f < this.le && t.charCodeAt(f) === 32) f++;
        if (f === this.le) {
          empty++;
          continue;
        }
        if (f - this.ls <= ind) throw GIVE_UP; // not indented past its parent: yaml refuses it
        out += empty === 0 ? " " : "\n".repeat(empty);
        k = f;
        break;
      }
    }
  }
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** Single-character escapes of double-quoted YAML, by the character after the backslash. */
const ESCAPES: Record<number, string> = {
  48: "\0", // \0
  97: "\x07", // \a
  98: "\b",
  116: "\t",
  110: "\n",
  118: "\v",
  102: "\f",
  114: "\r",
  101: "\x1B", // \e
  32: " ",
  34: '"',
  47: "/",
  92: "\\",
  78: "\x85", // \N
  95: "\xA0", // \_
  76: "\u2028", // \L
  80: "\u2029", // \P
};
