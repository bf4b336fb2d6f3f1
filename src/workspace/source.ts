// Where a workspace's files come from: a folder on disk, or a git revision read into memory. Both list the YAML files
// below a folder in the same order and read a file's bytes the same way, so that the loader cannot tell them apart.
import { existsSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { Diagnostic } from "../model/diagnostic";
import { discoverPlanDirs, displayPath, isIgnoredName, isYamlName, walkYaml } from "../load/repo";
import { decodeSource, MAX_FILE_BYTES, readSource, type ReadResult } from "../load/source";

/** A tree of files a plan is read from. Paths are absolute (for a revision: as if it were checked out at `root`). */
export interface FileSource {
  /** Every YAML file below a folder, in walking order (names sorted folder by folder), with the problems met. */
  list(dir: string): { files: string[]; diagnostics: Diagnostic[] };
  /** The plan folders below a data folder: itself when it holds plan.yaml, else every folder below holding one. */
  planDirs(dataDir: string): string[];
  /** A file's text (size and encoding checked), or the diagnostics that say why it cannot be read. */
  read(path: string): ReadResult;
  /** What is at a path. */
  kind(path: string): "file" | "folder" | undefined;
  /** A path as messages show it. */
  display(path: string): string;
  /** What a cache remembers of an unchanged plan.yaml (its year and language), so that it need not be read. */
  remembered?(planFile: string): Record<string, unknown> | undefined;
}

/**
 * The files of a folder on disk, shown relative to the working directory. Symbolic links are followed once.
 * `remembered`: what a cache knows of an unchanged plan.yaml (the lint cache).
 */
export function diskSource(cwd: string, remembered?: FileSource["remembered"]): FileSource {
  const planDirs = new Map<string, string[]>();
  return {
    ...(remembered ? { remembered } : {}),
    list: (dir) => walkYaml(dir, cwd),
    planDirs: (dataDir) => {
      let dirs = planDirs.get(dataDir);
      if (!dirs) planDirs.set(dataDir, (dirs = discoverPlanDirs(dataDir)));
      return dirs;
    },
    read: (path) => readSource(path, displayPath(path, cwd)),
    kind: (path) => {
      if (!existsSync(path)) return undefined;
      return statSync(path).isDirectory() ? "folder" : "file";
    },
    display: (path) => displayPath(path, cwd),
  };
}

/** A tree read into memory: its files' bytes and the symbolic links it holds, by path relative to `root`. */
export interface MemoryTree {
  files: ReadonlyMap<string, Uint8Array>;
  links: ReadonlySet<string>;
}

function toSlash(p: string): string {
  return sep === "/" ? p : p.split(sep).join("/");
}

/**
 * A tree held in memory (a git revision or the index), as if checked out at `root`; a file is shown by its path
 * relative to `root` (par diff puts the revision before it: "HEAD~1:data/…"). A symbolic link is a problem where it
 * stands, never followed.
 */
export function memorySource(root: string, tree: MemoryTree): FileSource {
  const rel = (path: string): string | undefined => {
    if (path === root) return "";
    const r = root.endsWith(sep) ? root : root + sep;
    return path.startsWith(r) ? toSlash(path.slice(r.length)) : undefined;
  };
  // Every folder of the tree, with its entries (files, links, folders) by name.
  const folders = new Map<string, Map<string, "file" | "link" | "folder">>([["", new Map()]]);
  const add = (path: string, what: "file" | "link") => {
    const parts = path.split("/");
    let dir = "";
    for (let i = 0; i < parts.length; i++) {
      const name = parts[i]!;
      const here = folders.get(dir)!;
      const child = dir ? `${dir}/${name}` : name;
      if (i === parts.length - 1) {
        if (!here.has(name)) here.set(name, what);
      } else {
        if (here.get(name) !== "folder") here.set(name, "folder");
        if (!folders.has(child)) folders.set(child, new Map());
      }
      dir = child;
    }
  };
  for (const path of tree.files.keys()) add(path, "file");
  for (const path of tree.links) add(path, "link");
  const abs = (r: string) => (r === "" ? root : join(root, ...r.split("/")));
  const sorted = (m: Map<string, unknown>) => [...m.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const display = (path: string) => {
    const r = rel(path);
    return r === undefined ? path : r || ".";
  };
  const linkDiag = (r: string): Diagnostic => ({ file: r, line: 1, column: 1, severity: "error", code: "io/unreadable", args: { reason: "symlink" } });

  return {
    list: (dir) => {
      const files: string[] = [];
      const diagnostics: Diagnostic[] = [];
      const visit = (d: string) => {
        const entries = folders.get(d);
        if (!entries) return;
        for (const name of sorted(entries)) {
          if (isIgnoredName(name)) continue;
          const child = d ? `${d}/${name}` : name;
          const what = entries.get(name);
          // A crafted tree can hold a link and a folder of the same name: the link is reported, the folder read.
          if (tree.links.has(child)) diagnostics.push(linkDiag(child));
          if (what === "folder") visit(child);
          else if (what === "file" && isYamlName(name)) files.push(abs(child));
        }
      };
      const start = rel(dir);
      if (start !== undefined) visit(start);
      return { files, diagnostics };
    },
    planDirs: (dataDir) => {
      const found: string[] = [];
      const visit = (d: string, depth: number) => {
        const entries = folders.get(d);
        if (!entries || depth > 4) return;
        if (entries.has("plan.yaml") && entries.get("plan.yaml") !== "folder") {
          found.push(abs(d));
          return;
        }
        for (const name of sorted(entries)) if (!isIgnoredName(name) && entries.get(name) === "folder") visit(d ? `${d}/${name}` : name, depth + 1);
      };
      const start = rel(dataDir);
      if (start !== undefined) visit(start, 0);
      return found;
    },
    read: (path) => {
      const r = rel(path);
      const shown = display(path);
      if (r !== undefined && tree.links.has(r)) return { diagnostics: [linkDiag(r)] };
      const bytes = r === undefined ? undefined : tree.files.get(r);
      const fail = (code: "io/unreadable" | "io/too-large", args: Record<string, string | number>): ReadResult => ({
        diagnostics: [{ file: shown, line: 1, column: 1, severity: "error", code, args }],
      });
      if (!bytes) return fail("io/unreadable", { reason: "ENOENT" });
      if (bytes.length > MAX_FILE_BYTES) return fail("io/too-large", { size: bytes.length, limit: MAX_FILE_BYTES });
      return decodeSource(bytes, path, shown);
    },
    kind: (path) => {
      const r = rel(path);
      if (r === undefined) return undefined;
      if (folders.has(r)) return "folder";
      return tree.files.has(r) || tree.links.has(r) ? "file" : undefined;
    },
    display,
  };
}
