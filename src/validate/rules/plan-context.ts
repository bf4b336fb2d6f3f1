// What the plan rules read: the facts of a plan folder (validate/facts.ts: what can be read of every file, valid or
// not) and what several rules need, computed once.
import type { Agency, Task } from "../../model/types";
import { parseDeadlineText, milestonesOf, type DeadlineMeaning } from "../../model/deadline";
import { isIsoDate } from "../../model/dates";
import { letterIndex } from "../../model/vietnamese";
import type { ParsedYaml, PathSegment } from "../../load/yaml";
import type { PlanFacts, TaskRead } from "../facts";

export interface PlanContext {
  facts: PlanFacts;
  /** The agencies read, by id (the first of a repeated id). */
  agencies: Map<string, Agency>;
  /** The tasks of each area the plan has, in file order. */
  byArea: Map<number, TaskRead[]>;
  /** The tasks whose deadline can be read, in a plan whose year can be read, with their dates. */
  deadlines: DeadlineRead[];
}

export interface DeadlineRead {
  entry: TaskRead;
  p: ParsedYaml;
  /** Each date the deadline states, with its path. */
  dates: [PathSegment[], string][];
  /** Every stated date is a real date: only then are the wording and the dates checked further. */
  datesValid: boolean;
  planYear: number;
  /** The wording read (undefined: not understood); read only for a deadline whose dates are valid. */
  read?: DeadlineMeaning;
}

export function planContext(facts: PlanFacts): PlanContext {
  const agencies = new Map<string, Agency>();
  for (const { agencies: list } of facts.agencyFiles) for (const { agency } of list) if (!agencies.has(agency.id)) agencies.set(agency.id, agency);
  const areaNumbers = new Set(facts.areas.map((a) => a.number));
  const byArea = new Map<number, TaskRead[]>();
  const deadlines: DeadlineRead[] = [];
  for (const entry of facts.tasks) {
    if (areaNumbers.has(entry.task.area)) {
      const list = byArea.get(entry.task.area) ?? [];
      list.push(entry);
      byArea.set(entry.task.area, list);
    }
    if (entry.deadlineKnown && facts.year !== undefined) {
      const dates = deadlineDates(entry.task);
      const datesValid = dates.every(([, v]) => isIsoDate(v));
      deadlines.push({
        entry,
        p: entry.file.parsed!,
        dates,
        datesValid,
        planYear: facts.year,
        ...(datesValid ? { read: parseDeadlineText(entry.task.deadline.text, facts.year) } : {}),
      });
    }
  }
  return { facts, agencies, byArea, deadlines };
}

function deadlineDates(task: Task): [PathSegment[], string][] {
  const d = task.deadline;
  const dates: [PathSegment[], string][] = [];
  if (d.kind === "date" && d.date) dates.push([["deadline", "date"], d.date]);
  milestonesOf(d).forEach((m, i) => dates.push([["deadline", "milestones", i, "date"], m.date]));
  return dates;
}

/** A task's lead and support references, each with the path a problem with it points at. */
export function references(p: ParsedYaml, task: Task): { role: "lead" | "support"; agency: string; path: PathSegment[] }[] {
  const out: { role: "lead" | "support"; agency: string; path: PathSegment[] }[] = [];
  for (const role of ["lead", "support"] as const) {
    task[role].forEach((r, i) => {
      const raw = (p.value as Record<string, unknown[]>)[role]?.[i];
      out.push({ role, agency: r.agency, path: typeof raw === "string" ? [role, i] : [role, i, "agency"] });
    });
  }
  return out;
}

/** An area's tasks in letter order (a, ă, â, b, … as the decision orders them). */
export function byLetter(entries: readonly TaskRead[]): TaskRead[] {
  return [...entries].sort((x, y) => letterIndex(x.task.letter) - letterIndex(y.task.letter));
}
