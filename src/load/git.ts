// Reading plan files from git: the repository root, revisions, and a folder as it is at a commit or in the index,
// read into memory (src/workspace/source.ts#memorySource serves it to the loader). Runs the system git with argument arrays
// (never through a shell), with the caller's environment.
import type * as ChildProcess from "node:child_process";
import { realpathSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

type Env = Record<string, string | undefined>;

/** Why git could not give what was asked. */
export type GitErrorReason = "no-git" | "not-a-repo" | "unknown-revision" | "unmerged" | "failed";

/** A git failure with the reason a message can be chosen from, and git's own words. */
export class GitError extends Error {
  constructor(
    readonly reason: GitErrorReason,
    readonly detail: string,
    readonly subject = "",
  ) {
    super(`${reason}: ${subject} ${detail}`.trim());
  }
}

/** Enough for any plan (task files are a few KiB each). */
const MAX_OUTPUT = 512 * 1024 * 1024;

function run(args: string[], cwd: string, env: Env, input?: string | Buffer): { status: number; stdout: Buffer; stderr: string } {
  // Loaded here, not at start-up: node:child_process costs ~4 ms to load and only `par diff` runs git.
  const { spawnSync } = require("node:child_process") as typeof ChildProcess;
  const r = spawnSync("git", args, { cwd, env, input, maxBuffer: MAX_OUTPUT, windowsHide: true });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new GitError("no-git", "git was not found on PATH");
    throw new GitError("failed", r.error.message);
  }
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.toString("utf8").trim() };
}

function runOk(args: string[], cwd: string, env: Env, input?: string | Buffer): Buffer {
  const r = run(args, cwd, env, input);
  if (r.status !== 0) throw new GitError("failed", r.stderr || `git ${args[0]} exited with ${r.status}`);
  return r.stdout;
}

/** The top folder of the git work tree holding `cwd` (real path), or a GitError "not-a-repo". */
export function repositoryRoot(cwd: string, env: Env): string {
  const r = run(["rev-parse", "--show-toplevel"], cwd, env);
  const top = r.stdout.toString("utf8").trim();
  if (r.status !== 0 || !top) throw new GitError("not-a-repo", r.stderr, cwd);
  return realpathSync(top);
}

/** The commit a revision names (full hash), or a GitError "unknown-revision". */
export function resolveCommit(root: string, rev: string, env: Env): string {
  if (!rev || rev.startsWith("-")) throw new GitError("unknown-revision", "", rev);
  const r = run(["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`], root, env);
  const sha = r.stdout.toString("utf8").trim();
  if (r.status !== 0 || !/^[0-9a-f]{40,64}$/.test(sha)) throw new GitError("unknown-revision", r.stderr, rev);
  return sha;
}

/** The best common ancestor of two commits (for REV_A...REV_B). */
export function mergeBase(root: string, a: string, b: string, env: Env): string {
  const r = run(["merge-base", a, b], root, env);
  const sha = r.stdout.toString("utf8").trim();
  if (r.status !== 0 || !sha) throw new GitError("unknown-revision", r.stderr || "no common ancestor", `${a}...${b}`);
  return sha;
}

/** A file git tracks: its mode, blob and path relative to the repository root. */
interface TreeEntry {
  mode: string;
  sha: string;
  path: string;
}

function splitZ(buf: Buffer): string[] {
  return buf.toString("utf8").split("\0").filter(Boolean);
}

function pathspec(rel: string): string[] {
  return rel === "" || rel === "." ? [] : ["--", rel];
}

function treeEntries(root: string, commit: string, rel: string, env: Env): TreeEntry[] {
  const out = runOk(["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", commit, ...pathspec(rel)], root, env);
  const entries: TreeEntry[] = [];
  for (const line of splitZ(out)) {
    // "<mode> SP <type> SP <object> TAB <path>"
    const tab = line.indexOf("\t");
    const [mode, type, sha] = line.slice(0, tab).split(" ");
    if (type === "blob" && mode && sha) entries.push({ mode, sha, path: line.slice(tab + 1) });
  }
  return entries;
}

function indexEntries(root: string, rel: string, env: Env): TreeEntry[] {
  const out = runOk(["--literal-pathspecs", "ls-files", "-s", "-z", "--full-name", ...pathspec(rel)], root, env);
  const entries: TreeEntry[] = [];
  const unmerged = new Set<string>();
  for (const line of splitZ(out)) {
    // "<mode> SP <object> SP <stage> TAB <path>"
    const tab = line.indexOf("\t");
    const [mode, sha, stage] = line.slice(0, tab).split(" ");
    const path = line.slice(tab + 1);
    if (stage !== "0") unmerged.add(path);
    else if (mode && sha && mode !== "160000") entries.push({ mode, sha, path });
  }
  if (unmerged.size) throw new GitError("unmerged", [...unmerged].sort()[0]!);
  return entries;
}

/** The contents of blobs, read with one `git cat-file --batch`. */
function readBlobs(root: string, shas: string[], env: Env): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  const wanted = [...new Set(shas)];
  if (!wanted.length) return blobs;
  const out = runOk(["cat-file", "--batch"], root, env, wanted.join("\n") + "\n");
  let pos = 0;
  while (pos < out.length) {
    const nl = out.indexOf(0x0a, pos);
    if (nl < 0) break;
    const header = out.subarray(pos, nl).toString("utf8").split(" ");
    pos = nl + 1;
    if (header[1] === "missing" || header.length < 3) throw new GitError("failed", `object ${header[0]} is missing from the repository`);
    const size = Number(header[2]);
    blobs.set(header[0]!, out.subarray(pos, pos + size));
    pos += size + 1;
  }
  return blobs;
}

/** Where files come from: a commit, or the index (what `git commit` would record). */
export type GitSource = { kind: "commit"; commit: string } | { kind: "index" };

/**
 * The files below `rel` (a folder relative to the repository root) as they are in a commit or the index, read into
 * memory by path relative to the root: `git ls-tree -r -z` (or `git ls-files -s -z`) lists them, one
 * `git cat-file --batch` reads every blob. Nothing is written to disk. Symbolic links are listed, not read.
 */
export function readTree(root: string, source: GitSource, rel: string, env: Env): { files: Map<string, Buffer>; links: Set<string> } {
  const entries = source.kind === "commit" ? treeEntries(root, source.commit, rel, env) : indexEntries(root, rel, env);
  const links = new Set<string>();
  const blobs = entries.filter((e) => {
    if (e.mode !== "120000") return true;
    links.add(e.path);
    return false;
  });
  const contents = readBlobs(
    root,
    blobs.map((e) => e.sha),
    env,
  );
  const files = new Map<string, Buffer>();
  for (const e of blobs) files.set(e.path, contents.get(e.sha) ?? Buffer.alloc(0));
  return { files, links };
}

/**
 * A folder's path relative to the repository root with forward slashes ("" for the root itself), or undefined when
 * it is outside the repository. Compares real paths, so symlinked temporary folders and /private on macOS agree.
 */
export function relativeToRoot(root: string, path: string): string | undefined {
  const real = realExisting(resolve(path));
  const rel = relative(root, real);
  if (rel.startsWith("..") || resolve(root, rel) !== real) return undefined;
  return rel.split(sep).join("/");
}

/** The real path of a path whose last parts may not exist (a plan folder deleted in the working tree). */
function realExisting(path: string): string {
  const rest: string[] = [];
  let p = path;
  for (;;) {
    try {
      return join(realpathSync(p), ...rest.reverse());
    } catch {
      const up = dirname(p);
      if (up === p) return path;
      rest.push(p.slice(up.length).replace(/^[\\/]+/, ""));
      p = up;
    }
  }
}
