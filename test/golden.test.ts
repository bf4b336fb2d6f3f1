// Every command and format on the shipped plan gives the output kept in test/golden/out/ (the redesign's safety net):
// a difference is a regression, or a fix to name in the commit that runs `node test/golden/cases.mjs --update`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs module shared with the update script
import { cases, fileOf, OUT, run } from "./golden/cases.mjs";

type Case = [string, string[]];
const all = cases() as Case[];

describe("golden outputs on the shipped plan", () => {
  it("every kept output belongs to a case, and every case has one", () => {
    const files = new Set(all.map(([name]) => (fileOf(name) as string).slice((OUT as string).length + 1)));
    expect(readdirSync(OUT).sort()).toEqual([...files].sort());
  });
  it.each(all)("%s", (name, args) => {
    const file = fileOf(name) as string;
    expect(existsSync(file), `${file}: run node test/golden/cases.mjs --update`).toBe(true);
    expect(run(args)).toBe(readFileSync(file, "utf8"));
  });
});
