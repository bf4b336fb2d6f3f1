// A handful of fuzz cases through the built bin (bin/par → dist/cli.cjs) as a separate process: what only a real
// process shows — a crash of the process, an unhandled rejection, a hang (runBin gives up after 30 s: exit -1),
// output cut short — for every command that reads the plan.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "vitest";
import fc from "fast-check";
import {
  ALL_REGRESSIONS,
  brokenFile,
  check,
  corpus,
  count,
  hostileData,
  markupBaseline,
  misbehaviour,
  mutate,
  runs,
  timeoutFor,
  unreadable,
  type Mutation,
  type Tally,
} from "./harness";
import { outputProblems } from "./formats";
import { runBin } from "../helpers";

const c = corpus();
const COMMANDS: { args: string[]; format: string; codes: number[] }[] = [
  { args: ["lint"], format: "stylish", codes: [0, 1] },
  { args: ["lint", "--format", "sarif"], format: "sarif", codes: [0, 1] },
  { args: ["list", "--format", "csv"], format: "csv", codes: [0, 1, 2] },
  { args: ["list", "--format", "ics"], format: "ics", codes: [0, 1, 2] },
  { args: ["show", "1.đ", "--format", "json"], format: "json", codes: [0, 1, 2] },
  { args: ["agencies", "--format", "md"], format: "md", codes: [0, 1, 2] },
  { args: ["status", "--format", "html"], format: "html", codes: [0, 1, 2] },
  { args: ["status", "--format", "json", "--period", "h1"], format: "json", codes: [0, 1, 2] },
  { args: ["progress", "init", "--quarter", "Q4", "--output", "-"], format: "yaml", codes: [0, 1, 2] },
  { args: ["export", "--format", "csv"], format: "csv", codes: [0, 1, 2] },
];

describe("fuzz: the built bin", () => {
  const n = runs(16, 1 / 100);
  it(
    "exits by itself with a documented code, without a stack trace, whatever the plan holds",
    async () => {
      const tally: Tally = {};
      const markups = new Map<string, ReadonlySet<string>>();
      for (const cmd of COMMANDS)
        if (cmd.format === "md" || cmd.format === "html") markups.set(cmd.args.join(" "), await markupBaseline(c, cmd.args, cmd.format));
      const property = fc.property(
        fc.constantFrom(...c.files.map((f) => f.rel)),
        fc.oneof(brokenFile, hostileData),
        fc.constantFrom(...COMMANDS),
        (rel, m: Mutation, cmd) => {
          const original = c.files.find((f) => f.rel === rel)!.bytes;
          const bytes = mutate(original, m);
          const path = join(c.root, rel);
          writeFileSync(path, bytes);
          try {
            const r = runBin(cmd.args, { cwd: c.root });
            count(tally, `exit ${r.code}`);
            const bad = misbehaviour(r, cmd.codes);
            if (r.code === -1) bad.push("the process did not finish within 30 s, or was killed");
            if (unreadable(bytes, rel) && r.code !== 1) bad.push(`${rel} cannot be read, yet exit ${r.code}`);
            if (r.code === 0 && cmd.args[0] !== "lint") bad.push(...outputProblems(cmd.format, r.stdout, markups.get(cmd.args.join(" "))));
            if (bad.length)
              throw new Error(
                `par ${cmd.args.join(" ")}: ${bad.join("; ")}\n--- stdout ---\n${r.stdout.slice(0, 1000)}\n--- stderr ---\n${r.stderr.slice(0, 1500)}`,
              );
          } finally {
            writeFileSync(path, original);
          }
        },
      );
      // Every regression, with the commands most likely to meet it again (the hangs through lint, list and status).
      const byArgs = (args: string[]) =>
        COMMANDS.find((c) => c.args.join(" ") === args.join(" ")) ?? { args, format: args[args.indexOf("--format") + 1] ?? "", codes: [0, 1, 2] };
      const examples = ALL_REGRESSIONS.flatMap((r, i) =>
        (r.args ? [byArgs(r.args)] : r.hang ? [COMMANDS[0]!, COMMANDS[2]!, COMMANDS[6]!] : [COMMANDS[i % COMMANDS.length]!]).map(
          (cmd) => [r.file, r.mutation, cmd] as [string, Mutation, (typeof COMMANDS)[number]],
        ),
      );
      await check("bin", property, n, tally, examples);
    },
    timeoutFor(n, 1000),
  );
});
