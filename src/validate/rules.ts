// Semantic rules over a whole plan: what a schema cannot see (references, sequences, deadlines, duplicates).
import { basename } from "node:path";
import type { Diagnostic, DiagnosticCode, Severity } from "../model/diagnostic";
import type { Agency, Task } from "../model/types";
import { dueDates, meaningMismatches, milestonesOf, parseDeadlineText, yearsBeyondDueDates } from "../model/deadline";
import { isIsoDate } from "../model/dates";
import { TASK_LETTERS, fold, letterIndex, letterToAscii } from "../model/vietnamese";
import { diagnosticAtPath, type ParsedYaml, type PathSegment } from "../load/yaml";
import { nearest } from "./schema";
import type { PlanFacts, TaskRead } from "./facts";
import { checkLineage } from "./lineage";

/** What the rules need: what can be read of the plan folder's files (valid or not), with their parsed text for positions. */
export type RuleInput = PlanFacts;

type Emit = (
  p: ParsedYaml,
  path: readonly PathSegment[],
  code: DiagnosticCode,
  args?: Record<string, string | number>,
  severity?: Severity,
  which?: "value" | "key",
) => void;

/** Run every plan rule over what can be read; diagnostics in no particular order. */
export function checkPlanRules(input: RuleInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const emit: Emit = (p, path, code, args = {}, severity = "error", which = "value") => out.push(diagnosticAtPath(p, path, code, args, severity, which));
  checkAreas(input, emit);
  const registry = checkAgencies(input, emit);
  checkTasks(input, registry, emit);
  out.push(...checkLineage(input, registry, input.decisionFile));
  return out;
}

function checkAreas({ planFile, areas, decisionDate }: RuleInput, emit: Emit): void {
  if (!planFile) return;
  const p = planFile.parsed!;
  for (const a of areas) {
    if (a.number !== a.index + 1) emit(p, ["areas", a.index, "number"], "plan/area-sequence", { actual: a.number, expected: a.index + 1 });
  }
  if (decisionDate && !isIsoDate(decisionDate)) emit(p, ["decision", "date"], "plan/invalid-date", { actual: decisionDate });
}

function checkAgencies({ agencyFiles, registryComplete }: RuleInput, emit: Emit): Map<string, Agency> {
  const byId = new Map<string, Agency>();
  const names = new Map<string, string>();
  for (const { file, agencies } of agencyFiles) {
    const p = file.parsed!;
    for (const { agency: a, index: i } of agencies) {
      if (byId.has(a.id)) emit(p, ["agencies", i, "id"], "agency/duplicate-id", { id: a.id });
      else byId.set(a.id, a);
      [a.name, ...a.aliases].forEach((n, k) => {
        if (k === 0 && n === "") return;
        const key = fold(n);
        const owner = names.get(key);
        if (owner !== undefined && owner !== a.id) {
          emit(p, k === 0 ? ["agencies", i, "name"] : ["agencies", i, "aliases", k - 1], "agency/duplicate-alias", { name: n, other: owner }, "warning");
        } else names.set(key, a.id);
      });
    }
  }
  for (const { file, agencies } of agencyFiles) {
    const p = file.parsed!;
    for (const { agency: a, index: i, kindKnown } of agencies) {
      // An id that cannot be read may be the one a member or a parent names: unknown ids are then held back.
      if (registryComplete) {
        a.members.forEach((m, k) => {
          if (!byId.has(m)) emit(p, ["agencies", i, "members", k], "agency/unknown-member", { id: m, suggestion: nearest(m, [...byId.keys()]) ?? "" });
        });
      }
      if (a.members.length && kindKnown && a.kind !== "group") emit(p, ["agencies", i, "members"], "agency/member-not-allowed", { id: a.id, kind: a.kind });
      if (registryComplete && a.parent && !byId.has(a.parent))
        emit(p, ["agencies", i, "parent"], "agency/unknown", { id: a.parent, suggestion: nearest(a.parent, [...byId.keys()]) ?? "" });
    }
  }
  return byId;
}

function checkTasks(facts: RuleInput, registry: Map<string, Agency>, emit: Emit): void {
  const { planFile, tasks, unread } = facts;
  const areaNumbers = new Set(facts.areas.map((a) => a.number));
  const byId = new Map<string, TaskRead>();
  const byArea = new Map<number, TaskRead[]>();
  const agencyIds = [...registry.keys()];

  for (const entry of tasks) {
    const { file, task } = entry;
    const p = file.parsed!;
    const expectedId = `${task.area}.${task.letter}`;
    if (entry.idKnown && task.id !== expectedId) emit(p, ["id"], "task/id-mismatch", { id: task.id, expected: expectedId });
    const expectedName = `${task.area}-${letterToAscii(task.letter)}.yaml`;
    const name = basename(file.path);
    if (name !== expectedName && name !== expectedName.replace(/\.yaml$/, ".yml")) {
      emit(p, ["id"], "task/file-name", { name, expected: expectedName, id: task.id });
    }
    if (entry.idKnown) {
      const first = byId.get(task.id);
      if (first) emit(p, ["id"], "task/duplicate-id", { id: task.id, other: first.file.display });
      else byId.set(task.id, entry);
    }
    if (facts.areasComplete && !areaNumbers.has(task.area)) {
      emit(p, ["area"], "task/unknown-area", { area: task.area, areas: [...areaNumbers].join(", ") });
    } else if (areaNumbers.has(task.area)) {
      const list = byArea.get(task.area) ?? [];
      list.push(entry);
      byArea.set(task.area, list);
    }
    checkRefs(p, task, registry, agencyIds, facts.registryComplete, emit);
    if (entry.deadlineKnown && facts.year !== undefined) checkDeadline(p, task, facts.year, emit);
    checkTargets(p, task, emit);
  }

  // Letters in each area: a, b, c, d, đ, e, g, … with no gap and no repeat. A task file whose letter cannot be read
  // may fill a gap: gaps are then not reported in its area (in any area, when its area cannot be read either).
  for (const [area, entries] of byArea) {
    const sorted = [...entries].sort((x, y) => letterIndex(x.task.letter) - letterIndex(y.task.letter));
    const gapsKnown = !unread.all && !unread.areas.has(area);
    let expected = 0;
    let prev: TaskRead | undefined;
    for (const e of sorted) {
      const idx = letterIndex(e.task.letter);
      if (prev && prev.task.letter === e.task.letter) {
        if (prev.task.id !== e.task.id) emit(e.file.parsed!, ["letter"], "task/letter-repeat", { letter: e.task.letter, area, other: prev.file.display });
        prev = e;
        continue;
      }
      if (idx > expected && gapsKnown) {
        emit(e.file.parsed!, ["letter"], "task/letter-gap", {
          letter: e.task.letter,
          area,
          missing: TASK_LETTERS.slice(expected, idx).join(", "),
        });
      }
      expected = idx + 1;
      prev = e;
    }
  }
  if (planFile && !unread.all) {
    const planP = planFile.parsed!;
    const anyTask = tasks.length > 0 || unread.areas.size > 0;
    for (const a of facts.areas) {
      if (!byArea.has(a.number) && !unread.areas.has(a.number) && anyTask) emit(planP, ["areas", a.index], "task/empty-area", { area: a.number }, "warning");
    }
  }
}

function checkRefs(p: ParsedYaml, task: Task, registry: Map<string, Agency>, agencyIds: string[], registryComplete: boolean, emit: Emit): void {
  const seen = new Map<string, string>();
  for (const role of ["lead", "support"] as const) {
    task[role].forEach((r, i) => {
      const raw = (p.value as Record<string, unknown[]>)[role]?.[i];
      const path: PathSegment[] = typeof raw === "string" ? [role, i] : [role, i, "agency"];
      if (!registry.has(r.agency)) {
        // Held back while the registry cannot be read whole: the id may be one of the agencies not read.
        if (registryComplete) emit(p, path, "agency/unknown", { id: r.agency, suggestion: suggestAgency(r.agency, registry, agencyIds) });
        return;
      }
      const before = seen.get(r.agency);
      if (before) emit(p, path, "task/duplicate-agency", { id: r.agency, role, other: before }, "warning");
      else seen.set(r.agency, role);
    });
  }
}

function suggestAgency(value: string, registry: Map<string, Agency>, ids: string[]): string {
  const byId = nearest(value, ids);
  if (byId) return byId;
  const v = fold(value);
  for (const a of registry.values()) if ([a.name, ...a.aliases].some((n) => fold(n) === v)) return a.id;
  return "";
}

function checkDeadline(p: ParsedYaml, task: Task, planYear: number, emit: Emit): void {
  const d = task.deadline;
  const dates: [PathSegment[], string][] = [];
  if (d.kind === "date" && d.date) dates.push([["deadline", "date"], d.date]);
  milestonesOf(d).forEach((m, i) => dates.push([["deadline", "milestones", i, "date"], m.date]));
  let datesOk = true;
  for (const [path, value] of dates) {
    if (!isIsoDate(value)) {
      emit(p, path, "deadline/invalid-date", { actual: value });
      datesOk = false;
    }
  }
  if (!datesOk) return;
  const read = parseDeadlineText(d.text, planYear);
  if (!read) {
    emit(p, ["deadline", "text"], "deadline/unparsed", { text: d.text, kind: d.kind }, "warning");
  } else {
    const fields = meaningMismatches(d, read);
    if (fields.length) {
      const f = fields[0]!;
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects are shown as JSON; what is left is a scalar
      const show = (v: unknown) => (v === undefined ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v));
      const readVal =
        f === "milestones" ? (read.kind === "milestones" ? read.milestones.map((m) => m.date).join(", ") : undefined) : (read as Record<string, unknown>)[f];
      const statedVal =
        f === "milestones" ? (d.kind === "milestones" ? d.milestones.map((m) => m.date).join(", ") : undefined) : (d as unknown as Record<string, unknown>)[f];
      emit(p, (p.value as Record<string, Record<string, unknown>>).deadline?.[f] !== undefined ? ["deadline", f] : ["deadline", "kind"], "deadline/mismatch", {
        field: f,
        written: show(readVal),
        stated: show(statedVal),
        text: d.text,
      });
    }
  }
  if (d.kind === "milestones") {
    for (let i = 1; i < d.milestones.length; i++) {
      if (d.milestones[i]!.date <= d.milestones[i - 1]!.date)
        emit(p, ["deadline", "milestones", i, "date"], "deadline/milestone-order", { label: d.milestones[i]!.label, previous: d.milestones[i - 1]!.label });
    }
  }
  if (!d.outsidePlanYear) {
    const years = dueDates(d).map((x) => Number(x.date.slice(0, 4)));
    years.push(...yearsBeyondDueDates(d));
    const outside = years.find((y) => y !== planYear);
    if (outside !== undefined) emit(p, ["deadline"], "deadline/outside-plan-year", { year: outside, planYear });
  }
}

function checkTargets(p: ParsedYaml, task: Task, emit: Emit): void {
  const ids = new Set<string>();
  task.targets.forEach((t, i) => {
    if (ids.has(t.id)) emit(p, ["targets", i, "id"], "target/duplicate-id", { id: t.id });
    ids.add(t.id);
    if (t.comparison !== "increase" && t.value === undefined) emit(p, ["targets", i, "comparison"], "target/value-missing", { comparison: t.comparison });
    if (t.unit === "%" && t.value !== undefined && (t.value < 0 || t.value > 100))
      emit(p, ["targets", i, "value"], "target/percent-range", { value: t.value }, "warning");
  });
}
