// A deadline kind is one unit (issue 13, item 6): Deadline is a union with one branch a kind, each with exactly its
// fields, and every place that knows the kinds says so to the compiler, so a new kind fails to compile until each
// place names it.
import { cpSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toTask } from "../src/load/build";
import { deadlineFromFile, dueDates, isOngoing, milestonesOf, yearsBeyondDueDates, type DeadlineFile } from "../src/model/deadline";
import type { Deadline } from "../src/model/types";
import { ROOT, cleanEnv, tempDir } from "./helpers";

interface SchemaDeadline {
  properties: { kind: { enum: string[] } };
  allOf: { if: { properties: { kind: { const?: string; enum?: string[] } } }; then: { required: string[] } }[];
}

const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

function task(deadline: Record<string, unknown>) {
  return toTask({ id: "1.a", area: 1, letter: "a", text: "x", lead: ["so-noi-vu"], deadline }, "tasks/1-a.yaml");
}

describe("Deadline, one branch a kind", () => {
  it("keeps only the fields of the deadline's kind", () => {
    const d = task({ text: "Quý IV/2024", kind: "quarter", quarter: "2024-Q4", date: "2024-12-31", year: 2024 }).deadline;
    expect(d).toEqual({ text: "Quý IV/2024", kind: "quarter", quarter: "2024-Q4" });
    const r = task({ text: "định kỳ", kind: "recurring", periods: ["quarter"], day: 15, outside_plan_year: true, milestones: [] }).deadline;
    expect(r).toEqual({ text: "định kỳ", kind: "recurring", periods: ["quarter"], day: 15, outsidePlanYear: true });
  });

  it("every kind the schema allows is a branch the model reads, with the fields the schema requires of it", () => {
    const def = (JSON.parse(readFileSync(join(ROOT, "schemas", "task.schema.json"), "utf8")) as { $defs: { deadline: SchemaDeadline } }).$defs.deadline;
    const sample: Record<string, unknown> = {
      date: "2024-12-31",
      month: "2024-06",
      quarter: "2024-Q4",
      year: 2024,
      milestones: [{ label: "Lần 1", date: "2024-06-30" }],
      periods: ["quarter"],
    };
    for (const kind of def.properties.kind.enum) {
      const required = def.allOf
        .filter((b) => (b.if.properties.kind.const !== undefined ? [b.if.properties.kind.const] : (b.if.properties.kind.enum ?? [])).includes(kind))
        .flatMap((b) => b.then.required);
      const raw = Object.fromEntries([["text", "x"], ["kind", kind], ...required.map((f) => [f, sample[f]])]) as unknown as DeadlineFile;
      const d = deadlineFromFile(raw);
      expect(d.kind).toBe(kind);
      for (const f of required) expect((d as unknown as Record<string, unknown>)[f]).toEqual(sample[f]);
    }
  });

  it("answers per kind: due dates, ongoing, milestones, the years beyond the due dates", () => {
    const ongoingYear: Deadline = { text: "Thường xuyên trong năm 2024", kind: "ongoing-year", year: 2024 };
    expect([dueDates(ongoingYear), isOngoing(ongoingYear), milestonesOf(ongoingYear), yearsBeyondDueDates(ongoingYear)]).toEqual([[], true, [], [2024]]);
    const ms: Deadline = {
      text: "Lần 1 … Lần 2 …",
      kind: "milestones",
      milestones: [
        { label: "Lần 1", date: "2024-06-30" },
        { label: "Lần 2", date: "2024-10-15" },
      ],
    };
    expect([dueDates(ms).map((x) => x.date), isOngoing(ms), milestonesOf(ms).length, yearsBeyondDueDates(ms)]).toEqual([
      ["2024-06-30", "2024-10-15"],
      false,
      2,
      [],
    ]);
  });

  it("a new kind does not compile until the deadline module names it", () => {
    const d = tempDir("par-kind-");
    cpSync(join(ROOT, "src"), join(d, "src"), { recursive: true });
    cpSync(join(ROOT, "tsconfig.json"), join(d, "tsconfig.json"));
    symlinkSync(join(ROOT, "node_modules"), join(d, "node_modules"), "dir");
    const types = join(d, "src", "model", "types.ts");
    const text = readFileSync(types, "utf8");
    const marker = /export type Deadline =\s*\|?/;
    expect(text).toMatch(marker);
    const branch =
      'interface HalfYearDeadline extends DeadlineCommon {\n  kind: "half-year";\n  year: number;\n}\n\nexport type Deadline = HalfYearDeadline | ';
    writeFileSync(types, text.replace(marker, branch));
    const r = spawnSync(process.execPath, [TSC, "--noEmit", "-p", "tsconfig.json"], { cwd: d, env: cleanEnv(), encoding: "utf8" });
    const files = [...new Set([...r.stdout.matchAll(/^(src\/[^(]+)\(\d+,\d+\): error/gm)].map((m) => m[1]))].sort();
    expect(files).toEqual(["src/model/deadline.ts"]);
    // deadlineFromFile, dueDates, the KINDS table and yearsBeyondDueDates each name the missing kind.
    expect(r.stdout.match(/^src\/model\/deadline\.ts\(\d+,\d+\): error/gm)?.length).toBe(4);
  }, 120_000);
});
