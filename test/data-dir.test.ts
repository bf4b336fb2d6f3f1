// Where par looks for the plans: --data, else the nearest `data` folder from the current folder upwards, never past the
// top of the git repository that holds it (resolveDataDir in src/workspace/open.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveDataDir } from "../src/workspace";
import { copyOfData, runCli, tempDir, testLanguage } from "./helpers";

testLanguage("en");

describe("resolveDataDir", () => {
  it("takes --data relative to the current folder, without searching", () => {
    const d = tempDir();
    mkdirSync(join(d, "data"));
    mkdirSync(join(d, "sub"));
    expect(resolveDataDir(join(d, "sub"), "elsewhere")).toBe(join(d, "sub", "elsewhere"));
    expect(resolveDataDir(d, "/abs/plans")).toBe("/abs/plans");
  });

  it("finds ./data, or the nearest data folder above the current folder", () => {
    const d = tempDir();
    mkdirSync(join(d, "data", "p-2025", "tasks"), { recursive: true });
    mkdirSync(join(d, "docs", "deep"), { recursive: true });
    expect(resolveDataDir(d)).toBe(join(d, "data"));
    expect(resolveDataDir(join(d, "docs", "deep"))).toBe(join(d, "data"));
    // Inside the data folder itself, and inside a plan's folder.
    expect(resolveDataDir(join(d, "data"))).toBe(join(d, "data"));
    expect(resolveDataDir(join(d, "data", "p-2025", "tasks"))).toBe(join(d, "data"));
  });

  it("a file named data is not a data folder; the search goes on above it", () => {
    const d = tempDir();
    mkdirSync(join(d, "data"));
    mkdirSync(join(d, "sub"));
    writeFileSync(join(d, "sub", "data"), "not a folder\n");
    expect(resolveDataDir(join(d, "sub"))).toBe(join(d, "data"));
  });

  it("stops at the top of the git repository: a data folder outside the repository is not used", () => {
    const d = tempDir();
    mkdirSync(join(d, "data"));
    mkdirSync(join(d, "repo", ".git"), { recursive: true });
    mkdirSync(join(d, "repo", "src"));
    expect(resolveDataDir(join(d, "repo", "src"))).toBe(join(d, "repo", "src", "data"));
    // The repository's top folder itself is still searched.
    mkdirSync(join(d, "repo", "data"));
    expect(resolveDataDir(join(d, "repo", "src"))).toBe(join(d, "repo", "data"));
  });

  it("with no data folder anywhere, names ./data (which the commands report as missing)", () => {
    const d = tempDir();
    mkdirSync(join(d, ".git"));
    expect(resolveDataDir(d)).toBe(join(d, "data"));
  });
});

describe("par run from inside a plan repository", () => {
  it("par list and par lint from a plan's tasks folder use the repository's data folder", async () => {
    const data = copyOfData();
    mkdirSync(join(data, "..", ".git"));
    const cwd = join(data, "son-la-2024", "tasks");
    const list = await runCli(["list", "--format", "json"], { cwd });
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(44);
    const lint = await runCli(["lint"], { cwd });
    expect(lint.code, lint.stdout + lint.stderr).toBe(0);
    // A problem is named by its path from where par was run.
    writeFileSync(join(cwd, "1-a.yaml"), "format: par-task/1\nid: [\n");
    const bad = await runCli(["lint"], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("1-a.yaml:");
  });

  it("outside any plan repository the message names ./data as missing", async () => {
    const d = tempDir();
    mkdirSync(join(d, ".git"));
    const r = await runCli(["list"], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no data folder at data");
  });
});
