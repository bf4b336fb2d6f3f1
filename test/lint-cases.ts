// Lint cases as one base plan and an overlay per case: test/fixtures/lint/base/ is a small clean plan (invented for
// the tests), and test/fixtures/lint/cases/<case>.yaml says in words what the case changes (`what`), the exit code
// `par lint` gives (`exit`), and the edits to the base's files; cases/<case>.txt is the exact stdout and stderr of
// `par lint --data .` run in the plan the overlay makes.
//
// Edits, under `files:`, by path in the plan folder, applied in this order:
//   remove: true                      delete the file
//   link: TARGET                      make it a symbolic link to TARGET (which may not exist)
//   from: PATH                        start from another base file's text (a new file like an existing one)
//   text: TEXT | bytes: HEX           the file's whole content (bytes: for files that are not text)
//   set: { a.0.b: VALUE }             set a YAML path (dotted; numbers index lists), with the `yaml` library
//   delete: [a.b]                     delete a YAML path
//   replace: [{ old, new, latin1? }]  replace text that occurs exactly once (latin1: write `new` one byte a character)
//   append: TEXT                      add text at the end
//   bom: true, eol: crlf, encoding: utf-16le    how the file is written at the end
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import jsYaml from "js-yaml";
import { parseDocument } from "yaml";
import { FIXTURES, tempDir } from "./helpers";

export const LINT_DIR = join(FIXTURES, "lint");
export const BASE_DIR = join(LINT_DIR, "base");
export const CASES_DIR = join(LINT_DIR, "cases");

interface FileEdit {
  remove?: boolean;
  link?: string;
  from?: string;
  text?: string;
  bytes?: string;
  set?: Record<string, unknown>;
  delete?: string[];
  replace?: { old: string; new: string; latin1?: boolean }[];
  append?: string;
  bom?: boolean;
  eol?: "crlf";
  encoding?: "utf-16le";
}

export interface LintCase {
  name: string;
  what: string;
  exit: number;
  files: Record<string, FileEdit>;
}

/** Every case's name, sorted. */
export function caseNames(): string[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => f.slice(0, -5))
    .sort();
}

export function readCase(name: string): LintCase {
  const raw = jsYaml.load(readFileSync(join(CASES_DIR, `${name}.yaml`), "utf8")) as Omit<LintCase, "name">;
  if (typeof raw.what !== "string" || !raw.what.trim()) throw new Error(`${name}: say in words what the case changes (what:)`);
  if (!Number.isInteger(raw.exit)) throw new Error(`${name}: give the exit code (exit:)`);
  return { name, ...raw, files: raw.files ?? {} };
}

const pathOf = (dotted: string) => dotted.split(".").map((s) => (/^\d+$/.test(s) ? Number(s) : s));

function applyEdit(name: string, file: string, current: Buffer | undefined, edit: FileEdit): Buffer {
  const fail = (why: string): never => {
    throw new Error(`${name}: ${file}: ${why}`);
  };
  let buf = current;
  if (edit.from !== undefined) buf = readFileSync(join(BASE_DIR, edit.from));
  if (edit.text !== undefined) buf = Buffer.from(edit.text, "utf8");
  if (edit.bytes !== undefined) buf = Buffer.from(edit.bytes.replace(/\s+/g, ""), "hex");
  if (buf === undefined) return fail("a new file needs from:, text: or bytes:");
  if (edit.set || edit.delete) {
    const doc = parseDocument(buf.toString("utf8"));
    for (const [path, value] of Object.entries(edit.set ?? {})) doc.setIn(pathOf(path), value);
    for (const path of edit.delete ?? []) if (!doc.deleteIn(pathOf(path))) fail(`no ${path} to delete`);
    buf = Buffer.from(doc.toString(), "utf8");
  }
  for (const r of edit.replace ?? []) {
    const old = Buffer.from(r.old, "utf8");
    const at = buf.indexOf(old);
    if (at < 0 || buf.indexOf(old, at + 1) >= 0) fail(`replace: ${JSON.stringify(r.old)} must occur exactly once`);
    buf = Buffer.concat([buf.subarray(0, at), Buffer.from(r.new, r.latin1 ? "latin1" : "utf8"), buf.subarray(at + old.length)]);
  }
  if (edit.append !== undefined) buf = Buffer.concat([buf, Buffer.from(edit.append, "utf8")]);
  if (edit.eol || edit.bom || edit.encoding) {
    let text = buf.toString("utf8");
    if (edit.eol === "crlf") text = text.replace(/\n/g, "\r\n");
    if (edit.bom) text = "\uFEFF" + text;
    buf = Buffer.from(text, edit.encoding === "utf-16le" ? "utf16le" : "utf8");
  }
  return buf;
}

/** Write a case's plan: the base with the case's edits, in a new temporary folder (or `into`); returns the folder. */
export function materialize(name: string, into: string = join(tempDir(), name)): string {
  const c = readCase(name);
  rmSync(into, { recursive: true, force: true });
  mkdirSync(dirname(into), { recursive: true });
  cpSync(BASE_DIR, into, { recursive: true });
  for (const [file, edit] of Object.entries(c.files)) {
    const target = join(into, file);
    if (edit.remove || edit.link !== undefined) {
      rmSync(target, { force: edit.link !== undefined });
      if (edit.link !== undefined) {
        mkdirSync(dirname(target), { recursive: true });
        symlinkSync(edit.link, target);
      }
      continue;
    }
    let current: Buffer | undefined;
    try {
      current = readFileSync(target);
    } catch {
      current = undefined;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, applyEdit(name, file, current, edit));
  }
  return into;
}
