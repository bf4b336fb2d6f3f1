// par diff: temporary git repositories holding a copy of the plan, edited the way plans change during the year.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { GIT_ENV, cleanEnv, copyOfData, runBin, runCli, tempDir, testLanguage } from "./helpers";

// These tests read English output unless they say otherwise.
testLanguage("en");
import { diffWords, normaliseText, textSimilarity, tokenize, type PlanDiff } from "../src/report/diff";
import { diffDocument } from "../src/format/build/diff";
import { formatterFor, type TextFormatter } from "../src/format/registry";
import { readTree } from "../src/load/git";
import { memorySource } from "../src/workspace";

/** A plan diff through the registry's diff formatter of that name, as the command renders it (no width limit). */
function renderDiff(name: string, d: PlanDiff): string {
  const f = formatterFor("diff", name) as TextFormatter;
  return f.render(diffDocument(d, { lang: "en", profile: f.profile }), { color: false, width: Infinity, terminal: false, bom: true });
}

const env = (extra: Record<string, string> = {}) => cleanEnv({ ...GIT_ENV, ...extra });

function git(repo: string, ...args: string[]): string {
  const r = spawnSync("git", args, { cwd: repo, env: env(), encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout;
}

/** A git repository whose first commit holds a copy of the shipped plan under data/. */
function planRepo(): string {
  const repo = dirname(copyOfData());
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", "data");
  git(repo, "commit", "-q", "-m", "plan as issued");
  return repo;
}

const taskFile = (repo: string, name: string) => join(repo, "data/son-la-2024/tasks", name);

/** Replace text in a file, failing the test when the text is not there. */
function edit(path: string, from: string | RegExp, to: string): void {
  const before = readFileSync(path, "utf8");
  const after = before.replace(from, to);
  expect(after, `${String(from)} in ${path}`).not.toBe(before);
  writeFileSync(path, after);
}

const NEW_TASK = (id: string, letter: string) => `# yaml-language-server: $schema=../../../schemas/task.schema.json
format: par-task/1
id: "${id}"
area: 1
letter: ${letter}
text: "Tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp về thủ tục hành chính"
lead:
  - vpubnd
support:
  - hhdn
deadline:
  text: Tháng 10/2024
  kind: month
  month: 2024-10
`;

/** The edits of a typical amendment: a deadline moved, a lead swapped, a task added, a file renamed (same id). */
function amend(repo: string): void {
  edit(taskFile(repo, "1-a.yaml"), "text: Quý IV/2024\n  kind: quarter\n  quarter: 2024-Q4", "text: Quý III/2024\n  kind: quarter\n  quarter: 2024-Q3");
  edit(taskFile(repo, "2-a.yaml"), "lead:\n  - stp\n", "lead:\n  - snv\n");
  writeFileSync(taskFile(repo, "1-h.yaml"), NEW_TASK("1.h", "h"));
  renameSync(taskFile(repo, "2-b.yaml"), taskFile(repo, "2-b-than-le.yaml"));
}

function commitAll(repo: string, message: string): void {
  git(repo, "add", "-A", "data");
  git(repo, "commit", "-q", "-m", message);
}

async function diffJson(repo: string, ...args: string[]): Promise<{ code: number; json: any; stderr: string }> {
  const r = await runCli(["diff", "--format", "json", ...args], { cwd: repo, env: env() });
  return { code: r.code, json: r.stdout ? JSON.parse(r.stdout) : undefined, stderr: r.stderr };
}

/** The two texts a word diff gives back: without its insertions, and without its deletions. */
function sidesOf(ops: readonly { op: string; text: string }[]): [string, string] {
  const side = (skip: string) =>
    ops
      .filter((o) => o.op !== skip)
      .map((o) => o.text)
      .join("");
  return [side("insert"), side("delete")];
}

describe("par diff between two commits", () => {
  const repo = planRepo();
  amend(repo);
  commitAll(repo, "amend: deadline, lead, new task, renamed file");

  it("json: deadline moved, lead swapped, task added; the renamed file is no change", async () => {
    const { code, json, stderr } = await diffJson(repo, "HEAD~1", "HEAD");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(json.version).toBe(1);
    expect(json.plan).toBe("data/son-la-2024");
    expect(json.from).toMatchObject({ kind: "revision", rev: "HEAD~1", exists: true });
    expect(json.from.commit).toBe(git(repo, "rev-parse", "HEAD~1").trim());
    expect(json.to).toMatchObject({ kind: "revision", rev: "HEAD", exists: true });
    expect(json.changed).toBe(true);
    expect(json.summary).toEqual({ added: 1, removed: 0, renumbered: 0, changed: 2, agencies: 0, meta: 0 });
    expect(json.tasks.added.map((t: any) => t.id)).toEqual(["1.h"]);
    expect(json.tasks.added[0]).toMatchObject({
      lead: [{ id: "vpubnd", name: "Văn phòng Ủy ban nhân dân tỉnh" }],
      deadline: { text: "Tháng 10/2024", kind: "month", due: ["2024-10-31"], ongoing: false },
      file: "data/son-la-2024/tasks/1-h.yaml",
    });
    expect(json.tasks.changed.map((t: any) => t.id)).toEqual(["1.a", "2.a"]);
    const [deadline] = json.tasks.changed[0].changes;
    expect(deadline).toEqual({
      field: "deadline",
      from: { text: "Quý IV/2024", kind: "quarter", due: ["2024-12-31"], ongoing: false },
      to: { text: "Quý III/2024", kind: "quarter", due: ["2024-09-30"], ongoing: false },
      shiftDays: -92,
      // moved with no amendment recorded (issue 16)
      withoutDecision: true,
    });
    expect(json.tasks.changed[1].changes).toEqual([
      {
        field: "lead",
        from: [{ id: "stp", name: "Sở Tư pháp", short: "Sở Tư pháp" }],
        to: [{ id: "snv", name: "Sở Nội vụ", short: "Sở Nội vụ" }],
        added: [{ id: "snv", name: "Sở Nội vụ", short: "Sở Nội vụ" }],
        removed: [{ id: "stp", name: "Sở Tư pháp", short: "Sở Tư pháp" }],
      },
    ]);
    expect(JSON.stringify(json)).not.toContain("2.b");
    expect(json.tasks.removed).toEqual([]);
    expect(json.tasks.renumbered).toEqual([]);
  });

  it("text: a section per kind of change, old and new dates, no colour when not on a terminal", async () => {
    const r = await runCli(["diff", "HEAD~1", "HEAD"], { cwd: repo, env: env() });
    expect(r.code).toBe(0);
    const short = git(repo, "rev-parse", "--short=7", "HEAD~1").trim();
    expect(r.stdout).toContain(`Plan changes in data/son-la-2024: HEAD~1 (${short}) → HEAD (`);
    expect(r.stdout).toContain("1 task added, 2 tasks changed");
    expect(r.stdout).toMatch(/Tasks added\n {2}\+ 1\.h {2}Tổ chức hội nghị đối thoại/);
    expect(r.stdout).toContain("deadline: Quý IV/2024 (31/12/2024) → Quý III/2024 (30/09/2024), 92 days earlier");
    expect(r.stdout).toContain("lead: − Sở Tư pháp; + Sở Nội vụ");
    expect(r.stdout).not.toContain("2.b");
    expect(r.stdout).not.toContain("\u001b[");
  });

  it("text: coloured on a terminal, plain with --no-color", async () => {
    const tty = await runCli(["diff", "HEAD~1", "HEAD"], { cwd: repo, env: env(), tty: true });
    expect(tty.stdout).toContain("\u001b[31mQuý IV/2024 (31/12/2024)\u001b[39m → \u001b[32mQuý III/2024 (30/09/2024)\u001b[39m");
    const plain = await runCli(["--no-color", "diff", "HEAD~1", "HEAD"], { cwd: repo, env: env(), tty: true });
    expect(plain.stdout).not.toContain("\u001b[");
  });

  it("md: tables for added tasks, <del>/<ins> for changes, ready for a review comment", async () => {
    const r = await runCli(["diff", "--format", "md", "HEAD~1", "HEAD"], { cwd: repo, env: env() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^### Plan changes in data\/son-la-2024: HEAD\\~1 \([0-9a-f]{7}\) → HEAD \([0-9a-f]{7}\)\n/);
    expect(r.stdout).toContain("**1 task added, 2 tasks changed**");
    expect(r.stdout).toContain("#### Tasks added\n\n| Task | Text | Lead | Deadline | File |\n| --- | --- | --- | --- | --- |\n| 1.h | Tổ chức hội nghị");
    expect(r.stdout).toContain("- **1.a** Triển khai bảo đảm");
    expect(r.stdout).toContain("  - **deadline:** <del>Quý IV/2024 (31/12/2024)</del> → <ins>Quý III/2024 (30/09/2024)</ins> (92 days earlier)");
    expect(r.stdout).toContain("  - **lead:** removed <del>Sở Tư pháp</del>; added <ins>Sở Nội vụ</ins>");
    expect(r.stdout).not.toContain("2.b");
  });

  it("--exit-code: 1 when the plan differs, 0 when it does not", async () => {
    expect((await runCli(["diff", "--exit-code", "HEAD~1", "HEAD"], { cwd: repo, env: env() })).code).toBe(1);
    const same = await runCli(["diff", "--exit-code", "HEAD", "HEAD"], { cwd: repo, env: env() });
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/^No changes to the plan between HEAD \([0-9a-f]{7}\) and HEAD \([0-9a-f]{7}\)\.\n$/);
  });

  it("takes REV_A..REV_B and REV_A...REV_B (from the merge base)", async () => {
    const two = await diffJson(repo, "HEAD~1..HEAD");
    expect(two.json.summary.changed).toBe(2);
    const three = await diffJson(repo, "HEAD~1...HEAD");
    expect(three.json.from.commit).toBe(git(repo, "rev-parse", "HEAD~1").trim());
    expect(three.json.summary.added).toBe(1);
  });

  it("speaks Vietnamese with --lang vi", async () => {
    const r = await runCli(["--lang", "vi", "diff", "HEAD~1", "HEAD"], { cwd: repo, env: env() });
    expect(r.stdout).toContain("Thay đổi kế hoạch data/son-la-2024: HEAD~1");
    expect(r.stdout).toContain("thêm 1 nhiệm vụ, sửa 2 nhiệm vụ");
    expect(r.stdout).toContain("thời gian hoàn thành: Quý IV/2024 (31/12/2024) → Quý III/2024 (30/09/2024), sớm hơn 92 ngày");
  });

  it("the built bin gives the same JSON", () => {
    const r = runBin(["diff", "--format", "json", "HEAD~1", "HEAD"], { cwd: repo, env: env() });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary).toEqual({ added: 1, removed: 0, renumbered: 0, changed: 2, agencies: 0, meta: 0 });
  });
});

describe("par diff against the working tree and the index", () => {
  it("defaults to HEAD and the working tree; --staged compares with the index", async () => {
    const repo = planRepo();
    expect((await runCli(["diff", "--exit-code"], { cwd: repo, env: env() })).code).toBe(0);
    amend(repo);
    const work = await diffJson(repo);
    expect(work.json.to).toEqual({ kind: "worktree", rev: null, commit: null, exists: true });
    expect(work.json.summary).toMatchObject({ added: 1, changed: 2 });
    // Nothing staged yet.
    const before = await diffJson(repo, "--staged");
    expect(before.json.changed).toBe(false);
    expect(before.json.to.kind).toBe("index");
    git(repo, "add", "data/son-la-2024/tasks/1-a.yaml");
    const staged = await diffJson(repo, "--staged");
    expect(staged.json.tasks.changed.map((t: any) => t.id)).toEqual(["1.a"]);
    expect(staged.json.tasks.added).toEqual([]);
    const text = await runCli(["diff", "--cached"], { cwd: repo, env: env() });
    expect(text.stdout).toContain("→ index");
  });

  it("a file saved in decomposed Unicode (NFD) is no change; a changed word is shown word by word", async () => {
    const repo = planRepo();
    const f = taskFile(repo, "1-a.yaml");
    writeFileSync(f, readFileSync(f, "utf8").normalize("NFD"));
    expect((await runCli(["diff", "--exit-code"], { cwd: repo, env: env() })).code).toBe(0);
    edit(f, "Thực hiện nghiêm túc chế độ".normalize("NFD"), "Thực hiện đầy đủ chế độ");
    const { json } = await diffJson(repo);
    const change = json.tasks.changed[0].changes[0];
    expect(change.field).toBe("text");
    expect(change.words.filter((o: any) => o.op !== "equal")).toEqual([
      { op: "delete", text: "nghiêm túc" },
      { op: "insert", text: "đầy đủ" },
    ]);
    // At 200 columns the change is one line (at 100 it wraps: text lines fit the width, issue 12 item 7).
    const r = await runCli(["diff"], { cwd: repo, env: env({ COLUMNS: "200" }) });
    expect(r.stdout).toContain("text: … kiểm tra về CCHC...) đạt 100%. Thực hiện [-nghiêm túc-]{+đầy đủ+} chế độ báo cáo định kỳ trong năm …");
    const md = await runCli(["diff", "-f", "md"], { cwd: repo, env: env() });
    expect(md.stdout).toContain("Thực hiện <del>nghiêm túc</del> <ins>đầy đủ</ins> chế độ");
  });
});

describe("renumbered tasks and the agency registry", () => {
  it("a task inserted before others: added under its id, the others renumbered (matched by text)", async () => {
    const repo = planRepo();
    // Insert a new 1.e: the old 1.e becomes 1.g and the old 1.g becomes 1.h (no f in the Vietnamese alphabet).
    renameSync(taskFile(repo, "1-g.yaml"), taskFile(repo, "1-h.yaml"));
    edit(taskFile(repo, "1-h.yaml"), /id: "1\.g"\narea: 1\nletter: g/, 'id: "1.h"\narea: 1\nletter: h');
    renameSync(taskFile(repo, "1-e.yaml"), taskFile(repo, "1-g.yaml"));
    edit(taskFile(repo, "1-g.yaml"), /id: "1\.e"\narea: 1\nletter: e/, 'id: "1.g"\narea: 1\nletter: g');
    edit(taskFile(repo, "1-g.yaml"), "ít nhất 01 sáng kiến", "ít nhất 02 sáng kiến");
    writeFileSync(taskFile(repo, "1-e.yaml"), NEW_TASK("1.e", "e"));
    const { json } = await diffJson(repo);
    expect(json.tasks.added.map((t: any) => t.id)).toEqual(["1.e"]);
    expect(json.tasks.removed).toEqual([]);
    expect(json.tasks.changed).toEqual([]);
    expect(json.tasks.renumbered.map((t: any) => [t.from, t.to])).toEqual([
      ["1.e", "1.g"],
      ["1.g", "1.h"],
    ]);
    expect(json.tasks.renumbered[1].similarity).toBe(1);
    expect(json.tasks.renumbered[1].changes).toEqual([]);
    // Renumbered and edited: the edit is shown with it.
    expect(json.tasks.renumbered[0].similarity).toBeGreaterThan(0.9);
    expect(json.tasks.renumbered[0].changes[0].words.filter((o: any) => o.op !== "equal")).toEqual([
      { op: "delete", text: "01" },
      { op: "insert", text: "02" },
    ]);
    const r = await runCli(["diff"], { cwd: repo, env: env() });
    expect(r.stdout).toContain("1 task added, 2 tasks renumbered");
    expect(r.stdout).toMatch(/Tasks renumbered\n {2}1\.e → 1\.g {2}\(9\d% alike\) {2}Mỗi sở, ban, ngành/);
    expect(r.stdout).toContain("  1.g → 1.h  (100% alike)  Theo dõi, đôn đốc");
  });

  it("agencies added, removed, renamed, and group membership", async () => {
    const repo = planRepo();
    const f = join(repo, "data/son-la-2024/agencies.yaml");
    edit(f, "    name: Sở Nội vụ\n", "    name: Sở Nội vụ tỉnh Sơn La\n");
    edit(f, "      - skhcn\n      - vpubnd\n", "      - vpubnd\n      - cuc-thue\n");
    edit(f, /  - id: tp-son-la\n(    .*\n)+/, "");
    edit(f, "      - tp-son-la\n", "");
    edit(f, "ubnd-cap-huyen, tp-son-la, ", "ubnd-cap-huyen, "); // its end in the lineage (issue 17)
    // A new entry at the end of the agencies, before the lineage.
    edit(f, "\nlineage:\n", "\n  - id: bql-kcn\n    name: Ban Quản lý các khu công nghiệp tỉnh\n    kind: department\nlineage:\n");
    const { json, code } = await diffJson(repo);
    expect(code).toBe(0);
    expect(json.summary).toMatchObject({ added: 0, removed: 0, changed: 0, agencies: 5 });
    expect(json.agencies.added).toEqual([{ id: "bql-kcn", name: "Ban Quản lý các khu công nghiệp tỉnh", kind: "department", members: [] }]);
    expect(json.agencies.removed.map((a: any) => a.id)).toEqual(["tp-son-la"]);
    expect(json.agencies.changed).toEqual([
      { id: "snv", name: "Sở Nội vụ tỉnh Sơn La", changes: [{ field: "name", from: "Sở Nội vụ", to: "Sở Nội vụ tỉnh Sơn La" }] },
      { id: "so-ban-nganh", name: "Các sở, ban, ngành", changes: [{ field: "members", added: ["cuc-thue"], removed: ["skhcn"] }] },
      { id: "ubnd-cap-huyen", name: "UBND các huyện, thành phố", changes: [{ field: "members", added: [], removed: ["tp-son-la"] }] },
    ]);
    const r = await runCli(["diff"], { cwd: repo, env: env() });
    expect(r.stdout).toContain("Agency registry\n  + bql-kcn  Ban Quản lý các khu công nghiệp tỉnh (department)\n  − tp-son-la  UBND thành phố Sơn La\n");
    expect(r.stdout).toContain('  ~ snv  Sở Nội vụ tỉnh Sơn La: name: "Sở Nội vụ" → "Sở Nội vụ tỉnh Sơn La"');
    expect(r.stdout).toContain("  ~ so-ban-nganh  Các sở, ban, ngành: members: − skhcn, + cuc-thue");
    // Tasks that name the renamed agency show its new name, and are not changed by the rename.
    const md = await runCli(["diff", "-f", "md"], { cwd: repo, env: env() });
    expect(md.stdout).toContain("- `snv` Sở Nội vụ tỉnh Sơn La: name: <del>Sở Nội vụ</del> → <ins>Sở Nội vụ tỉnh Sơn La</ins>");
    expect(md.stdout).toContain("- removed `tp-son-la` UBND thành phố Sơn La");
  });

  it("plan details and targets", async () => {
    const repo = planRepo();
    edit(join(repo, "data/son-la-2024/plan.yaml"), 'number: ""', 'number: "1234/QĐ-UBND"');
    edit(taskFile(repo, "1-a.yaml"), "    value: 100\n", "    value: 95\n");
    const { json } = await diffJson(repo);
    expect(json.meta).toEqual([{ path: "decision.number", from: "", to: "1234/QĐ-UBND" }]);
    expect(json.tasks.changed[0].changes).toEqual([
      {
        field: "targets",
        added: [],
        removed: [],
        changed: [
          {
            id: "plan-completion",
            from: { id: "plan-completion", metric: "mức độ hoàn thành kế hoạch hàng năm", comparison: "=", value: 100, unit: "%" },
            to: { id: "plan-completion", metric: "mức độ hoàn thành kế hoạch hàng năm", comparison: "=", value: 95, unit: "%" },
          },
        ],
      },
    ]);
    const r = await runCli(["--lang", "vi", "diff"], { cwd: repo, env: env({ COLUMNS: "200" }) });
    expect(r.stdout).toContain("chỉ tiêu: ~ plan-completion: mức độ hoàn thành kế hoạch hàng năm = 100% → mức độ hoàn thành kế hoạch hàng năm = 95%");
    expect(r.stdout).toContain('~ decision.number: "" → "1234/QĐ-UBND"');
  });
});

describe("par diff: where the plan is", () => {
  it("a revision without the plan: every task added", async () => {
    const repo = dirname(copyOfData());
    git(repo, "init", "-q", "-b", "main");
    writeFileSync(join(repo, "README.md"), "plan repository\n");
    git(repo, "add", "README.md");
    git(repo, "commit", "-q", "-m", "start");
    commitAll(repo, "the plan");
    const { json } = await diffJson(repo, "HEAD~1", "HEAD");
    expect(json.from.exists).toBe(false);
    expect(json.to.exists).toBe(true);
    expect(json.summary.added).toBe(44);
    const r = await runCli(["diff", "HEAD~1", "HEAD"], { cwd: repo, env: env() });
    expect(r.stdout).toMatch(/The plan does not exist at HEAD~1 \([0-9a-f]{7}\)\./);
  });

  it("--data and --plan name the plan folder, from any folder of the repository", async () => {
    const repo = planRepo();
    mkdirSync(join(repo, "plans"));
    git(repo, "mv", "data/son-la-2024", "plans/son-la-2024");
    git(repo, "commit", "-q", "-m", "move");
    edit(join(repo, "plans/son-la-2024/tasks/2-a.yaml"), "lead:\n  - stp\n", "lead:\n  - snv\n");
    git(repo, "commit", "-q", "-am", "lead");
    const sub = join(repo, "plans");
    const r = await runCli(["--data", ".", "--plan", "son-la-2024", "diff", "--format", "json", "HEAD~1", "HEAD"], { cwd: sub, env: env() });
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(json.plan).toBe("plans/son-la-2024");
    expect(json.tasks.changed.map((t: any) => [t.id, t.file])).toEqual([["2.a", "plans/son-la-2024/tasks/2-a.yaml"]]);
    // Moving the whole folder between revisions changes nothing in the plan's terms... but it is another folder:
    // at HEAD~2 there is nothing under plans/.
    const moved = await runCli(["--data", "plans", "diff", "--format", "json", "HEAD~2", "HEAD~1"], { cwd: repo, env: env() });
    expect(JSON.parse(moved.stdout).from.exists).toBe(false);
    const wrong = await runCli(["--data", "plans", "--plan", "nope", "diff", "HEAD~1", "HEAD"], { cwd: repo, env: env() });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('no plan "nope"');
  });
});

describe("par diff errors (exit 2)", () => {
  it("not a git repository", async () => {
    const dir = tempDir();
    const data = join(dir, "data");
    mkdirSync(data);
    const r = await runCli(["diff"], { cwd: dir, env: env({ GIT_CEILING_DIRECTORIES: dirname(dir) }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("par diff: data is not in a git repository. Run par diff inside the plan's repository (or pass --data with a folder inside one).\n");
    expect(r.stdout).toBe("");
  });

  it("an unknown revision", async () => {
    const repo = planRepo();
    const r = await runCli(["diff", "no-such-branch"], { cwd: repo, env: env() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^par diff: unknown revision "no-such-branch"\. Check the name with `git log --oneline`/);
    const dash = await runCli(["diff", "--", "--output=x"], { cwd: repo, env: env() });
    expect(dash.code).toBe(2);
    expect(dash.stderr).toContain('unknown revision "--output=x"');
  });

  it("a revision where the plan does not parse: file and line at that revision", async () => {
    const repo = planRepo();
    writeFileSync(taskFile(repo, "3-a.yaml"), readFileSync(taskFile(repo, "3-a.yaml"), "utf8").replace("area: 3\n", "area: 3\n  broken: [\n"));
    commitAll(repo, "broken");
    git(repo, "revert", "--no-edit", "HEAD");
    const r = await runCli(["diff", "HEAD~1", "HEAD"], { cwd: repo, env: env() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^HEAD~1:data\/son-la-2024\/tasks\/3-a\.yaml:\d+:\d+: error yaml\/syntax\n/);
    expect(r.stderr).toMatch(/par diff: the plan at HEAD~1 \([0-9a-f]{7}\) does not load \(see above\); fix it there, or compare other revisions\.\n$/);
    // The other way round the broken version is the newer one.
    const back = await runCli(["diff", "HEAD~2", "HEAD~1"], { cwd: repo, env: env() });
    expect(back.code).toBe(2);
    expect(back.stderr).toContain("HEAD~1:data/son-la-2024/tasks/3-a.yaml:");
    // In the working tree, the path is the one lint shows.
    writeFileSync(taskFile(repo, "3-a.yaml"), "format: par-task/1\nid: [\n");
    const work = await runCli(["diff"], { cwd: repo, env: env() });
    expect(work.code).toBe(2);
    expect(work.stderr).toMatch(/^data\/son-la-2024\/tasks\/3-a\.yaml:\d+:\d+: error yaml\/syntax/);
    expect(work.stderr).toContain("the plan at working tree does not load");
  });

  it("a rule broken (not a parse error) still compares", async () => {
    const repo = planRepo();
    edit(taskFile(repo, "2-a.yaml"), "lead:\n  - stp\n", "lead:\n  - no-such-agency\n");
    const { code, json } = await diffJson(repo);
    expect(code).toBe(0);
    expect(json.tasks.changed[0].changes[0].added).toEqual([{ id: "no-such-agency", name: "no-such-agency" }]);
  });

  it("usage: too many revisions, --staged with two, an unknown format", async () => {
    const repo = planRepo();
    const three = await runCli(["diff", "HEAD", "HEAD", "HEAD"], { cwd: repo, env: env() });
    expect([three.code, three.stderr]).toEqual([2, "par diff: give at most two revisions (par diff [REV_A [REV_B]]).\n"]);
    const staged = await runCli(["diff", "--staged", "HEAD", "HEAD"], { cwd: repo, env: env() });
    expect(staged.code).toBe(2);
    expect(staged.stderr).toContain("--staged compares one revision");
    const fmt = await runCli(["diff", "-f", "xml"], { cwd: repo, env: env() });
    expect(fmt.code).toBe(2);
  });

  it("leaves nothing in the temporary folder (it reads revisions in memory), also when it fails", () => {
    const repo = planRepo();
    const tmp = tempDir("par-diff-tmp-");
    const ok = runBin(["diff", "HEAD", "HEAD"], { cwd: repo, env: env({ TMPDIR: tmp }) });
    expect(ok.code).toBe(0);
    writeFileSync(taskFile(repo, "1-a.yaml"), "format: [\n");
    const failed = runBin(["diff", "--staged"], { cwd: repo, env: env({ TMPDIR: tmp }) });
    expect(failed.code).toBe(0);
    git(repo, "add", "data");
    const broken = runBin(["diff", "--staged"], { cwd: repo, env: env({ TMPDIR: tmp }) });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^:data\/son-la-2024\/tasks\/1-a\.yaml:\d+:\d+: error yaml\/syntax/);
    expect(readdirSync(tmp)).toEqual([]);
  });
});

describe("word diff and similarity", () => {
  it("tokenises Vietnamese words whole, NFC first", () => {
    expect(tokenize("Sở Nội vụ, UBND cấp xã.")).toEqual(["Sở", " ", "Nội", " ", "vụ", ",", " ", "UBND", " ", "cấp", " ", "xã", "."]);
    expect(tokenize("Sở Nội vụ".normalize("NFD"))).toEqual(tokenize("Sở Nội vụ"));
    expect(normaliseText("  a \t b\n\n c ")).toBe("a b\nc");
  });

  it("gives back both texts and groups a rewritten phrase into one change", () => {
    const a = "Cải cách thủ tục hành chính, nâng cao chất lượng phục vụ";
    const b = "Cải cách mạnh mẽ thủ tục hành chính; nâng cao hiệu quả phục vụ";
    const ops = diffWords(a, b);
    expect(sidesOf(ops)).toEqual([a, b]);
    expect(ops).toEqual([
      { op: "equal", text: "Cải cách " },
      { op: "insert", text: "mạnh mẽ " },
      { op: "equal", text: "thủ tục hành chính" },
      { op: "delete", text: "," },
      { op: "insert", text: ";" },
      { op: "equal", text: " nâng cao " },
      { op: "delete", text: "chất lượng" },
      { op: "insert", text: "hiệu quả" },
      { op: "equal", text: " phục vụ" },
    ]);
  });

  it("keeps a change word to word when either space beside it could match (jsdiff's Myers diff, spaces given back)", () => {
    const ops = diffWords("Theo dõi, đúng tiến độ các nhiệm vụ; ubnd-cap-huyen", "Theo capdõi, đúng tiếnmớiđộ các nhiệm vụ; ubnd-caphuyen");
    expect(ops).toEqual([
      { op: "equal", text: "Theo " },
      { op: "delete", text: "dõi" },
      { op: "insert", text: "capdõi" },
      { op: "equal", text: ", đúng " },
      { op: "delete", text: "tiến độ" },
      { op: "insert", text: "tiếnmớiđộ" },
      { op: "equal", text: " các nhiệm vụ; ubnd-" },
      { op: "delete", text: "cap-huyen" },
      { op: "insert", text: "caphuyen" },
    ]);
    expect(diffWords("có ít nhất 01 sáng kiến, giải pháp", "có ít nhất 01 kiến, giải pháp mới")).toEqual([
      { op: "equal", text: "có ít nhất 01 " },
      { op: "delete", text: "sáng " },
      { op: "equal", text: "kiến, giải pháp" },
      { op: "insert", text: " mới" },
    ]);
  });

  it("finds two small edits far apart in long texts (the old LCS table gave up past 4M cells and replaced the middle whole)", () => {
    const words = Array.from({ length: 1500 }, (_, i) => `từ${i}`);
    const a = words.join(" ");
    const b = words.map((w, i) => (i === 10 ? "mười" : i === 1490 ? "cuối" : w)).join(" ");
    const ops = diffWords(a, b);
    expect(ops.filter((o) => o.op !== "equal")).toEqual([
      { op: "delete", text: "từ10" },
      { op: "insert", text: "mười" },
      { op: "delete", text: "từ1490" },
      { op: "insert", text: "cuối" },
    ]);
    expect(sidesOf(ops)).toEqual([a, b]);
  });

  it("gives up on two long texts with nothing in common, showing the middle replaced whole", () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `a${i}`).join(" ");
    const b = Array.from({ length: 20_000 }, (_, i) => `b${i}`).join(",");
    const ops = diffWords(`x ${a} y`, `x ${b} y`);
    expect(ops.map((o) => o.op)).toEqual(["equal", "delete", "insert", "equal"]);
    expect(ops[1]!.text).toBe(`${a}`);
    expect(ops[2]!.text).toBe(`${b}`);
  });

  it("gives back both texts, whatever they are (property: jsdiff's script, the folding and the spaces given back)", () => {
    const word = fc.constantFrom("Sở", "Nội", "vụ", "cấp", "xã", "đ", "1.a", ",", ";", ".", "-", " ", "  ", "\n", "x");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 40 }), (x, y) => {
        const a = x.join("");
        const b = y.join("");
        const ops = diffWords(a, b);
        expect(sidesOf(ops)).toEqual([normaliseText(a), normaliseText(b)]);
        expect(ops.every((o) => o.text !== "")).toBe(true);
        for (let k = 1; k < ops.length; k++) expect(ops[k]!.op === "equal" && ops[k - 1]!.op === "equal").toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("measures likeness by words", () => {
    expect(textSimilarity("Sở Nội vụ chủ trì", "sở nội vụ chủ trì.")).toBe(1);
    expect(textSimilarity("a b c d", "a b x y")).toBe(0.5);
    expect(textSimilarity("", "")).toBe(1);
  });
});

describe("diff formatters on hand-built reports", () => {
  const base: PlanDiff = {
    plan: "data/p",
    from: { kind: "revision", rev: "main", commit: "0123456789abcdef0123456789abcdef01234567", exists: true },
    to: { kind: "worktree", exists: true },
    changed: true,
    tasks: {
      added: [],
      removed: [
        {
          id: "9.a",
          area: 9,
          letter: "a",
          text: "Use *bold* | <script>x</script>",
          items: [],
          lead: [{ id: "x", name: "A | B" }],
          support: [],
          deadline: { text: "Thường xuyên", kind: "ongoing", due: [], ongoing: true },
          targets: [],
          file: "data/p/tasks/9-a.yaml",
        },
      ],
      renumbered: [],
      changed: [
        {
          id: "9.b",
          text: "t",
          file: "f",
          changes: [
            {
              field: "text",
              from: "a <b>",
              to: "a <i>",
              words: [
                { op: "equal", text: "a " },
                { op: "delete", text: "<b>" },
                { op: "insert", text: "<i>" },
              ],
            },
          ],
        },
      ],
    },
    agencies: { added: [], removed: [], changed: [] },
    meta: [],
    progress: [],
  };

  it("md escapes what the plan says", () => {
    const out = renderDiff("md", base);
    expect(out).toContain("| 9.a | Use \\*bold\\* \\| &lt;script&gt;x&lt;/script&gt; | A \\| B | Thường xuyên (ongoing) | data/p/tasks/9-a.yaml |");
    expect(out).toContain("- **text:** a <del>&lt;b&gt;</del> <ins>&lt;i&gt;</ins>");
    expect(out).toContain("### Plan changes in data/p: main (0123456) → working tree");
  });

  it("text marks removed tasks and ongoing deadlines", () => {
    const out = renderDiff("text", base);
    expect(out).toContain("Tasks removed\n  − 9.a  Use *bold* | <script>x</script>\n");
    expect(out).toContain("deadline: Thường xuyên (ongoing)");
  });

  it("json keeps the report's shape", () => {
    const out = JSON.parse(renderDiff("json", base));
    expect(Object.keys(out)).toEqual(["version", "plan", "from", "to", "changed", "summary", "tasks", "agencies", "meta", "progress"]);
    expect(out.to).toEqual({ kind: "worktree", rev: null, commit: null, exists: true });
  });
});

describe("reading a revision into memory", () => {
  it("writes nothing, and reports a symbolic link that a crafted tree puts before a file below it instead of following it", () => {
    const repo = tempDir();
    const outside = tempDir();
    git(repo, "init", "-q", "-b", "main");
    const hash = (text: string) => spawnSync("git", ["hash-object", "-w", "--stdin"], { cwd: repo, input: text, encoding: "utf8", env: env() }).stdout.trim();
    const mktree = (lines: string) => spawnSync("git", ["mktree"], { cwd: repo, input: lines, encoding: "utf8", env: env() }).stdout.trim();
    const file = hash("format: par-task/1\n");
    const link = hash(outside);
    const sub = mktree(`100644 blob ${file}\tevil.yaml\n`);
    // "tasks" twice: a link to a folder outside, and a folder holding evil.yaml (git mktree accepts it)
    const plan = mktree(`120000 blob ${link}\ttasks\n040000 tree ${sub}\ttasks\n`);
    const data = mktree(`040000 tree ${plan}\tp\n`);
    const top = mktree(`040000 tree ${data}\tdata\n`);
    const commit = git(repo, "commit-tree", top, "-m", "crafted").trim();
    expect(git(repo, "ls-tree", "-r", "--name-only", commit)).toBe("data/p/tasks\ndata/p/tasks/evil.yaml\n");
    const tree = readTree(repo, { kind: "commit", commit }, "data", env());
    expect([...tree.files.keys()]).toEqual(["data/p/tasks/evil.yaml"]);
    expect([...tree.links]).toEqual(["data/p/tasks"]);
    const source = memorySource(repo, tree);
    const listed = source.list(join(repo, "data", "p"));
    expect(listed.diagnostics.map((d) => [d.file, d.code, d.args.reason])).toEqual([["data/p/tasks", "io/unreadable", "symlink"]]);
    expect(listed.files).toEqual([join(repo, "data", "p", "tasks", "evil.yaml")]);
    // the link is reported where it stands; its target outside is neither read nor written
    expect(source.read(join(repo, "data", "p", "tasks")).diagnostics[0]?.args.reason).toBe("symlink");
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(repo).sort()).toEqual([".git"]);
  });
});
