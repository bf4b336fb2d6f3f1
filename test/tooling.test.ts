// The project's own checks (npm run lint): the layer rules of .dependency-cruiser.cjs and the type-aware ESLint rules
// catch what they are there for, each tried on a small copy with one violation; and what ESLint found in src/.
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ESLint } from "eslint";
import { ROOT, cleanEnv, copyOfData, runCli, tempDir, testLanguage } from "./helpers";

testLanguage("en");

const DEPCRUISE = join(ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");

/** A copy of src/ with its configuration, where a test may add a bad import; node_modules is the project's. */
function copyOfSources(): string {
  const d = tempDir("par-tooling-");
  cpSync(join(ROOT, "src"), join(d, "src"), { recursive: true });
  for (const f of ["tsconfig.json", "package.json", ".dependency-cruiser.cjs", ".dependency-cruiser-known-violations.json"]) cpSync(join(ROOT, f), join(d, f));
  symlinkSync(join(ROOT, "node_modules"), join(d, "node_modules"), "dir");
  return d;
}

function depcruise(cwd: string): { code: number; out: string } {
  const r = spawnSync(process.execPath, [DEPCRUISE, "src", "--config", ".dependency-cruiser.cjs", "--ignore-known", "--output-type", "err"], {
    cwd,
    env: cleanEnv(),
    encoding: "utf8",
  });
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

describe("layer rules (dependency-cruiser)", () => {
  it("src/ as it is keeps them", () => {
    const r = depcruise(copyOfSources());
    expect(r.out).not.toMatch(/error /);
    expect(r.code).toBe(0);
  });

  it("fail on model/ importing a Node module or a layer above, a formatter reading files, a cycle and an orphan", () => {
    const d = copyOfSources();
    const append = (file: string, text: string) => writeFileSync(join(d, file), readFileSync(join(d, file), "utf8") + text);
    append(
      "src/model/vietnamese.ts",
      '\nimport { statSync } from "node:fs";\nimport { namesOf } from "./agencies";\nexport const _stat = [statSync, namesOf];\n',
    );
    append("src/model/agencies.ts", '\nimport { EXIT } from "../commands/context";\nexport const _exit = EXIT;\n');
    append("src/format/text.ts", '\nimport { readFileSync } from "fs";\nexport const _read = readFileSync;\n');
    append("src/format/escape.ts", '\nimport { readSource } from "../load/source";\nexport const _source = readSource;\n');
    append("src/report/list.ts", '\nimport { lintFormatters } from "../format/lint";\nexport const _formatters = lintFormatters;\n');
    mkdirSync(join(d, "src", "format", "unused"));
    writeFileSync(join(d, "src", "format", "unused", "dead.ts"), "export const dead = 1;\n");
    const r = depcruise(d);
    expect(r.code).not.toBe(0);
    for (const rule of [
      "model-is-pure: src/model/vietnamese.ts",
      "model-imports-model: src/model/agencies.ts",
      "format-no-fs: src/format/text.ts",
      "format-below-commands: src/format/escape.ts",
      "report-below-commands: src/report/list.ts",
      "no-orphans: src/format/unused/dead.ts",
      "no-circular: src/model/agencies.ts",
    ]) {
      expect(r.out).toContain(rule);
    }
  }, 60_000);
});

describe("unused code (knip)", () => {
  it("fails on an export nothing imports, a file nothing imports and a dependency nothing uses", () => {
    const d = tempDir("par-knip-");
    for (const f of ["src", "test", "bin"]) cpSync(join(ROOT, f), join(d, f), { recursive: true });
    for (const f of ["package.json", "tsconfig.json", "knip.json", "vitest.config.mts", "eslint.config.mjs", ".dependency-cruiser.cjs"])
      cpSync(join(ROOT, f), join(d, f));
    symlinkSync(join(ROOT, "node_modules"), join(d, "node_modules"), "dir");
    const knip = () =>
      spawnSync(process.execPath, [join(ROOT, "node_modules", "knip", "bin", "knip.js"), "--no-progress"], { cwd: d, env: cleanEnv(), encoding: "utf8" });
    const clean = knip();
    expect(clean.stdout + clean.stderr).toBe("");
    expect(clean.status).toBe(0);
    writeFileSync(
      join(d, "src", "model", "vietnamese.ts"),
      readFileSync(join(d, "src", "model", "vietnamese.ts"), "utf8") + "\nexport function deadExport(): number {\n  return 1;\n}\n",
    );
    writeFileSync(join(d, "src", "model", "dead-file.ts"), "export const dead = 1;\n");
    const pkg = JSON.parse(readFileSync(join(d, "package.json"), "utf8"));
    pkg.dependencies["left-pad"] = "^1.3.0";
    writeFileSync(join(d, "package.json"), JSON.stringify(pkg, null, 2));
    const r = knip();
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("deadExport");
    expect(r.stdout).toContain("src/model/dead-file.ts");
    expect(r.stdout).toContain("left-pad");
  }, 60_000);
});

describe("type-aware ESLint rules", () => {
  it("fail on a floating promise, a switch that lets a default stand for a member, and an unused variable", async () => {
    const d = tempDir("par-eslint-");
    mkdirSync(join(d, "src"));
    cpSync(join(ROOT, "eslint.config.mjs"), join(d, "eslint.config.mjs"));
    symlinkSync(join(ROOT, "node_modules"), join(d, "node_modules"), "dir");
    writeFileSync(
      join(d, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, target: "ES2022", module: "preserve", moduleResolution: "bundler", types: [], noEmit: true },
        include: ["src/**/*.ts", "test/**/*.ts"],
      }),
    );
    writeFileSync(
      join(d, "src", "bad.ts"),
      [
        'type Kind = "date" | "month" | "ongoing";',
        "export function due(k: Kind): number {",
        "  switch (k) {",
        '    case "date":',
        "      return 1;",
        '    case "month":',
        "      return 2;",
        "    default:",
        "      return 0;",
        "  }",
        "}",
        "async function later(): Promise<void> {}",
        "export function start(): void {",
        "  const unused = 1;",
        "  later();",
        "}",
        "",
      ].join("\n"),
    );
    const eslint = new ESLint({ cwd: d });
    const [result] = await eslint.lintFiles(["src/bad.ts"]);
    const rules = (result?.messages ?? []).map((m) => m.ruleId);
    expect(rules).toEqual(
      expect.arrayContaining([
        "@typescript-eslint/switch-exhaustiveness-check",
        "@typescript-eslint/no-floating-promises",
        "@typescript-eslint/no-unused-vars",
      ]),
    );
  }, 60_000);
});

describe("what the linter found", () => {
  it("format: given as a mapping is shown as written, not as [object Object] (no-base-to-string)", async () => {
    const data = copyOfData();
    const file = join(data, "son-la-2024", "tasks", "8-a.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^format: .*$/m, "format:\n  a: 1"));
    const r = await runCli(["lint", "--data", data]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Unknown format {"a":1}.');
    expect(r.stdout).not.toContain("[object Object]");
  });
});
