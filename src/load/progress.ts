// Reading progress files into the progress model: one file per quarter (progress/2024-Q3.yaml) or one folder per
// quarter with a file per reporting agency (progress/2024-Q3/snv.yaml), all merged into one list of entries.
import { basename, join, relative, sep } from "node:path";
import type { Task } from "../model/types";
import { parseDate } from "../model/dates";
import { milestoneIndex, type Evidence, type Progress, type ProgressEntry, type ProgressFileInfo, type ProgressState } from "../model/progress";
import { badAt, type LoadedFile } from "./files";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Where a progress file stands: the quarter its place names, and whether it is one agency's file in a quarter folder. */
export interface ProgressLocation {
  period: string;
  folder: boolean;
  /** The file's name without extension, for a file in a quarter folder. */
  name?: string;
}

/** A schema-valid progress file with what was read from it, kept with its raw value for positioned diagnostics. */
export interface ProgressFileRead {
  file: LoadedFile;
  info: ProgressFileInfo;
  /** Undefined when the file is not where progress files go (progress/YYYY-Qn.yaml or progress/YYYY-Qn/NAME.yaml). */
  location?: ProgressLocation;
  /** The entries in file order; entries[i] came from the file's entries[i]. */
  entries: ProgressEntry[];
  raw: Raw;
  /** For a file read despite schema errors (readProgressFiles withErrors): the errors' pointers. */
  bad?: string[];
}

const QUARTER = /^(\d{4}-Q[1-4])$/;

/** The quarter a progress file's place names, relative to its plan folder. */
export function progressLocation(path: string, planDir: string): ProgressLocation | undefined {
  const rel = relative(planDir, path).split(sep);
  if (rel[0] !== "progress") return undefined;
  const stem = (name: string) => name.replace(/\.ya?ml$/i, "");
  if (rel.length === 2) {
    const m = QUARTER.exec(stem(rel[1]!));
    return m ? { period: m[1]!, folder: false } : undefined;
  }
  if (rel.length === 3) {
    const m = QUARTER.exec(rel[1]!);
    return m ? { period: m[1]!, folder: true, name: stem(basename(path)) } : undefined;
  }
  return undefined;
}

function text(v: unknown): string | undefined {
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

function date(v: unknown): string | undefined {
  return typeof v === "string" ? (parseDate(v) ?? undefined) : undefined;
}

function evidenceOf(v: unknown): Evidence[] {
  if (!Array.isArray(v)) return [];
  const out: Evidence[] = [];
  for (const e of v as Raw[]) {
    const d = date(e.date);
    if (!d) continue;
    out.push(e.title ? { number: e.number, date: d, title: e.title } : { number: e.number, date: d });
  }
  return out;
}

/** The entry a raw entry value stands for (agency defaults to the file's); task is the plan's task when known. */
export function toEntry(e: Raw, fileAgency: string | undefined, period: string, file: string, task: Task | undefined): ProgressEntry {
  const entry: ProgressEntry = {
    task: e.task,
    agency: e.agency ?? fileAgency ?? "",
    period,
    state: (e.state ?? "not-started") as ProgressState,
    milestones: [],
    evidence: evidenceOf(e.evidence),
    targets: {},
    file,
  };
  if (e.state == null) entry.unfilled = true;
  const completed = date(e.completed);
  if (completed) entry.completed = completed;
  if (Array.isArray(e.milestones) && task) {
    for (const m of e.milestones as Raw[]) {
      const index = milestoneIndex(task, m.milestone);
      if (index < 0) continue;
      const c = date(m.completed);
      entry.milestones.push(c ? { index, completed: c, evidence: evidenceOf(m.evidence) } : { index, evidence: evidenceOf(m.evidence) });
    }
  }
  for (const [k, v] of Object.entries((e.targets as Raw | null) ?? {})) if (typeof v === "number") entry.targets[k] = v;
  for (const k of ["result", "obstacles", "proposals", "note"] as const) {
    const t = text(e[k]);
    if (t !== undefined) entry[k] = t;
  }
  return entry;
}

/**
 * Read every schema-valid progress file of a plan folder; `withErrors`, also those with schema errors whose period,
 * agency and list of entries can be read (their `bad` pointers tell which entries' values cannot).
 */
export function readProgressFiles(files: readonly LoadedFile[], planDir: string, tasks: readonly Task[] = [], withErrors = false): ProgressFileRead[] {
  const byId = new Map(tasks.map((t) => [t.id, t] as const));
  const out: ProgressFileRead[] = [];
  for (const file of files) {
    if (file.kind !== "progress" || !file.parsed) continue;
    const raw = file.parsed.value as Raw;
    if (
      !file.valid &&
      !(withErrors && file.bad && !badAt(file.bad, "/period") && !badAt(file.bad, "/agency") && !file.bad.includes("/entries") && Array.isArray(raw.entries))
    )
      continue;
    const info: ProgressFileInfo = {
      file: file.display,
      path: relative(planDir, file.path).split(sep).join("/"),
      period: raw.period,
      sample: raw.sample === true,
    };
    if (raw.agency) info.agency = raw.agency;
    if (text(raw.note)) info.note = raw.note;
    if (text(raw.note_en)) info.noteEn = raw.note_en;
    if (raw.imported && typeof raw.imported === "object" && text(raw.imported.from)) info.imported = raw.imported.from;
    const bad = file.valid ? undefined : file.bad;
    const entries = (raw.entries as Raw[]).map((v, i) => {
      const e = bad ? readableEntry(v, bad, `/entries/${i}`) : v;
      return toEntry(e, raw.agency, raw.period, file.display, byId.get(e.task));
    });
    const read: ProgressFileRead = { file, info, entries, raw };
    if (!file.valid) read.bad = file.bad;
    const location = progressLocation(file.path, planDir);
    if (location) read.location = location;
    out.push(read);
  }
  return out;
}

/** An entry's value without the keys a schema error is about (all of it for a valid file). */
export function readableEntry(e: unknown, bad: readonly string[] | undefined, at: string): Raw {
  if (e === null || typeof e !== "object" || Array.isArray(e)) return {};
  if (!bad || !badAt(bad, at)) return e;
  const out: Raw = {};
  for (const [k, v] of Object.entries(e)) if (!badAt(bad, `${at}/${k}`)) out[k] = v;
  return out;
}

/** The progress model of a plan: every file's entries merged, in file order; unfilled entries (no state) are not reports. */
export function buildProgress(read: readonly ProgressFileRead[]): Progress {
  const entries: ProgressEntry[] = [];
  const unfilled: ProgressEntry[] = [];
  for (const r of read) for (const e of r.entries) (e.unfilled ? unfilled : entries).push(e);
  return { files: read.map((r) => r.info), entries, unfilled };
}

/** The progress folder of a plan folder. */
export function progressDir(planDir: string): string {
  return join(planDir, "progress");
}
