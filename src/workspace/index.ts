// The workspace: a plan and its progress read from a file source (a folder on disk, a git revision in memory), each
// file once, returned with every problem as data. Commands go options → workspace → report → format.
import type { Diagnostic } from "../model/diagnostic";
import type { Plan } from "../model/types";
import type { Progress } from "../model/progress";
import { buildProgress, readProgressFiles, type ProgressFileRead } from "../load/progress";
import { checkProgress } from "../validate/progress";
import { PlanProblemsError, UsageError } from "./errors";
import { openPlan, planDirFor, planValue, type OpenedPlan } from "./open";
import type { FileSource } from "./source";

export { diskSource, memorySource, type FileSource } from "./source";
export { choosePlanDir, findPlans, openPlan, planHeader, resolveDataDir, type OpenedPlan } from "./open";

export interface WorkspaceOptions {
  /** The data folder (resolveDataDir). */
  dataDir: string;
  /** --plan: a plan folder's name or path below the data folder. */
  plan?: string | undefined;
  /** Read and check the progress files too (when the plan opens). */
  progress?: boolean;
}

/** A plan folder read: the plan when it opens, its progress when asked for, and every problem found, as data. */
export interface Workspace {
  dir: string;
  opened: OpenedPlan;
  /** The plan, when its plan and agency files are valid (it may still have rule errors: see `problems`). */
  plan?: Plan;
  /** The progress, when asked for and the plan opened. */
  progress?: Progress;
  /** Problems of the plan's files: schema, rules (and progress files' schema). */
  problems: Diagnostic[];
  /** Problems of the progress files against the plan (progress rules), when progress was asked for. */
  progressProblems: Diagnostic[];
  /** The progress files as read, that `progress` was built from. */
  progressFiles?: ProgressFileRead[];
}

/** Choose the plan folder (--plan, the only one, the latest year's), read it and, if asked, its progress. */
export function openWorkspace(source: FileSource, options: WorkspaceOptions): Workspace {
  const dir = planDirFor(source, options.dataDir, options.plan);
  const opened = openPlan(source, dir);
  const ws: Workspace = { dir, opened, problems: opened.diagnostics, progressProblems: [] };
  if (opened.plan) ws.plan = opened.plan;
  if (options.progress && opened.plan) {
    // Read once: the same reads are checked and become the progress.
    const reads = readProgressFiles(opened.files, dir, opened.plan.tasks);
    ws.progressFiles = reads;
    ws.progressProblems = checkProgress(opened, reads);
    ws.progress = buildProgress(reads);
  }
  return ws;
}

/** The workspace without one file (as shown): its problems and its progress entries left out (`progress init --force`). */
export function leaveOut(ws: Workspace, file: string | undefined): Workspace {
  if (file === undefined) return ws;
  const keep = (d: Diagnostic) => d.file !== file;
  const out: Workspace = { ...ws, problems: ws.problems.filter(keep), progressProblems: ws.progressProblems.filter(keep) };
  if (ws.progressFiles) {
    out.progressFiles = ws.progressFiles.filter((r) => r.file.display !== file);
    out.progress = buildProgress(out.progressFiles);
  }
  return out;
}

/** Errors only, in a PlanProblemsError that ends with `after`; undefined when there are none. */
function problemsError(ws: Workspace, ds: readonly Diagnostic[], after: UsageError): PlanProblemsError | undefined {
  const errors = ds.filter((d) => d.severity === "error");
  return errors.length ? new PlanProblemsError(errors, ws.opened.files.length, after) : undefined;
}

/** The plan, or a PlanProblemsError (exit 1) when it does not open or has errors. */
export function usablePlan(ws: Workspace): Plan {
  const e = problemsError(ws, ws.plan ? ws.problems : ws.opened.diagnostics, new UsageError("ui.fixFirst"));
  if (e) throw e;
  if (!ws.plan) throw new PlanProblemsError([], ws.opened.files.length, new UsageError("ui.fixFirst"));
  return ws.plan;
}

/** The plan and its progress, or a PlanProblemsError (exit 1) for errors in the plan or in its progress files. */
export function usableProgress(ws: Workspace): { plan: Plan; progress: Progress } {
  const plan = usablePlan(ws);
  const e = problemsError(ws, ws.progressProblems, new UsageError("status.progressErrors"));
  if (e) throw e;
  return { plan, progress: ws.progress! };
}

/** A whole plan folder as lint checks it: every problem of its files, its rules and its progress files. */
export function lintPlan(source: FileSource, dir: string): { opened: OpenedPlan; diagnostics: Diagnostic[] } {
  const opened = openPlan(source, dir);
  return { opened, diagnostics: [...opened.diagnostics, ...checkProgress(opened)] };
}

/**
 * The language plan.yaml declares (`language: vi`), read before anything else so that help and usage errors can speak
 * it; undefined when the plan cannot be found or read, or says nothing. The same choice of plan as the commands make;
 * what it reads stays for them (each file is read once in a run).
 */
export function planLanguage(source: FileSource, dataDir: string, planOption: string | undefined): string | undefined {
  try {
    const language = planValue(source, planDirFor(source, dataDir, planOption), "language");
    return typeof language === "string" ? language : undefined;
  } catch {
    return undefined;
  }
}
