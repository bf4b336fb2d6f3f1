// The bin's input and output at their edges: a reader that closes the pipe early, and --output paths on a file system
// that holds no files (/proc).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { CannotCreateFolderError, makeFolders, writeFileAtomic } from "../src/load/write";
import { BIN, cleanEnv, copyOfData, ROOT, tempDir } from "./helpers";

/**
 * Run the built bin with stdout and/or stderr on a pipe that nobody reads any more (deterministic: the pipe's only
 * reader is closed before par starts, so its first write there fails with EPIPE). Returns par's exit code.
 */
function runWithClosedPipe(args: string[], which: "stdout" | "stderr" | "both", cwd = ROOT): { code: number | null; out: string } {
  const par = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(" ");
  const redirect = which === "stdout" ? ">&4" : which === "stderr" ? "2>&4" : ">&4 2>&4";
  const script = `d=$(mktemp -d) && mkfifo "$d/p" && exec 3<>"$d/p" 4>"$d/p" && exec 3<&- && rm -rf "$d" && ${par} ${redirect}; echo "code=$?"`;
  const r = spawnSync("bash", ["-c", script], { cwd, env: cleanEnv(), encoding: "utf8", timeout: 30000, killSignal: "SIGKILL" });
  const m = /code=(\d+)/.exec(r.stdout);
  return { code: m ? Number(m[1]) : null, out: r.stdout + r.stderr };
}

describe("a reader that closes the pipe early keeps par's exit code (EPIPE)", () => {
  it("a usage error with stderr on a closed pipe (par status --quater Q3 2>&1 | head -1) still exits 2", () => {
    expect(runWithClosedPipe(["--lang", "en", "status", "--quater", "Q3"], "stderr")).toEqual({ code: 2, out: "code=2\n" });
    expect(runWithClosedPipe(["--lang", "en", "status", "--quater", "Q3"], "both")).toEqual({ code: 2, out: "code=2\n" });
  });

  it("the shell's own pipe: par status --quater Q3 2>&1 | head -1 exits 2 and shows the first line", () => {
    const r = spawnSync("bash", ["-c", `'${process.execPath}' '${BIN}' --lang en status --quater Q3 2>&1 | head -1; echo "code=\${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      env: cleanEnv(),
      encoding: "utf8",
      timeout: 30000,
    });
    expect(r.stdout).toBe("error: unknown option '--quater'\ncode=2\n");
  });

  it("lint problems with stdout on a closed pipe still exit 1; a clean list exits 0; nothing is printed about the pipe", () => {
    const data = copyOfData();
    const task = join(data, "son-la-2024/tasks/1-a.yaml");
    spawnSync("sed", ["-i", "s/^area: 1$/area: one/", task]);
    expect(runWithClosedPipe(["lint"], "stdout", dirname(data))).toEqual({ code: 1, out: "code=1\n" });
    expect(runWithClosedPipe(["list"], "both")).toEqual({ code: 0, out: "code=0\n" });
    expect(runWithClosedPipe(["lint", "no-such-file.yaml"], "both")).toEqual({ code: 2, out: "code=2\n" });
  });
});

describe("a folder that cannot be made (a file system that holds no files) fails at once", () => {
  it("makeFolders stops when a folder is refused as missing though its parent exists (node's recursive mkdir loops)", () => {
    const calls: string[] = [];
    const fakeFs = {
      mkdirSync: ((p: string) => {
        calls.push(p);
        if (p === "/virtual") throw Object.assign(new Error("EEXIST"), { code: "EEXIST" });
        throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
      }) as never,
    };
    expect(() => makeFolders("/virtual/a/b/c", fakeFs)).toThrow(CannotCreateFolderError);
    expect(calls).toEqual(["/virtual/a/b/c", "/virtual/a/b", "/virtual/a", "/virtual", "/virtual/a"]);
    try {
      makeFolders("/virtual/a/b", fakeFs);
    } catch (e) {
      expect((e as CannotCreateFolderError).folder).toBe("/virtual/a");
    }
  });

  it("makeFolders makes missing folders, accepts existing ones, and reports a file in the way", () => {
    const root = tempDir();
    makeFolders(join(root, "a/b/c"));
    expect(existsSync(join(root, "a/b/c"))).toBe(true);
    makeFolders(join(root, "a/b"));
    writeFileAtomic(join(root, "a/file"), "x");
    expect(() => makeFolders(join(root, "a/file/sub"))).toThrow(expect.objectContaining({ code: "ENOTDIR" }));
  });

  const hasProc = existsSync("/proc/self");
  /** Run the bin with a timeout: a regression that loops fails this test instead of hanging the suite. */
  const run = (args: string[], cwd: string) => {
    const r = spawnSync(process.execPath, [BIN, "--lang", "en", ...args], { cwd, env: cleanEnv(), encoding: "utf8", timeout: 20000, killSignal: "SIGKILL" });
    return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
  };
  const refused = "the folder /proc/par-nope cannot be created: the file system there does not hold files";

  it.skipIf(!hasProc)("par export --output under /proc: exit 2 at once, naming the path", () => {
    const cwd = dirname(copyOfData());
    const r = run(["export", "-q", "Q3", "-o", "/proc/par-nope/x/annex.html"], cwd);
    expect(r).toEqual({ code: 2, signal: null, stdout: "", stderr: `par export: cannot write /proc/par-nope/x/annex.html (${refused}).\n` });
  });

  it.skipIf(!hasProc)("par progress init --output under /proc: exit 2 at once, naming the path", () => {
    const cwd = dirname(copyOfData());
    const r = run(["progress", "init", "-q", "Q4", "-o", "/proc/par-nope/2024-Q4.yaml"], cwd);
    expect(r).toEqual({ code: 2, signal: null, stdout: "", stderr: `par progress: cannot write /proc/par-nope/2024-Q4.yaml (${refused}).\n` });
  });

  it.skipIf(!hasProc)("par lint --cache-location under /proc: exit 2 at once, naming the path", () => {
    const cwd = dirname(copyOfData());
    const r = run(["lint", "--cache", "--cache-location", "/proc/par-nope/lint.json"], cwd);
    expect(r).toEqual({
      code: 2,
      signal: null,
      stdout: "",
      stderr: `par lint: cannot write the cache /proc/par-nope/lint.json (${refused}). Choose another --cache-location.\n`,
    });
  });
});
