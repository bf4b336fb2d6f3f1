// A package (docx, xlsx) zipped again with every entry dated from the data, not the clock, in a fixed order: the same
// data gives the same bytes. The writers (docx, exceljs) stamp each entry with the time of the run.
import type * as Fflate from "fflate";

/** The entries zipped with fflate, each dated `date` (ISO, at noon UTC), [Content_Types].xml first, the rest sorted. */
export function zipDated(files: Record<string, Uint8Array>, date: string): Uint8Array {
  const f = require("fflate") as typeof Fflate;
  const [y, m, d] = date.split("-").map(Number);
  const mtime = new Date(Date.UTC(Math.max(1980, y ?? 1980), (m ?? 1) - 1, d ?? 1, 12));
  const names = Object.keys(files).sort((a, b) => (a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const zippable: Fflate.Zippable = {};
  for (const n of names) zippable[n] = [files[n]!, { mtime, level: 6 }];
  return f.zipSync(zippable);
}

/** A package's entries. */
export function unzipped(bytes: Uint8Array): Record<string, Uint8Array> {
  return (require("fflate") as typeof Fflate).unzipSync(bytes);
}
