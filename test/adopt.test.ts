// par as an installed tool (issue 17, "Must show"): npm pack, the tarball installed into a fresh prefix (and as a dev
// dependency), `par init` in an empty temporary folder outside par's clone, a task added, then par lint, par status and
// par export there with only the prefix's bin on PATH; and the GitHub Action (action.yml) run locally, step by step, as
// the runner would run a composite action: inputs, `if:`, env, working-directory, $GITHUB_PATH, $GITHUB_STEP_SUMMARY.
// The plan written here is invented for the test (its task says so).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join } from "node:path";
import Ajv from "ajv";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, copyOfPar, readDelimited, tempDir } from "./helpers";

const ACTION = join(ROOT, "action.yml");
const PKG = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { name: string; version: string; bin: Record<string, string> };
const TARBALL_NAME = `${PKG.name}-${PKG.version}.tgz`;

/** What npm needs of this machine's environment, and nothing of par's clone: no npm_config_* of a running npm script. */
function baseEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string> = {
    // node and npm, and the system's tools (tar, git, bash); never par's clone or its node_modules/.bin.
    PATH: [dirname(process.execPath), "/usr/local/bin", "/usr/bin", "/bin"].join(delimiter),
    HOME: process.env.HOME ?? tempDir("par-home-"),
    LANG: "C",
    npm_config_update_notifier: "false",
    npm_config_audit: "false",
    npm_config_fund: "false",
    // The dependencies come from npm's cache when they are there, else from the registry.
    npm_config_prefer_offline: "true",
    GIT_AUTHOR_NAME: "par test",
    GIT_AUTHOR_EMAIL: "par@example.invalid",
    GIT_COMMITTER_NAME: "par test",
    GIT_COMMITTER_EMAIL: "par@example.invalid",
  };
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && /^(https?_proxy|no_proxy|node_extra_ca_certs|npm_config_(registry|cafile|strict_ssl))$/i.test(k)) env[k] = v;
  return { ...env, ...extra };
}

function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeout = 120000) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: "utf8", timeout });
  return { code: r.status ?? -1, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** The task the test adds: invented, and says so. */
const TASK = [
  "# yaml-language-server: $schema=../../../schemas/task.schema.json",
  "# Invented for par's test of an installed par (test/adopt.test.ts): not from any decision.",
  "format: par-task/1",
  'id: "1.a"',
  "area: 1",
  "letter: a",
  'text: "Nhiệm vụ thử của bài kiểm tra (không có trong quyết định nào)"',
  "lead:",
  "  - snv",
  "deadline:",
  "  text: Quý II/2025",
  "  kind: quarter",
  "  quarter: 2025-Q2",
  "",
].join("\n");

let tarball = "";
let prefix = "";
const timings: Record<string, number> = {};

beforeAll(() => {
  const t0 = Date.now();
  const src = copyOfPar();
  const dest = tempDir("par-tgz-");
  const pack = sh("npm", ["pack", "--pack-destination", dest], src, baseEnv(), 240000);
  expect(pack.code, pack.stderr).toBe(0);
  expect(pack.stdout.trim()).toBe(TARBALL_NAME);
  tarball = join(dest, TARBALL_NAME);
  timings.pack = Date.now() - t0;
  const t1 = Date.now();
  prefix = join(tempDir("par-prefix-"), "prefix");
  const install = sh("npm", ["install", "--global", "--prefix", prefix, tarball], dest, baseEnv(), 240000);
  expect(install.code, install.stdout + install.stderr).toBe(0);
  timings.install = Date.now() - t1;
}, 300000);

describe("the package npm pack makes", () => {
  it(`is ${PKG.name} with the par command, holds the compiled bundle and the schemas, and needs no build tool to run`, () => {
    expect(PKG.name).toBe("par-cchc");
    expect(Object.keys(PKG.bin)).toEqual(["par"]);
    const listed = sh("tar", ["tzf", tarball], ROOT, baseEnv()).stdout.split("\n").filter(Boolean).sort();
    expect(listed).toEqual(
      [
        "package/README.md",
        "package/bin/par",
        "package/dist/cli.cjs",
        "package/package.json",
        "package/schemas/agencies.schema.json",
        "package/schemas/decision.schema.json",
        "package/schemas/plan.schema.json",
        "package/schemas/progress.schema.json",
        "package/schemas/task.schema.json",
      ].sort(),
    );
    const installed = join(prefix, "lib", "node_modules", PKG.name);
    const pkg = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    // Everything bundled or required at run time is a dependency; the build tools are not installed with it.
    expect(Object.keys(pkg.dependencies)).not.toContain("esbuild");
    expect(existsSync(join(installed, "node_modules", "esbuild"))).toBe(false);
    expect(existsSync(join(installed, "node_modules", "docx")), "docx is required at run time, outside the bundle").toBe(true);
    // The installed command is the prefix's own copy, not a link into par's clone.
    expect(realpathSync(join(prefix, "bin", "par")).startsWith(ROOT)).toBe(false);
    console.log(`adopt: npm pack ${timings.pack} ms, npm install --global ${timings.install} ms`);
  });
});

describe("an installed par in a new plan repository, with no access to par's clone", () => {
  it("par init in an empty folder, a task added, then par lint, par status and par export there", () => {
    const t0 = Date.now();
    const repo = join(tempDir("par-adopt-"), "ke-hoach");
    mkdirSync(repo);
    const env = baseEnv({ PATH: [join(prefix, "bin"), baseEnv().PATH].join(delimiter), PAR_LANG: "en" });
    expect(sh("sh", ["-c", "command -v par"], repo, env).stdout.trim()).toBe(join(prefix, "bin", "par"));
    const par = (...args: string[]) => sh("par", args, repo, env, 60000);

    const init = par("init", "--plan", "son-la-2025", "--province", "Sơn La", "--year", "2025", "--repository", "example/par");
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("data/son-la-2025/plan.yaml");
    for (const f of [".github/workflows/par.yml", ".pre-commit-config.yaml", ".vscode/settings.json", ".gitignore", "schemas/task.schema.json"])
      expect(existsSync(join(repo, f)), f).toBe(true);
    // The schemas the editor uses are the installed par's own.
    expect(readFileSync(join(repo, "schemas/task.schema.json"), "utf8")).toBe(
      readFileSync(join(prefix, "lib", "node_modules", PKG.name, "schemas/task.schema.json"), "utf8"),
    );
    const empty = par("lint");
    expect(empty.code, empty.stdout + empty.stderr).toBe(0);

    writeFileSync(join(repo, "data/son-la-2025/tasks/1-a.yaml"), TASK);
    const lint = par("lint");
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    // Only warnings: the seven areas par init wrote that have no task yet.
    expect(lint.stdout).toContain("(0 errors, 7 warnings), 3 files");
    expect(lint.stdout.match(/warning task\/empty-area/g)).toHaveLength(7);

    // From a subfolder the data folder is found upwards.
    const status = sh("par", ["status", "--quarter", "Q2", "--format", "json"], join(repo, "data/son-la-2025/tasks"), env, 60000);
    expect(status.code, status.stderr).toBe(0);
    const report = JSON.parse(status.stdout);
    expect(report.total).toBe(1);
    expect(JSON.stringify(report)).toContain("1.a");

    const csv = par("export", "--quarter", "Q2", "--format", "csv");
    expect(csv.code, csv.stderr).toBe(0);
    const rows = readDelimited(csv.stdout);
    expect(rows.some((r) => r.includes("Nhiệm vụ thử của bài kiểm tra (không có trong quyết định nào)"))).toBe(true);
    const docx = par("export", "--quarter", "Q2", "--output", "annex.docx");
    expect(docx.code, docx.stderr).toBe(0);
    expect(readFileSync(join(repo, "annex.docx")).subarray(0, 2).toString("latin1")).toBe("PK");

    // A broken file is named, with its line and column, by the installed par too.
    writeFileSync(
      join(repo, "data/son-la-2025/tasks/1-b.yaml"),
      TASK.replace('"1.a"', '"1.b"').replace("letter: a", "letter: b").replace("  - snv", "  - snvv"),
    );
    const bad = par("lint");
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/data\/son-la-2025\/tasks\/1-b\.yaml:\d+:\d+: error agency\/unknown/);
    console.log(`adopt: init, lint, status and export in the new repository ${Date.now() - t0} ms`);
  }, 120000);

  it("installed as a dev dependency of the plan repository, npx par runs it", () => {
    const repo = join(tempDir("par-adopt-dev-"), "plan");
    mkdirSync(repo);
    const env = baseEnv({ PAR_LANG: "en" });
    writeFileSync(join(repo, "package.json"), JSON.stringify({ name: "ke-hoach-cchc", private: true }, null, 2) + "\n");
    const install = sh("npm", ["install", "--save-dev", tarball], repo, env, 240000);
    expect(install.code, install.stdout + install.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, "package.json"), "utf8")).devDependencies[PKG.name]).toBeDefined();
    // par init refuses a folder that is not empty; --force writes par's files beside package.json and node_modules.
    const refused = sh("npx", ["--no-install", "par", "init"], repo, env, 60000);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("is not empty");
    const init = sh("npx", ["--no-install", "par", "init", "--force", "--plan", "p-2025", "--province", "Sơn La", "--year", "2025"], repo, env, 60000);
    expect(init.code, init.stderr).toBe(0);
    const lint = sh("npx", ["--no-install", "par", "lint"], repo, env, 60000);
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
  }, 300000);
});

type Value = string | boolean;
interface ExprContext {
  inputs: Record<string, string>;
  steps: Record<string, string>;
  github: Record<string, string>;
  /** Whether a step before this one failed (for success(), failure()). */
  failed: boolean;
}

/**
 * The GitHub expression language, as far as action.yml uses it: 'strings', true/false, inputs.*, steps.<id>.outcome,
 * github.*, ==, !=, &&, ||, !, parentheses, and the status functions success(), failure(), always(), cancelled().
 * Anything else fails the test (a new expression in action.yml needs this runner to learn it).
 */
function evaluate(expr: string, ctx: ExprContext): Value {
  const tokens = expr.match(/'(?:[^']|'')*'|&&|\|\||==|!=|[!()]|[A-Za-z_][A-Za-z0-9_.-]*|\S/g) ?? [];
  let i = 0;
  const peek = () => tokens[i];
  const take = (t?: string) => {
    const got = tokens[i++];
    if (t !== undefined) expect(got, `in ${expr}`).toBe(t);
    return got!;
  };
  const truthy = (v: Value) => v !== "" && v !== false;
  const primary = (): Value => {
    const t = take();
    if (t === "(") {
      const v = or();
      take(")");
      return v;
    }
    if (t === "!") return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (t === "true" || t === "false") return t === "true";
    if (peek() === "(") {
      take("(");
      take(")");
      const status: Record<string, boolean> = { success: !ctx.failed, failure: ctx.failed, always: true, cancelled: false };
      expect(Object.keys(status), `function ${t} in ${expr}`).toContain(t);
      return status[t]!;
    }
    const [head, ...rest] = t.split(".");
    if (head === "inputs") return ctx.inputs[rest.join(".")] ?? "";
    if (head === "github") return ctx.github[rest.join(".")] ?? "";
    if (head === "steps" && rest.length === 2 && rest[1] === "outcome") return ctx.steps[rest[0]!] ?? "";
    throw new Error(`this runner cannot evaluate ${t} in ${expr}`);
  };
  const compare = (): Value => {
    let v = primary();
    while (peek() === "==" || peek() === "!=") {
      const op = take();
      const w = primary();
      v = op === "==" ? v === w : v !== w;
    }
    return v;
  };
  const and = (): Value => {
    let v = compare();
    while (peek() === "&&") {
      take();
      const w = compare();
      v = truthy(v) ? w : v;
    }
    return v;
  };
  const or = (): Value => {
    let v = and();
    while (peek() === "||") {
      take();
      const w = and();
      v = truthy(v) ? v : w;
    }
    return v;
  };
  const v = or();
  expect(i, `the whole of ${expr} read`).toBe(tokens.length);
  return v;
}
const unwrap = (s: string) => s.replace(/^\s*\$\{\{([\s\S]*)\}\}\s*$/, "$1");
const substitute = (s: string, ctx: ExprContext) => s.replace(/\$\{\{([\s\S]*?)\}\}/g, (_, e: string) => String(evaluate(e, ctx)));

interface StepRun {
  name: string;
  outcome: "success" | "failure" | "skipped";
  stdout: string;
  stderr: string;
}

/** Run a composite action's steps the way the runner does; `uses:` steps are recorded, not run (Node.js is here already). */
function runAction(opts: {
  with: Record<string, string>;
  github: Record<string, string>;
  workspace: string;
  temp: string;
  env: NodeJS.ProcessEnv;
  /** The action's checkout ($GITHUB_ACTION_PATH): never par's own clone, whose node_modules npm ci would replace. */
  actionPath: string;
}) {
  const action = parse(readFileSync(ACTION, "utf8"));
  const summary = join(opts.temp, "step-summary.md");
  const pathFile = join(opts.temp, "github-path");
  writeFileSync(summary, "");
  writeFileSync(pathFile, "");
  const ctx: ExprContext = { inputs: {}, steps: {}, github: opts.github, failed: false };
  for (const [name, input] of Object.entries(action.inputs as Record<string, { default?: string }>))
    ctx.inputs[name] = opts.with[name] ?? substitute(String(input.default ?? ""), ctx);
  const runs: StepRun[] = [];
  for (const step of action.runs.steps as Record<string, any>[]) {
    // A step without if: runs while every step before it succeeded (success()).
    const cond = evaluate(unwrap(String(step.if ?? "success()")), ctx);
    const wanted = cond !== "" && cond !== false;
    if (!wanted || step.uses) {
      runs.push({ name: step.name, outcome: "skipped", stdout: step.uses ? `uses ${step.uses}` : "", stderr: "" });
      if (step.id) ctx.steps[step.id] = "skipped";
      continue;
    }
    expect(step.shell).toBe("bash");
    const added = readFileSync(pathFile, "utf8").split("\n").filter(Boolean).reverse();
    const env: NodeJS.ProcessEnv = {
      ...opts.env,
      PATH: [...added, opts.env.PATH].join(delimiter),
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: opts.workspace,
      GITHUB_ACTION_PATH: opts.actionPath,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_PATH: pathFile,
      RUNNER_TEMP: opts.temp,
    };
    for (const [k, v] of Object.entries((step.env ?? {}) as Record<string, string>)) env[k] = substitute(String(v), ctx);
    const cwd = join(opts.workspace, substitute(String(step["working-directory"] ?? "."), ctx));
    const script = join(opts.temp, `step-${runs.length}.sh`);
    writeFileSync(script, substitute(String(step.run), ctx));
    // GitHub's `shell: bash`: bash --noprofile --norc -eo pipefail {0}.
    const r = sh("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], cwd, env, 240000);
    const outcome = r.code === 0 ? "success" : "failure";
    if (outcome === "failure") ctx.failed = true;
    if (step.id) ctx.steps[step.id] = outcome;
    runs.push({ name: step.name, outcome, stdout: r.stdout, stderr: r.stderr });
  }
  return { runs, summary: readFileSync(summary, "utf8") };
}

describe("the GitHub Action action.yml", () => {
  const action = parse(readFileSync(ACTION, "utf8"));

  it("is valid action metadata: a composite action (schema in test/fixtures/ci, after GitHub's metadata syntax)", () => {
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(FIXTURES, "ci/github-action.schema.json"), "utf8")));
    expect(validate(action), JSON.stringify(validate.errors)).toBe(true);
    // The schema is strict enough: a misspelt key, a script without its shell, a step with both run and uses.
    const copy = () => JSON.parse(JSON.stringify(action));
    const misspelt = copy();
    misspelt.input = misspelt.inputs;
    expect(validate(misspelt)).toBe(false);
    const noShell = copy();
    delete noShell.runs.steps[1].shell;
    expect(validate(noShell)).toBe(false);
    const both = copy();
    both.runs.steps[0].run = "echo";
    expect(validate(both)).toBe(false);
    // Every input a step reads is declared.
    const text = readFileSync(ACTION, "utf8");
    for (const m of text.matchAll(/inputs\.([A-Za-z0-9_-]+)/g)) expect(Object.keys(action.inputs)).toContain(m[1]);
  });

  /** A plan repository with two commits (base: par init's plan; head: task 1.a added), as the workflow's checkout leaves it. */
  function planWorkspace() {
    const workspace = join(tempDir("par-action-"), "repo");
    mkdirSync(workspace);
    const env = baseEnv({ PAR_LANG: "en" });
    const par = (...args: string[]) => sh(join(prefix, "bin", "par"), args, workspace, env, 60000);
    const git = (...args: string[]) => {
      const r = sh("git", args, workspace, env);
      expect(r.code, r.stderr).toBe(0);
      return r.stdout.trim();
    };
    git("init", "-q", "-b", "main");
    expect(par("init", "--plan", "son-la-2025", "--province", "Sơn La", "--year", "2025", "--repository", "example/par").code).toBe(0);
    // The workflow par init wrote uses this action in one step, after a checkout with full history.
    const workflow = parse(readFileSync(join(workspace, ".github/workflows/par.yml"), "utf8"));
    const steps = workflow.jobs.plan.steps as Record<string, any>[];
    expect(steps[0]).toMatchObject({ uses: "actions/checkout@v4", with: { "fetch-depth": 0 } });
    expect(steps[1]!.uses).toBe(`example/par@v${PKG.version}`);
    git("add", "-A");
    git("commit", "-q", "-m", "plan");
    const base = git("rev-parse", "HEAD");
    writeFileSync(join(workspace, "data/son-la-2025/tasks/1-a.yaml"), TASK);
    git("add", "-A");
    git("commit", "-q", "-m", "task 1.a");
    const head = git("rev-parse", "HEAD");
    const pullRequest = { event_name: "pull_request", "event.pull_request.base.sha": base, "event.pull_request.head.sha": head };
    return { workspace, env, pullRequest };
  }

  it("run locally on a pull request: annotations from par lint, the plan's changes in the job summary", () => {
    const t0 = Date.now();
    const { workspace, env, pullRequest } = planWorkspace();
    // A broken file in the working tree: lint fails with an annotation, and the summary is still written.
    writeFileSync(
      join(workspace, "data/son-la-2025/tasks/1-b.yaml"),
      TASK.replace('"1.a"', '"1.b"').replace("letter: a", "letter: b").replace("  - snv", "  - snvv"),
    );

    const run = runAction({
      with: { package: tarball, "setup-node": "false" },
      github: pullRequest,
      workspace,
      temp: tempDir("par-runner-temp-"),
      env,
      actionPath: tempDir("par-action-path-"),
    });
    const byName = Object.fromEntries(run.runs.map((r) => [r.name, r]));
    expect(run.runs.map((r) => [r.name, r.outcome])).toEqual([
      ["Set up Node.js", "skipped"],
      ["Install par", "success"],
      ["par lint", "failure"],
      ["par diff (into the job summary)", "success"],
    ]);
    expect(byName["Install par"]!.stderr).not.toMatch(/npm error/);
    expect(byName["par lint"]!.stdout).toMatch(/^::error file=data\/son-la-2025\/tasks\/1-b\.yaml,line=\d+,col=\d+,.*title=par agency\/unknown::/m);
    expect(run.summary).toContain("1.a");
    expect(run.summary).toContain("Nhiệm vụ thử của bài kiểm tra");
    // Without a pull request's revisions there is no summary, and a clean plan passes.
    rmSync(join(workspace, "data/son-la-2025/tasks/1-b.yaml"));
    const push = runAction({
      with: { package: tarball, "setup-node": "false" },
      github: { event_name: "push" },
      workspace,
      temp: tempDir("par-runner-temp-"),
      env,
      actionPath: tempDir("par-action-path-"),
    });
    expect(push.runs.map((r) => r.outcome)).toEqual(["skipped", "success", "success", "skipped"]);
    expect(push.summary).toBe("");
    expect(readdirSync(workspace)).toContain("data");
    console.log(`adopt: action.yml run locally twice ${Date.now() - t0} ms`);
  }, 300000);

  it("with no package input, installs par built from the action's own checkout (npm ci, npm pack)", () => {
    const t0 = Date.now();
    const { workspace, env, pullRequest } = planWorkspace();
    const run = runAction({
      with: { "setup-node": "false" },
      github: pullRequest,
      workspace,
      temp: tempDir("par-runner-temp-"),
      env,
      actionPath: copyOfPar({ linkNodeModules: false }),
    });
    expect(
      run.runs.map((r) => r.outcome),
      run.runs.map((r) => r.stderr).join("\n"),
    ).toEqual(["skipped", "success", "success", "success"]);
    expect(run.summary).toContain("1.a");
    console.log(`adopt: action.yml with par built from its checkout ${Date.now() - t0} ms`);
  }, 300000);
});
