// Schema checks: the validators generated at build time from schemas/, their errors turned into positioned diagnostics.
import { distance } from "fastest-levenshtein";
import type { ErrorObject, ValidateFunction } from "ajv";
import * as validators from "../generated/validators.cjs";
import type { Diagnostic, DiagnosticCode } from "../model/diagnostic";
import { diagnosticAtPath, rangeOf, type ParsedYaml, type PathSegment } from "../load/yaml";
import { formatViDate, isIsoDate } from "../model/dates";
import type { FileKind } from "../load/files";
import { fold } from "../model/vietnamese";

const byKind = validators as unknown as Record<string, ValidateFunction | undefined>;

/** The validator of a kind of file (undefined when that schema is not built). */
export function validatorFor(kind: FileKind): ValidateFunction | undefined {
  return byKind[kind];
}

function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

const KEYWORD_CODES: Record<string, DiagnosticCode> = {
  required: "schema/required",
  additionalProperties: "schema/additional-property",
  type: "schema/type",
  enum: "schema/enum",
  const: "schema/const",
  pattern: "schema/pattern",
  minItems: "schema/min-items",
  minLength: "schema/min-length",
  minimum: "schema/minimum",
  maximum: "schema/maximum",
  uniqueItems: "schema/unique-items",
};

/** The closest candidate to a value, when it is close enough to be a likely typo. */
export function nearest(value: string, candidates: readonly string[]): string | undefined {
  const v = fold(value);
  const limit = Math.max(2, Math.floor(v.length / 3));
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const fc = fold(c);
    // The distance is at least the difference in length: a candidate that far off cannot be suggested, and skipping
    // it keeps a huge value (a pasted document in an id) from costing seconds per candidate.
    if (Math.abs(v.length - fc.length) > limit) continue;
    const d = distance(v, fc);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= limit ? best : undefined;
}

function show(value: unknown): string {
  const s = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return s.length > 60 ? s.slice(0, 57) + "…" : s;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = Object.prototype.hasOwnProperty.call(v, seg) ? (v as Record<string, unknown>)[seg as string] : undefined;
  }
  return v;
}

/** The date patterns of the schemas, and the forms each accepts: "iso" (YYYY-MM-DD) or "dmy-iso" (dd/mm/yyyy too). */
const DATE_PATTERNS: Record<string, "iso" | "dmy-iso"> = {
  "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$": "iso",
  "^([0-9]{1,2}/[0-9]{1,2}/[0-9]{4}|[0-9]{4}-[0-9]{2}-[0-9]{2})$": "dmy-iso",
};

/** The date forms an error's schema stands for, when it is a date's (its pattern, or the type of a date schema). */
function dateFormsOf(e: ErrorObject): "iso" | "dmy-iso" | undefined {
  if (e.keyword === "pattern") return DATE_PATTERNS[String(e.params.pattern)];
  const ps = e.parentSchema as { pattern?: unknown } | undefined;
  return typeof ps?.pattern === "string" ? DATE_PATTERNS[ps.pattern] : undefined;
}

/** What the other patterns of the schemas stand for, so that a message names the form instead of the expression. */
const PATTERN_FORMS: Record<string, string> = {
  "^[a-z0-9]+(-[a-z0-9]+)*$": "id",
  "^[1-9][0-9]*\\.[abcdđeghiklmnopqrstuvxy]$": "task-id",
  "^[0-9]{4}-Q[1-4]$": "quarter",
  "^[0-9]{4}-(0[1-9]|1[0-2])$": "month",
};

/** Keywords about one value (not about a mapping's keys): at most one of them is reported per value. */
const VALUE_KEYWORDS = new Set(["type", "enum", "const", "pattern", "minimum", "maximum", "minLength", "anyOf", "oneOf"]);
const VALUE_PRIORITY: Record<string, number> = { const: 0, enum: 1, pattern: 2, minimum: 3, maximum: 3, minLength: 4, type: 5 };

/** Merge the branch errors of anyOf into what a person needs to read: one message per value. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  let out = errors.filter((e) => e.keyword !== "if");
  const anyOfs = out.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf");
  for (const a of anyOfs) {
    const prefix = a.schemaPath + "/";
    const branch = out.filter((e) => e !== a && e.schemaPath.startsWith(prefix));
    out = out.filter((e) => e !== a && !branch.includes(e));
    const meaningful = branch.filter((e) => !(e.keyword === "type" && e.instancePath === a.instancePath));
    if (meaningful.length && meaningful.every((e) => e.keyword === "required" && e.instancePath === a.instancePath)) {
      const props = meaningful.map((e) => String(e.params.missingProperty));
      out.push({ ...meaningful[0]!, params: { missingProperty: props.join(" | ") } });
    } else if (meaningful.length) {
      out.push(...meaningful);
    } else {
      const types = branch.flatMap((e) => [e.params.type].flat().map(String));
      out.push({ ...a, keyword: "type", params: { type: [...new Set(types)] } });
    }
  }
  // A branch reached through a $ref has a schema path of its own: errors left at one value are merged here, the
  // expected types of several type errors into one, else the most telling error alone.
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of out) {
    if (!VALUE_KEYWORDS.has(e.keyword)) continue;
    const list = byPath.get(e.instancePath);
    if (list) list.push(e);
    else byPath.set(e.instancePath, [e]);
  }
  for (const list of byPath.values()) {
    if (list.length < 2) continue;
    const rank = (e: ErrorObject) => VALUE_PRIORITY[e.keyword] ?? 6;
    const best = [...list].sort((x, y) => rank(x) - rank(y))[0]!;
    const keep =
      best.keyword === "type"
        ? { ...best, params: { type: [...new Set(list.filter((e) => e.keyword === "type").flatMap((e) => [e.params.type].flat().map(String)))] } }
        : best;
    out = out.filter((e) => !list.includes(e));
    out.push(keep);
  }
  return out;
}

/** The pointer of every value a schema error is about (a missing or unknown property: that property's). */
function badPointers(errors: readonly ErrorObject[]): string[] {
  const out: string[] = [];
  for (const e of errors) {
    if (e.keyword === "anyOf" || e.keyword === "oneOf" || e.keyword === "if") continue;
    if (e.keyword === "required") out.push(`${e.instancePath}/${String(e.params.missingProperty).replace(/~/g, "~0").replace(/\//g, "~1")}`);
    else if (e.keyword === "additionalProperties")
      out.push(`${e.instancePath}/${String(e.params.additionalProperty).replace(/~/g, "~0").replace(/\//g, "~1")}`);
    else out.push(e.instancePath);
  }
  return out;
}

/** A date written in a form par does not read, in the first accepted form when it can be told ("15.9.2024" → 15/09/2024). */
export function guessDate(value: unknown, forms: "iso" | "dmy-iso"): string {
  if (typeof value !== "string") return "";
  const m = /(\d{1,4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,4})/.exec(value);
  if (!m) return "";
  const [a, b, c] = [m[1]!, m[2]!, m[3]!];
  let iso: string | undefined;
  if (a.length === 4 && c.length <= 2) iso = `${a}-${b.padStart(2, "0")}-${c.padStart(2, "0")}`;
  else if (c.length === 4 && a.length <= 2) iso = `${c}-${b.padStart(2, "0")}-${a.padStart(2, "0")}`;
  if (!iso || !isIsoDate(iso)) return "";
  return forms === "iso" ? iso : formatViDate(iso);
}

/** The number a text in a number field stands for, and why it is not one: "96%", "96,2", "96". */
function numberInText(value: unknown): { number: string; reason: "percent" | "comma" | "text" } | undefined {
  if (typeof value !== "string") return undefined;
  let t = value.trim();
  let reason: "percent" | "comma" | "text" = "text";
  if (t.endsWith("%")) {
    t = t.slice(0, -1).trim();
    reason = "percent";
  }
  if (/^[-+]?\d+,\d+$/.test(t)) {
    t = t.replace(",", ".");
    if (reason === "text") reason = "comma";
  }
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? { number: String(n), reason } : undefined;
}

/** The source text of the value at a path ("1e400", ".inf"), for a message about a value JSON cannot show. */
function sourceOf(p: ParsedYaml, path: readonly PathSegment[]): string {
  const [a, b] = rangeOf(p, path);
  const t = p.source.text.slice(a, Math.min(b, a + 60)).trim();
  return t || String(valueAt(p.value, path));
}

/** Check a parsed file against its kind's schema; every error positioned on the offending key or value. */
export function checkSchema(p: ParsedYaml, kind: FileKind): Diagnostic[] {
  return checkSchemaFull(p, kind).diagnostics;
}

/** checkSchema, with the pointers of every value the errors are about (what cannot be read of the file). */
export function checkSchemaFull(p: ParsedYaml, kind: FileKind): { diagnostics: Diagnostic[]; bad: string[] } {
  const validate = validatorFor(kind);
  if (!validate) return { diagnostics: [], bad: [] };
  if (validate(p.value)) return { diagnostics: [], bad: [] };
  const raw = validate.errors ?? [];
  const bad = badPointers(raw);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  // A date in a form par does not read: one message per value, whatever the branches of the schema said.
  const dates = new Map<string, { forms: "iso" | "dmy-iso"; nullable: boolean }>();
  for (const e of raw) {
    const forms = dateFormsOf(e);
    if (forms) dates.set(e.instancePath, { forms, nullable: dates.get(e.instancePath)?.nullable ?? false });
  }
  for (const e of raw) {
    const d = dates.get(e.instancePath);
    if (d && e.keyword === "type" && [e.params.type].flat().includes("null")) d.nullable = true;
  }
  for (const [pointer, d] of dates) {
    const path = pointerToPath(pointer);
    const actual = valueAt(p.value, path);
    out.push(
      diagnosticAtPath(p, path, "schema/date", {
        field: fieldOf(path),
        place: placeOf(kind, p.value, path),
        actual: show(actual),
        forms: d.forms,
        nullable: d.nullable ? 1 : 0,
        suggestion: guessDate(actual, d.forms),
      }),
    );
  }
  const errors = simplify(raw.filter((e) => !dates.has(e.instancePath)));
  // A misspelt key ("deadlin") also makes the real one missing: report the spelling only.
  const misspelt = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
    const near = nearest(String(e.params.additionalProperty), allowed);
    if (near) misspelt.add(`${e.instancePath}|${near}`);
  }
  for (const e of errors) {
    if (e.keyword === "required" && misspelt.has(`${e.instancePath}|${String(e.params.missingProperty)}`)) continue;
    const path = pointerToPath(e.instancePath);
    let code = KEYWORD_CODES[e.keyword] ?? "schema/invalid";
    const args: Record<string, string | number> = { field: fieldOf(path), place: placeOf(kind, p.value, path) };
    let target = path;
    let which: "value" | "key" = "value";
    switch (e.keyword) {
      case "required":
        args.property = String(e.params.missingProperty);
        break;
      case "additionalProperties": {
        const extra = String(e.params.additionalProperty);
        args.property = extra;
        const parent = valueAt(p.value, path);
        const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        const near = nearest(extra, allowed.length ? allowed : Object.keys((parent as object) ?? {}));
        args.suggestion = near && near !== extra ? near : "";
        target = [...path, extra];
        which = "key";
        break;
      }
      case "type": {
        const expected = [e.params.type].flat().map(String);
        const actual = valueAt(p.value, path);
        args.expected = expected.join("|");
        args.actual = describeType(actual);
        const numeric = expected.includes("number") || expected.includes("integer");
        const inText = numeric ? numberInText(actual) : undefined;
        if (numeric && typeof actual === "number" && !Number.isFinite(actual)) {
          code = "schema/not-finite";
          args.actual = sourceOf(p, path);
        } else if (inText) {
          code = "schema/number-text";
          args.actual = show(actual);
          args.number = inText.number;
          args.reason = inText.reason;
        }
        break;
      }
      case "enum": {
        // null in an enum means "may be left empty" (a progress state the template leaves to fill): not a value to offer.
        const allowed = (e.params.allowedValues as unknown[]).filter((v) => v !== null).map(String);
        const actual = valueAt(p.value, path);
        args.allowed = allowed.join(", ");
        args.actual = show(actual);
        const near = typeof actual === "string" ? nearest(actual, allowed) : undefined;
        args.suggestion = near ?? "";
        break;
      }
      case "const":
        args.expected = String(e.params.allowedValue);
        args.actual = show(valueAt(p.value, path));
        break;
      case "pattern":
        args.actual = show(valueAt(p.value, path));
        args.pattern = String(e.params.pattern);
        args.form = PATTERN_FORMS[args.pattern] ?? "";
        break;
      case "minItems":
      case "minLength":
        args.limit = Number(e.params.limit);
        break;
      case "minimum":
      case "maximum":
        args.limit = Number(e.params.limit);
        args.actual = show(valueAt(p.value, path));
        break;
      default:
        args.detail = e.message ?? e.keyword;
    }
    const key = `${code}|${e.instancePath}|${JSON.stringify(args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnosticAtPath(p, target, code, args, "error", which));
  }
  return { diagnostics: out, bad };
}

/** A path as dots, for machine readers (messages use `place`). */
function fieldOf(path: readonly PathSegment[]): string {
  return path.length ? path.join(".") : "(top level)";
}

/** A short name read from a value, for naming a list item ("2.b", "snv", "Lần 1"). */
function nameOf(v: unknown, numbers = false): string | undefined {
  if (numbers && typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v !== "string" || v.trim() === "") return undefined;
  const t = v.trim();
  return t.length > 40 ? t.slice(0, 39) + "…" : t;
}

/**
 * Where a value stands, in words the message catalogues render ("`state` in the entry for 2.b"): a JSON list of
 * steps, outermost first. ["key", k] a mapping key; ["item", listKey, n, name?, agency?] the n-th (1-based) item of a
 * list, named by what it holds (an entry by its task, an agency by its id, a milestone by its label); ["root", kind,
 * name?] the file itself.
 */
export function placeOf(kind: FileKind, root: unknown, path: readonly PathSegment[]): string {
  const steps: (string | number)[][] = [];
  if (path.length === 0) {
    const id = kind === "task" ? nameOf((root as Record<string, unknown> | null)?.id) : undefined;
    steps.push(id ? ["root", kind, id] : ["root", kind]);
    return JSON.stringify(steps);
  }
  let v: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const next =
      v !== null && typeof v === "object" && Object.prototype.hasOwnProperty.call(v, seg) ? (v as Record<string, unknown>)[seg as string] : undefined;
    if (typeof seg === "number" && steps.length && steps[steps.length - 1]![0] === "key") {
      const listKey = String(steps.pop()![1]);
      const item = next as Record<string, unknown> | undefined;
      const o = item !== null && typeof item === "object" ? item : {};
      let name: string | undefined;
      let agency: string | undefined;
      // Not by the very value the message is about ("`id` of agency 3 is "Sở Xây dựng"", not "of agency Sở Xây dựng").
      const own = path[i + 1];
      if (listKey === "entries") {
        if (own !== "task") name = nameOf(o.task);
        if (own !== "agency") agency = nameOf(o.agency);
      } else if (listKey === "milestones") {
        if (own !== "label" && own !== "milestone") name = nameOf(o.label ?? o.milestone, true);
      } else if (listKey === "targets" || listKey === "agencies") {
        if (own !== "id") name = nameOf(o.id);
      } else if (listKey === "evidence") {
        if (own !== "number") name = nameOf(o.number);
      }
      const step: (string | number)[] = ["item", listKey, seg + 1];
      if (name !== undefined) step.push(name);
      if (agency !== undefined) step.push(agency);
      steps.push(step);
    } else steps.push(["key", String(seg)]);
    v = next;
  }
  return JSON.stringify(steps);
}

function describeType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "object" ? "object" : typeof v;
}
