// Fuzzing par with fast-check: the shipped plan with one file mutated the ways people and tools break YAML, run
// through the CLI; checks that hold for every input (no internal error, a documented exit code, the file named).
import { appendFileSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import fc from "fast-check";
import { decodeSource, MAX_FILE_BYTES } from "../../src/load/source";
import { MAX_DEPTH, parseYaml } from "../../src/load/yaml";
import { copyOfData, runCli, type RunResult } from "../helpers";
import { markupOf, MD_TABLE_TAGS, outputProblems } from "./formats";

// ---------- run sizes ----------

/**
 * Cases per property: the default keeps npm test quick; `FUZZ_RUNS` (npm run fuzz) sets it, times `scale` for a
 * property whose cases cost much more (a process each).
 */
export function runs(byDefault: number, scale = 1): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? Math.max(1, Math.ceil(n * scale)) : byDefault;
}

/** In CI a fixed seed, so a submission's verdict does not depend on luck; elsewhere a new seed every run. */
export const CI_SEED = 20241126;

/** fast-check parameters: the run count, and `FUZZ_SEED` to replay a failure fast-check reported. */
export function params(numRuns: number): fc.Parameters<unknown> {
  const seed = Number(process.env.FUZZ_SEED ?? (process.env.CI === "true" ? CI_SEED : Number.NaN));
  return { numRuns, ...(Number.isInteger(seed) ? { seed } : {}), endOnFailure: false };
}

/** Counts of what the cases did (exit codes, files unreadable…), printed with the case count. */
export type Tally = Record<string, number>;

export function count(tally: Tally, key: string): void {
  tally[key] = (tally[key] ?? 0) + 1;
}

/** Run a property, print "fuzz NAME: N cases, F failures (…)", and fail with fast-check's report. */
export async function check<T>(
  name: string,
  property: fc.IAsyncPropertyWithHooks<T> | fc.IPropertyWithHooks<T>,
  numRuns: number,
  tally: Tally = {},
  examples: T[] = [],
): Promise<void> {
  slowest = { ms: 0, what: "" };
  const details = await fc.check(property as fc.IAsyncProperty<T>, { ...(params(numRuns) as fc.Parameters<T>), examples });
  const failures = details.failed ? 1 : 0;
  const seen = Object.keys(tally)
    .sort()
    .map((k) => `${k} ${tally[k]}`)
    .join(", ");
  const slow = slowest.ms ? `; slowest ${Math.round(slowest.ms)} ms: ${slowest.what}` : "";
  console.log(
    `fuzz ${name}: ${details.numRuns} cases, ${failures} failures${seen ? ` [${seen}]` : ""} (seed ${details.seed}; replay with FUZZ_SEED=${details.seed}${slow})`,
  );
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${fc.defaultReportMessage(details) ?? "property failed"}\n\nWhat went wrong:\n${cause}`);
  }
}

/** A test timeout that grows with the run count (npm run fuzz runs for minutes). */
export function timeoutFor(numRuns: number, msPerCase: number): number {
  return Math.max(120_000, numRuns * msPerCase * 3);
}

// ---------- inputs that once went wrong ----------

/** The regression corpus (test/fixtures/fuzz/regressions.json): replayed first by every property. */
export const ALL_REGRESSIONS: { file: string; mutation: Mutation; found: string; fixed: string; hang?: boolean; args?: string[] }[] = JSON.parse(
  readFileSync(join(__dirname, "..", "fixtures", "fuzz", "regressions.json"), "utf8"),
).cases;

/** The regressions safe to replay in-process (a `hang` case is replayed only through the bin, whose runs time out). */
export const REGRESSIONS = ALL_REGRESSIONS.filter((r) => !r.hang);

// ---------- the plan being mutated ----------

export interface Corpus {
  /** The temporary copy's root (cwd for runs: files show as data/son-la-2024/...). */
  root: string;
  data: string;
  /** Plan files, relative to root, with their original bytes. */
  files: { rel: string; bytes: Buffer }[];
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : /\.ya?ml$/.test(name) ? [p] : [];
    });
}

/** A temporary copy of data/ and the list of its YAML files. */
export function corpus(): Corpus {
  const data = copyOfData();
  const root = dirname(data);
  return { root, data, files: walk(data).map((p) => ({ rel: relative(root, p).split("\\").join("/"), bytes: readFileSync(p) })) };
}

// ---------- mutations ----------

/** A change to a file's text (applied before the byte changes). */
export type TextMutation =
  | { kind: "deleteLines"; at: number; count: number }
  | { kind: "cut"; at: number }
  | { kind: "indent"; at: number; delta: number; tab: boolean }
  | { kind: "duplicateLine"; at: number }
  | { kind: "swapLines"; a: number; b: number }
  | { kind: "insertLine"; at: number; line: string }
  | { kind: "replaceValue"; at: number; value: string }
  | { kind: "insertText"; at: number; text: string }
  | { kind: "anchorAlias"; anchorAt: number; aliasAt: number; name: string }
  | { kind: "aliasBomb"; width: number; levels: number }
  | { kind: "deepBlock"; depth: number; seq: boolean }
  | { kind: "deepFlow"; depth: number }
  | { kind: "hugeScalar"; at: number; bytes: number; char: string }
  | { kind: "normalize"; form: "NFC" | "NFD" | "NFKC" | "NFKD" }
  | { kind: "lineEnds"; to: "\r\n" | "\r" }
  | { kind: "hostileValue"; at: number; text: string }
  | { kind: "longRun"; at: number; before: string; piece: string; times: number; after: string };

/** A change to a file's bytes. */
export type ByteMutation =
  | { kind: "flip"; at: number; byte: number }
  | { kind: "insertBytes"; at: number; bytes: number[] }
  | { kind: "truncate"; at: number }
  | { kind: "bom" }
  | { kind: "utf16" };

export interface Mutation {
  text: TextMutation[];
  bytes: ByteMutation[];
}

const VI_WORDS = [
  "Sở Nội vụ",
  "Ủy ban nhân dân",
  "cải cách hành chính",
  "Quý IV/2024",
  "đánh giá",
  "thủ tục",
  "Chỉ số CCHC",
  "Trung tâm Phục vụ hành chính công",
  "UBND các huyện, thành phố",
  "Hoàn thành",
  "trước ngày 15/12/2024",
];

/** Any code point of any of the 17 planes (surrogate halves excepted). */
export const anyCodePoint = fc
  .tuple(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 0xffff }))
  .map(([plane, low]) => plane * 0x10000 + low)
  .filter((cp) => cp < 0xd800 || cp > 0xdfff)
  .map((cp) => String.fromCodePoint(cp));

/** Text from every Unicode plane, Vietnamese in NFC and NFD, and characters that mean something to YAML, CSV, HTML, Markdown. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: anyCodePoint },
      { weight: 3, arbitrary: fc.constantFrom(...VI_WORDS).chain((w) => fc.constantFrom(w, w.normalize("NFD"))) },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          ": ",
          " #",
          "- ",
          "? ",
          "&a ",
          "*a",
          "!!str ",
          "!x ",
          "{",
          "}",
          "[",
          "]",
          ",",
          "'",
          '"',
          "|",
          ">",
          "%",
          "@",
          "`",
          "\t",
          "\n",
          "\r\n",
          "\r",
          "\u2028",
          "\u0085",
          "\ufeff",
          "\u200b",
          "\u0000",
          "\u001b[31m",
          "=",
          "+",
          "-",
          "<script>",
          "&amp;",
          "\\",
          "::error::",
          "%0A",
          "$x$",
          "*b*",
        ),
      },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(""));

/** A YAML value as written in a file: plain, quoted, block, flow, anchors and aliases, escapes for any code point. */
export const yamlValue: fc.Arbitrary<string> = fc.oneof(
  hostileText.map((t) => t.replace(/[\r\n]+/g, " ")), // plain, whatever it parses as
  hostileText.map((t) => JSON.stringify(t)), // double-quoted (JSON escapes are YAML escapes)
  hostileText.map((t) => `'${t.replace(/'/g, "''").replace(/[\r\n]+/g, " ")}'`),
  hostileText.map((t) => `|\n  ${t.replace(/\r?\n|\r/g, "\n  ")}`),
  fc.constantFrom(
    "",
    "~",
    "null",
    "true",
    "no",
    "0x1F",
    "1e400",
    "-.inf",
    ".nan",
    "0o17",
    "2024-13-45",
    "[]",
    "{}",
    "[a, [b, {c: d}]]",
    "{a: 1, a: 2}",
    '"\\ud800"',
    '"\\U0010FFFF"',
    '"\\x00"',
    "!!binary aGVsbG8=",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "*undefined_alias",
    "&anchor value",
    "<<: *a",
    "? complex",
    "- item",
    "|-",
    ">+",
    "'unterminated",
    '"unterminated',
    "[unclosed",
    "{a: [}",
    "#comment",
    "@reserved",
    "`reserved",
    "%TAG ! tag:x,2000:",
  ),
  fc.integer().map(String),
  fc.double().map(String),
);

/** A whole line to insert: YAML directives, markers, stray keys and tokens. */
const yamlLine: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "---",
    "...",
    "%YAML 1.1",
    "%YAML 1.2",
    "%TAG !e! tag:example.com,2000:",
    "- ",
    "? key",
    ": value",
    "<<: *a",
    "&a",
    "*a",
    "#",
    "\t",
    "  ",
    "format: par-task/1",
    "format: par-task/2",
    "format: par-progress/1",
    'id: "1.a"',
    'id: "9.y"',
    "lead: [snv, snv]",
    "text:",
    "text: |",
    "deadline: {text: x, kind: quarter, quarter: 2024-Q9}",
    "area: -1",
    "agencies: []",
    "tasks:",
    "entries:",
  ),
  fc.tuple(fc.stringMatching(/^[a-z_]{1,12}$/), yamlValue).map(([k, v]) => `${k}: ${v}`),
  hostileText,
);

/** Free text replaced by a long run of one piece (what makes a careless regex quadratic or worse). */
export const longRun: fc.Arbitrary<TextMutation> = fc.record({
  kind: fc.constant("longRun" as const),
  at: fc.nat(),
  before: fc.constantFrom("", "Quý IV/2024", "a", "Lần 1: ", "- "),
  piece: fc.constantFrom(" ", ".", ";", ":", ",", "\n", "\r\n", "\t", "- ", "# ", "*", "_", "|", "\\", "&", "<", "[", "`", "a ", "ệ", "\u00a0", "=", "đ."),
  times: fc.oneof(fc.integer({ min: 1000, max: 20_000 }), fc.integer({ min: 100_000, max: 400_000 })),
  after: fc.constantFrom("", "x", "b.", ":", "\u0000"),
});

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("deleteLines" as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("indent" as const), at: fc.nat(), delta: fc.integer({ min: -6, max: 6 }), tab: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("duplicateLine" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("swapLines" as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("insertLine" as const), at: fc.nat(), line: yamlLine }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("replaceValue" as const), at: fc.nat(), value: yamlValue }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("insertText" as const), at: fc.nat(), text: hostileText }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant("anchorAlias" as const), anchorAt: fc.nat(), aliasAt: fc.nat(), name: fc.constantFrom("a", "x1", "ví-dụ", "đ") }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("aliasBomb" as const), width: fc.integer({ min: 2, max: 10 }), levels: fc.integer({ min: 1, max: 9 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("deepBlock" as const), depth: fc.integer({ min: MAX_DEPTH - 4, max: MAX_DEPTH * 3 }), seq: fc.boolean() }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("deepFlow" as const),
      depth: fc.oneof(fc.integer({ min: 1, max: MAX_DEPTH * 2 }), fc.integer({ min: 1000, max: 20000 })),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("hugeScalar" as const),
      at: fc.nat(),
      // mostly large but readable; sometimes just over the limit
      bytes: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 10_000, max: 300_000 }) }, { weight: 1, arbitrary: fc.constant(MAX_FILE_BYTES + 1) }),
      char: fc.constantFrom("a", "ệ", "𝕏", "x ", "\\n"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("normalize" as const), form: fc.constantFrom("NFC" as const, "NFD" as const, "NFKC" as const, "NFKD" as const) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("lineEnds" as const), to: fc.constantFrom("\r\n" as const, "\r" as const) }) },
  { weight: 1, arbitrary: longRun },
);

export const byteMutation: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("insertBytes" as const),
      at: fc.nat(),
      bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: "bom" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "utf16" as const }) },
);

/** Free text replaced by hostile text, the plan otherwise intact: what reaches the formatters. */
export const hostileValue: fc.Arbitrary<TextMutation> = fc.record({
  kind: fc.constant("hostileValue" as const),
  at: fc.nat(),
  text: hostileText.filter((t) => t.trim() !== ""),
});

/** One to three text changes, and now and then a byte change or two: a file people broke. */
export const brokenFile: fc.Arbitrary<Mutation> = fc.record({
  text: fc.array(textMutation, { minLength: 1, maxLength: 3 }),
  bytes: fc.oneof(
    { weight: 3, arbitrary: fc.constant([] as ByteMutation[]) },
    { weight: 1, arbitrary: fc.array(byteMutation, { minLength: 1, maxLength: 2 }) },
  ),
});

/** Free text replaced with hostile text in one to four places, the file otherwise intact. */
export const hostileData: fc.Arbitrary<Mutation> = fc.record({
  text: fc.array(hostileValue, { minLength: 1, maxLength: 4 }),
  bytes: fc.constant([] as ByteMutation[]),
});

/** Mostly broken files, sometimes intact ones with hostile text. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof({ weight: 3, arbitrary: brokenFile }, { weight: 1, arbitrary: hostileData });

const KEY_LINE = /^(\s*(?:- )*)([^\s#:][^:#]*?):(?:\s+(.*))?$/;

function applyText(text: string, m: TextMutation): string {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const lines = text.split(/\r?\n/);
  const pick = (n: number) => n % Math.max(1, lines.length);
  switch (m.kind) {
    case "deleteLines":
      lines.splice(pick(m.at), m.count);
      return lines.join(eol);
    case "cut":
      return text.slice(0, m.at % (text.length + 1));
    case "indent": {
      const i = pick(m.at);
      const line = lines[i] ?? "";
      lines[i] = m.delta >= 0 ? (m.tab ? "\t" : " ").repeat(m.delta) + line : line.replace(new RegExp(`^ {0,${-m.delta}}`), "");
      return lines.join(eol);
    }
    case "duplicateLine": {
      const i = pick(m.at);
      lines.splice(i, 0, lines[i] ?? "");
      return lines.join(eol);
    }
    case "swapLines": {
      const a = pick(m.a);
      const b = pick(m.b);
      [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
      return lines.join(eol);
    }
    case "insertLine": {
      const i = pick(m.at);
      const indent = /^\s*/.exec(lines[i] ?? "")![0];
      lines.splice(i, 0, indent + m.line);
      return lines.join(eol);
    }
    case "replaceValue": {
      const i = nthKeyLine(lines, m.at);
      if (i < 0) return text;
      const k = KEY_LINE.exec(lines[i]!)!;
      const value = m.value.replace(/\n/g, `\n${k[1]!.replace(/-/g, " ")}  `);
      lines[i] = `${k[1]}${k[2]}: ${value}`;
      return lines.join(eol);
    }
    case "insertText": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case "anchorAlias": {
      const a = nthKeyLine(lines, m.anchorAt);
      const b = nthKeyLine(lines, m.aliasAt);
      if (a < 0 || b < 0) return text;
      const ka = KEY_LINE.exec(lines[a]!)!;
      lines[a] = `${ka[1]}${ka[2]}: &${m.name} ${ka[3] ?? ""}`;
      const kb = KEY_LINE.exec(lines[b]!)!;
      lines[b] = `${kb[1]}${kb[2]}: *${m.name}`;
      return lines.join(eol);
    }
    case "aliasBomb": {
      const out = [`bomb0: &b0 [${Array(m.width).fill('"lol"').join(", ")}]`];
      for (let l = 1; l <= m.levels; l++)
        out.push(
          `bomb${l}: &b${l} [${Array(m.width)
            .fill(`*b${l - 1}`)
            .join(", ")}]`,
        );
      return text + eol + out.join(eol) + eol;
    }
    case "deepBlock": {
      const out: string[] = ["deep:"];
      for (let d = 1; d <= m.depth; d++) out.push(`${"  ".repeat(d)}${m.seq ? "- " : `k${d}:`}`);
      out[out.length - 1] += " end";
      return text + eol + out.join(eol) + eol;
    }
    case "deepFlow":
      return text + eol + `deep: ${"[".repeat(m.depth)}x${"]".repeat(m.depth)}` + eol;
    case "hugeScalar": {
      const i = nthKeyLine(lines, m.at);
      const big = m.char.repeat(Math.ceil(m.bytes / Buffer.byteLength(m.char)));
      if (i < 0) return text + eol + `huge: "${big}"` + eol;
      const k = KEY_LINE.exec(lines[i]!)!;
      lines[i] = `${k[1]}${k[2]}: "${big}"`;
      return lines.join(eol);
    }
    case "normalize":
      return text.normalize(m.form);
    case "lineEnds":
      return text.replace(/\r?\n/g, m.to);
    case "longRun":
      return applyText(text, { kind: "hostileValue", at: m.at, text: m.before + m.piece.repeat(m.times) + m.after });
    case "hostileValue": {
      const keyed: number[] = [];
      lines.forEach((l, i) => {
        if (TEXT_KEY.test(l)) keyed.push(i);
      });
      if (!keyed.length) return text;
      const i = keyed[m.at % keyed.length]!;
      const k = TEXT_KEY.exec(lines[i]!)!;
      // Double-quoted, every character YAML would not take as it is escaped: the value is exactly m.text.
      lines[i] = `${k[1]}${k[2]}: ${yamlQuote(m.text)}`;
      return lines.join(eol);
    }
  }
}

/** Lines holding free text that is shown to people: task text and items, names, notes, results, deadline wording. */
const TEXT_KEY =
  /^(\s*(?:- )?)(text|name|short|note|result|obstacles|proposals|evidence|metric|qualifier|title|goal|province|issuer|basis):\s*(?:"(?:[^"\\]|\\.)*"|[^|>&*!{[\s].*)$/;

/** A YAML double-quoted scalar holding exactly `text` (JSON escapes, plus the characters YAML wants escaped). */
export function yamlQuote(text: string): string {
  return JSON.stringify(text).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** The index of the n-th (mod count) line that reads `key: value` or `key:`; -1 when there is none. */
function nthKeyLine(lines: string[], n: number): number {
  const keyed: number[] = [];
  lines.forEach((l, i) => {
    if (KEY_LINE.test(l)) keyed.push(i);
  });
  return keyed.length ? keyed[n % keyed.length]! : -1;
}

function applyBytes(buf: Buffer, m: ByteMutation): Buffer {
  switch (m.kind) {
    case "flip": {
      if (!buf.length) return Buffer.from([m.byte]);
      const out = Buffer.from(buf);
      out[m.at % buf.length] = m.byte;
      return out;
    }
    case "insertBytes": {
      const at = m.at % (buf.length + 1);
      return Buffer.concat([buf.subarray(0, at), Buffer.from(m.bytes), buf.subarray(at)]);
    }
    case "truncate":
      return buf.subarray(0, m.at % (buf.length + 1));
    case "bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), buf]);
    case "utf16":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(buf.toString("utf8"), "utf16le")]);
  }
}

/** A file's bytes after a mutation. */
export function mutate(original: Buffer, m: Mutation): Buffer {
  let text = original.toString("utf8");
  for (const t of m.text) text = applyText(text, t);
  let buf: Buffer = Buffer.from(text, "utf8");
  for (const b of m.bytes) buf = applyBytes(buf, b);
  return buf;
}

// ---------- what must hold ----------

/** True when par cannot read the bytes as one YAML document (encoding, size, syntax, depth, aliases). */
export function unreadable(bytes: Buffer, display: string): boolean {
  if (bytes.length > MAX_FILE_BYTES) return true;
  const read = decodeSource(bytes, display, display);
  if (!read.source) return true;
  return !parseYaml(read.source).parsed;
}

/** A case that takes longer than this has hung, for all practical purposes (cases take tens of milliseconds). */
export const HANG_MS = 30_000;

/** The problems with a run of par, as sentences (empty when it behaved). */
export function misbehaviour(r: RunResult, allowed: readonly number[]): string[] {
  const out: string[] = [];
  if (lastRunMs > HANG_MS) out.push(`the case took ${Math.round(lastRunMs / 1000)} s (par must never hang; runBin gives up after 30 s too)`);
  if (!allowed.includes(r.code)) out.push(`exit code ${r.code}, expected one of ${allowed.join("/")}`);
  if (/internal error|lỗi nội bộ/.test(r.stdout + r.stderr)) out.push("an internal error was reported");
  if (/\n\s+at .+\(.*:\d+:\d+\)/.test(r.stderr)) out.push("a stack trace was printed");
  return out;
}

/** The slowest case of the current property: printed with the counts (a hang shows here before it shows anywhere). */
let slowest: { ms: number; what: string } = { ms: 0, what: "" };
/** How long the last withMutated run took. */
let lastRunMs = 0;

/** Write a mutated file into the corpus, run, put the original back. */
export async function withMutated(c: Corpus, rel: string, bytes: Buffer, run: () => Promise<RunResult>): Promise<RunResult> {
  const path = join(c.root, rel);
  const original = c.files.find((f) => f.rel === rel)!.bytes;
  writeFileSync(path, bytes);
  const started = performance.now();
  try {
    return await run();
  } finally {
    const ms = performance.now() - started;
    lastRunMs = ms;
    if (ms > slowest.ms) slowest = { ms, what: `${rel} (${bytes.length} bytes)` };
    if (process.env.FUZZ_SLOW_LOG && ms > 2000) {
      // the input itself beside the log, to replay: cp it over the file in a copy of data/ and run par
      const saved = `${process.env.FUZZ_SLOW_LOG}.${Date.now()}.${basename(rel)}`;
      writeFileSync(saved, bytes);
      appendFileSync(process.env.FUZZ_SLOW_LOG, `${Math.round(ms)} ms ${rel} ${bytes.length} bytes: ${saved}\n`);
    }
    writeFileSync(path, original);
  }
}

const baselines = new Map<string, Set<string>>();

/**
 * The markup (elements, @attributes) a command's HTML or Markdown output has for the plan as shipped, with the
 * structure the formatter may add for other data (tables, lists, emphasis of its own): what hostile data may not exceed.
 */
export async function markupBaseline(c: Corpus, args: string[], format: string): Promise<ReadonlySet<string>> {
  const key = args.join("\u0000");
  let set = baselines.get(key);
  if (!set) {
    const r = await runIn(c, args);
    set = new Set([...(r.code === 0 ? markupOf(format, r.stdout) : []), ...MD_TABLE_TAGS, "p", "ul", "li", "h2", "h3"]);
    baselines.set(key, set);
  }
  return set;
}

/** Run par in the corpus root (so files show as data/son-la-2024/...). */
export function runIn(c: Corpus, args: string[]): Promise<RunResult> {
  return runCli(args, { cwd: c.root });
}

export { MAX_DEPTH, MAX_FILE_BYTES };

/** A command to run on the corpus, and the format its output is read back as. */
export interface Invocation {
  format: string;
  args: string[];
}

/**
 * Run a command on the corpus with one file mutated and fail the case on any misbehaviour: an exit code other than
 * 0/1/2, an internal error or stack trace, a file that cannot be read yet is not reported by name with exit 1, an exit
 * without a word, an exit 1 without file:line:col, or output (exit 0) that does not read back as its format.
 */
export async function checkMutatedRun(c: Corpus, rel: string, m: Mutation, inv: Invocation, lang: string, what: string, tally: Tally): Promise<void> {
  const markup = await markupBaseline(c, [...inv.args, "--lang", lang], inv.format);
  const bytes = mutate(c.files.find((f) => f.rel === rel)!.bytes, m);
  const broken = unreadable(bytes, rel);
  const r = await withMutated(c, rel, bytes, () => runIn(c, [...inv.args, "--lang", lang]));
  count(tally, `exit ${r.code}`);
  const bad = misbehaviour(r, [0, 1, 2]);
  if (broken && r.code !== 1) bad.push(`${rel} cannot be read, yet ${what} exited ${r.code}`);
  if (broken && !r.stderr.includes(rel)) bad.push(`${rel} cannot be read, yet ${what} does not name it`);
  if (r.code !== 0 && !r.stderr.trim()) bad.push(`exit ${r.code} without a word on stderr`);
  if (r.code === 1 && !/data\/son-la-2024\/\S+\.yaml:\d+:\d+/.test(r.stderr)) bad.push("exit 1 without a file:line:col");
  if (r.code === 0) bad.push(...outputProblems(inv.format, r.stdout, markup));
  if (bad.length) throw new Error(`${bad.join("; ")}\n--- stdout ---\n${r.stdout.slice(0, 1500)}\n--- stderr ---\n${r.stderr.slice(0, 1500)}`);
}
