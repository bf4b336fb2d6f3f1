// `par lint [paths…]`: check plan files and report every problem, sorted, in the chosen format.
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { compareDiagnostics, countBySeverity, type Diagnostic } from "../model/diagnostic";
import { localize } from "../i18n";
import { messages } from "../i18n/ui";
import { lintFormatters, LINT_FORMATS, type LintFormat } from "../format/lint";
import { loadFile } from "../load/files";
import { discoverPlanDirs, displayPath, planDirOf } from "../load/repo";
import { DEFAULT_CACHE_LOCATION, LintCache } from "../load/lint-cache";
import { CannotCreateFolderError, makeFolders } from "../load/write";
import { checkSchema } from "../validate/schema";
import { initWords } from "../i18n/init";
import { findPlans, lintPlan, planHeader, resolveDataDir } from "../workspace";
import { DataDirError, IoError, UsageError } from "../workspace/errors";
import { EXIT, lintCacheOf, type CommandContext } from "./context";

export interface LintOptions {
  format?: string;
  maxWarnings?: string;
  quiet?: boolean;
  cache?: boolean;
  cacheLocation?: string;
}

declare const PAR_VERSION: string;
const VERSION = typeof PAR_VERSION === "string" ? PAR_VERSION : "0.0.0-dev";

/** Where the repository starts, for paths GitHub can place: $GITHUB_WORKSPACE, else the nearest folder with .git. */
function repoRoot(ctx: CommandContext): string {
  if (ctx.io.env.GITHUB_WORKSPACE) return ctx.io.env.GITHUB_WORKSPACE;
  let d = resolve(ctx.io.cwd);
  for (;;) {
    if (existsSync(resolve(d, ".git"))) return d;
    const up = resolve(d, "..");
    if (up === d) return ctx.io.cwd;
    d = up;
  }
}

/** True for a data folder that holds nothing but hidden files (the `.gitkeep` of a repository par init has made). */
function isFreshDataDir(dir: string): boolean {
  try {
    return statSync(dir).isDirectory() && readdirSync(dir).every((n) => n.startsWith("."));
  } catch {
    return false;
  }
}

/** Run lint; resolves to the exit code (0 clean or warnings only, 1 problems, 2 usage or I/O failure). */
export async function lintCommand(ctx: CommandContext, paths: string[], opts: LintOptions): Promise<number> {
  const m = messages(ctx.lang);
  const format = (opts.format ?? (ctx.io.env.GITHUB_ACTIONS === "true" ? "github" : "stylish")) as LintFormat;
  if (!LINT_FORMATS.includes(format)) throw new UsageError("text", [`par lint: unknown format "${opts.format}"; use one of ${LINT_FORMATS.join(", ")}.`]);
  let maxWarnings: number | undefined;
  if (opts.maxWarnings !== undefined) {
    maxWarnings = Number(opts.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0)
      throw new UsageError("text", [`par lint: --max-warnings takes a whole number ≥ 0, not "${opts.maxWarnings}".`]);
  }

  const cwd = ctx.io.cwd;
  // Which plan folders to open, and which files of each to report on (undefined: all of them).
  const targets = new Map<string, Set<string> | undefined>();
  const loose: string[] = [];
  if (paths.length === 0 && isFreshDataDir(resolveDataDir(cwd, ctx.dataOption))) {
    // A repository par init has just made: nothing to check yet, which is not a problem.
    ctx.io.stderr(initWords(ctx.lang).noPlanYet + "\n");
  } else if (paths.length === 0) {
    for (const d of findPlans(ctx.source, resolveDataDir(cwd, ctx.dataOption))) targets.set(d, undefined);
  } else {
    for (const p of paths) {
      const abs = resolve(cwd, p);
      if (!existsSync(abs)) throw new IoError("ui.pathNotFound", [p]);
      const isDir = statSync(abs).isDirectory();
      const owner = planDirOf(abs);
      if (owner) {
        const prev = targets.get(owner);
        if (targets.has(owner) && prev === undefined) continue;
        if (isDir && resolve(owner) === abs) targets.set(owner, undefined);
        else {
          const set = prev ?? new Set<string>();
          set.add(isDir ? abs + sep : abs);
          targets.set(owner, set);
        }
      } else if (isDir) {
        const inside = discoverPlanDirs(abs);
        if (inside.length === 0) throw new DataDirError("no-plan", abs);
        for (const d of inside) targets.set(d, undefined);
      } else loose.push(abs);
    }
  }

  const diagnostics: Diagnostic[] = [];
  let filesChecked = 0;
  const cacheFile = opts.cache ? resolve(cwd, opts.cacheLocation ?? DEFAULT_CACHE_LOCATION) : undefined;
  if (cacheFile !== undefined) {
    // A cache that cannot be written is skipped, except where no file can ever be (a folder under /proc): a usage error.
    try {
      makeFolders(dirname(cacheFile));
    } catch (e) {
      if (e instanceof CannotCreateFolderError)
        throw new IoError("ui.cacheNotWritable", [displayPath(cacheFile, cwd), m.cannotCreateFolder(displayPath(e.folder, cwd))]);
    }
  }
  const cache = cacheFile !== undefined ? lintCacheOf(ctx.source, cacheFile, cwd) : undefined;
  const whole: string[] = [];
  const fingerprints = new Map<string, [string, number, number][]>();
  for (const [dir, only] of targets) {
    if (only) {
      // Some files of a plan: lint the plan, report on those files.
      const keep = (file: string) => {
        const abs = resolve(cwd, file);
        for (const o of only) if (abs === o || (o.endsWith(sep) && abs.startsWith(o))) return true;
        return false;
      };
      const { opened, diagnostics: found } = lintPlan(ctx.source, dir);
      filesChecked += opened.files.filter((f) => keep(f.path)).length;
      diagnostics.push(...found.filter((d) => keep(d.file)));
      continue;
    }
    // With --cache, a plan whose files are unchanged is not read again (whole plans: rules cross files).
    if (cache) {
      const fingerprint = LintCache.fingerprint(ctx.source.list(dir).files);
      const hit = cache.get(dir, fingerprint);
      if (hit) {
        filesChecked += hit.filesChecked;
        diagnostics.push(...hit.diagnostics);
        continue;
      }
      fingerprints.set(dir, fingerprint);
    }
    whole.push(dir);
  }
  // Each plan whole (its rules cross its files): schema, plan rules, progress rules.
  for (const dir of whole) {
    const { opened, diagnostics: found } = lintPlan(ctx.source, dir);
    filesChecked += opened.files.length;
    diagnostics.push(...found);
    if (cache) cache.set(dir, fingerprints.get(dir)!, found, opened.files.length, planHeader(opened));
  }
  cache?.save();
  for (const abs of loose) {
    filesChecked++;
    const { file, diagnostics: ds } = loadFile(abs, displayPath(abs, cwd));
    diagnostics.push(...ds);
    if (file.kind && file.parsed && ds.length === 0) diagnostics.push(...checkSchema(file.parsed, file.kind));
  }

  let shown = diagnostics.sort(compareDiagnostics);
  const { errors, warnings } = countBySeverity(shown);
  if (opts.quiet) shown = shown.filter((d) => d.severity === "error");
  if (format === "github") {
    const root = repoRoot(ctx);
    shown = shown.map((d) => ({ ...d, file: displayPath(resolve(cwd, d.file), root) }));
  }
  const report = { diagnostics: localize(shown, ctx.lang), filesChecked, errorCount: errors, warningCount: warnings, maxWarnings };
  ctx.io.stdout(lintFormatters[format](report, { color: ctx.color, lang: ctx.lang, version: VERSION }));
  if (errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.problems;
  return EXIT.ok;
}

/** par's version, as built. */
export function parVersion(): string {
  return VERSION;
}
