// What changes in progress files, task by task, as data: added, changed (which fields, from what to what) and no
// longer reported. `par progress import --dry-run` prints it for one agency's file, `par diff` for every progress
// file between two versions.
import type { ImportedEntry } from "../model/form";
import type { ProgressEntry } from "../model/progress";

export type ImportField = "state" | "completed" | "milestones" | "result" | "targets" | "evidence" | "obstacles" | "proposals";

export type ImportChange =
  | { kind: "added"; task: string; entry: ImportedEntry }
  | { kind: "changed"; task: string; fields: { field: ImportField; was: string; now: string }[] }
  | { kind: "removed"; task: string };

/** A change of one agency's report on one task in one quarter (par diff). */
export type ProgressChange = ImportChange & { period: string; agency: string };

const FIELDS: ImportField[] = ["state", "completed", "milestones", "result", "targets", "evidence", "obstacles", "proposals"];

function valueOf(e: ImportedEntry, f: ImportField): string {
  if (f === "targets")
    return Object.entries(e.targets)
      .map(([k, v]) => `${k}=${v}`)
      .join(", ");
  if (f === "evidence") return e.evidence.map((x) => `${x.number} ${x.date}`).join("; ");
  if (f === "milestones") return (e.milestones ?? []).map((m) => `${m.index + 1}: ${m.completed}`).join("; ");
  return e[f] ?? "";
}

/** An entry read from a progress file, as an import would have written it. */
export function asImported(e: ProgressEntry): ImportedEntry {
  const out: ImportedEntry = { task: e.task, state: e.state, evidence: e.evidence.map((x) => ({ number: x.number, date: x.date })), targets: { ...e.targets } };
  if (e.completed) out.completed = e.completed;
  const met = e.milestones.flatMap((m) => (m.completed ? [{ index: m.index, completed: m.completed }] : []));
  if (met.length) out.milestones = met;
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

/** The changes between the progress entries of two versions, by quarter, task and agency (in that order). */
export function diffProgress(was: readonly ProgressEntry[], now: readonly ProgressEntry[]): ProgressChange[] {
  const group = (list: readonly ProgressEntry[]) => {
    const m = new Map<string, ImportedEntry[]>();
    for (const e of list) {
      const k = `${e.period}|${e.agency}`;
      const g = m.get(k);
      if (g) g.push(asImported(e));
      else m.set(k, [asImported(e)]);
    }
    return m;
  };
  const a = group(was);
  const b = group(now);
  const out: ProgressChange[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const [period, agency] = k.split("|") as [string, string];
    for (const c of importChanges(a.get(k) ?? [], b.get(k) ?? [])) out.push({ ...c, period, agency });
  }
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return out.sort((x, y) => cmp(x.period, y.period) || x.task.localeCompare(y.task, "vi", { numeric: true }) || cmp(x.agency, y.agency));
}
