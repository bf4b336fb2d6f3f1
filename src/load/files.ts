// Reading one par file: decode, parse, recognise its kind and version from `format`.
import { basename, dirname } from "node:path";
import type { Diagnostic } from "../model/diagnostic";
import { readSource, type ReadResult } from "./source";
import { diagnosticAtPath, parseYaml, type ParsedYaml } from "./yaml";

/** The format versions this par reads, per kind of file. */
export const SUPPORTED_FORMATS: Record<FileKind, number> = { plan: 1, agencies: 1, task: 1, progress: 1, decision: 1 };

/** The kinds of file par reads, each with its schema in schemas/KIND.schema.json. */
export type FileKind = "plan" | "agencies" | "task" | "progress" | "decision";

/** A file read from a plan folder. `valid` is true once it parsed, is of a known format, and passed its schema. */
export interface LoadedFile {
  path: string;
  display: string;
  kind?: FileKind;
  parsed?: ParsedYaml;
  valid: boolean;
  /** After a failed schema check: the pointers ("/deadline/kind") of the values the errors are about. */
  bad?: string[];
}

/** True when a schema error (`bad`: its pointers) is about the value at a pointer, a value inside it, or one holding it. */
export function badAt(bad: readonly string[] | undefined, pointer: string): boolean {
  if (!bad) return false;
  for (const b of bad) if (b === pointer || b.startsWith(pointer + "/") || pointer.startsWith(b + "/")) return true;
  return false;
}

/** The kind a file's location suggests, for messages about a missing `format`. */
export function kindFromLocation(path: string): FileKind | undefined {
  const name = basename(path).toLowerCase();
  if (name === "plan.yaml" || name === "plan.yml") return "plan";
  if (name === "agencies.yaml" || name === "agencies.yml") return "agencies";
  if (name === "decision.yaml" || name === "decision.yml") return "decision";
  const parts = dirname(path).split(/[\\/]/);
  if (parts.includes("tasks")) return "task";
  if (parts.includes("progress")) return "progress";
  return undefined;
}

/** The `format` value a kind's files are written with in this version. */
export function formatTag(kind: FileKind): string {
  return `par-${kind}/${SUPPORTED_FORMATS[kind]}`;
}

/** Read (from disk, unless `read` holds its text already), parse and classify one file (its schema is checked by validate). */
export function loadFile(path: string, display: string, read: ReadResult = readSource(path, display)): { file: LoadedFile; diagnostics: Diagnostic[] } {
  const file: LoadedFile = { path, display, valid: false };
  if (!read.source) return { file, diagnostics: read.diagnostics };
  const parsedResult = parseYaml(read.source);
  if (!parsedResult.parsed) return { file, diagnostics: parsedResult.diagnostics };
  const parsed = parsedResult.parsed;
  file.parsed = parsed;
  const v = parsed.value;
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    return { file, diagnostics: [diagnosticAtPath(parsed, [], "yaml/not-a-mapping", { expected: formatTag(kindFromLocation(path) ?? "task") })] };
  }
  const fmt = (v as Record<string, unknown>).format;
  const expected = () => {
    const guessed = kindFromLocation(path);
    return guessed ? formatTag(guessed) : "par-task/1";
  };
  if (fmt === undefined) {
    return { file, diagnostics: [diagnosticAtPath(parsed, [], "format/missing", { expected: expected() })] };
  }
  const m = typeof fmt === "string" ? /^par-(plan|agencies|task|progress|decision)\/(\d+)$/.exec(fmt) : null;
  if (!m) {
    return {
      file,
      diagnostics: [
        diagnosticAtPath(parsed, ["format"], "format/unknown", {
          actual: typeof fmt === "string" || typeof fmt === "number" || typeof fmt === "boolean" ? String(fmt) : JSON.stringify(fmt),
          expected: expected(),
        }),
      ],
    };
  }
  const kind = m[1] as FileKind;
  file.kind = kind;
  if (Number(m[2]) !== SUPPORTED_FORMATS[kind]) {
    return {
      file,
      diagnostics: [diagnosticAtPath(parsed, ["format"], "format/unsupported-version", { actual: m[0], expected: formatTag(kind) })],
    };
  }
  return { file, diagnostics: [] };
}
