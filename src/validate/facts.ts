// What the cross-file rules can read of a plan folder, including files with schema errors: a file with an error still
// gives what can be read of it (a task's id, area, letter, agencies…), and where a fact cannot be read the rules that
// depend on it are held back, so that one broken file is not reported as the fault of the files around it.
import { basename } from "node:path";
import type { Diagnostic } from "../model/diagnostic";
import type { Agency, Plan, Task } from "../model/types";
import { badAt, kindFromLocation, type LoadedFile } from "../load/files";
import { toAgencies, toTask } from "../load/build";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A file whose schema was checked (valid, or with the errors' pointers), holding a mapping. */
function checked(f: LoadedFile): boolean {
  return !!f.parsed && (f.valid || f.bad !== undefined);
}

/** A task as far as its file can be read. */
export interface TaskRead {
  file: LoadedFile;
  /** The task; for a file with errors, the parts that cannot be read are empty (and flagged below). */
  task: Task;
  /** False when the id is not the file's own but made of its area and letter. */
  idKnown: boolean;
  deadlineKnown: boolean;
  /** Every lead and support reference was read. */
  refsComplete: boolean;
  /** Every target was read. */
  targetsComplete: boolean;
}

/** An agency as far as its registry entry can be read. */
export interface AgencyRead {
  agency: Agency;
  index: number;
  kindKnown: boolean;
}

/** A plan folder after reading (src/workspace/open.ts): the plan (when its plan and agency files are valid), its files, and all problems. */
export interface OpenedPlan {
  dir: string;
  plan?: Plan;
  files: LoadedFile[];
  /** Task files that passed their schema, with the task read from each. */
  taskFiles: { file: LoadedFile; task: Task }[];
  diagnostics: Diagnostic[];
  /** What the rules could read of every file, valid or not. */
  facts: PlanFacts;
}

/** What the rules know of a plan folder. */
export interface PlanFacts {
  planFile?: LoadedFile;
  year?: number;
  /** The areas whose number could be read, with their place in plan.yaml. */
  areas: { number: number; index: number }[];
  /** False when an area of plan.yaml (or plan.yaml itself) cannot be read. */
  areasComplete: boolean;
  /** The plan's reporting periods; undefined when plan.yaml's `reporting` cannot be read. */
  reporting?: "decree-09" | "calendar";
  decisionDate?: string;
  agencyFiles: { file: LoadedFile; agencies: AgencyRead[] }[];
  /** False when an agency file, an agency's id or its members cannot be read: unknown references are then held back. */
  registryComplete: boolean;
  tasks: TaskRead[];
  /** The plan's decision.yaml (the decision's text), when it has one. */
  decisionFile?: LoadedFile;
  /** Task files whose id cannot be read: any at all (`all`), or in these areas. */
  unread: { all: boolean; areas: Set<number> };
}

/** True when a task id may be that of a task file that cannot be read (a reference to it is not reported). */
export function mayBeUnreadTask(facts: PlanFacts, id: string): boolean {
  if (facts.unread.all) return true;
  const m = /^(\d+)\./.exec(id);
  return !!m && facts.unread.areas.has(Number(m[1]));
}

function items<T>(
  v: Raw,
  key: string,
  bad: readonly string[] | undefined,
  read: (x: unknown) => T | undefined = (x) => x as T,
): { list: T[]; complete: boolean } {
  const raw = v[key];
  if (raw === undefined) return { list: [], complete: !badAt(bad, `/${key}`) };
  if (!Array.isArray(raw)) return { list: [], complete: false };
  const list: T[] = [];
  let complete = true;
  raw.forEach((x, i) => {
    const got = badAt(bad, `/${key}/${i}`) ? undefined : read(x);
    if (got === undefined) complete = false;
    else list.push(got);
  });
  return { list, complete };
}

function readTask(file: LoadedFile): TaskRead | { area?: number } {
  const v = file.parsed!.value as Raw;
  if (file.valid) return { file, task: toTask(v, file.display), idKnown: true, deadlineKnown: true, refsComplete: true, targetsComplete: true };
  const bad = file.bad;
  const ok = (key: string) => !badAt(bad, `/${key}`);
  const id = ok("id") && typeof v.id === "string" ? v.id : undefined;
  let area = ok("area") && typeof v.area === "number" ? v.area : undefined;
  let letter = ok("letter") && typeof v.letter === "string" ? v.letter : undefined;
  // An id that passed its schema is an area number, a dot and a letter.
  const m = id ? /^(\d+)\.(.+)$/.exec(id) : null;
  if (m) {
    area ??= Number(m[1]);
    letter ??= m[2];
  }
  const effective = id ?? (area !== undefined && letter !== undefined ? `${area}.${letter}` : undefined);
  if (effective === undefined || area === undefined || letter === undefined) return area === undefined ? fromName(file.path) : { area };
  const lead = items<unknown>(v, "lead", bad);
  const support = items<unknown>(v, "support", bad);
  const targets = items<unknown>(v, "targets", bad);
  const deadlineKnown = ok("deadline") && v.deadline !== null && typeof v.deadline === "object";
  const task = toTask(
    {
      ...v,
      id: effective,
      area,
      letter,
      items: [],
      lead: lead.list,
      support: support.list,
      targets: targets.list,
      deadline: deadlineKnown ? v.deadline : { text: "", kind: "ongoing" },
      // Amendments are read only when all of them passed the schema (their rules need them whole).
      amendments: ok("amendments") ? v.amendments : undefined,
    },
    file.display,
  );
  return { file, task, idKnown: id !== undefined, deadlineKnown, refsComplete: lead.complete && support.complete, targetsComplete: targets.complete };
}

function readAgencies(file: LoadedFile): { agencies: AgencyRead[]; complete: boolean } {
  const v = file.parsed!.value as Raw;
  if (file.valid) return { agencies: toAgencies(v).map((agency, index) => ({ agency, index, kindKnown: true })), complete: true };
  const bad = file.bad;
  if (!Array.isArray(v.agencies)) return { agencies: [], complete: false };
  const out: AgencyRead[] = [];
  let complete = true;
  (v.agencies as unknown[]).forEach((raw, i) => {
    const at = (k: string) => `/agencies/${i}/${k}`;
    const a = raw as Raw;
    if (badAt(bad, at("id")) || a === null || typeof a !== "object" || typeof a.id !== "string") {
      complete = false;
      return;
    }
    if (badAt(bad, at("members"))) complete = false;
    const strings = (k: string) =>
      Array.isArray(a[k]) ? (a[k] as unknown[]).filter((x, j): x is string => typeof x === "string" && !badAt(bad, `${at(k)}/${j}`)) : [];
    const kindKnown = !badAt(bad, at("kind")) && typeof a.kind === "string";
    const agency: Agency = {
      id: a.id,
      name: !badAt(bad, at("name")) && typeof a.name === "string" ? a.name : "",
      kind: (kindKnown ? a.kind : "organisation") as Agency["kind"],
      aliases: strings("aliases"),
      members: strings("members"),
    };
    if (typeof a.short === "string") agency.short = a.short;
    if (typeof a.name_en === "string") agency.nameEn = a.name_en;
    if (!badAt(bad, at("parent")) && typeof a.parent === "string") agency.parent = a.parent;
    if (typeof a.note === "string") agency.note = a.note;
    out.push({ agency, index: i, kindKnown });
  });
  return { agencies: out, complete };
}

/** Read what the rules need from a plan folder's files. `mainPlan`: the plan file of the folder, if any. */
export function readFacts(files: readonly LoadedFile[], mainPlan: LoadedFile | undefined): PlanFacts {
  const facts: PlanFacts = { areas: [], areasComplete: false, agencyFiles: [], registryComplete: true, tasks: [], unread: { all: false, areas: new Set() } };

  if (mainPlan && checked(mainPlan)) {
    const v = mainPlan.parsed!.value as Raw;
    const bad = mainPlan.valid ? undefined : mainPlan.bad;
    facts.planFile = mainPlan;
    if (!badAt(bad, "/year") && typeof v.year === "number") facts.year = v.year;
    if (Array.isArray(v.areas)) {
      facts.areasComplete = true;
      (v.areas as Raw[]).forEach((a, i) => {
        if (!badAt(bad, `/areas/${i}/number`) && a && typeof a.number === "number") facts.areas.push({ number: a.number, index: i });
        else facts.areasComplete = false;
      });
    }
    if (!badAt(bad, "/reporting")) facts.reporting = v.reporting?.periods ?? "decree-09";
    if (!badAt(bad, "/decision/date") && typeof v.decision?.date === "string") facts.decisionDate = v.decision.date;
  }

  let agencyFiles = 0;
  for (const f of files) {
    const kind = f.kind ?? kindFromLocation(f.path);
    if (kind === "agencies") {
      agencyFiles++;
      if (f.kind !== "agencies" || !checked(f)) {
        facts.registryComplete = false;
        continue;
      }
      const { agencies, complete } = readAgencies(f);
      if (!complete) facts.registryComplete = false;
      facts.agencyFiles.push({ file: f, agencies });
    } else if (kind === "decision") {
      if (f.kind === "decision" && checked(f)) facts.decisionFile = f;
    } else if (kind === "task") {
      const read = f.kind === "task" && checked(f) ? readTask(f) : fromName(f.path);
      if ("task" in read) facts.tasks.push(read);
      else if (read.area !== undefined) facts.unread.areas.add(read.area);
      else facts.unread.all = true;
    }
  }
  if (agencyFiles === 0) facts.registryComplete = false;
  return facts;
}

/** The area a task file's name gives (2-a.yaml: area 2), for a file that cannot be read at all. */
function fromName(path: string): { area?: number } {
  const m = /^(\d+)-/.exec(basename(path));
  return m ? { area: Number(m[1]) } : {};
}
