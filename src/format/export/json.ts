// The annex as JSON: the data itself (format par-export/1), cell texts as shown, percentages as numbers.
import type { TextExportFormatter } from "./common";

/** JSON, two-space indented, one trailing newline. */
export const json: TextExportFormatter = (annex) => JSON.stringify(annex, null, 2) + "\n";
