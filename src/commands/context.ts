// What a command gets from the CLI: where to write, the environment, and the global options, never `process`.
import { langOf, type Lang } from "../i18n";
import { messages } from "../i18n/ui";
import { errorReason } from "../load/source";
import { CannotCreateFolderError } from "../load/write";
/** The one atomic writer, for bin/par's code cache (through cli.ts, the bundle's entry). */
export { writeFileAtomic } from "../load/write";
import { displayPath } from "../load/repo";
import { cacheKey, DEFAULT_CACHE_LOCATION, LintCache } from "../load/lint-cache";
import { resolve } from "node:path";
import { diskSource, openWorkspace, planLanguage, resolveDataDir, type FileSource, type Workspace, type WorkspaceOptions } from "../workspace";

export type { FileSource } from "../workspace";

/** The lint caches a run has opened, by file: the language peek and `par lint --cache` share one. */
const lintCaches = new WeakMap<FileSource, Map<string, LintCache>>();

/** The lint cache at a path, opened once per run (source). */
export function lintCacheOf(source: FileSource, path: string, cwd: string): LintCache {
  let m = lintCaches.get(source);
  if (!m) lintCaches.set(source, (m = new Map()));
  let cache = m.get(path);
  if (!cache) m.set(path, (cache = LintCache.open(path, cacheKey(cwd))));
  return cache;
}

/**
 * The files of the working directory, as a run reads them (one source per run). A plan.yaml unchanged since the
 * last `par lint --cache` (at the default place) is not read to choose the plan or the language.
 */
export function runSource(cwd: string): FileSource {
  const cacheFile = resolve(cwd, DEFAULT_CACHE_LOCATION);
  const source: FileSource = diskSource(cwd, (planFile) => lintCacheOf(source, cacheFile, cwd).header(planFile));
  return source;
}

/** Output and environment, injected so that commands run the same in tests and in the real process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Write bytes to stdout (binary exports). */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Terminal width, when stdout is a terminal. */
  columns?: number;
  env: Record<string, string | undefined>;
  cwd: string;
}

/** The global options every command receives. */
export interface GlobalOptions {
  data?: string;
  plan?: string;
  lang?: string;
  color?: boolean;
  verbose?: boolean;
}

export interface CommandContext {
  io: Io;
  lang: Lang;
  /** Colour on stdout. */
  color: boolean;
  /** Colour on stderr. */
  colorErr: boolean;
  verbose: boolean;
  dataOption?: string;
  planOption?: string;
  /** Where the plan is read from: the working directory's files (one source for the run, so each file is read once). */
  source: FileSource;
}

/** Exit codes: 0 clean, 1 problems found, 2 usage or I/O failure. */
export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;

/** Whether to colour a stream: never with --no-color or NO_COLOR, always with FORCE_COLOR, else on a terminal. */
export function wantsColor(option: boolean | undefined, isTTY: boolean, env: Record<string, string | undefined>): boolean {
  if (option === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false") return true;
  if (env.TERM === "dumb") return false;
  return isTTY;
}

/** Why a write failed, for a message: the file system's code (EACCES, ENOSPC…), or a folder that cannot be made. */
export function writeFailureReason(e: unknown, lang: Lang, cwd: string): string {
  if (e instanceof CannotCreateFolderError) return messages(lang).cannotCreateFolder(displayPath(e.folder, cwd));
  return errorReason(e);
}

/** Width for terminal tables and text: the terminal's, else $COLUMNS, else 100; never under 40. Every command uses it. */
export function outputWidth(ctx: CommandContext): number {
  const fromEnv = Number(ctx.io.env.COLUMNS);
  const w = ctx.io.columns && ctx.io.columns > 0 ? ctx.io.columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 100;
  return Math.max(40, w);
}

/** The plan folder --data and --plan choose, read from the run's source (with its progress when asked). */
export function workspaceOf(ctx: CommandContext, options: Omit<WorkspaceOptions, "dataDir" | "plan"> = {}): Workspace {
  return openWorkspace(ctx.source, { dataDir: resolveDataDir(ctx.io.cwd, ctx.dataOption), plan: ctx.planOption, ...options });
}

/**
 * The language plan.yaml declares (`language: vi`), read before anything else so that help and usage errors can speak
 * it; undefined when the plan cannot be found or read, or says nothing. What it reads, the run's commands reuse.
 */
export function peekPlanLanguage(source: FileSource, cwd: string, dataOption: string | undefined, planOption: string | undefined): Lang | undefined {
  return langOf(planLanguage(source, resolveDataDir(cwd, dataOption), planOption));
}
