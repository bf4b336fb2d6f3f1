// `par init`: a plan repository in an empty folder, a plan added to one, what it refuses, and what the editor and CI
// get from the files it writes. The plans written here are made by par init for the test.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DATA, FIXTURES, ROOT, cleanEnv, runCli, tempDir, testLanguage } from "./helpers";

testLanguage("en");

/** Every file below a folder, relative to it, with forward slashes, sorted. */
function filesBelow(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split("\\").join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** A `*` glob (no `**`) as the YAML extension reads yaml.schemas' patterns, relative to the workspace. */
const globToRegExp = (glob: string) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);

const NEW_PLAN = ["--plan", "son-la-2025", "--province", "Sơn La", "--year", "2025", "--repository", "example/par"];

describe("par init in an empty folder", () => {
  it("writes the repository's files, and the repository lints clean", async () => {
    const repo = join(tempDir(), "plans");
    const r = await runCli(["init", repo, "--repository", "example/par"]);
    expect(r.code, r.stderr).toBe(0);
    expect(filesBelow(repo)).toEqual(
      [
        ".editorconfig",
        ".github/workflows/par.yml",
        ".gitignore",
        ".pre-commit-config.yaml",
        ".vscode/extensions.json",
        ".vscode/settings.json",
        "README.md",
        "data/.gitkeep",
        "schemas/agencies.schema.json",
        "schemas/decision.schema.json",
        "schemas/plan.schema.json",
        "schemas/progress.schema.json",
        "schemas/task.schema.json",
      ].sort(),
    );
    for (const f of filesBelow(repo)) expect(r.stdout, f).toContain(f);
    // par's own schemas, byte for byte.
    for (const s of ["plan", "agencies", "task", "progress", "decision"])
      expect(readFileSync(join(repo, `schemas/${s}.schema.json`), "utf8")).toBe(readFileSync(join(ROOT, `schemas/${s}.schema.json`), "utf8"));
    const lint = await runCli(["lint"], { cwd: repo });
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    expect(lint.stderr).toContain("no plan in the data folder yet");
    // Other commands still say there is no plan.
    expect((await runCli(["list"], { cwd: repo })).code).toBe(2);
  });

  it("with --plan, the first plan too; it lints clean, and the folder a fresh git init made counts as empty", async () => {
    const repo = tempDir();
    mkdirSync(join(repo, ".git"));
    const r = await runCli(["init", ...NEW_PLAN], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(repo, "data/.gitkeep"))).toBe(false);
    for (const f of ["plan.yaml", "agencies.yaml", "tasks/.gitkeep"]) expect(existsSync(join(repo, "data/son-la-2025", f)), f).toBe(true);
    expect(readdirSync(join(repo, "data/son-la-2025/tasks"))).toEqual([".gitkeep"]);
    const lint = await runCli(["lint"], { cwd: repo });
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    expect(lint.stdout).toBe("No problems in 2 files.\n");
    const plan = parse(readFileSync(join(repo, "data/son-la-2025/plan.yaml"), "utf8"));
    expect(plan).toMatchObject({ format: "par-plan/1", id: "son-la-2025", province: "Sơn La", year: 2025, decision: { number: "", date: null } });
    expect(plan.areas).toHaveLength(8);
    const agencies = await runCli(["agencies", "--format", "json"], { cwd: repo });
    expect(agencies.code, agencies.stderr).toBe(0);
    expect(agencies.stdout).toContain('"snv"');
    // Nothing temporary is left behind.
    expect(filesBelow(repo).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("speaks Vietnamese by default, English with --lang en", async () => {
    const vi = await runCli(["init", join(tempDir(), "r")], { env: { PATH: process.env.PATH, LANG: "C" } });
    expect(vi.stdout).toContain("đã ghi 13 tệp");
    expect(vi.stdout).toContain("Tiếp theo: thêm kế hoạch đầu tiên");
    expect(vi.stderr).toContain("gói của par không ghi kho GitHub nào");
    const en = await runCli(["--lang", "en", "init", join(tempDir(), "r")], { env: { PATH: process.env.PATH, LANG: "C" } });
    expect(en.stdout).toContain("13 files written");
    expect(en.stderr).toContain("name OWNER/par");
  });
});

describe("what par init refuses", () => {
  it("a folder that is not empty, without --force (nothing is written)", async () => {
    const repo = tempDir();
    writeFileSync(join(repo, "notes.txt"), "mine\n");
    const r = await runCli(["init"], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "par init: . is not empty. Run par init in an empty folder, add --force to write par's repository files there anyway, or add a plan to a plan repository with --plan ID --province NAME --year YYYY.\n",
    );
    expect(readdirSync(repo)).toEqual(["notes.txt"]);
  });

  it("with --force it writes par's files there, and keeps a README, .gitignore and editor files of the user's", async () => {
    const repo = tempDir();
    writeFileSync(join(repo, "README.md"), "my README\n");
    writeFileSync(join(repo, ".gitignore"), "mine/\n");
    mkdirSync(join(repo, "schemas"));
    writeFileSync(join(repo, "schemas/task.schema.json"), "{}\n");
    const r = await runCli(["init", "--force", "--repository", "example/par"], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(repo, "README.md"), "utf8")).toBe("my README\n");
    expect(readFileSync(join(repo, ".gitignore"), "utf8")).toBe("mine/\n");
    expect(r.stdout).not.toContain("README.md");
    // An old copy of a schema is replaced by this par's.
    expect(readFileSync(join(repo, "schemas/task.schema.json"), "utf8")).toBe(readFileSync(join(ROOT, "schemas/task.schema.json"), "utf8"));
  });

  it("options that do not go together, a bad plan id, year or repository", async () => {
    const cases: [string[], string][] = [
      [["init", "--plan", "p-2025", "--year", "2025"], "--plan needs --province and --year"],
      [["init", "--province", "Sơn La"], "--plan needs --province and --year"],
      [["init", "--from", "son-la-2024"], "--plan needs --province and --year"],
      [["init", "--plan", "Sơn La 2025", "--province", "Sơn La", "--year", "2025"], '"Sơn La 2025" cannot be a plan id'],
      [["init", "--plan", "p", "--province", "Sơn La", "--year", "25"], '--year takes a year from 1900 to 2999, not "25"'],
      [["init", "--plan", "p", "--province", " ", "--year", "2025"], "--plan needs --province and --year"],
      [["init", "--repository", "https://example.org/x"], "--repository takes GitHub's OWNER/NAME"],
    ];
    for (const [args, message] of cases) {
      const repo = tempDir();
      const r = await runCli(args, { cwd: repo });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toContain(message);
      expect(readdirSync(repo), args.join(" ")).toEqual([]);
    }
  });

  it("a plan folder that exists, without --force; a folder that is not a plan repository", async () => {
    const repo = tempDir();
    expect((await runCli(["init", ...NEW_PLAN], { cwd: repo })).code).toBe(0);
    const again = await runCli(["init", ...NEW_PLAN], { cwd: repo });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("the plan folder data/son-la-2025 already exists");
    const other = tempDir();
    writeFileSync(join(other, "notes.txt"), "mine\n");
    const notRepo = await runCli(["init", ...NEW_PLAN], { cwd: other });
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toContain("no data folder at data to add the plan to");
  });

  it("a folder that cannot be made: exit 2 naming the file", async () => {
    const r = await runCli(["init", "/proc/par-init-test"], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^par init: cannot write \/proc\/par-init-test\/\S+: /);
  });
});

describe("par init --plan --from: a new year's plan from the last one", () => {
  /** A copy of par's data folder in a repository of its own. */
  function repoWithData(): string {
    const repo = tempDir();
    cpSync(DATA, join(repo, "data"), { recursive: true });
    return repo;
  }

  it("carries areas, language, reporting and the agency registry forward (for 2025: every agency, since 2025's events fall in the year), and lints clean", async () => {
    const repo = repoWithData();
    const r = await runCli(["init", ...NEW_PLAN, "--from", "son-la-2024"], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("data/son-la-2025/agencies.yaml");
    const oldPlan = parse(readFileSync(join(repo, "data/son-la-2024/plan.yaml"), "utf8"));
    const newPlan = parse(readFileSync(join(repo, "data/son-la-2025/plan.yaml"), "utf8"));
    expect(newPlan.areas).toEqual(oldPlan.areas);
    expect(newPlan.language).toBe(oldPlan.language);
    expect(newPlan.reporting).toEqual(oldPlan.reporting);
    expect(newPlan.year).toBe(2025);
    // The registry as written, after its schema line and one line saying where it came from.
    const oldText = readFileSync(join(repo, "data/son-la-2024/agencies.yaml"), "utf8").split("\n");
    const newText = readFileSync(join(repo, "data/son-la-2025/agencies.yaml"), "utf8").split("\n");
    expect(newText[0]).toBe("# yaml-language-server: $schema=../../schemas/agencies.schema.json");
    expect(newText[1]).toBe("# Carried forward by par init from the plan son-la-2024.");
    expect(newText.slice(2)).toEqual(oldText.slice(1));
    const lint = await runCli(["lint"], { cwd: repo });
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    // The data folder has two plans now: par picks the latest year's, the 2024 plan is still there with --plan.
    const listNew = await runCli(["list", "--format", "json"], { cwd: repo });
    expect(JSON.parse(listNew.stdout)).toEqual([]);
    const agencies = await runCli(["agencies", "--format", "json"], { cwd: repo });
    const agencies2024 = await runCli(["--plan", "son-la-2024", "agencies", "--format", "json"], { cwd: repo });
    const ids = (out: string) => (JSON.parse(out) as { id: string }[]).map((a) => a.id);
    expect(ids(agencies.stdout).length).toBeGreaterThan(20);
    expect(ids(agencies.stdout)).toEqual(ids(agencies2024.stdout));
  });

  it("through lineage: a 2026 plan leaves out the agencies that ended in 2025, their places in groups and the 2025 events", async () => {
    const repo = repoWithData();
    const r = await runCli(["init", "--plan", "son-la-2026", "--province", "Sơn La", "--year", "2026", "--from", "son-la-2024"], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(repo, "data/son-la-2026/agencies.yaml"), "utf8");
    const reg = parse(text) as { agencies: { id: string; members?: string[] }[]; lineage?: unknown[] };
    const ids = reg.agencies.map((a) => a.id);
    // Merged into Sở Tài chính, Sở Xây dựng, …; the district level ended on 01/07/2025.
    for (const gone of ["skhdt", "stttt", "sgtvt", "sldtbxh", "ubnd-cap-huyen"]) expect(ids).not.toContain(gone);
    for (const kept of ["snv", "stc", "sxd", "stp"]) expect(ids).toContain(kept);
    const group = reg.agencies.find((a) => a.id === "so-ban-nganh")!;
    expect(group.members).not.toContain("skhdt");
    expect(group.members).toContain("stc");
    expect(reg.lineage ?? []).toEqual([]);
    // The editorial notes and sources (comments) are carried as written.
    expect(text).toContain("# Editorial (biên tập, not in the decision)");
    const lint = await runCli(["lint"], { cwd: repo });
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
  });

  it("--from a plan's folder elsewhere; an unknown plan; a plan with errors", async () => {
    const repo = tempDir();
    const r = await runCli(["init", ...NEW_PLAN, "--from", join(DATA, "son-la-2024")], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(repo, "data/son-la-2025/agencies.yaml"), "utf8")).toContain("id: skhdt");

    const unknown = await runCli(["init", ...NEW_PLAN.map((a) => (a === "son-la-2025" ? "x-2025" : a)), "--from", "ha-noi-2024"], { cwd: repo });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('par init: no plan "ha-noi-2024" to carry forward; plans: son-la-2025. Name a plan of the data folder, or a plan\'s folder.\n');

    const broken = repoWithData();
    writeFileSync(join(broken, "data/son-la-2024/agencies.yaml"), "format: par-agencies/1\nagencies: [\n");
    const bad = await runCli(["init", ...NEW_PLAN, "--from", "son-la-2024"], { cwd: broken });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("data/son-la-2024/agencies.yaml:");
    expect(existsSync(join(broken, "data/son-la-2025"))).toBe(false);
  });
});

describe("what the editor and CI get from par init", () => {
  async function newRepo(): Promise<string> {
    const repo = tempDir();
    const r = await runCli(["init", ...NEW_PLAN], { cwd: repo });
    expect(r.code, r.stderr).toBe(0);
    return repo;
  }

  it("each data file's modeline names a schema of the repository, and the file is valid against it", async () => {
    const repo = await newRepo();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    for (const f of filesBelow(join(repo, "data")).filter((f) => f.endsWith(".yaml"))) {
      const path = join(repo, "data", f);
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(readFileSync(path, "utf8").split("\n")[0]!);
      expect(m, f).not.toBeNull();
      const schemaFile = join(dirname(path), m![1]!);
      expect(relative(repo, schemaFile).split("\\").join("/")).toMatch(/^schemas\/\w+\.schema\.json$/);
      const validate = ajv.getSchema(schemaFile) ?? ajv.addSchema(JSON.parse(readFileSync(schemaFile, "utf8")), schemaFile).getSchema(schemaFile)!;
      expect(validate(parse(readFileSync(path, "utf8"))), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it(".vscode/settings.json maps each kind of data file to its schema (for files without a modeline too)", async () => {
    const repo = await newRepo();
    const settings = JSON.parse(readFileSync(join(repo, ".vscode/settings.json"), "utf8"));
    const schemas = settings["yaml.schemas"] as Record<string, string[]>;
    const schemaOf = (file: string) => Object.keys(schemas).filter((s) => schemas[s]!.some((g) => globToRegExp(g).test(file)));
    for (const s of Object.keys(schemas)) expect(existsSync(join(repo, s)), s).toBe(true);
    expect(schemaOf("data/son-la-2025/plan.yaml")).toEqual(["./schemas/plan.schema.json"]);
    expect(schemaOf("data/son-la-2025/agencies.yaml")).toEqual(["./schemas/agencies.schema.json"]);
    expect(schemaOf("data/son-la-2025/tasks/1-a.yaml")).toEqual(["./schemas/task.schema.json"]);
    expect(schemaOf("data/son-la-2025/decision.yaml")).toEqual(["./schemas/decision.schema.json"]);
    expect(schemaOf("data/son-la-2025/progress/2025-Q1.yaml")).toEqual(["./schemas/progress.schema.json"]);
    expect(schemaOf("data/son-la-2025/progress/2025-Q1/snv.yaml")).toEqual(["./schemas/progress.schema.json"]);
    expect(JSON.parse(readFileSync(join(repo, ".vscode/extensions.json"), "utf8")).recommendations).toContain("redhat.vscode-yaml");
    // par progress init finds the schemas through plan.yaml's modeline.
    const progress = await runCli(["progress", "init", "--quarter", "Q1"], { cwd: repo });
    expect(progress.code, progress.stderr).toBe(0);
  });

  it("the CI workflow is a valid workflow using par's action; the pre-commit config uses par's hook", async () => {
    const repo = await newRepo();
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    const validate = ajv.compile(JSON.parse(readFileSync(join(FIXTURES, "ci/github-workflow.schema.json"), "utf8")));
    const workflow = parse(readFileSync(join(repo, ".github/workflows/par.yml"), "utf8"));
    expect(validate(workflow), JSON.stringify(validate.errors)).toBe(true);
    expect(workflow.permissions).toEqual({ contents: "read" });
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    expect(workflow.jobs.plan.steps.map((s: { uses: string }) => s.uses)).toEqual(["actions/checkout@v4", `example/par@v${version}`]);

    const config = parse(readFileSync(join(repo, ".pre-commit-config.yaml"), "utf8"));
    const hookIds = (parse(readFileSync(join(ROOT, ".pre-commit-hooks.yaml"), "utf8")) as { id: string }[]).map((h) => h.id);
    expect(config.repos).toEqual([{ repo: "https://github.com/example/par", rev: `v${version}`, hooks: [{ id: "par-lint" }] }]);
    for (const h of config.repos[0].hooks) expect(hookIds).toContain(h.id);
    const preCommit = spawnSync("pre-commit", ["validate-config", ".pre-commit-config.yaml"], { cwd: repo, env: cleanEnv(), encoding: "utf8" });
    if (preCommit.error === undefined) expect(preCommit.status, preCommit.stdout + preCommit.stderr).toBe(0);
  });
});
