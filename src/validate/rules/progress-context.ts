// What the progress rules read: the opened plan's facts (what can be read of the plan, even with schema errors) and
// each progress file as far as it can be read. A fact that cannot be read holds back the checks that need it rather
// than blaming another file.
import { buildRegistry, type Registry } from "../../model/agencies";
import { periodInPlan, planSpan, reportingWindow } from "../../model/period";
import { parseQuarterKey, type ProgressEntry } from "../../model/progress";
import type { Plan } from "../../model/types";
import { readableEntry, type ProgressFileRead } from "../../load/progress";
import { badAt } from "../../load/files";
import { diagnosticAtPath, type ParsedYaml, type PathSegment } from "../../load/yaml";
import type { PlanFacts, TaskRead } from "../facts";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An entry's values the checks read: with a schema error in one of them, the entry is not checked further. */
const ENTRY_FACTS = ["task", "agency", "state", "completed", "milestones", "evidence"];

export interface ProgressContext {
  facts: PlanFacts;
  /** The plan, when its plan and agency files are valid. */
  plan?: Plan;
  /** The tasks read, by id (the first of a repeated id). */
  tasks: Map<string, TaskRead>;
  /** The agencies read (undefined: no agency file can be read). */
  registry?: Registry;
  files: ProgressFile[];
  /** Every entry checked, in file order. */
  entries: EntryRead[];
  /** The entries that are reports: on a task of the plan, with a registry, and filled in. */
  reports: EntryRead[];
  /** A report repeated: the same agency on the same task in the same period. */
  repeats: { first: EntryRead; again: EntryRead }[];
  /** Each agency's first report on each task in each period, grouped by task and agency, in quarter order. */
  histories: EntryRead[][];
}

export interface ProgressFile {
  read: ProgressFileRead;
  p: ParsedYaml;
  period: string;
  /** The quarter's last day for reporting (undefined when the plan's reporting periods cannot be read). */
  cutoff?: string;
  /** False when the quarter is far from the plan (progress/outside-plan): no report of this plan covers it. */
  inPlan: boolean;
}

export interface EntryRead {
  file: ProgressFile;
  index: number;
  /** The entry's values as written (those with a schema error left out). */
  e: Raw;
  entry: ProgressEntry;
  /** The task it reports on, when the plan has it. */
  known?: TaskRead;
  /** Path of a value of this entry. */
  at: (...rest: PathSegment[]) => PathSegment[];
}

export function progressContext(facts: PlanFacts, plan: Plan | undefined, reads: readonly ProgressFileRead[]): ProgressContext {
  const tasks = new Map<string, TaskRead>();
  for (const t of facts.tasks) if (!tasks.has(t.task.id)) tasks.set(t.task.id, t);
  const agencyList = facts.agencyFiles.flatMap((f) => f.agencies.map((a) => a.agency));
  const registry = facts.agencyFiles.length ? buildRegistry(agencyList) : undefined;
  const span = plan ? planSpan(plan) : undefined;
  const ctx: ProgressContext = {
    facts,
    tasks,
    files: [],
    entries: [],
    reports: [],
    repeats: [],
    histories: [],
    ...(plan ? { plan } : {}),
    ...(registry ? { registry } : {}),
  };
  const samePeriod = new Map<string, EntryRead>();
  const history = new Map<string, EntryRead[]>();

  for (const read of reads) {
    const period = read.raw.period as string;
    const q = parseQuarterKey(period)!;
    const quarter = { kind: "quarter" as const, year: q.year, quarter: q.quarter };
    const file: ProgressFile = {
      read,
      p: read.file.parsed!,
      period,
      inPlan: !span || periodInPlan(quarter, span),
      ...(facts.reporting ? { cutoff: reportingWindow(quarter, facts.reporting).end } : {}),
    };
    ctx.files.push(file);
    const entries = read.raw.entries as Raw[];
    for (let i = 0; i < entries.length; i++) {
      // An entry with a schema error in what the checks read is left to its schema message.
      if (read.bad && ENTRY_FACTS.some((k) => badAt(read.bad, `/entries/${i}/${k}`))) continue;
      const e = read.bad ? readableEntry(entries[i], read.bad, `/entries/${i}`) : entries[i]!;
      const entry = read.entries[i]!;
      const known = tasks.get(e.task);
      const er: EntryRead = { file, index: i, e, entry, ...(known ? { known } : {}), at: (...rest) => ["entries", i, ...rest] };
      ctx.entries.push(er);
      if (!known || !registry || entry.unfilled) continue;
      // Left as the template wrote it (unfilled), an entry is not a report: nothing else about it is checked.
      ctx.reports.push(er);
      const key = `${period}|${known.task.id}|${entry.agency}`;
      const first = samePeriod.get(key);
      if (first) ctx.repeats.push({ first, again: er });
      else {
        samePeriod.set(key, er);
        const hk = `${known.task.id}|${entry.agency}`;
        const seen = history.get(hk);
        if (seen) seen.push(er);
        else history.set(hk, [er]);
      }
    }
  }
  ctx.histories = [...history.values()];
  return ctx;
}

/** The dates an entry gives, with their paths: completed (of the entry and of each milestone) and evidence dates. */
export function entryDates({ e, at }: EntryRead): { value: unknown; path: PathSegment[]; kind: "completed" | "evidence" }[] {
  const out: { value: unknown; path: PathSegment[]; kind: "completed" | "evidence" }[] = [];
  const evidence = (list: unknown, path: PathSegment[]) => {
    if (Array.isArray(list)) (list as Raw[]).forEach((ev, k) => out.push({ value: ev.date, path: [...path, k, "date"], kind: "evidence" }));
  };
  out.push({ value: e.completed, path: at("completed"), kind: "completed" });
  evidence(e.evidence, at("evidence"));
  if (Array.isArray(e.milestones))
    (e.milestones as Raw[]).forEach((m, k) => {
      out.push({ value: m.completed, path: at("milestones", k, "completed"), kind: "completed" });
      evidence(m.evidence, at("milestones", k, "evidence"));
    });
  return out;
}

/** What decides whether two reports of the same agency on the same task agree. */
export function signature(e: ProgressEntry): string {
  return JSON.stringify([e.state, e.completed ?? null, e.milestones.map((m) => [m.index, m.completed ?? null])]);
}

/** Where a report stands, for a message about its repeat: file:line. */
export function repeatPlace(first: EntryRead): string {
  return `${first.file.read.file.display}:${diagnosticAtPath(first.file.p, ["entries", first.index], "progress/duplicate-entry").line}`;
}
