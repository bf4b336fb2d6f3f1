// Fuzz the reader itself, in-process and fast: bytes → decodeSource → parseYaml → checkSchema. Never an exception,
// a file either read or refused with positioned problems, and the fast path (js-yaml) and yaml agree on values.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { kindFromLocation } from "../../src/load/files";
import { decodeSource, MAX_FILE_BYTES, type ReadResult } from "../../src/load/source";
import * as jsyaml from "js-yaml";
import { parseYaml, parseYamlFull } from "../../src/load/yaml";
import { YAML_CORE_SCHEMA } from "../../src/load/core-schema";
import { parseDocument } from "yaml";
import { checkSchema } from "../../src/validate/schema";
import { brokenFile, check, corpus, count, hostileData, mutate, runs, timeoutFor, yamlValue, type Tally } from "./harness";

const c = corpus();

/** Read bytes the way loadFile does; throws only if par would crash. */
function read(bytes: Uint8Array, display: string) {
  // readSource refuses a file over the limit by its size, before reading it
  if (bytes.length > MAX_FILE_BYTES) {
    const decoded: ReadResult = { diagnostics: [{ file: display, line: 1, column: 1, severity: "error", code: "io/too-large", args: {} }] };
    return { decoded, parsed: undefined, schema: [] };
  }
  const decoded = decodeSource(bytes, display, display);
  if (!decoded.source) return { decoded, parsed: undefined, schema: [] };
  const parsed = parseYaml(decoded.source);
  const kind = kindFromLocation(display);
  const value = parsed.parsed?.value;
  const schema = parsed.parsed && kind && value && typeof value === "object" && !Array.isArray(value) ? checkSchema(parsed.parsed, kind) : [];
  // Positions of schema problems need the yaml Document: build it too.
  for (const d of schema) expect(d.line).toBeGreaterThanOrEqual(1);
  return { decoded, parsed, schema };
}

function wellPlaced(ds: { file: string; line: number; column: number }[], display: string, lines: number): string[] {
  return ds.filter((d) => d.file !== display || !(d.line >= 1 && d.line <= lines + 1 && d.column >= 1)).map((d) => `${d.file}:${d.line}:${d.column}`);
}

describe("fuzz: the reader (decode, parse, schema)", () => {
  const n = runs(2000);
  it(
    "reads or refuses any mutation of any plan file, with problems placed in the file",
    async () => {
      const tally: Tally = {};
      const property = fc.property(
        fc.constantFrom(...c.files),
        fc.oneof({ weight: 3, arbitrary: brokenFile }, { weight: 1, arbitrary: hostileData }),
        (f, m) => {
          const bytes = mutate(f.bytes, m);
          const { decoded, parsed, schema } = read(bytes, f.rel);
          const lines = bytes.toString("utf8").split(/\r\n|\r|\n/).length;
          count(tally, !decoded.source ? "not text" : !parsed?.parsed ? "not YAML" : schema.length ? "schema problems" : "read");
          const problems = [...decoded.diagnostics, ...(parsed?.diagnostics ?? []), ...schema];
          if (!decoded.source || !parsed?.parsed) expect(problems.length).toBeGreaterThan(0);
          expect(wellPlaced(problems, f.rel, lines)).toEqual([]);
        },
      );
      await check("reader", property, n, tally);
    },
    timeoutFor(n, 10),
  );

  const bytesRuns = runs(2000);
  it(
    "never throws on arbitrary bytes",
    async () => {
      const tally: Tally = {};
      const property = fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.string({ unit: "binary", maxLength: 200 }).map((s) => new Uint8Array(Buffer.from(s, "utf8"))),
        ),
        (bytes) => {
          const { decoded, parsed } = read(bytes, "data/p/tasks/1-a.yaml");
          count(tally, !decoded.source ? "not text" : !parsed?.parsed ? "not YAML" : "read");
        },
      );
      await check("reader, arbitrary bytes", property, bytesRuns, tally);
    },
    timeoutFor(bytesRuns, 5),
  );

  const foldRuns = runs(2000);
  it(
    "a quoted value over several lines: the fast path reads it only where yaml does, to the same value",
    async () => {
      const tally: Tally = {};
      // A line of a quoted value's continuation: its indentation (spaces, sometimes a tab), then text or nothing.
      const contLine = fc.tuple(
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom("", "\t"),
        fc.constantFrom("", "tiếp", "a: b", "x\\", "'' y", "- z", "# c", '"', "'"),
      );
      const value = fc.tuple(
        fc.constantFrom('"', "'"),
        fc.constantFrom("Sở Nội vụ", "it''s", 'say \\"hi', "a: b", ""),
        fc.array(contLine, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
      );
      // Where the value stands: top level, nested mapping, sequence of mappings, sequence, flow sequence.
      const place = fc.constantFrom(["k: ", ""], ["a:\n  k: ", ""], ["- k: ", ""], ["- ", ""], ["k: [", "]"], ["a:\n  - k: ", ""]);
      const doc = fc.tuple(place, value, fc.constantFrom("", "b: 1\n", "k2: 'x'\n")).map(([[before, after], [q, head, lines, close], tail]) => {
        const body = lines.map(([n, tab, t]) => " ".repeat(n) + tab + t).join("\n");
        return `${before}${q}${head}\n${body}${close ? q : ""}${after}\n${tail}`;
      });
      const property = fc.property(doc, (text) => {
        const src = decodeSource(Buffer.from(text, "utf8"), "x.yaml", "x.yaml").source!;
        const a = parseYaml(src);
        const b = parseYamlFull(src);
        count(tally, a.parsed ? (b.parsed ? "both read" : "fast only") : b.parsed ? "yaml only" : "both refuse");
        if (!b.parsed) expect(a.parsed, text).toBeUndefined();
        if (a.parsed && b.parsed) expect(a.parsed.value, text).toEqual(b.parsed.value);
      });
      await check("multi-line quoted values", property, foldRuns, tally);
    },
    timeoutFor(foldRuns, 5),
  );

  /**
   * parseYaml's verdict on a text against yaml's own: what parseYaml reads (through js-yaml where it can), yaml reads,
   * to the same value; and what js-yaml alone reads that yaml refuses is a case parseYaml's guards must catch.
   */
  function jsyamlAgrees(text: string, tally: Tally): void {
    const src = decodeSource(Buffer.from(text, "utf8"), "x.yaml", "x.yaml").source;
    if (!src) return;
    let js: unknown;
    try {
      js = jsyaml.load(src.text, { schema: YAML_CORE_SCHEMA, json: false });
    } catch {
      js = undefined;
    }
    const ours = parseYaml(src);
    count(tally, js === undefined ? "js-yaml refused" : ours.parsed ? "read" : "refused by parseYaml");
    if (!ours.parsed) return;
    // yaml itself (not parseYamlFull, whose own guards refuse some files yaml reads, e.g. 300 "[" inside quotes)
    const doc = parseDocument(src.text, { uniqueKeys: true, strict: true, prettyErrors: false, logLevel: "error" });
    expect(
      doc.errors.map((e) => e.message),
      src.text,
    ).toEqual([]);
    expect(ours.parsed.value, src.text).toEqual(doc.toJS({ maxAliasCount: 100 }));
  }

  const mutationRuns = runs(2000);
  it(
    "parseYaml reads a mutated plan file only where yaml does, to the same value",
    async () => {
      const tally: Tally = {};
      const property = fc.property(fc.constantFrom(...c.files), brokenFile, (f, m) => jsyamlAgrees(mutate(f.bytes, m).toString("utf8"), tally));
      await check("parseYaml on mutated plan files", property, mutationRuns, tally);
    },
    timeoutFor(mutationRuns, 5),
  );

  const blockRuns = runs(3000);
  it(
    "parseYaml reads generated block YAML only where yaml does, to the same value",
    async () => {
      const tally: Tally = {};
      // Documents built the way par's files are (keys, nested blocks, sequences, scalars of every style), with odd
      // spacing, comments, blank lines, folded lines and indentation a little off.
      const scalar = fc.oneof(
        { weight: 1, arbitrary: yamlValue },
        {
          weight: 3,
          arbitrary: fc.constantFrom(
            "Sở Nội vụ",
            "Quý IV/2024",
            "-5",
            "-x",
            "a #b",
            "a#b",
            "a: b",
            "a:",
            "x: ",
            "1_000",
            "0o17",
            "+.5",
            "Null",
            "no",
            "'it''s'",
            '"a\\tb"',
            '"\\x41\\u1EA1"',
            '"\\U0001F600"',
            '"a\\\nb"',
            "~",
            "",
          ),
        },
        {
          weight: 3,
          arbitrary: fc
            .tuple(
              fc.constantFrom('"', "", "'"),
              fc.array(fc.constantFrom("Sở", "Nội vụ,", "a: b", "x", "#y", " # z", "- w", "'q'", ""), { minLength: 1, maxLength: 4 }),
            )
            .map(([q, words]) => q + words.join(" ") + q),
        },
        // block scalars: a header, then lines (each indented by the node's indentation plus its fold offset)
        {
          weight: 2,
          arbitrary: fc
            .tuple(
              fc.constantFrom("|", "|-", ">", ">-", "|+", ">2", "| # c", "|x"),
              fc.array(fc.constantFrom("Sở Nội vụ", "", "  ", "# not a comment", "a: b", " more", "x"), { minLength: 0, maxLength: 5 }),
            )
            .map(([h, lines]) => [h, ...lines].join("\n")),
        },
      );
      const gap = fc.constantFrom("", "", "", "", "", "", "\n", "\n# comment\n", "\n   \n", "  # trailing", "\r");
      type Node = { kind: "map"; entries: [string, Node][] } | { kind: "seq"; items: Node[] } | { kind: "scalar"; text: string; fold: number[] };
      const key = fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom("format", "id", "text", "lead", "a", "b_c", "d-e", "K2", "_x", "no_", "nullx", "t") },
        { weight: 1, arbitrary: fc.constantFrom("true", "null", "Null", "1", "__proto__", "constructor", "x y", "ke#y", "k:", "Sở", "-k", "a", "id") },
      );
      const tree: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
        node: fc.oneof(
          { depthSize: "small", withCrossShrink: true },
          fc.record({ kind: fc.constant("scalar" as const), text: scalar, fold: fc.array(fc.integer({ min: -1, max: 3 }), { maxLength: 2 }) }),
          fc.record({ kind: fc.constant("map" as const), entries: fc.array(fc.tuple(key, tie("node")), { minLength: 1, maxLength: 4 }) }),
          fc.record({ kind: fc.constant("seq" as const), items: fc.array(tie("node"), { minLength: 1, maxLength: 3 }) }),
        ),
      })).node;
      const shift = fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 1, -1, 2);
      const render = (node: Node, indent: number, shifts: number[], gaps: string[]): string => {
        let i = 0;
        const pick = <T>(xs: T[], d: T) => (xs.length ? xs[i++ % xs.length]! : d);
        const pad = (n: number) => " ".repeat(Math.max(0, n));
        const scalarText = (sc: Extract<Node, { kind: "scalar" }>, at: number) =>
          /^[|>]/.test(sc.text)
            ? sc.text
                .split("\n")
                .map((l, k) => (k === 0 || l === "" ? l : pad(at + (sc.fold[k % Math.max(1, sc.fold.length)] ?? 0)) + l))
                .join("\n")
            : sc.fold.reduce((t, f) => {
                const cut = t.indexOf(" ");
                return cut < 0 ? t : `${t.slice(0, cut)}\n${pad(at + f)}${t.slice(cut + 1)}`;
              }, sc.text);
        const block = (n: Node, at: number): string => {
          if (n.kind === "map") return n.entries.map(([k, v]) => `${pad(at + pick(shifts, 0))}${k}:${inline(v, at)}${pick(gaps, "")}`).join("\n");
          if (n.kind === "seq") return n.items.map((v) => `${pad(at + pick(shifts, 0))}-${inline(v, at)}${pick(gaps, "")}`).join("\n");
          return `${pad(at)}${scalarText(n, at + 1)}`;
        };
        const inline = (v: Node, at: number): string => (v.kind === "scalar" ? ` ${scalarText(v, at + 2)}` : `\n${block(v, at + 2)}`);
        return block(node, indent) + "\n";
      };
      const doc = fc
        .tuple(
          fc.record({ kind: fc.constant("map" as const), entries: fc.array(fc.tuple(key, tree), { minLength: 1, maxLength: 5 }) }),
          fc.array(shift, { maxLength: 6 }),
          fc.array(gap, { maxLength: 6 }),
        )
        .map(([root, shifts, gaps]) => render(root, 0, shifts, gaps));
      const property = fc.property(doc, (text) => jsyamlAgrees(text, tally));
      await check("parseYaml on generated block YAML", property, blockRuns, tally);
    },
    timeoutFor(blockRuns, 5),
  );

  const plainRuns = runs(5000);
  it(
    "js-yaml resolves a plain scalar as yaml resolves it (null, boolean, number or text)",
    async () => {
      const tally: Tally = {};
      const chars = "0123456789+-.eExXoObBaAfFiInNtTrRuUlLsS~_ Q";
      const plain = fc
        .oneof(
          fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 8 }).map((cs) => cs.join("")),
          fc.constantFrom(
            "0x1F",
            "0o17",
            "017",
            "1_000",
            "-.5",
            "+.inf",
            ".NaN",
            "1e3",
            "1E+3",
            "2024-06-30",
            "1.",
            ".5e-3",
            "00",
            "-0",
            "+0",
            "0b101",
            "12e",
            "True",
            "tRUE",
            "~",
            "Null",
            "nULL",
            "9007199254740993",
            "1e400",
            "-.Inf",
          ),
          fc.integer().map(String),
          fc.double().map(String),
        )
        .map((t) => t.trim())
        .filter((t) => t !== "" && t !== "-" && !t.startsWith("- "));
      const property = fc.property(plain, (text) => {
        const doc = parseDocument(`a: ${text}\n`);
        if (doc.errors.length) return;
        const expected = (doc.toJS() as { a: unknown }).a;
        count(tally, expected === null ? "null" : typeof expected);
        let got: unknown;
        try {
          got = (jsyaml.load(`a: ${text}\n`, { schema: YAML_CORE_SCHEMA }) as { a: unknown }).a;
        } catch {
          return; // js-yaml refusing a text goes to yaml (the agreement properties cover verdicts)
        }
        expect(got, text).toEqual(expected);
      });
      await check("plain scalars", property, plainRuns, tally);
    },
    timeoutFor(plainRuns, 1),
  );

  const agreeRuns = runs(2000);
  it(
    "the fast path and yaml give the same value whenever the fast path accepts",
    async () => {
      const tally: Tally = {};
      const doc = fc
        .array(fc.tuple(fc.stringMatching(/^[a-z][a-z_]{0,8}$/), yamlValue), { minLength: 1, maxLength: 6 })
        .map((pairs) => pairs.map(([k, v]) => `${k}: ${v.replace(/\n/g, "\n  ")}`).join("\n") + "\n");
      const property = fc.property(doc, (text) => {
        // as files are read: decoded, line breaks as YAML 1.2 reads them
        const src = decodeSource(Buffer.from(text, "utf8"), "x.yaml", "x.yaml").source;
        if (!src) return;
        const a = parseYaml(src);
        const b = parseYamlFull(src);
        count(tally, a.parsed ? (b.parsed ? "both read" : "fast only") : b.parsed ? "yaml only" : "both refuse");
        if (a.parsed && b.parsed) expect(a.parsed.value).toEqual(b.parsed.value);
        // What yaml refuses, par refuses: the fast path must not read a file that has errors.
        if (!b.parsed) expect(a.parsed).toBeUndefined();
      });
      // found by this property: js-yaml read these, YAML (and yaml) does not
      const found = ["a: &amp;Sở Nội vụ: \n", "a: !!str b: c\n", 'a: "unterminated\na: "\r: Sở Nội vụ"\n', "a: 'unterminated\na: '::error::: $x$'\na_: ''\n"];
      await check(
        "fast path vs yaml",
        property,
        agreeRuns,
        tally,
        found.map((t) => [t]),
      );
    },
    timeoutFor(agreeRuns, 5),
  );
});
