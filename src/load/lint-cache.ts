// The lint cache (`par lint --cache`): a plan's diagnostics are reused while none of its files changed
// (same paths, sizes and modification times) and par is the same build.
import { readFileSync, statSync } from "node:fs";
import type { Diagnostic } from "../model/diagnostic";
import { writeFileAtomic } from "./write";

/** One plan folder's files as last seen, and what lint found in them. */
interface Entry {
  files: [string, number, number][];
  diagnostics: Diagnostic[];
  filesChecked: number;
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

  /** Store a plan folder's result. */
  set(planDir: string, fingerprint: [string, number, number][], diagnostics: Diagnostic[], filesChecked: number): void {
    this.data.plans[planDir] = { files: fingerprint, diagnostics, filesChecked };
    this.dirty = true;
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
