// Safety: size, depth and alias limits through every command that reads the plan; writes that never clobber, never
// leave a partial file and never land outside their folder (src/load/write.ts, and the commands that write: par
// progress init, par export --output, par lint --cache).
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../src/load/source";
import { MAX_ALIASES, MAX_DEPTH } from "../src/load/yaml";
import { OutsideFolderError, writeFileAtomic, type WriteFs } from "../src/load/write";
import { cleanEnv, copyOfData, ROOT, runBin, runCli, tempDir, testLanguage } from "./helpers";

// These tests read English output unless they say otherwise.
testLanguage("en");

const TASK = "data/son-la-2024/tasks/1-a.yaml";
const PROGRESS = "data/son-la-2024/progress/2024-Q3.yaml";
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** Every file below a folder, relative to it. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

// ---------- limits ----------

/** Hostile content for a plan file, and the diagnostic code par must answer with. */
const HOSTILE: { name: string; code: string; content: (original: string) => string }[] = [
  {
    name: `a file over ${MAX_FILE_BYTES} bytes`,
    code: "io/too-large",
    content: (o) => o + `zz_hostile: "${"ệ".repeat(Math.ceil(MAX_FILE_BYTES / 3) + 10)}"\n`,
  },
  {
    name: `block nesting deeper than ${MAX_DEPTH}`,
    code: "yaml/too-deep",
    content: (o) => o + "zz_hostile:\n" + Array.from({ length: MAX_DEPTH + 6 }, (_, i) => `${"  ".repeat(i + 1)}k${i}:`).join("\n") + " x\n",
  },
  { name: "flow nesting 20 000 deep", code: "yaml/too-deep", content: (o) => o + `zz_hostile: ${"[".repeat(20000)}x${"]".repeat(20000)}\n` },
  {
    name: `an alias bomb (more than ${MAX_ALIASES} aliases)`,
    code: "yaml/alias-limit",
    content: (o) =>
      o +
      [
        "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
        ...Array.from({ length: 8 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(", ")}]`),
      ].join("\n") +
      "\n",
  },
  { name: "an alias inside its own anchor", code: "yaml/alias-cycle", content: (o) => o + "loop: &loop\n  self: *loop\n" },
];

/** Every command that reads the plan, with the exit code it gives for a plan it cannot read. */
const READERS: { args: string[]; code: number }[] = [
  { args: ["lint"], code: 1 },
  { args: ["list", "--format", "json"], code: 1 },
  { args: ["show", "1.b"], code: 1 },
  { args: ["agencies"], code: 1 },
  { args: ["status", "--format", "json"], code: 1 },
  { args: ["progress", "init", "--quarter", "Q4", "--output", "-"], code: 1 },
  { args: ["export", "--format", "md"], code: 1 },
];

describe("limits hold for every command that reads the plan", () => {
  for (const h of HOSTILE) {
    for (const file of [TASK, PROGRESS]) {
      it(`${h.name} in ${file.split("/").slice(-2).join("/")}`, async () => {
        const data = copyOfData();
        const root = dirname(data);
        const path = join(root, file);
        const hostile = h.content(readFileSync(path, "utf8"));
        expect(hostile).not.toBe(readFileSync(path, "utf8"));
        writeFileSync(path, hostile);
        for (const reader of READERS) {
          const r = await runCli(reader.args, { cwd: root });
          const out = r.stdout + r.stderr;
          expect(r.code, `par ${reader.args.join(" ")}: ${out.slice(0, 500)}`).toBe(reader.code);
          expect(out, `par ${reader.args.join(" ")} names the file and the problem`).toMatch(
            new RegExp(`${file.replace(/[.]/g, "\\.")}:\\d+:\\d+: (?:error|lỗi) ${h.code}\\b`),
          );
          expect(out).not.toMatch(/internal error/);
        }
      });
    }
  }

  it("the built bin says the same, without a stack trace, and a huge file is never read whole", () => {
    const data = copyOfData();
    const root = dirname(data);
    writeFileSync(join(root, TASK), HOSTILE[2]!.content(readFileSync(join(root, TASK), "utf8")));
    for (const args of [["lint"], ["list"], ["status"]]) {
      const r = runBin(args, { cwd: root });
      expect(r.code, args.join(" ")).toBe(1);
      expect(r.stdout + r.stderr).toContain(`${TASK}:`);
      expect(r.stdout + r.stderr).toContain("yaml/too-deep");
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    // 64 MiB of zeros: refused by its size before it is read (a read would also call it binary).
    fs.truncateSync(join(root, TASK), 64 * 1024 * 1024);
    const r = runBin(["list"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${TASK}:1:1: error io/too-large`);
  });

  it("par diff refuses a revision whose plan holds a hostile file, naming it (exit 2)", async () => {
    const repo = dirname(copyOfData());
    const git = (...args: string[]) => {
      const r = spawnSync("git", args, {
        cwd: repo,
        env: {
          ...cleanEnv(),
          GIT_CONFIG_GLOBAL: "/dev/null",
          GIT_CONFIG_NOSYSTEM: "1",
          GIT_AUTHOR_NAME: "t",
          GIT_AUTHOR_EMAIL: "t@example.invalid",
          GIT_COMMITTER_NAME: "t",
          GIT_COMMITTER_EMAIL: "t@example.invalid",
        },
        encoding: "utf8",
      });
      expect(r.status, r.stderr).toBe(0);
    };
    git("init", "-q", "-b", "main");
    git("add", "data");
    git("commit", "-q", "-m", "plan");
    for (const h of HOSTILE.slice(1)) {
      writeFileSync(join(repo, TASK), h.content(readFileSync(join(repo, TASK), "utf8")));
      const r = await runCli(["diff"], { cwd: repo });
      expect(r.code, h.name).toBe(2);
      expect(r.stderr, h.name).toContain(TASK);
      expect(r.stderr, h.name).toContain(h.code);
      git("checkout", "-q", "--", "data");
    }
  });
});

// ---------- writeFileAtomic ----------

/** node:fs with some calls replaced. */
function faultyFs(overrides: Partial<WriteFs>): WriteFs {
  return {
    openSync: fs.openSync,
    writeSync: fs.writeSync,
    fsyncSync: fs.fsyncSync,
    closeSync: fs.closeSync,
    renameSync: fs.renameSync,
    linkSync: fs.linkSync,
    unlinkSync: fs.unlinkSync,
    lstatSync: fs.lstatSync,
    mkdirSync: fs.mkdirSync,
    realpathSync: fs.realpathSync,
    ...overrides,
  };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe("writeFileAtomic (src/load/write.ts)", () => {
  it("writes a new file, creating its folder, with nothing else left behind", () => {
    const dir = tempDir();
    const path = join(dir, "progress", "2024-Q4.yaml");
    expect(writeFileAtomic(path, "a: ệ\n")).toBe("written");
    expect(readFileSync(path, "utf8")).toBe("a: ệ\n");
    expect(tree(dir)).toEqual(["progress/2024-Q4.yaml"]);
  });

  it("never overwrites without force; with force replaces the file in one step", () => {
    const dir = tempDir();
    const path = join(dir, "f.yaml");
    writeFileSync(path, "old\n");
    expect(writeFileAtomic(path, "new\n")).toBe("exists");
    expect(readFileSync(path, "utf8")).toBe("old\n");
    expect(writeFileAtomic(path, Buffer.from("new\n"), { force: true })).toBe("written");
    expect(readFileSync(path, "utf8")).toBe("new\n");
    expect(tree(dir)).toEqual(["f.yaml"]);
  });

  it("does not replace a file that appears while it writes (no --force)", () => {
    const dir = tempDir();
    const path = join(dir, "f.yaml");
    const racing = faultyFs({
      fsyncSync: (fd) => {
        fs.fsyncSync(fd);
        writeFileSync(path, "someone else's\n");
      },
    });
    expect(writeFileAtomic(path, "mine\n", { fs: racing })).toBe("exists");
    expect(readFileSync(path, "utf8")).toBe("someone else's\n");
    expect(tree(dir)).toEqual(["f.yaml"]);
  });

  it("a dangling symbolic link counts as an existing file", () => {
    const dir = tempDir();
    symlinkSync(join(dir, "nowhere"), join(dir, "f.yaml"));
    expect(writeFileAtomic(join(dir, "f.yaml"), "x")).toBe("exists");
    expect(existsSync(join(dir, "nowhere"))).toBe(false);
  });

  for (const [stage, overrides] of [
    [
      "the disk fills half-way through",
      {
        writeSync: ((fd: number, buf: Uint8Array, off: number, len: number) => {
          if (off > 0) throw errno("ENOSPC");
          return fs.writeSync(fd, buf, off, Math.min(len, 10));
        }) as WriteFs["writeSync"],
      },
    ],
    [
      "flushing fails",
      {
        fsyncSync: () => {
          throw errno("EIO");
        },
      },
    ],
    [
      "the file cannot be created (read-only folder)",
      {
        openSync: () => {
          throw errno("EROFS");
        },
      },
    ],
    [
      "putting it in place fails",
      {
        linkSync: () => {
          throw errno("EIO");
        },
        renameSync: () => {
          throw errno("EIO");
        },
      },
    ],
  ] as [string, Partial<WriteFs>][]) {
    it(`leaves no partial file and the old one intact when ${stage}`, () => {
      const dir = tempDir();
      const fresh = join(dir, "new.yaml");
      const old = join(dir, "old.yaml");
      writeFileSync(old, "old\n");
      const data = "x".repeat(100_000);
      expect(() => writeFileAtomic(fresh, data, { fs: faultyFs(overrides) })).toThrow(/simulated/);
      expect(() => writeFileAtomic(old, data, { fs: faultyFs(overrides), force: true })).toThrow(/simulated/);
      expect(tree(dir)).toEqual(["old.yaml"]);
      expect(readFileSync(old, "utf8")).toBe("old\n");
    });
  }

  it.skipIf(isRoot)("fails with EACCES in a read-only folder and leaves nothing", () => {
    const dir = tempDir();
    chmodSync(dir, 0o555);
    try {
      expect(() => writeFileAtomic(join(dir, "f.yaml"), "x")).toThrow(expect.objectContaining({ code: "EACCES" }));
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(tree(dir)).toEqual([]);
  });

  it("writes only inside the folder it is given: no ../, no linked folder leading out", () => {
    const outside = tempDir();
    const dir = tempDir();
    symlinkSync(outside, join(dir, "linked"));
    expect(() => writeFileAtomic(join(dir, "..", "escape.yaml"), "x", { within: dir })).toThrow(OutsideFolderError);
    expect(() => writeFileAtomic(join(dir, "linked", "f.yaml"), "x", { within: dir })).toThrow(OutsideFolderError);
    expect(() => writeFileAtomic(join(dir, "linked", "new", "f.yaml"), "x", { within: dir })).toThrow(OutsideFolderError);
    expect(() => writeFileAtomic(dir, "x", { within: dir, force: true })).toThrow(OutsideFolderError);
    expect(tree(outside)).toEqual([]);
    // A link in place of the file itself is replaced (with force), never written through.
    writeFileSync(join(outside, "target.yaml"), "outside\n");
    symlinkSync(join(outside, "target.yaml"), join(dir, "f.yaml"));
    expect(writeFileAtomic(join(dir, "f.yaml"), "x", { within: dir })).toBe("exists");
    expect(writeFileAtomic(join(dir, "f.yaml"), "inside\n", { within: dir, force: true })).toBe("written");
    expect(readFileSync(join(outside, "target.yaml"), "utf8")).toBe("outside\n");
    expect(fs.lstatSync(join(dir, "f.yaml")).isSymbolicLink()).toBe(false);
    expect(writeFileAtomic(join(dir, "sub", "..", "ok.yaml"), "x", { within: dir })).toBe("written");
  });

  it("a process killed while writing leaves the old file or the whole new one, never part of it", async () => {
    const dir = tempDir();
    const bundle = join(dir, "write.cjs");
    await build({ entryPoints: [join(ROOT, "src/load/write.ts")], bundle: true, platform: "node", format: "cjs", outfile: bundle, logLevel: "error" });
    const work = join(dir, "work");
    mkdirSync(work);
    const target = join(work, "plan.yaml");
    writeFileSync(target, "old\n");
    const size = 48 * 1024 * 1024;
    const script = `const { writeFileAtomic } = require(${JSON.stringify(bundle)});
      process.stdout.write("start\\n");
      writeFileAtomic(${JSON.stringify(target)}, Buffer.alloc(${size}, 0x61), { force: true });
      process.stdout.write("done\\n");`;
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((res) => child.stdout.once("data", () => res()));
    child.kill("SIGKILL");
    await new Promise((res) => child.once("exit", res));
    const size2 = statSync(target).size;
    expect([4, size]).toContain(size2);
    if (size2 === 4) expect(readFileSync(target, "utf8")).toBe("old\n");
    // What a kill can leave is a hidden temporary file, which par never reads as plan data.
    expect(
      tree(work)
        .filter((f) => f !== "plan.yaml")
        .every((f) => /^\.plan\.yaml\.[0-9a-z]+\.tmp$/.test(f)),
    ).toBe(true);
  });
});

// ---------- commands that write ----------

describe("par progress init writes safely", () => {
  it("writes the quarter's file inside the plan's progress folder and nothing else; refuses to overwrite without --force", async () => {
    const data = copyOfData();
    const root = dirname(data);
    const before = tree(root);
    const first = await runCli(["progress", "init", "--quarter", "Q4"], { cwd: root });
    expect(first.code, first.stderr).toBe(0);
    const added = tree(root).filter((f) => !before.includes(f));
    expect(added).toEqual(["data/son-la-2024/progress/2024-Q4.yaml"]);
    const path = join(root, added[0]!);
    writeFileSync(path, readFileSync(path, "utf8") + "# edited by hand\n");
    const edited = readFileSync(path, "utf8");

    const again = await runCli(["progress", "init", "--quarter", "Q4"], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("data/son-la-2024/progress/2024-Q4.yaml");
    expect(again.stderr).toMatch(/--force/);
    expect(readFileSync(path, "utf8")).toBe(edited);

    const forced = await runCli(["progress", "init", "--quarter", "Q4", "--force"], { cwd: root });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(path, "utf8")).not.toContain("# edited by hand");
    expect(tree(root).filter((f) => !before.includes(f))).toEqual(added);
  });

  it("an agency's template goes under progress/<quarter>/<agency>.yaml, whatever the agency was typed as", async () => {
    const root = dirname(copyOfData());
    const before = tree(root);
    const r = await runCli(["progress", "init", "--quarter", "Q4", "--agency", "Sở Nội vụ"], { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    expect(tree(root).filter((f) => !before.includes(f))).toEqual(["data/son-la-2024/progress/2024-Q4/snv.yaml"]);
    const odd = await runCli(["progress", "init", "--quarter", "Q4", "--agency", "../../../etc/passwd"], { cwd: root });
    expect(odd.code).toBe(2);
    expect(tree(root).filter((f) => !before.includes(f))).toEqual(["data/son-la-2024/progress/2024-Q4/snv.yaml"]);
  });

  /** par progress init --quarter Q4 as the built bin, with files limited to 2 KiB (the template is ~20 KiB). */
  function fullDisk(): { root: string; before: string[]; r: ReturnType<typeof spawnSync> & { stderr: string } } {
    const root = dirname(copyOfData());
    const before = tree(root);
    const r = spawnSync("sh", ["-c", `ulimit -f 2; exec "${process.execPath}" "${join(ROOT, "bin", "par")}" progress init --quarter Q4`], {
      cwd: root,
      env: cleanEnv(),
      encoding: "utf8",
      timeout: 30000,
    });
    return { root, before, r };
  }

  it("a full disk (the built bin under ulimit -f): exit 2 naming the file and the reason, no 2024-Q4.yaml", () => {
    const { root, r } = fullDisk();
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain("data/son-la-2024/progress/2024-Q4.yaml");
    expect(r.stderr).toMatch(/EFBIG|ENOSPC/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, "data/son-la-2024/progress/2024-Q4.yaml"))).toBe(false);
  });

  // progress init writes through src/load/write.ts, which removes its temporary file when a write fails.
  it("a full disk leaves no partial temporary file either", () => {
    const { root, before } = fullDisk();
    expect(tree(root)).toEqual(before);
  });

  it("a folder where the file should go is not a folder: exit 2, a message, nothing written", async () => {
    const root = dirname(copyOfData());
    writeFileSync(join(root, "blocker"), "a file\n");
    const before = tree(root);
    const r = await runCli(["progress", "init", "--quarter", "Q4", "--output", "blocker/q4.yaml"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("blocker/q4.yaml");
    expect(r.stderr).not.toMatch(/internal error/);
    expect(tree(root)).toEqual(before);
  });

  it.skipIf(isRoot)("a read-only progress folder: exit 2, a message, nothing written", async () => {
    const root = dirname(copyOfData());
    const dir = join(root, "data/son-la-2024/progress");
    const before = tree(root);
    chmodSync(dir, 0o555);
    try {
      const r = await runCli(["progress", "init", "--quarter", "Q4"], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("progress/2024-Q4.yaml");
    } finally {
      chmodSync(dir, 0o755);
    }
    expect(tree(root)).toEqual(before);
  });
});

describe("par export --output writes safely", () => {
  it("writes the file it is given and nothing else; refuses to overwrite without --force; --force replaces it", async () => {
    const root = dirname(copyOfData());
    const before = tree(root);
    const first = await runCli(["export", "--quarter", "Q3", "--output", "out/annex.csv"], { cwd: root });
    expect(first.code, first.stderr).toBe(0);
    expect(tree(root).filter((f) => !before.includes(f))).toEqual(["out/annex.csv"]);
    writeFileSync(join(root, "out/annex.csv"), "kept\n");
    const again = await runCli(["export", "--quarter", "Q3", "--output", "out/annex.csv"], { cwd: root });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("out/annex.csv");
    expect(readFileSync(join(root, "out/annex.csv"), "utf8")).toBe("kept\n");
    const forced = await runCli(["export", "--lang", "vi", "--quarter", "Q3", "--output", "out/annex.csv", "--force"], { cwd: root });
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(join(root, "out/annex.csv"), "utf8")).toMatch(/^\uFEFFTT,/);
    expect(tree(root).filter((f) => !before.includes(f))).toEqual(["out/annex.csv"]);
  });

  it("a full disk (the built bin under ulimit -f): exit 2 naming the file, no file, no temporary file", () => {
    const root = dirname(copyOfData());
    const before = tree(root);
    const r = spawnSync("sh", ["-c", `ulimit -f 2; exec "${process.execPath}" "${join(ROOT, "bin", "par")}" export --quarter Q3 --output annex.html`], {
      cwd: root,
      env: cleanEnv(),
      encoding: "utf8",
      timeout: 30000,
    });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain("annex.html");
    expect(r.stderr).toMatch(/EFBIG|ENOSPC/);
    expect(tree(root)).toEqual(before);
  });

  it("an output folder that is a file: exit 2, a message, nothing written", async () => {
    const root = dirname(copyOfData());
    writeFileSync(join(root, "blocker"), "a file\n");
    const before = tree(root);
    const r = await runCli(["export", "--quarter", "Q3", "--output", "blocker/annex.md"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("blocker/annex.md");
    expect(r.stderr).not.toMatch(/internal error/);
    expect(tree(root)).toEqual(before);
  });
});

describe("par lint --cache writes its cache safely", () => {
  it("a cache that cannot be written is skipped: lint still answers, nothing partial is left", async () => {
    const root = dirname(copyOfData());
    writeFileSync(join(root, "blocker"), "a file\n");
    const before = tree(root);
    const r = await runCli(["lint", "--cache", "--cache-location", "blocker/lint.json"], { cwd: root });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(tree(root)).toEqual(before);
  });
});
