// Fuzz the reader itself, in-process and fast: bytes → decodeSource → parseYaml → checkSchema. Never an exception,
// a file either read or refused with positioned problems, and the fast path (js-yaml) and yaml agree on values.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { kindFromLocation } from "../../src/load/files";
import { decodeSource, MAX_FILE_BYTES, type ReadResult } from "../../src/load/source";
import { parseYaml, parseYamlFull, setYamlParser } from "../../src/load/yaml";
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
  it("reads or refuses any mutation of any plan file, with problems placed in the file", async () => {
    const tally: Tally = {};
    const property = fc.property(fc.constantFrom(...c.files), fc.oneof({ weight: 3, arbitrary: brokenFile }, { weight: 1, arbitrary: hostileData }), (f, m) => {
      const bytes = mutate(f.bytes, m);
      const { decoded, parsed, schema } = read(bytes, f.rel);
      const lines = bytes.toString("utf8").split(/\r\n|\r|\n/).length;
      count(tally, !decoded.source ? "not text" : !parsed?.parsed ? "not YAML" : schema.length ? "schema problems" : "read");
      const problems = [...decoded.diagnostics, ...(parsed?.diagnostics ?? []), ...schema];
      if (!decoded.source || !parsed?.parsed) expect(problems.length).toBeGreaterThan(0);
      expect(wellPlaced(problems, f.rel, lines)).toEqual([]);
    });
    await check("reader", property, n, tally);
  }, timeoutFor(n, 10));

  const bytesRuns = runs(2000);
  it("never throws on arbitrary bytes", async () => {
    const tally: Tally = {};
    const property = fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 200 }).map((s) => new Uint8Array(Buffer.from(s, "utf8")))), (bytes) => {
      const { decoded, parsed } = read(bytes, "data/p/tasks/1-a.yaml");
      count(tally, !decoded.source ? "not text" : !parsed?.parsed ? "not YAML" : "read");
    });
    await check("reader, arbitrary bytes", property, bytesRuns, tally);
  }, timeoutFor(bytesRuns, 5));

  const foldRuns = runs(2000);
  it("a quoted value over several lines: the fast path reads it only where yaml does, to the same value", async () => {
    const tally: Tally = {};
    // A line of a quoted value's continuation: its indentation (spaces, sometimes a tab), then text or nothing.
    const contLine = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom("", "\t"), fc.constantFrom("", "tiếp", "a: b", "x\\", "'' y", "- z", "# c", "\"", "'"));
    const value = fc.tuple(fc.constantFrom('"', "'"), fc.constantFrom("Sở Nội vụ", "it''s", 'say \\"hi', "a: b", ""), fc.array(contLine, { minLength: 1, maxLength: 4 }), fc.boolean());
    // Where the value stands: top level, nested mapping, sequence of mappings, sequence, flow sequence.
    const place = fc.constantFrom(["k: ", ""], ["a:\n  k: ", ""], ["- k: ", ""], ["- ", ""], ["k: [", "]"], ["a:\n  - k: ", ""]);
    const doc = fc.tuple(place, value, fc.constantFrom("", "b: 1\n", "k2: 'x'\n")).map(([[before, after], [q, head, lines, close], tail]) => {
      const body = lines.map(([n, tab, t]) => " ".repeat(n) + tab + t).join("\n");
      return `${before}${q}${head}\n${body}${close ? q : ""}${after}\n${tail}`;
    });
    const property = fc.property(doc, (text) => {
      const src = decodeSource(Buffer.from(text, "utf8"), "x.yaml", "x.yaml").source!;
      setYamlParser("fast");
      const a = parseYaml(src);
      const b = parseYamlFull(src);
      count(tally, a.parsed ? (b.parsed ? "both read" : "fast only") : b.parsed ? "yaml only" : "both refuse");
      if (!b.parsed) expect(a.parsed, text).toBeUndefined();
      if (a.parsed && b.parsed) expect(a.parsed.value, text).toEqual(b.parsed.value);
    });
    await check("multi-line quoted values", property, foldRuns, tally);
  }, timeoutFor(foldRuns, 5));

  const agreeRuns = runs(2000);
  it("the fast path and yaml give the same value whenever the fast path accepts", async () => {
    const tally: Tally = {};
    const doc = fc.array(fc.tuple(fc.stringMatching(/^[a-z][a-z_]{0,8}$/), yamlValue), { minLength: 1, maxLength: 6 }).map((pairs) => pairs.map(([k, v]) => `${k}: ${v.replace(/\n/g, "\n  ")}`).join("\n") + "\n");
    const property = fc.property(doc, (text) => {
      // as files are read: decoded, line breaks as YAML 1.2 reads them
      const src = decodeSource(Buffer.from(text, "utf8"), "x.yaml", "x.yaml").source;
      if (!src) return;
      setYamlParser("fast");
      const a = parseYaml(src);
      const b = parseYamlFull(src);
      count(tally, a.parsed ? (b.parsed ? "both read" : "fast only") : b.parsed ? "yaml only" : "both refuse");
      if (a.parsed && b.parsed) expect(a.parsed.value).toEqual(b.parsed.value);
      // What yaml refuses, par refuses: the fast path must not read a file that has errors.
      if (!b.parsed) expect(a.parsed).toBeUndefined();
    });
    // found by this property: js-yaml read these, YAML (and yaml) does not
    const found = ["a: &amp;Sở Nội vụ: \n", "a: !!str b: c\n", "a: \"unterminated\na: \"\r: Sở Nội vụ\"\n", "a: 'unterminated\na: '::error::: $x$'\na_: ''\n"];
    await check("fast path vs yaml", property, agreeRuns, tally, found.map((t) => [t]));
  }, timeoutFor(agreeRuns, 5));
});
