// `par init [folder] [--plan ID --province NAME --year YYYY [--from PLAN]] [--repository OWNER/NAME] [--force]`:
// make a plan repository (data/, .gitignore, the CI workflow, the pre-commit config, editor settings, par's schemas),
// and/or add a plan folder to one (plan.yaml, agencies.yaml carried forward, an empty tasks/).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { initWords, defaultAreas } from "../i18n/init";
import { agenciesTextAt } from "../load/agencies-forward";
import { displayPath } from "../load/repo";
import { writeFileAtomic } from "../load/write";
import { findPlans, openPlan, resolveDataDir } from "../workspace";
import { PlanProblemsError, UsageError } from "../workspace/errors";
import { EXIT, writeFailureReason, type CommandContext } from "./context";

export interface InitOptions {
  province?: string;
  year?: string;
  from?: string;
  repository?: string;
  force?: boolean;
}

/** A file par init writes: its path inside the repository (forward slashes), its text; `keep`: a user's file once there (never replaced). */
interface PlannedFile {
  path: string;
  text: string;
  keep?: boolean;
}

/** A file carried from one plan to the next: its path inside the plan folder and its text. */
export interface CarriedFile {
  path: string;
  text: string;
}

/**
 * The agency files a new plan of `year` starts from, given those of the plan it is made from, through lineage: the
 * agencies that had ended before 1 January of `year` (merged, renamed, dissolved) are
 * left out, with the lineage events before that day (load/agencies-forward.ts): a 2026 plan made from the 2024 one
 * names the agencies after the 2025 reorganisation; a 2025 plan keeps the old ones with the events of 2025, since its
 * first months still name them.
 */
export function carryAgenciesForward(files: readonly CarriedFile[], context: { fromPlan: string; year: number }): readonly CarriedFile[] {
  return files.map((f) => ({ ...f, text: agenciesTextAt(f.text, `${context.year}-01-01`).text }));
}

const SCHEMAS = ["plan", "agencies", "task", "progress", "decision"] as const;
const PLACEHOLDER_REPOSITORY = "OWNER/par";

/** par's own package: its folder (with schemas/), version and GitHub repository when package.json names one. */
function parPackage(): { root: string; version: string; repository?: string } | undefined {
  // The bundle runs from dist/, the sources from src/commands/: the package is the nearest folder above with both.
  for (let d = __dirname; ; d = dirname(d)) {
    const pkgFile = join(d, "package.json");
    if (existsSync(pkgFile) && existsSync(join(d, "schemas", "plan.schema.json"))) {
      const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as { version?: string; repository?: string | { url?: string } };
      const url = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url;
      const m = url ? /github(?:\.com[/:]|:)([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(url) : null;
      return { root: d, version: pkg.version ?? "0.0.0", repository: m?.[1] };
    }
    if (dirname(d) === d) return undefined;
  }
}

/** True for a folder that does not exist, or holds nothing but a `.git` (a fresh `git init`). */
function isEmptyFolder(dir: string): boolean {
  if (!existsSync(dir)) return true;
  return statSync(dir).isDirectory() && readdirSync(dir).every((n) => n === ".git");
}

const isFolder = (p: string): boolean => existsSync(p) && statSync(p).isDirectory();

/** A YAML scalar: JSON's double-quoted string is YAML's, with Vietnamese kept as written. */
const q = (s: string): string => JSON.stringify(s);

function modeline(schema: string, depth: number): string {
  return `# yaml-language-server: $schema=${"../".repeat(depth)}schemas/${schema}.schema.json`;
}

/** The repository's own files: everything but the plans. */
function repositoryFiles(ctx: CommandContext, pkg: { root: string; version: string }, repository: string, firstPlan: string | undefined): PlannedFile[] {
  const w = initWords(ctx.lang);
  const files: PlannedFile[] = [];
  if (!firstPlan) files.push({ path: "data/.gitkeep", text: "" });
  files.push({ path: ".gitignore", text: [w.gitignore, "node_modules/", ".par-cache/", "*.log", ""].join("\n"), keep: true });
  files.push({
    path: ".github/workflows/par.yml",
    text: [
      ...w.workflow,
      "name: par",
      "",
      "on:",
      "  push:",
      "    branches: [main]",
      "  pull_request:",
      "",
      "permissions:",
      "  contents: read",
      "",
      "concurrency:",
      "  group: par-${{ github.ref }}",
      "  cancel-in-progress: true",
      "",
      "jobs:",
      "  plan:",
      "    name: par lint and par diff",
      "    runs-on: ubuntu-latest",
      "    timeout-minutes: 15",
      "    steps:",
      `      - name: ${q(w.checkout)}`,
      "        uses: actions/checkout@v4",
      "        with:",
      "          fetch-depth: 0",
      "      - name: par",
      `        uses: ${repository}@v${pkg.version}`,
      "",
    ].join("\n"),
  });
  files.push({
    path: ".pre-commit-config.yaml",
    text: [...w.preCommit, "repos:", `  - repo: https://github.com/${repository}`, `    rev: v${pkg.version}`, "    hooks:", "      - id: par-lint", ""].join(
      "\n",
    ),
  });
  const globs: Record<string, string[]> = {
    plan: ["data/*/plan.yaml"],
    agencies: ["data/*/agencies.yaml"],
    task: ["data/*/tasks/*.yaml"],
    progress: ["data/*/progress/*.yaml", "data/*/progress/*/*.yaml"],
    decision: ["data/*/decision.yaml"],
  };
  const settings = {
    "yaml.schemas": Object.fromEntries(SCHEMAS.map((s) => [`./schemas/${s}.schema.json`, globs[s]])),
    "yaml.validate": true,
    "yaml.completion": true,
    "files.encoding": "utf8",
    "files.eol": "\n",
    "[yaml]": { "editor.tabSize": 2, "editor.insertSpaces": true },
  };
  files.push({ path: ".vscode/settings.json", text: JSON.stringify(settings, null, 2) + "\n" });
  files.push({ path: ".vscode/extensions.json", text: JSON.stringify({ recommendations: ["redhat.vscode-yaml"] }, null, 2) + "\n", keep: true });
  files.push({
    path: ".editorconfig",
    text: [
      "root = true",
      "",
      "[*]",
      "charset = utf-8",
      "end_of_line = lf",
      "insert_final_newline = true",
      "",
      "[*.{yaml,yml}]",
      "indent_style = space",
      "indent_size = 2",
      "",
    ].join("\n"),
    keep: true,
  });
  for (const s of SCHEMAS) files.push({ path: `schemas/${s}.schema.json`, text: readFileSync(join(pkg.root, "schemas", `${s}.schema.json`), "utf8") });
  files.push({ path: "README.md", text: w.readme(firstPlan ?? "—").join("\n") + "\n", keep: true });
  return files;
}

/** A plan made from another: what is carried forward of its plan.yaml, and its agency files. */
interface Source {
  id: string;
  plan: Record<string, unknown>;
  agencies: CarriedFile[];
}

/** The files of a new plan folder, inside the data folder (paths relative to the plan folder). */
function planFiles(ctx: CommandContext, id: string, province: string, year: number, source: Source | undefined): PlannedFile[] {
  const w = initWords(ctx.lang);
  const lines = [modeline("plan", 2), w.planHeader(source?.id), "format: par-plan/1", `id: ${id}`, `province: ${q(province)}`, `year: ${year}`];
  const language = source?.plan.language ?? ctx.lang;
  lines.push(`language: ${language === "en" ? "en" : "vi"}`);
  lines.push(`title: ${q(w.planTitle(province, year))}`, "decision:", '  number: ""', "  date: null");
  const areas = (source?.plan.areas as { number: number; name: string; name_en?: string }[] | undefined) ?? defaultAreas();
  if (!source) lines.push(w.areasNote);
  lines.push("areas:");
  for (const a of areas) {
    lines.push(`  - number: ${a.number}`, `    name: ${q(a.name)}`);
    if (a.name_en !== undefined) lines.push(`    name_en: ${q(a.name_en)}`);
  }
  const periods = (source?.plan.reporting as { periods?: string } | undefined)?.periods ?? "decree-09";
  lines.push("reporting:", `  periods: ${periods}`, "");
  const files: PlannedFile[] = [{ path: "plan.yaml", text: lines.join("\n") }];
  if (source) {
    for (const f of carryAgenciesForward(source.agencies, { fromPlan: source.id, year })) {
      const [first, ...rest] = f.text.split("\n");
      const depth = f.path.split("/").length + 1;
      // The modeline names the schema from the new plan's folder; a file without one gets one.
      const body = first !== undefined && /^#\s*yaml-language-server:/.test(first) ? rest : [first ?? "", ...rest];
      files.push({ path: f.path, text: [modeline("agencies", depth), w.carried(source.id), ...body].join("\n") });
    }
  } else {
    files.push({
      path: "agencies.yaml",
      text: [
        modeline("agencies", 2),
        w.agenciesHeader,
        "format: par-agencies/1",
        "agencies:",
        "  - id: snv",
        "    name: Sở Nội vụ",
        "    short: Sở Nội vụ",
        "    name_en: Department of Home Affairs",
        "    kind: department",
        `    note: ${q(w.agencyNote)}`,
        "",
      ].join("\n"),
    });
  }
  files.push({ path: "tasks/.gitkeep", text: "" });
  return files;
}

/** The plan --from names: a plan of the data folder (by folder name or id), else a plan's folder. */
function findSource(ctx: CommandContext, dataDir: string, from: string): string | undefined {
  let dirs: string[];
  try {
    dirs = isFolder(dataDir) ? findPlans(ctx.source, dataDir) : [];
  } catch {
    dirs = [];
  }
  const hit = dirs.find((d) => basename(d) === from || d.endsWith(`/${from}`));
  if (hit) return hit;
  const asPath = resolve(ctx.io.cwd, from);
  if (existsSync(join(asPath, "plan.yaml"))) return asPath;
  ctx.io.stderr(
    initWords(ctx.lang).unknownFrom(
      from,
      dirs.map((d) => basename(d)),
    ) + "\n",
  );
  return undefined;
}

/** Read the plan to carry forward; an exit code when it cannot be used (its problems reported the lint way). */
function readSource(ctx: CommandContext, dir: string): Source | number {
  const opened = openPlan(ctx.source, dir);
  const errors = opened.diagnostics.filter((d) => d.severity === "error");
  if (!opened.plan || errors.length) throw new PlanProblemsError(errors, opened.files.length, new UsageError("ui.fixFirst"));
  const planFile = opened.files.find((f) => f.kind === "plan" && f.path === join(dir, "plan.yaml"))!;
  const agencies = opened.files
    .filter((f) => f.kind === "agencies")
    .map((f) => ({
      path: f.path
        .slice(dir.length + 1)
        .split("\\")
        .join("/"),
      text: f.parsed!.source.text,
    }));
  return { id: opened.plan.meta.id, plan: planFile.parsed!.value as Record<string, unknown>, agencies };
}

/** Run init; returns the exit code (0 written, 1 the --from plan has errors, 2 usage, a folder not empty, I/O failure). */
export function initCommand(ctx: CommandContext, folder: string | undefined, opts: InitOptions): number {
  const w = initWords(ctx.lang);
  const fail = (message: string): number => {
    ctx.io.stderr(message + "\n");
    return EXIT.failure;
  };
  const planId = ctx.planOption;
  if (
    planId === undefined
      ? opts.province !== undefined || opts.year !== undefined || opts.from !== undefined
      : opts.province === undefined || opts.year === undefined
  )
    return fail(w.planOptions);
  if (planId !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(planId)) return fail(w.badPlanId(planId));
  const year = opts.year === undefined ? undefined : Number(opts.year);
  if (year !== undefined && (!/^\d{4}$/.test(opts.year!) || year < 1900 || year > 2999)) return fail(w.badYear(opts.year!));
  if (opts.repository !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(opts.repository)) return fail(w.badRepository(opts.repository));
  const province = opts.province?.trim();
  if (province === "") return fail(w.planOptions);

  const pkg = parPackage();
  if (!pkg) return fail(w.noSchemas);
  const cwd = ctx.io.cwd;
  const target = resolve(cwd, folder ?? ".");
  const fresh = isEmptyFolder(target);
  const force = Boolean(opts.force);
  const makeRepository = fresh || (force && planId === undefined) || (force && !isFolder(join(target, "data")) && ctx.dataOption === undefined);
  const dataDir = makeRepository ? join(target, "data") : ctx.dataOption !== undefined ? resolve(cwd, ctx.dataOption) : resolveDataDir(target);
  if (!makeRepository) {
    if (planId === undefined) return fail(w.notEmpty(displayPath(target, cwd)));
    if (!isFolder(dataDir)) return fail(w.notARepository(displayPath(dataDir, cwd)));
  }

  let source: Source | undefined;
  if (opts.from !== undefined) {
    const dir = findSource(ctx, dataDir, opts.from);
    if (dir === undefined) return EXIT.failure;
    const read = readSource(ctx, dir);
    if (typeof read === "number") return read;
    source = read;
  }

  const planned: { abs: string; text: string; keep?: boolean }[] = [];
  const repository = opts.repository ?? pkg.repository ?? PLACEHOLDER_REPOSITORY;
  if (makeRepository) for (const f of repositoryFiles(ctx, pkg, repository, planId)) planned.push({ abs: join(target, f.path), text: f.text, keep: f.keep });
  if (planId !== undefined) {
    const planDir = join(dataDir, planId);
    if (!force && !isEmptyFolder(planDir)) return fail(w.planExists(displayPath(planDir, cwd)));
    for (const f of planFiles(ctx, planId, province!, year!, source)) planned.push({ abs: join(planDir, f.path), text: f.text });
  }

  // Every file written atomically (a temporary file, then a link or rename); never over a file without --force, and
  // never over a user's own README, .gitignore or editor files.
  const written: string[] = [];
  for (const f of planned) {
    const shown = displayPath(f.abs, cwd);
    try {
      const outcome = writeFileAtomic(f.abs, f.text, { force: force && !f.keep });
      if (outcome === "exists" && !f.keep) return fail(w.fileExists(shown));
      if (outcome === "written") written.push(shown);
    } catch (e) {
      return fail(w.writeFailed(shown, writeFailureReason(e, ctx.lang, cwd)));
    }
  }
  ctx.io.stdout([w.written(written.length, displayPath(target, cwd)), ...written.map((s) => `  ${s}`), "", w.nextSteps(planId), ""].join("\n"));
  if (makeRepository && repository === PLACEHOLDER_REPOSITORY) ctx.io.stderr(w.repositoryUnknown + "\n");
  return EXIT.ok;
}
