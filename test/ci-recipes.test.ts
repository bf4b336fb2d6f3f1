// The CI recipes shipped with par: the GitHub Actions workflow (checked against a workflow JSON Schema, and by
// actionlint when it is on PATH), the pre-commit hook manifest and the GitLab CI snippet.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DATA, FIXTURES, ROOT, cleanEnv, copyOfData, copyOfPar, runBin, tempDir } from "./helpers";

const WORKFLOW = join(ROOT, ".github/workflows/par.yml");
const PRE_COMMIT = join(ROOT, ".pre-commit-hooks.yaml");
const GITLAB = join(ROOT, ".ci/recipes/gitlab-ci.yml");

const workflowText = readFileSync(WORKFLOW, "utf8");
const workflow = parse(workflowText);

function workflowValidator() {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  return ajv.compile(JSON.parse(readFileSync(join(FIXTURES, "ci/github-workflow.schema.json"), "utf8")));
}

/** The actionlint binary on PATH, if any (Debian has no package for it; see docs/ci.md for how CI can get it). */
function actionlintVersion(): string | undefined {
  const r = spawnSync("actionlint", ["-version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim().split("\n")[0] : undefined;
}
const actionlint = actionlintVersion();

describe("GitHub Actions workflow .github/workflows/par.yml", () => {
  it("is valid against the workflow JSON Schema (test/fixtures/ci)", () => {
    const validate = workflowValidator();
    const ok = validate(workflow);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("the schema is strict enough to catch a misspelt key, a step with both uses and run, an unknown event", () => {
    const validate = workflowValidator();
    const copy = () => JSON.parse(JSON.stringify(workflow));
    const misspelt = copy();
    misspelt.jobs.plan.runs_on = misspelt.jobs.plan["runs-on"];
    delete misspelt.jobs.plan["runs-on"];
    expect(validate(misspelt)).toBe(false);
    const both = copy();
    both.jobs.plan.steps[0].run = "echo";
    expect(validate(both)).toBe(false);
    const event = copy();
    event.on.pull_requests = null;
    expect(validate(event)).toBe(false);
    const withKey = copy();
    withKey.jobs.plan.steps[2].with = { "fetch-depth": 0 };
    expect(validate(withKey)).toBe(true);
  });

  it.skipIf(!actionlint)(`actionlint accepts it${actionlint ? ` (actionlint ${actionlint})` : " — skipped: no actionlint on PATH"}`, () => {
    const r = spawnSync("actionlint", ["-no-color", WORKFLOW], { cwd: ROOT, encoding: "utf8" });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });

  it("checks out full history, lints with GitHub annotations, and writes par diff --format md to the job summary for pull requests", () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(["pull_request"]));
    const steps = workflow.jobs.plan.steps as any[];
    const checkout = steps.find((s) => String(s.uses).startsWith("actions/checkout@"));
    expect(checkout.with["fetch-depth"]).toBe(0);
    const lint = steps.find((s) => /\bpar lint\b/.test(s.run ?? ""));
    expect(lint.run).toContain("--format github");
    const diff = steps.find((s) => /\bpar diff\b/.test(s.run ?? ""));
    expect(diff.run).toMatch(/par diff --format md "\$BASE_SHA\.\.\.\$HEAD_SHA" >> "\$GITHUB_STEP_SUMMARY"/);
    expect(diff.env.BASE_SHA).toBe("${{ github.event.pull_request.base.sha }}");
    expect(diff.if).toContain("github.event_name == 'pull_request'");
    // The summary is written even when lint found problems.
    expect(diff.if).toContain("!cancelled()");
    expect(workflow.permissions).toEqual({ contents: "read" });
  });
});

describe("pre-commit hook manifest .pre-commit-hooks.yaml", () => {
  const hooks = parse(readFileSync(PRE_COMMIT, "utf8")) as any[];
  const hook = hooks.find((h) => h.id === "par-lint");

  it("declares par-lint with the keys pre-commit requires", () => {
    expect(hook).toBeDefined();
    for (const key of ["id", "name", "entry", "language"]) expect(typeof hook[key]).toBe("string");
    expect(["node", "system"]).toContain(hook.language);
    expect(hook.entry).toMatch(/^par lint\b/);
  });

  it("runs on the plan's YAML files under data/ only", () => {
    const files = new RegExp(hook.files);
    expect(files.test("data/son-la-2024/tasks/1-dd.yaml")).toBe(true);
    expect(files.test("data/son-la-2024/agencies.yml")).toBe(true);
    expect(files.test("src/cli.ts")).toBe(false);
    expect(files.test("schemas/task.schema.json")).toBe(false);
    expect(files.test("test/fixtures/data/plan.yaml")).toBe(false);
  });

  it("its entry, given file names as pre-commit passes them, checks them (and fails on a bad one)", () => {
    const data = copyOfData();
    const args = hook.entry.split(" ").slice(1);
    const ok = runBin([...args, "data/son-la-2024/tasks/1-a.yaml", "data/son-la-2024/plan.yaml"], { cwd: join(data, "..") });
    expect(ok.code).toBe(0);
    writeFileSync(join(data, "son-la-2024/tasks/1-a.yaml"), "format: par-task/1\nid: [\n");
    const bad = runBin([...args, "data/son-la-2024/tasks/1-a.yaml"], { cwd: join(data, "..") });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("data/son-la-2024/tasks/1-a.yaml:");
  });
});

/** pre-commit's version when it is on PATH (Debian: apt-get install pre-commit; .ci/run installs it). */
function preCommitVersion(): string | undefined {
  const r = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : undefined;
}
const preCommit = preCommitVersion();
/** Why the pre-commit test cannot run here, if it cannot: try-repo needs pre-commit and par's folder as a git work tree. */
const preCommitSkip = !preCommit
  ? "no pre-commit on PATH (apt-get install pre-commit)"
  : spawnSync("git", ["-C", ROOT, "rev-parse", "--is-inside-work-tree"], { encoding: "utf8" }).stdout?.trim() !== "true"
    ? `${ROOT} is not a git work tree`
    : undefined;
if (preCommitSkip) console.log(`ci-recipes: the real pre-commit test is skipped: ${preCommitSkip}`);

/**
 * What npm needs from this machine's environment to reach the registry: proxies and certificate authorities. The npm
 * pre-commit runs has its own prefix, so a cafile set in this npm's global npmrc is passed on as npm_config_cafile.
 */
function registryEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (
      v !== undefined &&
      /^(https?_proxy|no_proxy|node_extra_ca_certs|ssl_cert_file|ssl_cert_dir|npm_config_(registry|cafile|ca|strict_ssl|proxy|https_proxy))$/i.test(k)
    )
      out[k] = v;
  }
  if (!out.npm_config_cafile) {
    const r = spawnSync("npm", ["config", "get", "cafile"], { encoding: "utf8", timeout: 30000 });
    const cafile = r.status === 0 ? r.stdout.trim() : "";
    if (cafile && cafile !== "null" && cafile !== "undefined") out.npm_config_cafile = cafile;
  }
  // Fail within minutes rather than retry for long when the registry cannot be reached.
  return { ...out, npm_config_fetch_retries: "1", npm_config_fetch_timeout: "60000" };
}

describe("the package as npm pack makes it (what pre-commit's node hook installs)", () => {
  it("npm pack prints only the tarball's name, and the tarball holds a par that runs", () => {
    const src = copyOfPar();
    const dest = tempDir("par-tgz-");
    const env = { ...cleanEnv(), npm_config_update_notifier: "false", npm_config_audit: "false", npm_config_fund: "false" } as NodeJS.ProcessEnv;
    const r = spawnSync("npm", ["pack", "--pack-destination", dest], { cwd: src, env, encoding: "utf8", timeout: 240000 });
    expect(r.status, r.stderr).toBe(0);
    // pre-commit reads the tarball's file name from this output (languages/node.py: `npm pack`, then strip()).
    expect(r.stdout.trim()).toBe("par-cchc-0.1.0.tgz");
    expect(readdirSync(dest)).toEqual(["par-cchc-0.1.0.tgz"]);
    const x = spawnSync("tar", ["xzf", join(dest, "par-cchc-0.1.0.tgz"), "-C", dest], { encoding: "utf8" });
    expect(x.status, x.stderr).toBe(0);
    const pkg = join(dest, "package");
    const listed = spawnSync("tar", ["tzf", join(dest, "par-cchc-0.1.0.tgz")], { encoding: "utf8" })
      .stdout.split("\n")
      .filter(Boolean)
      .sort();
    for (const f of [
      "package/bin/par",
      "package/dist/cli.cjs",
      "package/package.json",
      "package/schemas/task.schema.json",
      "package/schemas/progress.schema.json",
      "package/schemas/plan.schema.json",
      "package/schemas/agencies.schema.json",
    ]) {
      expect(listed).toContain(f);
    }
    // The packed par, with its dependencies, lints the shipped plan and writes a progress template with its schemas.
    symlinkSync(join(ROOT, "node_modules"), join(pkg, "node_modules"), "dir");
    const run = (args: string[], cwd = pkg) => spawnSync(process.execPath, [join(pkg, "bin/par"), ...args], { cwd, env, encoding: "utf8", timeout: 60000 });
    const lint = run(["--data", DATA, "lint"]);
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
    const status = run(["--data", DATA, "--lang", "en", "status", "-q", "Q3", "--format", "json"]);
    expect(status.status, status.stderr).toBe(0);
    const docx = run(["--data", DATA, "export", "-q", "Q3", "-o", join(dest, "annex.docx")]);
    expect(docx.status, docx.stderr).toBe(0);
  }, 300000);

  it.skipIf(Boolean(preCommitSkip))(
    `real pre-commit installs the par-lint hook from this repository and runs it${preCommit ? ` (${preCommit})` : ""}${preCommitSkip ? ` — skipped: ${preCommitSkip}` : ""}`,
    () => {
      // A plan repository: a git repo holding a copy of the shipped data, committed.
      const repo = tempDir("par-pre-commit-");
      cpSync(DATA, join(repo, "data"), { recursive: true });
      const env = {
        ...cleanEnv(),
        ...registryEnv(),
        PRE_COMMIT_HOME: join(tempDir("par-pre-commit-home-"), "cache"),
        PAR_LANG: "en",
        GIT_AUTHOR_NAME: "par test",
        GIT_AUTHOR_EMAIL: "par@example.invalid",
        GIT_COMMITTER_NAME: "par test",
        GIT_COMMITTER_EMAIL: "par@example.invalid",
        npm_config_update_notifier: "false",
        npm_config_audit: "false",
        npm_config_fund: "false",
      } as NodeJS.ProcessEnv;
      const git = (...args: string[]) => {
        const r = spawnSync("git", args, { cwd: repo, env, encoding: "utf8" });
        expect(r.status, r.stderr).toBe(0);
      };
      git("init", "-q");
      git("add", "-A");
      git("commit", "-q", "-m", "plan");
      // try-repo clones par at its HEAD, with uncommitted changes when there are any, then installs the hook as a user's
      // pre-commit would: npm install, npm pack, npm install -g of the tarball.
      const tryRepo = (...args: string[]) =>
        spawnSync("pre-commit", ["try-repo", ROOT, "par-lint", ...args], { cwd: repo, env, encoding: "utf8", timeout: 280000 });
      const good = tryRepo("--all-files");
      expect(good.status, good.stdout + good.stderr).toBe(0);
      expect(good.stdout).toMatch(/par lint\.+Passed/);

      const bad = join(repo, "data/son-la-2024/tasks/1-b.yaml");
      writeFileSync(bad, readFileSync(bad, "utf8").replace(/^area: 1$/m, "area: one"));
      const failed = tryRepo("--files", "data/son-la-2024/tasks/1-b.yaml", "data/son-la-2024/tasks/1-a.yaml");
      expect(failed.status, failed.stdout + failed.stderr).toBe(1);
      expect(failed.stdout).toMatch(/par lint\.+Failed/);
      expect(failed.stdout).toContain("data/son-la-2024/tasks/1-b.yaml:4:7: error schema/type");
    },
    600000,
  );
});

describe("GitLab CI snippet .ci/recipes/gitlab-ci.yml", () => {
  const gitlab = parse(readFileSync(GITLAB, "utf8"));
  const scriptOf = (job: string) => [...(gitlab[".par"].before_script ?? []), ...gitlab[job].script] as string[];

  it("lints on merge requests and the default branch, with a code quality report", () => {
    const job = gitlab["par:lint"];
    expect(job.extends).toBe(".par");
    expect(job.rules).toEqual(expect.arrayContaining([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]));
    expect(scriptOf("par:lint")).toContain("node bin/par lint");
    expect(job.artifacts.reports.codequality).toBe("gl-code-quality-report.json");
  });

  it("diffs the plan from the merge request's diff base, with full history", () => {
    const job = gitlab["par:diff"];
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(job.variables.GIT_DEPTH).toBe("0");
    expect(scriptOf("par:diff")).toContain('node bin/par diff --format md "$CI_MERGE_REQUEST_DIFF_BASE_SHA" HEAD > par-diff.md');
    expect(job.artifacts.paths).toEqual(["par-diff.md"]);
  });

  it("its code quality step turns par lint's JSON into GitLab's format", () => {
    const data = copyOfData();
    const repo = join(data, "..");
    writeFileSync(
      join(data, "son-la-2024/tasks/2-a.yaml"),
      readFileSync(join(data, "son-la-2024/tasks/2-a.yaml"), "utf8").replace("  - stp\n", "  - no-such-agency\n"),
    );
    const lint = runBin(["lint", "--format", "json"], { cwd: repo });
    expect(lint.code).toBe(1);
    writeFileSync(join(repo, "par-lint.json"), lint.stdout);
    const step = scriptOf("par:lint").find((s) => s.includes("gl-code-quality-report.json"))!;
    const r = spawnSync("bash", ["-c", step], { cwd: repo, env: cleanEnv(), encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const issues = JSON.parse(readFileSync(join(repo, "gl-code-quality-report.json"), "utf8"));
    expect(issues.length).toBeGreaterThan(0);
    const issue = issues.find((i: any) => i.check_name === "agency/unknown");
    expect(issue).toMatchObject({ severity: "major", location: { path: "data/son-la-2024/tasks/2-a.yaml", lines: { begin: expect.any(Number) } } });
    expect(issue.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(issue.description).toContain("no-such-agency");
  });
});

describe("the recipes' files are where docs/ci.md says", () => {
  it("docs/ci.md names each recipe, and each is there", () => {
    const page = readFileSync(join(ROOT, "docs", "ci.md"), "utf8");
    for (const f of [".github/workflows/par.yml", ".pre-commit-hooks.yaml", ".ci/recipes/gitlab-ci.yml"]) {
      expect(page).toContain(f);
      expect(existsSync(join(ROOT, f)), f).toBe(true);
    }
  });
});
