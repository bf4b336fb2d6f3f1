// Writing a file safely: never over an existing file without `force`, never a partial file, never outside a folder.
//
// The data goes to a temporary file in the target's folder (".NAME.<random>.tmp"), is flushed to disk, and is then
// put in place in one step: rename(2) with `force`; without it, link(2), which fails when the name is taken, so that
// a file appearing meanwhile is not replaced either. A write that fails half-way (disk full, read-only folder,
// interrupted) leaves the target as it was and removes the temporary file.
import * as nodeFs from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";

/** The parts of node:fs the writer uses; a test may pass a failing one. */
export type WriteFs = Pick<
  typeof nodeFs,
  "openSync" | "writeSync" | "fsyncSync" | "closeSync" | "renameSync" | "linkSync" | "unlinkSync" | "lstatSync" | "mkdirSync" | "realpathSync"
>;

export interface WriteOptions {
  /** Replace an existing file (default false: leave it and return "exists"). */
  force?: boolean;
  /**
   * Refuse to write anywhere but inside this folder, following symbolic links of the folders on the way
   * (a `../` in a name or a linked folder that leads out is an OutsideFolderError).
   */
  within?: string;
  /** Create missing parent folders (default true). */
  mkdir?: boolean;
  /** File mode of a new file (default 0o666, less the umask). */
  mode?: number;
  /**
   * Flush the data to disk before the file is put in place (default true). A file that is thrown away after the run
   * (a revision's files in a temporary folder) needs no flush, and 17,000 of them would wait seconds for the disk.
   */
  durable?: boolean;
  /** The file system (tests inject failures). */
  fs?: WriteFs;
}

export type WriteOutcome = "written" | "exists";

/** A write refused because the file would land outside the folder it was meant for. */
export class OutsideFolderError extends Error {
  readonly code = "EOUTSIDE";
  constructor(
    readonly path: string,
    readonly folder: string,
  ) {
    super(`${path} is outside ${folder}`);
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === "" || (!!rel && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/** The real path of the deepest folder on the way to `path` that exists, with the rest of the path appended. */
function realTarget(fs: WriteFs, path: string): string {
  let existing = path;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(fs.realpathSync(existing), ...rest);
    } catch {
      const up = dirname(existing);
      if (up === existing) return path;
      rest.unshift(basename(existing));
      existing = up;
    }
  }
}

/**
 * A folder that cannot be made although the folder above it exists: the file system there holds no files (/proc,
 * /sys). Node's mkdirSync(…, {recursive: true}) retries such a path forever; makeFolders stops with this error.
 */
export class CannotCreateFolderError extends Error {
  readonly code = "ENOFOLDER";
  constructor(readonly folder: string) {
    super(`cannot create the folder ${folder}: the file system there does not hold folders or files`);
  }
}

/**
 * Make a folder and the missing folders above it (mkdir -p), one mkdir(2) each. Throws the file system's error
 * (ENOTDIR, EACCES, EROFS…), or CannotCreateFolderError when a folder is refused as missing though its parent exists.
 */
export function makeFolders(dir: string, fs: Pick<WriteFs, "mkdirSync"> = nodeFs): void {
  const pending: string[] = [];
  let d = resolve(dir);
  for (;;) {
    try {
      fs.mkdirSync(d);
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") break;
      const up = dirname(d);
      if (code !== "ENOENT" || up === d) throw e;
      pending.push(d);
      d = up;
    }
  }
  while (pending.length) {
    const p = pending.pop()!;
    try {
      fs.mkdirSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      if (code === "ENOENT") throw new CannotCreateFolderError(p);
      throw e;
    }
  }
}

function tempName(path: string): string {
  const rand = Math.random().toString(36).slice(2, 10).padEnd(8, "0");
  return join(dirname(path), `.${basename(path)}.${Date.now().toString(36)}${rand}.tmp`);
}

/**
 * Write `data` to `path` atomically. Returns "exists" (and writes nothing) when the file is there and `force` is not
 * set; throws the file system's error (with its code: EACCES, ENOSPC, EROFS…), OutsideFolderError or
 * CannotCreateFolderError otherwise.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): WriteOutcome {
  const fs = options.fs ?? nodeFs;
  const target = resolve(path);
  if (options.within !== undefined) {
    const folder = resolve(options.within);
    const realFolder = realTarget(fs, folder);
    // The name itself may be a link (it is replaced, not followed); the folders on the way must stay inside.
    const realParent = realTarget(fs, dirname(target));
    if (!isInside(target, folder) || target === folder || !isInside(realParent, realFolder)) throw new OutsideFolderError(target, folder);
  }
  if (options.mkdir !== false) makeFolders(dirname(target), fs);
  if (!options.force && exists(fs, target)) return "exists";

  const tmp = tempName(target);
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, "wx", options.mode ?? 0o666);
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    if (options.durable !== false) fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    if (options.force) {
      fs.renameSync(tmp, target);
      return "written";
    }
    try {
      fs.linkSync(tmp, target);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST") return "exists";
      const code = (e as NodeJS.ErrnoException).code;
      // File systems without hard links (some network and FAT mounts): check, then rename.
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
      if (exists(fs, target)) return "exists";
      fs.renameSync(tmp, target);
    }
    return "written";
  } finally {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already failing; the original error is the one to report
      }
    }
    try {
      if (exists(fs, tmp)) fs.unlinkSync(tmp);
    } catch {
      // nothing more can be done; the target is untouched either way
    }
  }
}

/** True when something (a file, a folder, a link — even a dangling one) has this name. */
/**
 * Whether something (a file, a folder, a link) already has the name: what a command checks before its work, to refuse
 * early; the write itself checks again, atomically.
 */
export function nameTaken(path: string): boolean {
  try {
    nodeFs.lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function exists(fs: WriteFs, path: string): boolean {
  try {
    fs.lstatSync(path);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e as NodeJS.ErrnoException).code === "ENOTDIR") return false;
    throw e;
  }
}
