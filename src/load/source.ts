// Reading one file from disk: size limit, encoding checks (UTF-8 with or without BOM), line endings.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import type { Diagnostic, DiagnosticCode } from "../model/diagnostic";

/** Files larger than this are refused (task files are a few KiB; progress files tens of KiB). */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** A file's text, decoded and ready to parse. */
export interface SourceText {
  /** Absolute path. */
  path: string;
  /** Path as shown to the user. */
  display: string;
  /** Decoded text without the BOM. */
  text: string;
  bom: boolean;
}

export interface ReadResult {
  source?: SourceText;
  diagnostics: Diagnostic[];
}

function fileDiag(display: string, code: DiagnosticCode, args: Record<string, string | number> = {}, line = 1, column = 1): Diagnostic {
  return { file: display, line, column, severity: "error", code, args };
}

/** Byte offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based, in characters) of a byte offset in valid UTF-8 that precedes it. */
function positionOfByte(buf: Uint8Array, offset: number): { line: number; column: number; lineText: string } {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++)
    if (buf[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  const before = Buffer.from(buf.subarray(lineStart, offset)).toString("utf8");
  let lineEnd = buf.indexOf(0x0a, offset);
  if (lineEnd < 0) lineEnd = buf.length;
  const lineText = Buffer.from(buf.subarray(lineStart, lineEnd)).toString("utf8").replace(/\r$/, "");
  return { line, column: before.length + 1, lineText };
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decode bytes as a par source file; diagnostics say why a file cannot be read as UTF-8 text. */
export function decodeSource(buf: Uint8Array, path: string, display: string): ReadResult {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    return { diagnostics: [fileDiag(display, "encoding/utf16")] };
  }
  const probe = buf.subarray(0, Math.min(buf.length, 8192));
  if (probe.indexOf(0) >= 0) return { diagnostics: [fileDiag(display, "encoding/binary")] };
  const bom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  const body = bom ? buf.subarray(3) : buf;
  // Decode and validate in one native pass; only a file that fails is scanned for the position of its first bad byte.
  let text: string | undefined;
  try {
    text = UTF8.decode(body);
  } catch {
    text = undefined;
  }
  const bad = text === undefined ? firstInvalidUtf8(body) : -1;
  if (text === undefined || bad >= 0) {
    const at = bad >= 0 ? bad : 0;
    const pos = positionOfByte(body, at);
    const d = fileDiag(display, "encoding/not-utf8", { byte: `0x${(body[at] ?? 0).toString(16).toUpperCase().padStart(2, "0")}` }, pos.line, pos.column);
    d.lineText = pos.lineText;
    return { diagnostics: [d] };
  }
  // YAML 1.2 reads a lone CR (old Mac files, text pasted from Word) as a line break, and so does js-yaml; yaml does
  // not. Made an LF here (one character for one, so offsets hold), both parsers and every message see the same lines.
  if (text.includes("\r")) text = text.replace(/\r(?!\n)/g, "\n");
  return { source: { path, display, text, bom }, diagnostics: [] };
}

/** The bytes of the file being read: one buffer for the whole run (a file is decoded before the next is read). */
let shared = Buffer.allocUnsafe(64 * 1024);

/** Read and decode one file, refusing files that are too large, binary, or not UTF-8. */
export function readSource(path: string, display: string): ReadResult {
  // One open and as few reads as the file needs into a buffer kept for the run (no fstat, no buffer per file): a read
  // that does not fill the buffer has reached the end of a regular file. More than the limit is never kept.
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    // Listed a moment ago and gone now (removed while par read the folder): not found, not unreadable.
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { diagnostics: [fileDiag(display, "io/not-found", { path: display })] };
    return { diagnostics: [fileDiag(display, "io/unreadable", { reason: errorReason(e) })] };
  }
  try {
    let got = 0;
    for (;;) {
      const n = readSync(fd, shared, got, shared.length - got, got);
      got += n;
      if (n === 0 || got < shared.length) break;
      if (got > MAX_FILE_BYTES) return { diagnostics: [fileDiag(display, "io/too-large", { size: fstatSync(fd).size, limit: MAX_FILE_BYTES })] };
      const bigger = Buffer.allocUnsafe(Math.min(shared.length * 4, MAX_FILE_BYTES + 1));
      shared.copy(bigger, 0, 0, got);
      shared = bigger;
    }
    if (got > MAX_FILE_BYTES) return { diagnostics: [fileDiag(display, "io/too-large", { size: fstatSync(fd).size, limit: MAX_FILE_BYTES })] };
    return decodeSource(shared.subarray(0, got), path, display);
  } catch (e) {
    return { diagnostics: [fileDiag(display, "io/unreadable", { reason: errorReason(e) })] };
  } finally {
    closeSync(fd);
  }
}

/** A short reason from a Node error: its code and message without the stack. */
export function errorReason(e: unknown): string {
  if (e && typeof e === "object" && "code" in e && typeof e.code === "string") {
    const err = e as NodeJS.ErrnoException;
    return err.code ?? String(err.message);
  }
  return e instanceof Error ? e.message : String(e);
}
