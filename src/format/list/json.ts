// `par list` as JSON: an array of tasks in the shape documented in docs/json.md.
import type { ListFormatter } from "./types";
import { taskJson } from "./common";

export const json: ListFormatter = (report) =>
  JSON.stringify(
    report.rows.map((row) => taskJson(report, row)),
    null,
    2,
  ) + "\n";
