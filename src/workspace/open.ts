// Opening a plan folder from a file source: read every file once, check schemas and rules, build the Plan; and
// finding the plan folders of a data folder and choosing one (--plan, the only one, or the latest year's).
import { existsSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { Diagnostic } from "../model/diagnostic";
import type { Agency, Task } from "../model/types";
import { letterIndex } from "../model/vietnamese";
import { kindFromLocation, loadFile, type LoadedFile } from "../load/files";
import { toDecision, toLineage, toPlanMeta } from "../load/build";
import { diagnosticAtPath } from "../load/yaml";
import { checkSchemaFull } from "../validate/schema";
import { readFacts, type OpenedPlan } from "../validate/facts";
import { checkPlanRules } from "../validate/rules";
import { DataDirError, UsageError } from "./errors";
import type { FileSource } from "./source";

export type { OpenedPlan } from "../validate/facts";

type Loaded = ReturnType<typeof loadFile>;

/** Files read before their plan is opened (plan.yaml, for the plan's year and language), kept for openPlan. */
const early = new WeakMap<FileSource, Map<string, Loaded>>();

/** Read and parse one file of a source; read again only if openPlan has taken it since. */
function loadEarly(source: FileSource, path: string): Loaded {
  let memo = early.get(source);
  if (!memo) early.set(source, (memo = new Map()));
  let got = memo.get(path);
  if (!got) memo.set(path, (got = loadFile(path, source.display(path), source.read(path))));
  return got;
}

/** A file as openPlan reads it: the one read early when there is one (then forgotten), else read now. */
function loadForPlan(source: FileSource, path: string): Loaded {
  const memo = early.get(source);
  const got = memo?.get(path);
  if (got) {
    memo!.delete(path);
    return got;
  }
  return loadFile(path, source.display(path), source.read(path));
}

/** Read and check one plan folder. */
export function openPlan(source: FileSource, dir: string): OpenedPlan {
  const walked = source.list(dir);
  const diagnostics: Diagnostic[] = [...walked.diagnostics];
  const files: LoadedFile[] = [];
  for (const path of walked.files) {
    const { file, diagnostics: ds } = loadForPlan(source, path);
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
      file: source.display(join(dir, "plan.yaml")),
      line: 1,
      column: 1,
      severity: "error",
      code: "plan/missing",
      args: { dir: source.display(dir) },
    });
  }
  const agencyFiles = files.filter((f) => f.kind === "agencies");
  if (agencyFiles.length === 0 && !located("agencies")) {
    diagnostics.push({
      file: source.display(join(dir, "agencies.yaml")),
      line: 1,
      column: 1,
      severity: "error",
      code: "plan/agencies-missing",
      args: { dir: source.display(dir) },
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
export function findPlans(source: FileSource, dataDir: string): string[] {
  const kind = source.kind(dataDir);
  if (kind === undefined) throw new DataDirError("missing", dataDir);
  if (kind !== "folder") throw new DataDirError("not-a-folder", dataDir);
  const dirs = source.planDirs(dataDir);
  if (dirs.length === 0) throw new DataDirError("no-plan", dataDir);
  return dirs;
}

/** A value of a plan folder's plan.yaml (its year, its language), read once for the whole run. */
export function planValue(source: FileSource, dir: string, key: string): unknown {
  const path = join(dir, "plan.yaml");
  const known = source.remembered?.(path);
  if (known) return known[key];
  const value = loadEarly(source, path).file.parsed?.value;
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
}

/** Which plan folder a --plan option (folder name or plan id), else the only plan, else the latest year's, picks. */
function pickPlanDir(
  source: FileSource,
  dirs: readonly string[],
  planOption: string | undefined,
): { dir: string } | { unknown: true } | { ambiguous: string[] } {
  if (planOption) {
    const hit = dirs.filter((d) => basename(d) === planOption || d.endsWith(`/${planOption}`));
    return hit.length === 1 ? { dir: hit[0]! } : { unknown: true };
  }
  if (dirs.length === 1) return { dir: dirs[0]! };
  const years = dirs.map((d) => {
    const y = planValue(source, d, "year");
    return { d, y: typeof y === "number" ? y : -1 };
  });
  const max = Math.max(...years.map((x) => x.y));
  const latest = years.filter((x) => x.y === max);
  return latest.length === 1 ? { dir: latest[0]!.d } : { ambiguous: latest.map((x) => basename(x.d)) };
}

/** Choose one plan folder: --plan (folder name or plan id), else the only plan, else the latest year's; a UsageError if none. */
export function choosePlanDir(source: FileSource, dirs: readonly string[], planOption: string | undefined): string {
  const pick = pickPlanDir(source, dirs, planOption);
  if ("dir" in pick) return pick.dir;
  if ("unknown" in pick) throw new UsageError("ui.unknownPlan", [planOption, dirs.map((d) => basename(d))]);
  throw new UsageError("ui.ambiguousPlan", [pick.ambiguous]);
}

/** The plan folder a run works on, from --data and --plan; throws a DataDirError or a UsageError. */
export function planDirFor(source: FileSource, dataDir: string, planOption: string | undefined): string {
  return choosePlanDir(source, findPlans(source, dataDir), planOption);
}

/** What openPlan read of a plan folder's plan.yaml that a run needs before opening it (year, language), for a cache to keep. */
export function planHeader(opened: OpenedPlan): Record<string, unknown> | undefined {
  const value = opened.files.find((f) => f.path === join(opened.dir, "plan.yaml"))?.parsed?.value;
  if (value === null || typeof value !== "object") return undefined;
  const header: Record<string, unknown> = {};
  for (const key of ["year", "language"]) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v === "string" || typeof v === "number") header[key] = v;
  }
  return header;
}
