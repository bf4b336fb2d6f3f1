// Opening plans: read every file of a plan folder, check schemas and rules, and build the Plan commands use.
import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Diagnostic } from "../model/diagnostic";
import type { Agency, Plan, Task } from "../model/types";
import { letterIndex } from "../model/vietnamese";
import { kindFromLocation, loadFile, type LoadedFile } from "../load/files";
import { displayPath, discoverPlanDirs, walkYaml } from "../load/repo";
import { toDecision, toLineage, toPlanMeta } from "../load/build";
import { diagnosticAtPath } from "../load/yaml";
import { checkSchemaFull } from "./schema";
import { readFacts, type PlanFacts } from "./facts";
import { checkPlanRules } from "./rules";

/** A plan folder after reading: the plan (when its plan and agency files are valid), its files, and all problems. */
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

/** Read and check one plan folder. */
export function openPlan(dir: string, cwd: string): OpenedPlan {
  const walked = walkYaml(dir, cwd);
  const diagnostics: Diagnostic[] = [...walked.diagnostics];
  const files: LoadedFile[] = [];
  for (const path of walked.files) {
    const { file, diagnostics: ds } = loadFile(path, displayPath(path, cwd));
    diagnostics.push(...ds);
    if (file.kind && file.parsed && ds.length === 0) {
      const { diagnostics: schemaDs, bad } = checkSchemaFull(file.parsed, file.kind);
      diagnostics.push(...schemaDs);
      file.valid = schemaDs.length === 0;
      if (!file.valid) file.bad = bad;
    }
    files.push(file);
  }
  const opened: OpenedPlan = { dir, files, taskFiles: [], diagnostics, facts: undefined! };

  const planFiles = files.filter((f) => f.kind === "plan");
  const mainPlan = planFiles.find((f) => f.path === join(dir, "plan.yaml")) ?? planFiles[0];
  for (const f of planFiles) {
    if (f !== mainPlan && f.parsed) diagnostics.push(diagnosticAtPath(f.parsed, ["format"], "plan/duplicate", { other: mainPlan!.display }));
  }
  // A plan.yaml or agencies.yaml that cannot be read has its own message: it is not also reported missing.
  const located = (kind: "plan" | "agencies") => files.some((f) => f.kind === undefined && kindFromLocation(f.path) === kind);
  if (!mainPlan && !located("plan")) {
    diagnostics.push({
      file: displayPath(join(dir, "plan.yaml"), cwd),
      line: 1,
      column: 1,
      severity: "error",
      code: "plan/missing",
      args: { dir: displayPath(dir, cwd) },
    });
  }
  const agencyFiles = files.filter((f) => f.kind === "agencies");
  if (agencyFiles.length === 0 && !located("agencies")) {
    diagnostics.push({
      file: displayPath(join(dir, "agencies.yaml"), cwd),
      line: 1,
      column: 1,
      severity: "error",
      code: "plan/agencies-missing",
      args: { dir: displayPath(dir, cwd) },
    });
  }
  // The rules run over what can be read of every file, valid or not (schema and rule problems in one run).
  const facts = readFacts(files, mainPlan);
  opened.facts = facts;
  const taskFiles = facts.tasks.filter((t) => t.file.valid);
  opened.taskFiles = taskFiles;
  diagnostics.push(...checkPlanRules(facts));
  if (!mainPlan?.valid || agencyFiles.length === 0 || agencyFiles.some((f) => !f.valid)) return opened;

  const agencies: Agency[] = [];
  const seen = new Set<string>();
  for (const { agencies: list } of facts.agencyFiles)
    for (const { agency: a } of list)
      if (!seen.has(a.id)) {
        seen.add(a.id);
        agencies.push(a);
      }
  const tasks = taskFiles.map((t) => t.task).sort(compareTasks);
  const lineage = agencyFiles.flatMap((f) => toLineage(f.parsed!.value as Record<string, unknown>));
  opened.plan = { meta: toPlanMeta(mainPlan.parsed!.value as Record<string, unknown>), dir, agencies, lineage, tasks };
  const decision = files.find((f) => f.kind === "decision" && f.valid);
  if (decision) opened.plan.decision = toDecision(decision.parsed!.value as Record<string, unknown>, decision.display);
  return opened;
}

/** Order tasks by area, then letter in Vietnamese order. */
export function compareTasks(a: Task, b: Task): number {
  return a.area - b.area || letterIndex(a.letter) - letterIndex(b.letter);
}

/**
 * Where to look for plans: the --data folder (relative to cwd), else the nearest folder named `data` in cwd or a folder
 * above it, up to the top of the git repository holding cwd (the folder with `.git`), so that par runs from anywhere
 * inside a plan repository. When there is none, ./data (which the messages then name as missing).
 */
export function resolveDataDir(cwd: string, dataOption?: string): string {
  if (dataOption !== undefined) return resolve(cwd, dataOption);
  const start = resolve(cwd);
  for (let dir = start; ;) {
    const candidate = join(dir, "data");
    try {
      if (statSync(candidate).isDirectory()) return candidate;
    } catch {
      // no data folder here: look further up
    }
    const up = dirname(dir);
    if (up === dir || existsSync(join(dir, ".git"))) break;
    dir = up;
  }
  return join(start, "data");
}

/** The plan folders under a data folder; throws a DataDirError when there is none. */
export function findPlans(dataDir: string): string[] {
  if (!existsSync(dataDir)) throw new DataDirError("missing", dataDir);
  if (!statSync(dataDir).isDirectory()) throw new DataDirError("not-a-folder", dataDir);
  const dirs = discoverPlanDirs(dataDir);
  if (dirs.length === 0) throw new DataDirError("no-plan", dataDir);
  return dirs;
}

/** A data folder that cannot be used: missing, not a folder, or holding no plan. */
export class DataDirError extends Error {
  constructor(
    readonly reason: "missing" | "not-a-folder" | "no-plan" | "unknown-plan" | "ambiguous-plan",
    readonly dir: string,
    readonly detail = "",
  ) {
    super(`${reason}: ${dir}`);
  }
}
