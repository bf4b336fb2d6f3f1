// One fixture folder per kind of problem under test/fixtures/lint/<case>/: a small plan with that problem, and
// expected.txt (exact stdout and stderr of `par lint --data .` run in that folder) and exit-code.
// To rewrite the expectations after a deliberate change: UPDATE_FIXTURES=1 npx vitest run test/lint-fixtures.test.ts
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli, testLanguage } from "./helpers";

// These tests read English output unless they say otherwise.
testLanguage("en");

const DIR = join(FIXTURES, "lint");
const cases = readdirSync(DIR).sort();

function render(r: { stdout: string; stderr: string }): string {
  return `--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

describe("lint fixtures", () => {
  it("has a folder per kind of problem", () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(DIR, name);
      const r = await runCli(["lint", "--data", "."], { cwd: dir });
      const expectedFile = join(dir, "expected.txt");
      const codeFile = join(dir, "exit-code");
      if (process.env.UPDATE_FIXTURES || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, render(r));
        writeFileSync(codeFile, `${r.code}\n`);
      }
      expect(render(r)).toBe(readFileSync(expectedFile, "utf8"));
      expect(r.code).toBe(Number(readFileSync(codeFile, "utf8").trim()));
    });
  }
});
