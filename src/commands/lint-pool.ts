// Linting many plans at once: the plan folders are shared between the main thread and worker threads
// (each plan is linted whole, since rules cross its files). Used for large repositories only.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import type * as V8 from "node:v8";
import type * as WorkerThreads from "node:worker_threads";
import type { MessagePort } from "node:worker_threads";
import type { Diagnostic } from "../model/diagnostic";
import { openPlan } from "../validate/open";
import { checkProgress } from "../validate/progress";

/** What lint found in one plan folder. */
export interface PlanResult {
  dir: string;
  diagnostics: Diagnostic[];
  filesChecked: number;
}

/** Lint one plan folder: schema, plan rules, progress rules. */
export function lintPlanDir(dir: string, cwd: string): PlanResult {
  const opened = openPlan(dir, cwd);
  return { dir, diagnostics: [...opened.diagnostics, ...checkProgress(opened)], filesChecked: opened.files.length };
}

/**
 * Below this many plans, a worker costs more than it saves: it starts, loads par and optimises the hot code again.
 * Measured on 2 cores (hyperfine, 8 runs each, with optimiseLater below): 40 plans 0.40 s alone vs 0.43 s with a
 * worker; 160 plans 0.77 vs 0.73; 315 plans (17,641 files) 1.18 vs 1.03–1.06; 1,260 plans 3.5–4.4 vs 2.7–3.1.
 */
export const MIN_PLANS_FOR_WORKERS = 200;

/** The script a worker runs: bin/par next to the bundle (undefined when not running from the bundle). */
function workerEntry(): string | undefined {
  const entry = resolve(__dirname, "..", "bin", "par");
  return existsSync(entry) && existsSync(resolve(__dirname, "cli.cjs")) ? entry : undefined;
}

/** How many worker threads to use for a number of plans: PAR_WORKERS if set, else one per spare core (at most 3). */
export function workerCount(plans: number, env: Record<string, string | undefined>): number {
  const forced = env.PAR_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), Math.max(0, plans - 1));
  if (plans < MIN_PLANS_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}

interface WorkerInput {
  parLint: true;
  dirs: string[];
  cwd: string;
}

/**
 * Each thread optimises the hot code on its own, and V8's optimising compiler then runs on the cores the threads
 * need: 1.1 s of compiling per thread for a 17,641-file repository (node --trace-opt), as much as the linting
 * itself. A larger interrupt budget makes V8 optimise fewer functions, later, and only the hottest: with a worker,
 * 0.97 s instead of 1.18 s on that repository (2 cores; hyperfine, 6 runs each). Process-wide, so set before the
 * workers start and before this thread runs the lint code; a V8 without the flag ignores it.
 */
function optimiseLater(): void {
  (require("node:v8") as typeof V8).setFlagsFromString("--interrupt-budget=500000");
}

/** Lint plan folders, spreading them over `workers` threads plus this one; results in the order of `dirs`. */
export async function lintPlans(dirs: string[], cwd: string, workers: number): Promise<PlanResult[]> {
  const entry = workers > 0 ? workerEntry() : undefined;
  if (!entry || workers <= 0 || dirs.length < 2) return dirs.map((d) => lintPlanDir(d, cwd));
  optimiseLater();
  // Loaded here: most runs lint a plan or a few and start no thread.
  const { Worker } = require("node:worker_threads") as typeof WorkerThreads;
  // Round-robin shares: neighbouring plans (same province, similar size) land on different threads.
  const shares: string[][] = Array.from({ length: workers + 1 }, () => []);
  dirs.forEach((d, i) => shares[i % shares.length]!.push(d));
  const pending = shares.slice(1).map(
    (share) =>
      new Promise<PlanResult[]>((resolveShare, rejectShare) => {
        const input: WorkerInput = { parLint: true, dirs: share, cwd };
        const w = new Worker(entry, { workerData: input, argv: ["--par-lint-worker"] });
        w.once("message", (results: PlanResult[]) => resolveShare(results));
        w.once("error", rejectShare);
        // A worker that stops without its results (whatever its exit code) must not leave this run waiting.
        w.once("exit", (code) => rejectShare(new Error(`lint worker stopped with code ${code} before sending its results`)));
      }),
  );
  // A worker starts running only once this thread's event loop turns: yield between plans, so the workers start
  // at once and this thread's share runs beside theirs.
  const mine: PlanResult[] = [];
  for (const d of shares[0]!) {
    await new Promise<void>((done) => setImmediate(done));
    mine.push(lintPlanDir(d, cwd));
  }
  const theirs = (await Promise.all(pending)).flat();
  const byDir = new Map([...mine, ...theirs].map((r) => [r.dir, r] as const));
  return dirs.map((d) => byDir.get(d)!);
}

/** A worker thread's work: lint its share and post the results back. */
export function lintWorker(input: WorkerInput, port: MessagePort): void {
  port.postMessage(input.dirs.map((d) => lintPlanDir(d, input.cwd)));
}
