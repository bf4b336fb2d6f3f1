// The lint cache (`par lint --cache`): a plan's diagnostics are reused while none of its files changed
// (same paths, sizes and modification times) and par is the same build. It also keeps what a run reads of plan.yaml
// before the plan is opened (its year and language: choosing the plan, the run's language), so that an unchanged
// plan's plan.yaml is not read either.
import { readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import type { Diagnostic } from "../model/diagnostic";
import { writeFileAtomic } from "./write";

/** One plan folder's files as last seen, and what lint found in them. */
interface Entry {
  files: [string, number, number][];
  diagnostics: Diagnostic[];
  filesChecked: number;
  /** plan.yaml's year and language, as read when the entry was made. */
  header?: Record<string, unknown>;
}

interface CacheFile {
  build: string;
  plans: Record<string, Entry>;
}

/** A lint cache loaded from disk (empty when missing, unreadable or from another build). */
export class LintCache {
  private data: CacheFile;
  private dirty = false;

  private constructor(
    private readonly path: string,
    private readonly build: string,
    data: CacheFile | undefined,
  ) {
    this.data = data && data.build === build && data.plans && typeof data.plans === "object" ? data : { build, plans: {} };
  }

  /** Open the cache at a path for a build id. */
  static open(path: string, build: string): LintCache {
    let data: CacheFile | undefined;
    try {
      data = JSON.parse(readFileSync(path, "utf8")) as CacheFile;
    } catch {
      data = undefined;
    }
    return new LintCache(path, build, data);
  }

  /** The files' identities: path, size, modification time (files that vanished have size -1). */
  static fingerprint(files: readonly string[]): [string, number, number][] {
    return files.map((f) => {
      try {
        const st = statSync(f);
        return [f, st.size, st.mtimeMs];
      } catch {
        return [f, -1, 0];
      }
    });
  }

  /** The stored result of a plan folder when its files are exactly as fingerprinted. */
  get(planDir: string, fingerprint: [string, number, number][]): { diagnostics: Diagnostic[]; filesChecked: number } | undefined {
    const e = this.data.plans[planDir];
    if (!e || e.files.length !== fingerprint.length) return undefined;
    for (let i = 0; i < fingerprint.length; i++) {
      const a = e.files[i]!;
      const b = fingerprint[i]!;
      if (a[0] !== b[0] || a[1] !== b[1] || a[2] !== b[2]) return undefined;
    }
    return { diagnostics: e.diagnostics, filesChecked: e.filesChecked };
  }

  /** Store a plan folder's result (and what its plan.yaml says of its year and language). */
  set(planDir: string, fingerprint: [string, number, number][], diagnostics: Diagnostic[], filesChecked: number, header?: Record<string, unknown>): void {
    this.data.plans[planDir] = header ? { files: fingerprint, diagnostics, filesChecked, header } : { files: fingerprint, diagnostics, filesChecked };
    this.dirty = true;
  }

  /** The year and language stored for a plan.yaml, when the file is as it was then (same size and modification time). */
  header(planFile: string): Record<string, unknown> | undefined {
    const e = this.data.plans[dirname(planFile)];
    const seen = e?.header && e.files.find((f) => f[0] === planFile);
    if (!seen) return undefined;
    const [now] = LintCache.fingerprint([planFile]);
    return now![1] === seen[1] && now![2] === seen[2] ? e.header : undefined;
  }

  /** Write the cache back, atomically; a cache that cannot be written is skipped silently. */
  save(): void {
    if (!this.dirty) return;
    try {
      // Not flushed to disk: a cache lost in a crash is rebuilt by the next run.
      writeFileAtomic(this.path, JSON.stringify(this.data), { force: true, durable: false });
    } catch {
      // Linting works without a cache.
    }
  }
}

/** Where the lint cache lives unless --cache-location says otherwise (relative to the working directory). */
export const DEFAULT_CACHE_LOCATION = ".par-cache/lint.json";

declare const PAR_BUILD_ID: string;

/** What a cache is valid for: this very build of par, run from this folder. */
export function cacheKey(cwd: string): string {
  return `${typeof PAR_BUILD_ID === "string" ? PAR_BUILD_ID : "dev"}|${cwd}`;
}
