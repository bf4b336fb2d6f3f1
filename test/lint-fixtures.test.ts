// One lint case per kind of problem: the base plan test/fixtures/lint/base/ with an overlay
// test/fixtures/lint/cases/<case>.yaml (what it changes, in words, its edits and its exit code; see test/lint-cases.ts),
// and cases/<case>.txt, the exact stdout and stderr of `par lint --data .` run in the plan the overlay makes.
// To rewrite the expectations after a deliberate change: UPDATE_FIXTURES=1 npx vitest run test/lint-fixtures.test.ts
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, testLanguage } from "./helpers";
import { CASES_DIR, caseNames, materialize, readCase } from "./lint-cases";

// These tests read English output unless they say otherwise.
testLanguage("en");

const cases = caseNames();

function render(r: { stdout: string; stderr: string }): string {
  return `--- stdout\n${r.stdout}--- stderr\n${r.stderr}`;
}

describe("lint fixtures", () => {
  it("has a case per kind of problem", () => {
    expect(cases.length).toBeGreaterThanOrEqual(46);
  });

  for (const name of cases) {
    it(name, async () => {
      const c = readCase(name);
      const r = await runCli(["lint", "--data", "."], { cwd: materialize(name) });
      const expectedFile = join(CASES_DIR, `${name}.txt`);
      if (process.env.UPDATE_FIXTURES || !existsSync(expectedFile)) {
        writeFileSync(expectedFile, render(r));
        const overlay = join(CASES_DIR, `${name}.yaml`);
        writeFileSync(overlay, readFileSync(overlay, "utf8").replace(/^exit: \d+$/m, `exit: ${r.code}`));
        c.exit = r.code;
      }
      expect(render(r)).toBe(readFileSync(expectedFile, "utf8"));
      expect(r.code).toBe(c.exit);
    });
  }
});
