// Progress rules: quarterly progress files against their place and the plan (tasks, agencies, targets, milestones,
// the reporting period's cut-off), and against each other (duplicates, conflicts).
import type { Diagnostic, DiagnosticCode, Severity } from "../model/diagnostic";
import { buildRegistry, isAssigned } from "../model/agencies";
import { formatViDate, parseDate } from "../model/dates";
import { isOngoing, milestonesOf } from "../model/deadline";
import { periodInPlan, periodKey, planSpan, reportingWindow, reportQuarters } from "../model/period";
import { milestoneIndex, parseQuarterKey, quarterOrdinal, type ProgressEntry } from "../model/progress";
import { readProgressFiles, readableEntry, type ProgressFileRead } from "../load/progress";
import { badAt } from "../load/files";
import { mayBeUnreadTask, type OpenedPlan, type TaskRead } from "./facts";
import { diagnosticAtPath, type PathSegment } from "../load/yaml";
import { nearest } from "./schema";
import { nearTaskIds } from "../model/task-ids";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An entry's values the checks read: with a schema error in one of them, the entry is not checked further. */
const ENTRY_FACTS = ["task", "agency", "state", "completed", "milestones", "evidence"];

interface Seen {
  read: ProgressFileRead;
  index: number;
  entry: ProgressEntry;
}

/**
 * Check the progress files of an opened plan against their place and the plan; diagnostics in no particular order.
 * `given`: the files as readProgressFiles read them, when the caller has them already (status reads them once).
 */
export function checkProgress(opened: OpenedPlan, given?: readonly ProgressFileRead[]): Diagnostic[] {
  const plan = opened.plan;
  // Over what can be read of the plan (opened.facts) and of each progress file, even with schema errors: a fact
  // that cannot be read holds back the checks that need it rather than blaming another file.
  const facts = opened.facts;
  const readTasks = new Map<string, TaskRead>();
  for (const t of facts.tasks) if (!readTasks.has(t.task.id)) readTasks.set(t.task.id, t);
  const reads =
    given ??
    readProgressFiles(
      opened.files,
      opened.dir,
      [...readTasks.values()].map((t) => t.task),
      true,
    );
  const out: Diagnostic[] = [];
  const agencyList = facts.agencyFiles.flatMap((f) => f.agencies.map((a) => a.agency));
  const registry = facts.agencyFiles.length ? buildRegistry(agencyList) : undefined;
  const samePeriod = new Map<string, Seen>();
  const history = new Map<string, Seen[]>();
  const span = plan ? planSpan(plan) : undefined;

  for (const read of reads) {
    const p = read.file.parsed!;
    const emit = (
      path: readonly PathSegment[],
      code: DiagnosticCode,
      args: Record<string, string | number> = {},
      severity: Severity = "error",
      which: "value" | "key" = "value",
    ) => out.push(diagnosticAtPath(p, path, code, args, severity, which));
    const raw = read.raw;
    const period = raw.period as string;

    // The file's place and its period.
    if (!read.location) emit(["period"], "progress/misplaced", { period }, "warning");
    else {
      if (read.location.period !== period) {
        emit(["period"], "progress/period-mismatch", {
          location: read.location.folder ? `progress/${read.location.period}/` : `progress/${read.location.period}.yaml`,
          period,
        });
      }
      if (read.location.folder && raw.agency && read.location.name !== raw.agency)
        emit(["agency"], "progress/agency-file-name", { name: read.location.name ?? "", agency: raw.agency }, "warning");
    }

    const q = parseQuarterKey(period)!;
    // A quarter far from the plan is a typo (2204-Q4 for 2024-Q4): no report of this plan covers it (docs/data-format.md, "Periods").
    if (span && !periodInPlan({ kind: "quarter", year: q.year, quarter: q.quarter }, span)) {
      const { first, last } = reportQuarters(span);
      emit(["period"], "progress/outside-plan", { period, first: periodKey(first), last: periodKey(last), planYear: plan!.meta.year });
    }
    const cutoff = facts.reporting ? reportingWindow({ kind: "quarter", year: q.year, quarter: q.quarter }, facts.reporting).end : undefined;
    const checkDate = (value: unknown, path: readonly PathSegment[], lateSeverity: Severity) => {
      if (typeof value !== "string") return;
      const iso = parseDate(value);
      if (!iso) emit(path, "progress/invalid-date", { actual: value });
      else if (cutoff && iso > cutoff)
        emit(path, "progress/date-after-cutoff", { date: formatViDate(iso), cutoff: formatViDate(cutoff), period }, lateSeverity);
    };
    const checkEvidence = (list: unknown, path: readonly PathSegment[]) => {
      if (Array.isArray(list)) (list as Raw[]).forEach((ev, k) => checkDate(ev.date, [...path, k, "date"], "warning"));
    };

    let reportedBadFileAgency = false;
    const entries = raw.entries as Raw[];
    for (let i = 0; i < entries.length; i++) {
      // An entry with a schema error in what the checks below read is left to its schema message.
      if (read.bad && ENTRY_FACTS.some((k) => badAt(read.bad, `/entries/${i}/${k}`))) continue;
      const e = read.bad ? readableEntry(entries[i], read.bad, `/entries/${i}`) : entries[i]!;
      const at = (...rest: PathSegment[]): PathSegment[] => ["entries", i, ...rest];
      const entry = read.entries[i]!;
      checkDate(e.completed, ["entries", i, "completed"], "error");
      checkEvidence(e.evidence, ["entries", i, "evidence"]);
      if (Array.isArray(e.milestones)) {
        (e.milestones as Raw[]).forEach((m, k) => {
          checkDate(m.completed, ["entries", i, "milestones", k, "completed"], "error");
          checkEvidence(m.evidence, ["entries", i, "milestones", k, "evidence"]);
        });
      }
      const known = readTasks.get(e.task);
      if (!known) {
        if (!mayBeUnreadTask(facts, e.task)) {
          const ids = [...readTasks.keys()];
          emit(at("task"), "progress/unknown-task", { task: e.task, suggestion: nearTaskIds(e.task, ids, 1)[0] ?? nearest(e.task, ids) ?? "" });
        }
        continue;
      }
      const task = known.task;
      if (!registry) continue;
      const own = typeof e.agency === "string";
      const agencyPath = own ? at("agency") : at("task");
      if (!registry.byId.has(entry.agency)) {
        if (facts.registryComplete && (own || !reportedBadFileAgency)) {
          emit(own ? at("agency") : ["agency"], "progress/unknown-agency", {
            agency: entry.agency,
            suggestion: nearest(entry.agency, [...registry.byId.keys()]) ?? "",
          });
          if (!own) reportedBadFileAgency = true;
        }
      } else if (facts.registryComplete && known.refsComplete && !isAssigned(entry.agency, task, registry)) {
        emit(agencyPath, "progress/not-assigned", { agency: entry.agency, task: task.id });
      }
      if (entry.unfilled) {
        // Left as the template wrote it: not a report, so nothing else about it is checked against other entries.
        emit(at(), "progress/unfilled", { task: task.id }, "warning");
        continue;
      }
      checkEntryAgainstTask(e, entry, known, at, emit);

      const key = `${period}|${task.id}|${entry.agency}`;
      const first = samePeriod.get(key);
      if (first) {
        const where = `${first.read.file.display}:${diagnosticAtPath(first.read.file.parsed!, ["entries", first.index], "progress/duplicate-entry").line}`;
        if (signature(first.entry) === signature(entry)) emit(at("task"), "progress/duplicate-entry", { task: task.id, agency: entry.agency, other: where });
        else
          emit(at("task"), "progress/conflict", {
            task: task.id,
            agency: entry.agency,
            kind: "same-period",
            was: describe(first.entry),
            now: describe(entry),
            other: where,
          });
      } else {
        samePeriod.set(key, { read, index: i, entry });
        const hk = `${task.id}|${entry.agency}`;
        const seen = history.get(hk);
        if (seen) seen.push({ read, index: i, entry });
        else history.set(hk, [{ read, index: i, entry }]);
      }
    }
  }

  // The same agency's reports on a task over the quarters: a completed task stays completed, on the same day.
  for (const list of history.values()) {
    list.sort((a, b) => quarterOrdinal(a.entry.period) - quarterOrdinal(b.entry.period));
    for (let k = 1; k < list.length; k++) {
      const prev = list[k - 1]!.entry;
      const cur = list[k]!;
      const known = readTasks.get(cur.entry.task);
      if (!known || !known.deadlineKnown || isOngoing(known.task.deadline) || prev.state !== "done") continue;
      const task = known.task;
      const kind =
        cur.entry.state !== "done" ? "undone" : prev.completed && cur.entry.completed && prev.completed !== cur.entry.completed ? "changed-date" : undefined;
      if (!kind) continue;
      out.push(
        diagnosticAtPath(
          cur.read.file.parsed!,
          ["entries", cur.index, kind === "undone" ? "state" : "completed"],
          "progress/conflict",
          {
            task: task.id,
            agency: cur.entry.agency,
            kind,
            was: describe(prev),
            now: describe(cur.entry),
            other: prev.period,
          },
          "warning",
        ),
      );
    }
  }
  return out;
}

function checkEntryAgainstTask(
  e: Raw,
  entry: ProgressEntry,
  { task, deadlineKnown, targetsComplete }: TaskRead,
  at: (...rest: PathSegment[]) => PathSegment[],
  emit: (path: readonly PathSegment[], code: DiagnosticCode, args?: Record<string, string | number>, severity?: Severity, which?: "value" | "key") => void,
): void {
  const ongoing = isOngoing(task.deadline);
  const milestones = milestonesOf(task.deadline);
  // A deadline that cannot be read (a schema error in the task file) holds back what depends on it: milestones,
  // whether the task is ongoing, the evidence given per milestone.
  if (deadlineKnown && Array.isArray(e.milestones)) {
    (e.milestones as Raw[]).forEach((m, k) => {
      if (milestoneIndex(task, m.milestone) < 0) {
        emit(at("milestones", k, "milestone"), "progress/unknown-milestone", {
          task: task.id,
          milestone: String(m.milestone),
          milestones: milestones.map((x) => x.label).join(", "),
        });
      }
    });
  }
  if (deadlineKnown && e.state === "done" && !ongoing && e.completed == null) {
    const allMilestones = milestones.length > 0 && milestones.every((_, i) => entry.milestones.some((m) => m.index === i && m.completed));
    if (!allMilestones) emit(at("state"), "progress/done-without-date", { task: task.id });
  }
  if (e.state !== "done" && typeof e.completed === "string") emit(at("completed"), "progress/completed-not-done", { task: task.id, state: e.state }, "warning");
  if (deadlineKnown && e.state === "done" && entry.evidence.length === 0 && !entry.milestones.some((m) => m.evidence.length > 0) && !hasRawEvidence(e)) {
    emit(at("state"), "progress/no-evidence", { task: task.id }, "warning");
  }
  if (e.targets == null || !targetsComplete) return;
  const ids = task.targets.map((t) => t.id);
  for (const key of Object.keys(e.targets as Raw)) {
    if (!ids.includes(key))
      emit(
        at("targets", key),
        "progress/unknown-target",
        { task: task.id, target: key, suggestion: nearest(key, ids) ?? "", targets: ids.join(", ") },
        "error",
        "key",
      );
  }
}

/** Evidence written but with an unreadable date still counts as evidence given (the date is reported on its own). */
function hasRawEvidence(e: Raw): boolean {
  return Array.isArray(e.evidence) && e.evidence.length > 0;
}

/** What decides whether two reports of the same agency on the same task agree. */
function signature(e: ProgressEntry): string {
  return JSON.stringify([e.state, e.completed ?? null, e.milestones.map((m) => [m.index, m.completed ?? null])]);
}

/** A report's state and date for a message: "done 05/09/2024", "in-progress". */
function describe(e: ProgressEntry): string {
  return e.state === "done" && e.completed ? `${e.state} ${formatViDate(e.completed)}` : e.state;
}
