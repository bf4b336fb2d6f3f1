// What an import changes in an agency's progress file, task by task, as data: added, changed (which fields, from
// what to what) and no longer reported. `par progress import --dry-run` prints it.
import type { ImportedEntry } from "../model/form";
import type { ProgressEntry } from "../model/progress";

export type ImportField = "state" | "completed" | "result" | "targets" | "evidence" | "obstacles" | "proposals";

export type ImportChange =
  | { kind: "added"; task: string; entry: ImportedEntry }
  | { kind: "changed"; task: string; fields: { field: ImportField; was: string; now: string }[] }
  | { kind: "removed"; task: string };

const FIELDS: ImportField[] = ["state", "completed", "result", "targets", "evidence", "obstacles", "proposals"];

function valueOf(e: ImportedEntry, f: ImportField): string {
  if (f === "targets")
    return Object.entries(e.targets)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ");
  if (f === "evidence") return e.evidence.map((x) => `${x.number} ${x.date}`).join("; ");
  return e[f] ?? "";
}

/** An entry read from a progress file, as an import would have written it. */
export function asImported(e: ProgressEntry): ImportedEntry {
  const out: ImportedEntry = { task: e.task, state: e.state, evidence: e.evidence.map((x) => ({ number: x.number, date: x.date })), targets: { ...e.targets } };
  if (e.completed) out.completed = e.completed;
  for (const k of ["result", "obstacles", "proposals"] as const) if (e[k] !== undefined) out[k] = e[k];
  return out;
}

/** The changes from the entries a file holds to the entries an import would write. */
export function importChanges(was: readonly ImportedEntry[], now: readonly ImportedEntry[]): ImportChange[] {
  const before = new Map(was.map((e) => [e.task, e] as const));
  const out: ImportChange[] = [];
  for (const e of now) {
    const old = before.get(e.task);
    before.delete(e.task);
    if (!old) {
      out.push({ kind: "added", task: e.task, entry: e });
      continue;
    }
    const fields = FIELDS.map((field) => ({ field, was: valueOf(old, field), now: valueOf(e, field) })).filter((f) => f.was !== f.now);
    if (fields.length) out.push({ kind: "changed", task: e.task, fields });
  }
  for (const task of before.keys()) out.push({ kind: "removed", task });
  return out;
}
