// `par diff [REV_A [REV_B]]`: what changed in the plan between two git revisions, a revision and the index
// (--staged), or a revision and the working tree (the default: HEAD and the working tree).
// Each revision's plan folder is written into a temporary folder and opened with the ordinary loader.
import { existsSync, statSync } from "node:fs";
import { basename, dirname, join, relative, sep } from "node:path";
import { compareDiagnostics, countBySeverity, type Diagnostic } from "../model/diagnostic";
import { localize } from "../i18n";
import { messages } from "../i18n/ui";
import { lintFormatters } from "../format/lint";
import { DIFF_FORMATS, diffFormatters, type DiffFormat } from "../format/diff";
import { diffWords, sideLabel } from "../format/diff/common";
import { discoverPlanDirs, displayPath } from "../load/repo";
import { GitError, makeTemp, materialise, mergeBase, relativeToRoot, removeTemp, repositoryRoot, resolveCommit, type GitSource } from "../load/git";
import { openPlan, resolveDataDir } from "../validate/open";
import { buildProgress, readProgressFiles } from "../load/progress";
import { diffPlans, type DiffSide, type PlanSnapshot } from "../report/diff";
import { EXIT, outputWidth, type CommandContext } from "./context";
import { choosePlanDir } from "./plan";

export interface DiffOptions {
  staged?: boolean;
  cached?: boolean;
  format?: string;
  exitCode?: boolean;
}

/** Problems that mean a version of the plan cannot be read as a whole (a rule broken is no reason not to compare). */
function isBlocking(d: Diagnostic): boolean {
  return (
    d.severity === "error" &&
    (/^(io|encoding|yaml|format|schema)\//.test(d.code) || d.code === "plan/missing" || d.code === "plan/agencies-missing" || d.code === "plan/duplicate")
  );
}

/** One side of the comparison: where its data folder is on disk, and how to name its files in messages. */
interface Side {
  info: DiffSide;
  /** The data folder of this version on disk (a temporary copy for a revision or the index). */
  dataDir: string;
  /** The folder display paths are relative to: the repository root, or its temporary copy. */
  displayRoot: string;
  /** Put before a file's repository path in messages: "HEAD~1:", ":" for the index, "" for the working tree. */
  prefix: string;
}

/** "REV_A..REV_B" and "REV_A...REV_B" (from their merge base) in one argument, as git diff takes them. */
function splitRange(revs: string[]): { revs: string[]; mergeBase: boolean } {
  if (revs.length !== 1) return { revs, mergeBase: false };
  const m = /^(.*?)(\.\.\.?)(.*)$/.exec(revs[0]!);
  if (!m) return { revs, mergeBase: false };
  return { revs: [m[1] || "HEAD", m[3] || "HEAD"], mergeBase: m[2] === "..." };
}

function toSlash(p: string): string {
  return p.split(sep).join("/");
}

/** Run diff; returns the exit code (0 compared, 1 differs with --exit-code, 2 usage, git or plan failure). */
export function diffCommand(ctx: CommandContext, revisions: string[], opts: DiffOptions): number {
  const w = diffWords(ctx.lang);
  const format = (opts.format ?? "text") as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) {
    ctx.io.stderr(`par diff: unknown format "${opts.format}"; use one of ${DIFF_FORMATS.join(", ")}.\n`);
    return EXIT.failure;
  }
  const staged = Boolean(opts.staged || opts.cached);
  const range = splitRange(revisions);
  if (range.revs.length > 2) {
    ctx.io.stderr(w.tooManyRevisions + "\n");
    return EXIT.failure;
  }
  if (staged && range.revs.length > 1) {
    ctx.io.stderr(w.stagedWithTwo + "\n");
    return EXIT.failure;
  }

  const env = ctx.io.env;
  const temps: string[] = [];
  try {
    const dataAbs = resolveDataDir(ctx.io.cwd, ctx.dataOption);
    // The repository is the one holding the data folder (or, when it is gone from the working tree, its parent).
    let probe = dataAbs;
    while (!existsSync(probe) && dirname(probe) !== probe) probe = dirname(probe);
    const root = repositoryRoot(statSync(probe).isDirectory() ? probe : dirname(probe), env);
    const rel = relativeToRoot(root, dataAbs);
    if (rel === undefined) {
      ctx.io.stderr(w.outsideRepo(displayPath(dataAbs, ctx.io.cwd), root) + "\n");
      return EXIT.failure;
    }

    const fromRev = range.revs[0] ?? "HEAD";
    let fromCommit = resolveCommit(root, fromRev, env);
    const toRev = range.revs[1];
    const toCommit = toRev !== undefined ? resolveCommit(root, toRev, env) : undefined;
    let fromLabel = fromRev;
    if (range.mergeBase && toCommit) {
      fromCommit = mergeBase(root, fromCommit, toCommit, env);
      fromLabel = fromCommit.slice(0, 7);
    }

    const fromGit = (source: GitSource, info: DiffSide, prefix: string): Side => {
      const tmp = makeTemp();
      temps.push(tmp);
      materialise(root, source, rel, tmp, env);
      return { info, dataDir: join(tmp, rel), displayRoot: tmp, prefix };
    };
    const from = fromGit({ kind: "commit", commit: fromCommit }, { kind: "revision", rev: fromLabel, commit: fromCommit, exists: false }, `${fromLabel}:`);
    const to: Side =
      toCommit !== undefined
        ? fromGit({ kind: "commit", commit: toCommit }, { kind: "revision", rev: toRev!, commit: toCommit, exists: false }, `${toRev}:`)
        : staged
          ? fromGit({ kind: "index" }, { kind: "index", exists: false }, ":")
          : { info: { kind: "worktree", exists: false }, dataDir: join(root, rel), displayRoot: root, prefix: "" };

    // Which plan: --plan by name, else the only one, else the one par would choose in the newer version.
    const plansOf = (s: Side) => (existsSync(s.dataDir) ? discoverPlanDirs(s.dataDir).map((d) => toSlash(relative(s.dataDir, d))) : []);
    const fromPlans = plansOf(from);
    const toPlans = plansOf(to);
    const all = [...new Set([...toPlans, ...fromPlans])].sort();
    let planRel: string;
    const dataShown = rel || ".";
    if (ctx.planOption) {
      const wanted = ctx.planOption;
      const hit = all.filter((p) => p === wanted || basename(p) === wanted || p.endsWith(`/${wanted}`));
      if (hit.length !== 1) {
        ctx.io.stderr(
          messages(ctx.lang).unknownPlan(
            wanted,
            all.map((p) => basename(p) || dataShown),
          ) + "\n",
        );
        return EXIT.failure;
      }
      planRel = hit[0]!;
    } else if (all.length === 0) {
      ctx.io.stderr(w.noPlanAnywhere(dataShown, sideLabel(from.info, w), sideLabel(to.info, w)) + "\n");
      return EXIT.failure;
    } else if (all.length === 1) planRel = all[0]!;
    else {
      const side = toPlans.length ? to : from;
      const list = toPlans.length ? toPlans : fromPlans;
      const chosen = choosePlanDir(
        { ...ctx, planOption: undefined },
        list.map((p) => join(side.dataDir, p)),
      );
      if (typeof chosen === "number") return chosen;
      planRel = toSlash(relative(side.dataDir, chosen));
    }

    const snapshots: PlanSnapshot[] = [];
    for (const side of [from, to]) {
      const planDir = join(side.dataDir, planRel);
      if (!existsSync(join(planDir, "plan.yaml"))) {
        snapshots.push({ agencies: [], tasks: [] });
        continue;
      }
      side.info.exists = true;
      const opened = openPlan(planDir, side.displayRoot);
      const blocking = opened.diagnostics.filter(isBlocking);
      if (!opened.plan || blocking.length) {
        const shown = (blocking.length ? blocking : opened.diagnostics.filter((d) => d.severity === "error"))
          .map((d) => ({ ...d, file: side.prefix ? side.prefix + d.file : displayPath(join(root, d.file), ctx.io.cwd) }))
          .sort(compareDiagnostics);
        const { errors, warnings } = countBySeverity(shown);
        ctx.io.stderr(
          lintFormatters.stylish(
            { diagnostics: localize(shown, ctx.lang), filesChecked: opened.files.length, errorCount: errors, warningCount: warnings },
            { color: ctx.colorErr, lang: ctx.lang, version: "" },
          ),
        );
        ctx.io.stderr(w.planDoesNotLoad(sideLabel(side.info, w)) + "\n");
        return EXIT.failure;
      }
      const progress = buildProgress(readProgressFiles(opened.files, opened.dir, opened.plan.tasks)).entries;
      snapshots.push({ meta: opened.plan.meta, agencies: opened.plan.agencies, tasks: opened.plan.tasks, progress });
    }

    const plan = toSlash(join(rel, planRel)) || ".";
    const diff = diffPlans(snapshots[0]!, snapshots[1]!, { plan, from: from.info, to: to.info });
    ctx.io.stdout(diffFormatters[format](diff, { color: ctx.color, lang: ctx.lang, ...(format === "text" ? { width: outputWidth(ctx) } : {}) }));
    return opts.exitCode && diff.changed ? EXIT.problems : EXIT.ok;
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    const text = {
      "no-git": () => w.noGit,
      "not-a-repo": () => w.notRepo(displayPath(e.subject, ctx.io.cwd) || "."),
      "unknown-revision": () => w.unknownRevision(e.subject),
      unmerged: () => w.unmerged(e.detail),
      failed: () => w.gitFailed(e.detail),
    }[e.reason]();
    ctx.io.stderr(text + "\n");
    return EXIT.failure;
  } finally {
    for (const t of temps) removeTemp(t);
  }
}
