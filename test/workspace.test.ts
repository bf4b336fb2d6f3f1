// The workspace layer: a plan read from a file source (disk, or a tree in memory as par diff reads a revision), each
// file once, with its progress and problems as data.
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { diskSource, memorySource, openWorkspace, planLanguage, type FileSource } from "../src/workspace";
import { usableProgress } from "../src/workspace";
import { DataDirError, UsageError } from "../src/workspace/errors";
import { cleanEnv, copyOfData, DATA, PLAN_DIR, ROOT, runCli } from "./helpers";

/** A source that records every file it is asked to read. */
function counting(source: FileSource): { source: FileSource; reads: string[] } {
  const reads: string[] = [];
  return { source: { ...source, read: (p) => (reads.push(p), source.read(p)) }, reads };
}

/** Every file below a folder, by path relative to `root`, as bytes (a checked-out tree, for memorySource). */
function treeOf(root: string, dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(root, p).split("\\").join("/"), readFileSync(p));
    }
  };
  walk(dir);
  return files;
}

describe("openWorkspace", () => {
  it("reads each file of the plan once, the plan's language and year included, and its progress with it", () => {
    const { source, reads } = counting(diskSource(ROOT));
    expect(planLanguage(source, DATA, undefined)).toBe("vi");
    const ws = openWorkspace(source, { dataDir: DATA, progress: true });
    const { plan, progress } = usableProgress(ws);
    expect(plan.tasks.length).toBeGreaterThan(40);
    expect(progress.entries.length).toBeGreaterThan(0);
    expect(reads).toContain(join(PLAN_DIR, "plan.yaml"));
    expect(reads.some((p) => p.includes(`${join("progress", "")}`))).toBe(true);
    expect(reads.length).toBe(new Set(reads).size);
    expect(ws.problems.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("gives the same plan, files and problems from a tree in memory as from the folder on disk", () => {
    const fromDisk = openWorkspace(diskSource(ROOT), { dataDir: DATA, progress: true });
    const mem = memorySource(ROOT, { files: treeOf(ROOT, DATA), links: new Set() });
    const fromMemory = openWorkspace(mem, { dataDir: DATA, progress: true });
    expect(fromMemory.opened.files.map((f) => f.path)).toEqual(fromDisk.opened.files.map((f) => f.path));
    expect(fromMemory.opened.files.map((f) => f.display)).toEqual(fromDisk.opened.files.map((f) => f.display));
    expect(fromMemory.plan).toEqual(fromDisk.plan);
    expect(fromMemory.progress).toEqual(fromDisk.progress);
    expect(fromMemory.problems).toEqual(fromDisk.problems);
  });

  it("throws typed errors: a data folder that is not there, a --plan that names no plan", () => {
    const data = copyOfData();
    const source = diskSource(dirname(data));
    expect(() => openWorkspace(source, { dataDir: join(data, "nowhere") })).toThrow(DataDirError);
    try {
      openWorkspace(source, { dataDir: data, plan: "hanoi-2024" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      expect((e as UsageError).key).toBe("ui.unknownPlan");
      expect((e as UsageError).args).toEqual(["hanoi-2024", ["son-la-2024"]]);
      expect((e as UsageError).exitCode).toBe(2);
    }
  });

  it("a symbolic link in a tree in memory is a problem where it stands, not followed", () => {
    const files = treeOf(ROOT, DATA);
    const links = new Set(["data/son-la-2024/tasks/1-a.yaml"]);
    files.delete("data/son-la-2024/tasks/1-a.yaml");
    const ws = openWorkspace(memorySource(ROOT, { files, links }), { dataDir: DATA });
    expect(ws.problems.filter((d) => d.code === "io/unreadable").map((d) => [d.file, d.args.reason])).toEqual([["data/son-la-2024/tasks/1-a.yaml", "symlink"]]);
  });
});

describe("the run's language and the lint cache", () => {
  it("a plan.yaml unchanged since par lint --cache (same size and time) is not read again, not even for the language", async () => {
    const data = copyOfData();
    const cwd = dirname(data);
    const env = cleanEnv({ LANG: "C" });
    // A whole second, so that the time can be put back exactly after the edit below.
    const planFile = join(data, "son-la-2024", "plan.yaml");
    const then = new Date(Math.floor(statSync(planFile).mtimeMs / 1000) * 1000 - 60_000);
    utimesSync(planFile, then, then);
    const first = await runCli(["lint", "--cache"], { cwd, env });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/tệp/); // the plan says `language: vi`
    // Same size, same modification time: to par --cache, the same file.
    writeFileSync(planFile, readFileSync(planFile, "utf8").replace("language: vi", "language: en"));
    utimesSync(planFile, then, then);
    expect((await runCli(["lint", "--cache"], { cwd, env })).stdout).toMatch(/tệp/);
    // Touched: read again, and English.
    utimesSync(planFile, then, new Date(then.getTime() + 5000));
    const after = await runCli(["lint", "--cache"], { cwd, env });
    expect(after.stdout).not.toMatch(/tệp/);
    expect(after.stdout).toMatch(/file/);
  });
});
