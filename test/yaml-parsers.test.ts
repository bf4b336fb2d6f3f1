// The fast parse path (js-yaml) and yaml must agree on every value they both accept: over the whole corpus of data
// and fixtures, and over a list of scalar and structure corner cases.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import * as jsyaml from "js-yaml";
import { YAML_CORE_SCHEMA } from "../src/load/core-schema";
import { hasUnindentedQuote, mayUseNodeProperty, parseYaml, parseYamlFull } from "../src/load/yaml";
import { stringify } from "yaml";
import { decodeSource } from "../src/load/source";
import { ROOT } from "./helpers";

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) continue;
    if (st.isDirectory()) walk(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

/** The value parseYaml gives (js-yaml where it can), or undefined when it reports a problem. */
function fast(text: string): unknown {
  const r = parseYaml({ path: "x", display: "x", text, bom: false });
  return r.parsed ? r.parsed.value : undefined;
}

function jsyamlAccepts(text: string): boolean {
  try {
    return jsyaml.load(text, { schema: YAML_CORE_SCHEMA, json: false }) !== undefined;
  } catch {
    return false;
  }
}

/** The value yaml alone gives, or undefined when it reports a problem. */
function full(text: string): unknown {
  const r = parseYamlFull({ path: "x", display: "x", text, bom: false });
  return r.parsed ? r.parsed.value : undefined;
}

describe("js-yaml and yaml agree", () => {
  const files = [...walk(join(ROOT, "data")), ...walk(join(ROOT, "test", "fixtures"))].filter((f) => !f.includes("/bench/"));

  it(`on every YAML file of the corpus (${files.length} files)`, () => {
    let compared = 0;
    for (const f of files) {
      const r = decodeSource(readFileSync(f), f, f);
      if (!r.source) continue;
      const a = fast(r.source.text);
      const b = full(r.source.text);
      // Same value, and the same verdict: the fast path accepts exactly what yaml accepts.
      expect(a, f).toEqual(b);
      if (a !== undefined && jsyamlAccepts(r.source.text)) compared++;
    }
    // Most files really went through js-yaml (not through the fallback).
    expect(compared).toBeGreaterThan(40);
  });

  const corner = [
    "a: 1\nb: -2\nc: +3\nd: 0x1F\ne: 0o17\nf: 017\ng: 1_000",
    "a: 1.5\nb: 1e3\nc: -.5\nd: .inf\ne: -.Inf\nf: .NaN\ng: 6.02E+23",
    "a: true\nb: True\nc: TRUE\nd: yes\ne: on\nf: off\ng: y",
    "a: null\nb: ~\nc: Null\nd:\ne: NULL",
    "a: 2024-12-31\nb: 2024-12-31T10:00:00Z\nc: 12:30:45\nd: 1:20",
    'a: "Quý IV/2024"\nb: \'it\'\'s\'\nc: "tab\\there"\nd: "\\u1EA1"',
    "a: |\n  line 1\n  line 2\nb: >-\n  folded\n  text\nc: |+\n  keep\n\n",
    'a: [1, two, "three", {k: v}]\nb: {x: 1, y: [a, b]}',
    "- a\n- - b\n  - c\n- {d: e}",
    "a: 'multi\n  line plain'\nb: plain\n  continued",
    "? complex key\n: value",
    'a: !!str 123\nb: !!int "42"\nc: !!float 1',
    "a: 1 # comment\n# whole line\nb: 'x # not a comment'",
    'Sở KH&ĐT: đ\nkhoá: "Văn phòng UBND tỉnh; các sở, ban, ngành"',
    "__proto__: {polluted: true}\nconstructor: 1",
    "a: 12e\nb: 0b101\nc: 1.\nd: .5e-3\ne: 00",
    "a: -\nb: - x",
    "text: 'colon: inside'\nurl: http://example.com:8080/x",
    // keys that are not text: a null key is "" to yaml and was "null" through js-yaml (found by the fuzz suite)
    "null: Sở Nội vụ\nformat: x",
    "~: 1\nb: {~: 2, Null: 3}\n? \n: 4",
    "true: 1\n1: 2\n0x1F: 3\n1.50: 4\n-0: 5\n.inf: 6",
    "? [a, b]\n: 1\n? {c: d}\n: 2",
    // a block scalar with an indentation indicator and only blank lines: "" to yaml, "    \n" to js-yaml (fuzz suite)
    "a:\n  - >2\n      \n  - x\nb: |2\n      \nc: 1",
    // the empty last entry of a nested sequence: js-yaml 4 gave it the outer sequence's next entries (fuzz suite)
    'format:\n  -\n    -\n      - \n    -\n      - "Sở"\n',
    // a block scalar whose first line holds only spaces: yaml refuses it, js-yaml read "" (fuzz suite)
    "t: |\n    \n  # not a comment\n",
    "t: |\n\n    \n  # not a comment\n",
    // a byte order mark at a line's start: yaml skips it, js-yaml read it into the key (fuzz suite)
    "#\n\uFEFF a: 1\nb: x\uFEFFy",
    // a sequence as a key: "[ a, b ]" to yaml, "a,b" to js-yaml (fuzz suite)
    "support:\n  - snv\n? - ubnd-cap-huyen\n  - ubnd-cap-xa\n: 1",
    "a: {[x, y]: 1}\n[z]: 2\n- [w]: 3",
    "a: {[x, y]: 1}\nb: [{[x]: 1}]",
    "- - \n- - S\n-\n  - \n  -\n- S\n",
    // a tab at a line's start on a last line with no line break: yaml refuses it, js-yaml read null (fuzz suite)
    "a: b\nsupport:\n\t",
    "\ta: 1",
  ];
  it.each(corner.map((c, i) => [i, c]))("on corner case %i", (_i, text) => {
    expect(fast(text)).toEqual(full(text));
  });

  it("parseYaml gives yaml's value for every data file, and js-yaml read each of them", () => {
    for (const f of walk(join(ROOT, "data"))) {
      const r = decodeSource(readFileSync(f), f, f);
      expect(jsyamlAccepts(r.source!.text), f).toBe(true);
      expect(parseYaml(r.source!).parsed!.value, f).toEqual(full(r.source!.text));
    }
  });
});

describe("which files take the fast path", () => {
  it("a long quoted value that yaml folds over indented lines stays on the fast path, to the same value", () => {
    const text = stringify(
      {
        format: "par-task/1",
        text: "Chủ tịch UBND tỉnh đối thoại, tháo gỡ khó khăn cho doanh nghiệp, định kỳ 6 tháng/ lần; ".repeat(3),
        items: ['Sở Nội vụ: "tổng hợp", báo cáo '.repeat(4)],
      },
      { defaultStringType: "QUOTE_DOUBLE" },
    );
    expect(text.split("\n").length).toBeGreaterThan(4); // folded
    expect(hasUnindentedQuote(text)).toBe(false);
    expect(fast(text)).toEqual(full(text));
  });

  it.each([
    ["a quote never closed", 'a: "open\n'],
    ["continued at the key's indentation", 'text: "abc\ndef"\nb: 1\n'],
    ["continued at a nested key's indentation", 'a:\n  k: "abc\n  def"\n'],
    ["continued at a sequence entry's indentation", '- k: "abc\n  def"\n'],
    ["a sequence entry continued at its dash", 'a:\n  - "abc\n  def"\n'],
    ["an unbalanced quote in a comment", 'a: 1 # "y\nb: 2\n'],
    ["single-quoted, unindented", "a: 'it''s\nb: c'\n"],
    ["a tab as indentation", 'a: "abc\n\tdef"\n'],
    ["an escaped line break", 'a: "abc\\\n  def"\n'],
  ])("%s goes to yaml", (_name, text) => {
    expect(hasUnindentedQuote(text)).toBe(true);
    expect(fast(text)).toEqual(full(text));
  });

  it.each([
    ["closed on its line", "a: \"x\" # y\nb: 'z'\n"],
    ["a sequence entry continued past its dash", '  - "abc\n    def"\n- "x\n  y"\n'],
    ["continued deeper", 'a:\n  k: "abc\n   def"\n'],
    ["a blank line inside", 'a: "abc\n\n  def"\n'],
    ["an apostrophe inside a word", "a: it's\nb: c\n"],
  ])("%s stays on the fast path", (_name, text) => {
    expect(hasUnindentedQuote(text)).toBe(false);
    expect(fast(text)).toEqual(full(text));
  });

  it.each([
    ["an alias", "a: &x 1\nb: *x\n", true],
    ["a tag", "a: !!str 1\n", true],
    ["a tag after a comma in a flow", "a: [1,!!str 2]\n", true],
    ["an ampersand inside words", "a: Sở KH&ĐT\nb: 5 * 3\n", false],
    ["an exclamation mark after a word", "a: xong!\n", false],
    ["the non-specific tag before a compact mapping (found by the fuzz suite)", "a: ! b: c\n", true],
    ["the non-specific tag on a document's first key", "! a: 1\nb: 2\n", true],
  ])("%s: node property %s", (_name, text, expected) => {
    expect(mayUseNodeProperty(text)).toBe(expected);
    expect(fast(text)).toEqual(full(text));
  });
});

describe("js-yaml reads par's files to yaml's values", () => {
  it("par's own style: nested blocks, sequences of mappings, comments, every scalar style, folded lines", () => {
    const text = [
      "# a comment",
      "format: par-task/1",
      'id: "1.c"',
      "area: 1",
      "letter: c   # trailing comment",
      "ratio: 0.5",
      "none:",
      "empty: ''",
      "quote: 'it''s'",
      'escaped: "tab\\there \\"x\\" \\u1EA1\\x41 \\\\"',
      'folded: "Chủ tịch UBND tỉnh đối thoại,',
      "  tháo gỡ khó khăn",
      "",
      '  cho doanh nghiệp"',
      "plain: Ban hành Kế hoạch tăng cường thực hiện các giải pháp nhằm duy trì, nâng",
      "  cao Chỉ số cải cách hành chính",
      "lead:",
      "  - agency: skhdt",
      "    qualifier: chủ trì",
      "  - vpubnd",
      "support:",
      "- hhdn",
      "- - nested",
      "  - seq",
      "deadline:",
      "  kind: milestones",
      "  milestones:",
      "    -",
      "      label: Lần 1",
      '      date: "2024-06-30"',
      "    - label: Lần 2",
      "      before: true",
      "",
    ].join("\r\n");
    expect(jsyamlAccepts(text)).toBe(true);
    const value = fast(text);
    expect(value).toEqual(full(text));
    expect((value as Record<string, unknown>).folded).toBe("Chủ tịch UBND tỉnh đối thoại, tháo gỡ khó khăn\ncho doanh nghiệp");
  });

  it.each([
    ["literal", "a: |\n  line 1\n\n  line 2\n   indented\nb: 1\n"],
    ["literal, strip", "a: |-\n  x\n  y\n\n\nb: 1\n"],
    ["folded", "note: >\n  Dữ liệu mẫu minh hoạ,\n  tự đặt ra\n\n  đoạn hai\n"],
    ["folded, strip, in a sequence", "a:\n  - >-\n    a\n    b\n  - c\n"],
    ["leading empty lines", "a: |\n\n\n  x\n"],
    ["a comment line at a lesser indentation ends it", "a: >-\n    x\n  # comment\nb: 2\n"],
    ["a comment-like line inside", "a: |\n  # not a comment\n  x\n"],
    ["empty", "a: |\nb: 1\n"],
    ["a header comment", "a: | # note\n  x\n"],
  ])("a block scalar: %s, read by js-yaml to yaml's value", (_name, text) => {
    expect(jsyamlAccepts(text)).toBe(true);
    expect(fast(text)).toBeDefined();
    expect(fast(text)).toEqual(full(text));
  });

  it.each([
    ["a flow sequence", "a: [1, 2]\n"],
    ["a flow mapping", "a: {b: 1}\n"],
    ["a block scalar that keeps its final breaks", "a: |+\n  x\n\n"],
    ["a block scalar with an indentation indicator", "a: |2\n   x\n"],
    ["a folded block scalar with a more indented line", "a: >\n  x\n    y\n"],
    ["a block scalar ending the text without a line break", "a: |\n  x"],
    ["an anchor and alias", "a: &x 1\nb: *x\n"],
    ["a tag", "a: !!str 1\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["a quoted key", '"a": 1\n'],
    ["a key that is not text", "true: 1\n"],
    ["__proto__", "__proto__: 1\n"],
    ["an inherited name", "constructor: 1\n"],
    ["a tab", "a:\t1\n"],
    ["a document marker", "---\na: 1\n"],
    ["a directive", "%YAML 1.2\n---\na: 1\n"],
    ["a top-level sequence", "- a\n"],
    ["an indented top level", "  a: 1\n"],
    ["a single-quoted value over two lines", "a: 'x\n  y'\n"],
    ["a quoted value under-indented", 'a: "x\ny"\n'],
    ["an escaped line break", 'a: "x\\\n  y"\n'],
    ["a \\U escape", 'a: "\\U0001F600"\n'],
    ["an astral character", "a: 😀\n"],
    ["a nested mapping on the key's line", "a: b: c\n"],
    ["text after a closing quote", 'a: "x" y\n'],
    ["a control character in a comment", "a: 1 # \u0007\n"],
    ["a line indented too far", "a: 1\n  b: 2\n"],
    ["nothing at all", "# only a comment\n"],
  ])("%s: parseYaml reads it (or reports it) as yaml does", (_name, text) => {
    expect(fast(text)).toEqual(full(text));
  });
});
