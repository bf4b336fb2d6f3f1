// par diff and deadline amendments: a deadline moved between revisions with no amendment recorded is flagged
// ("deadline moved without a decision"); one moved by a recorded amendment is not. The plan is the invented
// test/fixtures/followup one, in a temporary git repository.
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, GIT_ENV, cleanEnv, runCli, tempDir } from "./helpers";

function git(repo: string, ...args: string[]): void {
  const r = spawnSync("git", args, { cwd: repo, env: cleanEnv(GIT_ENV), encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.stderr}`);
}

function repo(): string {
  const d = tempDir();
  cpSync(join(FIXTURES, "followup", "data"), join(d, "data"), { recursive: true });
  git(d, "init", "-q", "-b", "main");
  git(d, "add", "data");
  git(d, "commit", "-q", "-m", "plan as issued");
  return d;
}

function edit(path: string, from: string, to: string): void {
  const before = readFileSync(path, "utf8");
  expect(before).toContain(from);
  writeFileSync(path, before.replace(from, to));
}

const AMENDMENT = `amendments:
  - effective: "2024-07-20"
    decision: { number: 7/QĐ-THỬ, date: "2024-07-19", issuer: UBND tỉnh (thử) }
    deadline: { text: Tháng 9/2024, kind: month, month: 2024-09 }
`;

describe("par diff: deadline moved without a decision", () => {
  it("flags a deadline whose due date moved with no amendment recorded, in text, md and json", async () => {
    const d = repo();
    const file = join(d, "data/mini/tasks/2-a.yaml");
    edit(file, 'text: Tháng 7/2024\n  kind: month\n  month: "2024-07"', 'text: Tháng 9/2024\n  kind: month\n  month: "2024-09"');
    const text = await runCli(["diff", "--lang", "en"], { cwd: d });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("deadline moved without a decision");
    const md = await runCli(["diff", "--lang", "vi", "--format", "md"], { cwd: d });
    expect(md.stdout).toContain("thời hạn bị dời mà không có văn bản");
    const json = JSON.parse((await runCli(["diff", "--format", "json"], { cwd: d })).stdout);
    const change = json.tasks.changed.find((t: { id: string }) => t.id === "2.a").changes.find((c: { field: string }) => c.field === "deadline");
    expect(change).toMatchObject({ withoutDecision: true, shiftDays: 61 });
  });
  it("does not flag a deadline moved together with a new amendment, nor a wording change that moves no date", async () => {
    const d = repo();
    const a = join(d, "data/mini/tasks/2-a.yaml");
    edit(a, 'text: Tháng 7/2024\n  kind: month\n  month: "2024-07"', 'text: Tháng 9/2024\n  kind: month\n  month: "2024-09"');
    writeFileSync(a, readFileSync(a, "utf8") + AMENDMENT);
    edit(join(d, "data/mini/tasks/2-b.yaml"), "text: Tháng 7/2024", "text: Tháng 07/2024");
    const json = JSON.parse((await runCli(["diff", "--format", "json"], { cwd: d })).stdout);
    const deadlines = json.tasks.changed.flatMap((t: { changes: { field: string }[] }) => t.changes.filter((c) => c.field === "deadline"));
    expect(deadlines).toHaveLength(2);
    for (const c of deadlines) expect(c).not.toHaveProperty("withoutDecision");
    expect((await runCli(["diff", "--lang", "en"], { cwd: d })).stdout).not.toContain("without a decision");
  });
});
