// The status report as JSON: the report data itself (format par-status/1), dates ISO, percentages as numbers.
import type { StatusFormatter } from "./common";

/** JSON, two-space indented, one trailing newline. */
export const json: StatusFormatter = (r) => JSON.stringify(r, null, 2) + "\n";
