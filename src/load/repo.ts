// Finding plans and their files on disk: data/ holds one plan (plan.yaml at its top) or a folder per plan.
import { readdirSync, readlinkSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../model/diagnostic";

const MAX_WALK_DEPTH = 12;

/** True for names par never reads: hidden files, editor and Office lock files, non-YAML files. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$") || name.endsWith("~") || name === "node_modules";
}

/** True for a YAML file name par reads. */
export function isYamlName(name: string): boolean {
  return !isIgnoredName(name) && /\.ya?ml$/i.test(name);
}

/** A path as shown to the user: relative to the working directory when inside it, with forward slashes. */
export function displayPath(path: string, cwd: string): string {
  // The common case, without path.relative (it runs for every file): a plain path inside the working directory.
  if (sep === "/" && path.length > cwd.length + 1 && path.charCodeAt(cwd.length) === 47 && path.startsWith(cwd) && cwd.charCodeAt(cwd.length - 1) !== 47) {
    const rest = path.slice(cwd.length + 1);
    if (!rest.includes("/.") && !rest.includes("//") && !rest.startsWith(".") && !rest.startsWith("/")) return rest;
  }
  const rel = relative(cwd, path);
  if (rel === "") return ".";
  const shown = rel && !rel.startsWith("..") && !rel.startsWith(sep) ? rel : path;
  return shown.split(sep).join("/");
}

function loopDiag(path: string, cwd: string): Diagnostic {
  return { file: displayPath(path, cwd), line: 1, column: 1, severity: "warning", code: "io/loop", args: {} };
}

/** A symbolic link that cannot be followed: to nothing (io/not-found, naming its target), or round in a loop. */
function brokenLinkDiag(path: string, cwd: string, e: unknown): Diagnostic {
  if ((e as NodeJS.ErrnoException).code !== "ENOENT") return loopDiag(path, cwd);
  let target = "";
  try {
    target = readlinkSync(path);
  } catch {
    /* gone meanwhile: named by its own path */
  }
  return { file: displayPath(path, cwd), line: 1, column: 1, severity: "error", code: "io/not-found", args: { path: target || displayPath(path, cwd) } };
}

/** A child's path: `dir` + separator + `name` (what path.join does for a clean folder path, without normalising). */
function childPath(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/**
 * Every YAML file below a folder, sorted, following symlinks once (a loop is reported, not followed). A folder's real
 * path is asked of the file system only for the top and for symbolic links: below a real folder, a real subfolder's
 * real path is its parent's plus its name.
 */
export function walkYaml(dir: string, cwd: string): { files: string[]; diagnostics: Diagnostic[] } {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const visit = (d: string, real: string | undefined, depth: number) => {
    if (real === undefined) {
      try {
        real = realpathSync.native(d);
      } catch {
        diagnostics.push(loopDiag(d, cwd));
        return;
      }
    }
    if (seen.has(real) || depth > MAX_WALK_DEPTH) {
      diagnostics.push(loopDiag(d, cwd));
      return;
    }
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      diagnostics.push({
        file: displayPath(d, cwd),
        line: 1,
        column: 1,
        severity: "error",
        code: "io/unreadable",
        args: { reason: (e as NodeJS.ErrnoException).code ?? String(e) },
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      if (isIgnoredName(ent.name)) continue;
      const p = childPath(d, ent.name);
      if (ent.isSymbolicLink()) {
        let st;
        try {
          st = statSync(p);
        } catch (e) {
          // A link to nothing under a name par does not read is ignored, as such a file would be.
          if ((e as NodeJS.ErrnoException).code !== "ENOENT" || isYamlName(ent.name)) diagnostics.push(brokenLinkDiag(p, cwd, e));
          continue;
        }
        if (st.isDirectory()) visit(p, undefined, depth + 1);
        else if (st.isFile() && isYamlName(ent.name)) files.push(p);
      } else if (ent.isDirectory()) visit(p, childPath(real, ent.name), depth + 1);
      else if (ent.isFile() && isYamlName(ent.name)) files.push(p);
    }
  };
  visit(dir, undefined, 0);
  return { files, diagnostics };
}

/** The plan folders in a data folder: itself when it holds plan.yaml, else every folder below holding one. */
export function discoverPlanDirs(dataDir: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (d: string, depth: number) => {
    let real: string;
    try {
      real = realpathSync.native(d);
    } catch {
      return;
    }
    if (seen.has(real) || depth > 4) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.name === "plan.yaml" && (e.isFile() || e.isSymbolicLink()))) {
      found.push(d);
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (isIgnoredName(e.name)) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p, depth + 1);
      else if (e.isSymbolicLink()) {
        try {
          if (statSync(p).isDirectory()) visit(p, depth + 1);
        } catch {
          /* a dangling link is no plan */
        }
      }
    }
  };
  visit(resolve(dataDir), 0);
  return found;
}

/** The plan folder a file or folder belongs to: the nearest ancestor (or itself) holding plan.yaml. */
export function planDirOf(path: string, stopAt?: string): string | undefined {
  let d = resolve(path);
  try {
    if (!statSync(d).isDirectory()) d = resolve(d, "..");
  } catch {
    return undefined;
  }
  for (;;) {
    try {
      if (statSync(join(d, "plan.yaml")).isFile()) return d;
    } catch {
      /* not here */
    }
    const up = resolve(d, "..");
    if (up === d || (stopAt && d === resolve(stopAt))) return undefined;
    d = up;
  }
}
