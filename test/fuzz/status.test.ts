// Fuzz par status, par export and par progress init: plan or progress files mutated; never an internal error, a documented exit
// code, a broken file named, and reports (JSON, CSV, TSV, Markdown, HTML) that read back with no markup from the data.
import { describe, it } from "vitest";
import fc from "fast-check";
import { REGRESSIONS, brokenFile, check, checkMutatedRun, corpus, hostileData, runs, timeoutFor, type Mutation, type Tally } from "./harness";

const c = corpus();
const ALL = c.files.map((f) => f.rel);
const PROGRESS = ALL.filter((f) => f.includes("/progress/"));
// Mostly progress files (status reads them), often the plan's own files.
const file = fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...PROGRESS) }, { weight: 1, arbitrary: fc.constantFrom(...ALL) });

const invocation = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(
        fc.constantFrom("table", "json", "md", "csv", "tsv", "html"),
        fc.constantFrom([], ["--quarter", "Q2"], ["--period", "h1"], ["--period", "9m"], ["--as-of", "30/09/2024"], ["--tasks"]),
      )
      .map(([f, extra]) => ({ format: f, args: ["status", "--format", f, ...extra] })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(["Q4"], ["Q3"], ["Q4", "--agency", "snv"])
      .map(([q, ...rest]) => ({ format: "yaml", args: ["progress", "init", "--quarter", q, ...rest, "--output", "-"] })),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom("html", "csv", "tsv", "md", "json"),
        fc.constantFrom([], ["--quarter", "Q2"], ["--agency", "snv"], ["--area", "3"], ["--columns", "task,result,tt"]),
      )
      .map(([f, extra]) => ({ format: f, args: ["export", "--format", f, ...extra] })),
  },
);

function property(files: fc.Arbitrary<string>, mutations: fc.Arbitrary<Mutation>, tally: Tally) {
  return fc.asyncProperty(files, mutations, invocation, fc.constantFrom("en", "vi"), async (rel, m, inv, lang) => {
    await checkMutatedRun(c, rel, m, inv, lang, inv.args.slice(0, inv.args[0] === "progress" ? 2 : 1).join(" "), tally);
  });
}

type Args = [string, Mutation, { format: string; args: string[] }, string];
const EXAMPLES: Args[] = REGRESSIONS.flatMap((r) =>
  [
    ["status", "--format", "md"],
    ["status", "--format", "html"],
    ["status", "--format", "csv"],
  ].map((args) => [r.file, r.mutation, { format: args[2]!, args }, "vi"] as Args),
);

describe("fuzz: par status, par export, par progress init", () => {
  const broken = runs(120);
  it(
    "survive broken plan and progress files",
    async () => {
      const tally: Tally = {};
      await check("status/export/progress init, broken files", property(file, brokenFile, tally), broken, tally, EXAMPLES);
    },
    timeoutFor(broken, 60),
  );

  const hostile = runs(160);
  it(
    "report hostile text so that it reads back and never becomes markup or a formula",
    async () => {
      const tally: Tally = {};
      await check("status/export/progress init, hostile text", property(file, hostileData, tally), hostile, tally, EXAMPLES);
    },
    timeoutFor(hostile, 60),
  );
});
