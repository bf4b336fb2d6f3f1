// Fuzz par lint: one file of the shipped plan mutated, in every output format. Never an internal error, exit 0 or 1,
// a broken file is always reported by name, and the machine formats stay machine-readable.
import { describe, it } from "vitest";
import fc from "fast-check";
import { outputProblems } from "./formats";
import { REGRESSIONS, check, corpus, count, timeoutFor, type Tally, misbehaviour, mutate, mutation, runIn, runs, unreadable, withMutated } from "./harness";

const c = corpus();
const FORMATS = ["stylish", "json", "github", "sarif"] as const;
const LOCATION = /(?:^|\n)(data\/son-la-2024\/[^\s:]+\.ya?ml):\d+:\d+: /;

describe("fuzz: par lint", () => {
  const n = runs(400);
  it(
    "survives mutated files in every format",
    async () => {
      const tally: Tally = {};
      const property = fc.asyncProperty(
        fc.constantFrom(...c.files.map((f) => f.rel)),
        mutation,
        fc.constantFrom(...FORMATS),
        fc.constantFrom("en", "vi"),
        async (rel, m, format, lang) => {
          const original = c.files.find((f) => f.rel === rel)!.bytes;
          const bytes = mutate(original, m);
          const broken = unreadable(bytes, rel);
          const r = await withMutated(c, rel, bytes, () => runIn(c, ["lint", "--format", format, "--lang", lang]));
          count(tally, `exit ${r.code}`);
          if (broken) count(tally, "unreadable");
          const bad = misbehaviour(r, [0, 1]);
          const out = r.stdout + r.stderr;
          if (broken && r.code !== 1) bad.push(`${rel} cannot be read, yet lint exited ${r.code}`);
          if (broken && !out.includes(rel)) bad.push(`${rel} cannot be read, yet lint does not name it`);
          if (format === "stylish" && r.code === 1 && !LOCATION.test(r.stdout)) bad.push("exit 1 without a file:line:col");
          if (format === "stylish") bad.push(...outputProblems("stylish", r.stdout));
          if (format === "json" || format === "sarif") {
            try {
              JSON.parse(r.stdout);
            } catch {
              bad.push(`--format ${format} printed something that is not JSON`);
            }
          }
          if (format === "github") {
            for (const line of r.stdout.split("\n").filter(Boolean)) {
              const cmd = /^::(error|warning|notice) file=([^,:]*),line=\d+,col=\d+(?:,endLine=\d+)?(?:,endColumn=\d+)?,title=[^,:]*::[^\r\n]*$/.exec(line);
              if (!cmd) {
                bad.push(`a line of --format github is not one workflow command: ${JSON.stringify(line.slice(0, 120))}`);
                break;
              }
              const file = decodeURIComponent(cmd[2]!.replace(/%(?![0-9A-F]{2})/g, "%25"));
              if (!c.files.some((f) => f.rel === file) && !file.startsWith("data/")) bad.push(`workflow command for an unknown file ${file}`);
            }
          }
          if (bad.length) throw new Error(`${bad.join("; ")}\n--- stdout ---\n${r.stdout.slice(0, 2000)}\n--- stderr ---\n${r.stderr.slice(0, 2000)}`);
        },
      );
      await check(
        "lint",
        property,
        n,
        tally,
        REGRESSIONS.flatMap((r) => FORMATS.map((f) => [r.file, r.mutation, f, "en"] as [string, typeof r.mutation, (typeof FORMATS)[number], string])),
      );
    },
    timeoutFor(n, 40),
  );
});
