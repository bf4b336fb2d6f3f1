import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURES, ROOT, cleanEnv, runCli, testLanguage } from "./helpers";

// These tests read English output unless they say otherwise.
testLanguage("en");

describe("par lint on the shipped plan", () => {
  it("finds no errors", async () => {
    const r = await runCli(["lint"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/No problems in \d+ files\./);
    expect(r.code).toBe(0);
  });

  it("starts without the built-ins only other commands need (node:child_process, ~4 ms to load)", () => {
    const builtins = (args: string[]) => {
      const r = spawnSync(process.execPath, ["--require", join(FIXTURES, "startup", "report-modules.cjs"), BIN, ...args], {
        cwd: ROOT,
        env: cleanEnv(),
        encoding: "utf8",
      });
      expect(r.status).toBe(0);
      return /built-ins loaded: (.*)\n$/.exec(r.stderr)![1]!.split(" ");
    };
    const lint = builtins(["lint"]);
    expect(lint).toContain("fs"); // the report lists what it should
    expect(lint).not.toContain("child_process");
    expect(builtins(["status", "--quarter", "Q3"])).not.toContain("child_process");
  });
});
