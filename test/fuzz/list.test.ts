// Fuzz par list, show and agencies: one plan file mutated; never an internal error, exit 0, 1 or 2, a broken file
// reported by name, and output that reads back as its format with nothing from the data turned into markup.
import { describe, it } from "vitest";
import fc from "fast-check";
import { REGRESSIONS, brokenFile, check, checkMutatedRun, corpus, hostileData, runs, timeoutFor, type Mutation, type Tally } from "./harness";

const c = corpus();
// The files list, show and agencies read text from (progress files are checked, not shown).
const SHOWN = c.files.map((f) => f.rel).filter((f) => !f.includes("/progress/"));

const invocation = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.constantFrom("json", "csv", "tsv", "md", "ics", "table"),
        fc.constantFrom(
          [],
          ["--agency", "snv"],
          ["--agency", "ubnd cap huyen", "--role", "lead"],
          ["--due", "Q3"],
          ["--search", "thủ tục"],
          ["--sort", "agency"],
        ),
      )
      .map(([f, extra]) => ({ format: f, args: ["list", "--format", f, ...extra] })),
  },
  { weight: 1, arbitrary: fc.constantFrom("json", "text").map((f) => ({ format: f, args: ["show", "1.b", "--format", f] })) },
  { weight: 1, arbitrary: fc.constantFrom("json", "csv", "tsv", "md", "table").map((f) => ({ format: f, args: ["agencies", "--format", f] })) },
);

function property(files: string[], mutations: fc.Arbitrary<Mutation>, tally: Tally) {
  return fc.asyncProperty(fc.constantFrom(...files), mutations, invocation, fc.constantFrom("en", "vi"), async (rel, m, inv, lang) => {
    await checkMutatedRun(c, rel, m, inv, lang, inv.args[0]!, tally);
  });
}

type Args = [string, Mutation, { format: string; args: string[] }, string];
const EXAMPLES: Args[] = REGRESSIONS.flatMap((r) =>
  [
    ["list", "--format", "md"],
    ["list", "--format", "csv"],
    ["agencies", "--format", "md"],
    ["list", "--format", "ics"],
  ].map((args) => [r.file, r.mutation, { format: args[2]!, args }, "en"] as Args),
);

describe("fuzz: par list, show, agencies", () => {
  const broken = runs(200);
  it(
    "survive broken files",
    async () => {
      const tally: Tally = {};
      await check(
        "list/show/agencies, broken files",
        property(
          c.files.map((f) => f.rel),
          brokenFile,
          tally,
        ),
        broken,
        tally,
        EXAMPLES,
      );
    },
    timeoutFor(broken, 40),
  );

  const hostile = runs(300);
  it(
    "print hostile text so that it reads back and never becomes markup or a formula",
    async () => {
      const tally: Tally = {};
      await check("list/show/agencies, hostile text", property(SHOWN, hostileData, tally), hostile, tally, EXAMPLES);
    },
    timeoutFor(hostile, 40),
  );
});
