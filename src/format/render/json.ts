// JSON: the report's data itself, as docs/json.md documents it for each command; two-space indented.
import type { TextFormatter } from "../formatter";

export const json: TextFormatter = {
  name: "json",
  extension: ".json",
  profile: "data",
  render: (doc) => JSON.stringify(doc.data, null, 2) + "\n",
};
