// Schema checks: the validators generated at build time from schemas/, their errors turned into positioned diagnostics.
import type { ErrorObject, ValidateFunction } from "ajv";
import * as validators from "../generated/validators.cjs";
import type { Diagnostic, DiagnosticCode } from "../model/diagnostic";
import { diagnosticAtPath, type ParsedYaml, type PathSegment } from "../load/yaml";
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

/** Edit distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n]!;
}

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
    const d = editDistance(v, fc);
    if (d < bestD) { bestD = d; best = c; }
  }
  return best !== undefined && bestD <= limit ? best : undefined;
}

function show(value: unknown): string {
  const s = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
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

/** Merge the branch errors of anyOf into what a person needs to read. */
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
      const types = branch.map((e) => String(e.params.type));
      out.push({ ...a, keyword: "type", params: { type: [...new Set(types)].join(" | ") } });
    }
  }
  return out;
}

/** Check a parsed file against its kind's schema; every error positioned on the offending key or value. */
export function checkSchema(p: ParsedYaml, kind: FileKind): Diagnostic[] {
  const validate = validatorFor(kind);
  if (!validate) return [];
  if (validate(p.value)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const errors = simplify(validate.errors ?? []);
  // A misspelt key ("deadlin") also makes the real one missing: report the spelling only.
  const misspelt = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== "additionalProperties") continue;
    const allowed = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties) ?? {});
    const near = nearest(String(e.params.additionalProperty), allowed);
    if (near) misspelt.add(`${e.instancePath}|${near}`);
  }
  for (const e of errors) {
    if (e.keyword === "required" && misspelt.has(`${e.instancePath}|${String(e.params.missingProperty)}`)) continue;
    const path = pointerToPath(e.instancePath);
    const code = KEYWORD_CODES[e.keyword] ?? "schema/invalid";
    const field = path.length ? path.join(".") : "(top level)";
    const args: Record<string, string | number> = { field };
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
        const allowed = Object.keys(((e.parentSchema as { properties?: object } | undefined)?.properties) ?? {});
        const near = nearest(extra, allowed.length ? allowed : Object.keys((parent as object) ?? {}));
        args.suggestion = near && near !== extra ? near : "";
        target = [...path, extra];
        which = "key";
        break;
      }
      case "type":
        args.expected = String(e.params.type);
        args.actual = describeType(valueAt(p.value, path));
        break;
      case "enum": {
        const allowed = (e.params.allowedValues as unknown[]).map(String);
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
  return out;
}

function describeType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v === "object" ? "object" : typeof v;
}
