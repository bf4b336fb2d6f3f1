// Shared test helpers: run par in-process or as the built bin, and make temporary copies of plan data.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll } from "vitest";
import { main } from "../src/cli";
import type { Io } from "../src/commands/context";

export const ROOT = resolve(__dirname, "..");
export const DATA = join(ROOT, "data");
export const PLAN_DIR = join(DATA, "son-la-2024");
export const BIN = join(ROOT, "bin", "par");
export const FIXTURES = join(ROOT, "test", "fixtures");

/** Git that does not depend on this machine's configuration (an author, no global or system config). */
export const GIT_ENV = {
  GIT_AUTHOR_NAME: "Par Test",
  GIT_AUTHOR_EMAIL: "par@example.invalid",
  GIT_COMMITTER_NAME: "Par Test",
  GIT_COMMITTER_EMAIL: "par@example.invalid",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_CONFIG_NOSYSTEM: "1",
};

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

let fileLanguage: Record<string, string | undefined> = {};

/**
 * The language this test file's runs speak unless a test says otherwise: PAR_LANG in every cleanEnv(). Without it,
 * runs follow par's default rule (LANG=C names no language, so the plan's: Vietnamese).
 */
export function testLanguage(lang: "en" | "vi"): void {
  fileLanguage = { PAR_LANG: lang };
}

/** A clean environment: no colour, LANG=C, the file's language (testLanguage) if it states one, no CI variables. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C", ...fileLanguage, ...extra };
}

/** Run par in-process with a fake terminal. */
export async function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined>; tty?: boolean; columns?: number } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stdoutBytes: (b) => {
      stdout += Buffer.from(b).toString("latin1");
    },
    stdoutIsTTY: opts.tty ?? false,
    stderrIsTTY: opts.tty ?? false,
    columns: opts.columns,
    env: opts.env ?? cleanEnv(),
    cwd: opts.cwd ?? ROOT,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Run the built bin/par as a separate process. */
export function runBin(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? cleanEnv(),
    encoding: "utf8",
    input: opts.input,
    timeout: 30000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const temps: string[] = [];
// Removing a folder with an installed par (adopt.test.ts: tens of thousands of files) takes longer than vitest's 10 s
// hook timeout on a slow, busy machine: the clean-up gets two minutes.
afterAll(() => {
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
}, 120_000);

/** A fresh temporary folder, removed after the test file. */
export function tempDir(prefix = "par-test-"): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

/** A temporary copy of the shipped data folder (data/ with the plan inside); returns the copy's data folder. */
export function copyOfData(): string {
  const d = tempDir();
  cpSync(DATA, join(d, "data"), { recursive: true });
  return join(d, "data");
}

/** A small RFC 4180 reader (a leading BOM skipped; quoted fields with "" for a quote; CRLF between records), to check what a spreadsheet reads of par's CSV and TSV. */
export function readDelimited(text: string, sep = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A copy of par's source folder (no node_modules, dist or git), with node_modules linked to this one's (for npm pack),
 * or without node_modules at all (`linkNodeModules: false`, for a test that runs npm ci in it).
 */
export function copyOfPar(opts: { linkNodeModules?: boolean } = {}): string {
  const d = join(tempDir("par-pack-"), "par");
  const skip = new Set(["node_modules", "dist", ".git", ".par-cache", "coverage", join("src", "generated")]);
  cpSync(ROOT, d, { recursive: true, filter: (src) => !skip.has(relative(ROOT, src)) });
  if (opts.linkNodeModules !== false) symlinkSync(join(ROOT, "node_modules"), join(d, "node_modules"), "dir");
  return d;
}

/** The parser the Word tests read word/*.xml with: attributes kept as "@_name", text as written, and the elements that
 * repeat always as arrays (so a test never meets one paragraph as an object and two as a list). */
export const wordXml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (name) => ["w:p", "w:r", "w:t", "w:tr", "w:tc", "w:tbl", "w:br"].includes(name),
});
