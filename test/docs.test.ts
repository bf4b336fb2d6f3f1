// The README and the pages under docs/: every relative link points to a file that exists and, with a #fragment, to
// a heading of that file (GitHub's anchors); the README stays short and links every page; docs/commands.md names
// every option each command's --help lists.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "./helpers";

const DOCS = join(ROOT, "docs");
const PAGES = [
  join(ROOT, "README.md"),
  ...readdirSync(DOCS)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => join(DOCS, f)),
];

/** The text outside fenced code blocks and inline code spans, line by line (code shows links, it does not make them). */
function prose(markdown: string): string[] {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const m = /^\s*(`{3,}|~{3,})/.exec(line);
    if (m) {
      if (fence === undefined) fence = m[1]![0]!;
      else if (m[1]![0] === fence) fence = undefined;
      out.push("");
      continue;
    }
    out.push(fence === undefined ? line.replace(/`[^`]*`/g, (c) => " ".repeat(c.length)) : "");
  }
  return out;
}

/** The anchors GitHub gives a file's headings (github-slugger: lower case, punctuation dropped, spaces to dashes). */
function anchorsOf(file: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fence = false;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (/^\s*(`{3,}|~{3,})/.test(line)) fence = !fence;
    const m = fence ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[1]!.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[`*]/g, "");
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n ? `${base}-${n}` : base);
  }
  return anchors;
}

interface Link {
  page: string;
  line: number;
  target: string;
}

function linksOf(page: string): Link[] {
  const links: Link[] = [];
  prose(readFileSync(page, "utf8")).forEach((text, i) => {
    for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ page, line: i + 1, target: m[1]! });
  });
  return links;
}

/** What is wrong with a relative link, or undefined when it resolves. */
function problemOf(link: Link): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(link.target)) return undefined; // https:, mailto:: not checked here
  const [path, fragment] = link.target.split("#", 2) as [string, string | undefined];
  const file = path === "" ? link.page : resolve(dirname(link.page), decodeURIComponent(path));
  if (!existsSync(file)) return `no file ${relative(ROOT, file)}`;
  if (fragment === undefined || fragment === "") return undefined;
  if (!file.endsWith(".md")) return `#${fragment} in a file that is not Markdown`;
  if (!anchorsOf(file).has(decodeURIComponent(fragment))) return `no heading #${fragment} in ${relative(ROOT, file)}`;
  return undefined;
}

describe("links in the README and docs/", () => {
  it("the pages hold relative links to check", () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(8);
    expect(PAGES.flatMap(linksOf).filter((l) => !/^[a-z]+:/i.test(l.target)).length).toBeGreaterThan(20);
  });

  for (const page of PAGES) {
    it(`every relative link in ${relative(ROOT, page)} resolves`, () => {
      const broken = linksOf(page)
        .map((l) => ({ l, problem: problemOf(l) }))
        .filter((x) => x.problem !== undefined)
        .map(({ l, problem }) => `${relative(ROOT, l.page)}:${l.line}: (${l.target}) ${problem}`);
      expect(broken).toEqual([]);
    });
  }

  it("a broken file or anchor is found (the check itself works)", () => {
    const readme = join(ROOT, "README.md");
    expect(problemOf({ page: readme, line: 1, target: "docs/no-such-page.md" })).toMatch(/^no file docs\/no-such-page\.md/);
    expect(problemOf({ page: readme, line: 1, target: "docs/commands.md#no-such-heading" })).toMatch(/^no heading #no-such-heading/);
    expect(problemOf({ page: readme, line: 1, target: "docs/commands.md#checking-the-plan-par-lint" })).toBeUndefined();
    expect(anchorsOf(join(DOCS, "data-format.md")).has("how-a-tasks-bucket-is-decided")).toBe(true);
    expect(anchorsOf(join(DOCS, "json.md")).has("par-lint---format-json")).toBe(true);
  });
});

describe("the README", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");

  it("is short: at most 150 lines, the rest in docs/", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(151);
  });

  it("links every page of docs/", () => {
    const linked = new Set(linksOf(join(ROOT, "README.md")).map((l) => l.target.split("#")[0]));
    for (const f of readdirSync(DOCS).filter((f) => f.endsWith(".md"))) expect(linked, f).toContain(`docs/${f}`);
  });

  it("gives the two set-up commands", () => {
    expect(readme).toContain("npm install && npx par status --quarter Q3");
    expect(readme).toMatch(/^npm test\b/m);
  });
});

/** The long options a command's English --help lists ("--due-before", "--no-bom"), without --help itself. */
async function optionsOf(command: string[]): Promise<string[]> {
  const r = await runCli(["--lang", "en", ...command, "--help"]);
  expect(r.code).toBe(0);
  const section = r.stdout.split(/^Options:$/m)[1]!.split(/^\S/m)[0]!;
  return [...section.matchAll(/^ {2}(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]!).filter((o) => o !== "--help");
}

/** The text of the section of docs/commands.md whose heading names `par <command>`. */
function sectionOf(page: string, command: string): string {
  const sections = page.split(/^## /m);
  const found = sections.filter((s) => s.split("\n")[0]!.includes(`\`par ${command}\``));
  expect(found, command).toHaveLength(1);
  return found[0]!;
}

describe("docs/commands.md", () => {
  const page = readFileSync(join(DOCS, "commands.md"), "utf8");

  it("names every global option", async () => {
    const options = await optionsOf([]);
    expect(options).toEqual(expect.arrayContaining(["--data", "--plan", "--lang", "--no-color", "--verbose"]));
    const global = sectionOf(page.replace(/^## Global options$/m, "## Global options `par `"), "");
    for (const o of options.filter((o) => o !== "--version")) expect(global, o).toContain(`\`${o}`);
  });

  for (const command of ["lint", "list", "show", "agencies", "diff", "status", "export", "progress init", "init"]) {
    it(`names every option of par ${command} in its section`, async () => {
      const options = await optionsOf(command.split(" "));
      expect(options.length, command).toBeGreaterThan(0);
      const section = sectionOf(page, command);
      const missing = options.filter((o) => !new RegExp(`${o}(?![a-z-])`).test(section));
      expect(missing, `options of par ${command} not in docs/commands.md`).toEqual([]);
    });
  }
});

/** Every property name a JSON Schema declares, at any depth (following $ref into $defs). */
function propertyNames(schema: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  const seen = new Set<unknown>();
  const defs = (schema.$defs ?? {}) as Record<string, unknown>;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    const n = node as Record<string, unknown>;
    if (typeof n.$ref === "string" && n.$ref.startsWith("#/$defs/")) visit(defs[n.$ref.slice(8)]);
    if (n.properties && typeof n.properties === "object") for (const k of Object.keys(n.properties)) names.add(k);
    for (const v of Object.values(n)) visit(v);
  };
  visit(schema);
  return names;
}

describe("docs/data-format.md", () => {
  const page = readFileSync(join(DOCS, "data-format.md"), "utf8");
  for (const kind of ["plan", "agencies", "task", "progress"]) {
    it(`names every field of schemas/${kind}.schema.json`, () => {
      const schema = JSON.parse(readFileSync(join(ROOT, "schemas", `${kind}.schema.json`), "utf8"));
      const names = [...propertyNames(schema)];
      expect(names.length).toBeGreaterThan(3);
      expect(names.filter((n) => !page.includes(`\`${n}\``) && !page.includes(`\`${n}\`*`) && !new RegExp(`[{ ,]${n}[,}]`).test(page))).toEqual([]);
    });
  }
});

/** Every module of src/ (not the generated validators) with what it imports: src/ layers by folder, and packages. */
function importsOfSrc(): { file: string; layer: string; imports: string[] }[] {
  const out: { file: string; layer: string; imports: string[] }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== "generated") walk(path);
      } else if (name.endsWith(".ts")) {
        const text = readFileSync(path, "utf8");
        const imports = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\(\s*"([^"]+)"\s*\)|require\("([^"]+)"\)/g)].map((m) => {
          const spec = (m[1] ?? m[2] ?? m[3])!;
          if (!spec.startsWith(".")) return spec;
          const parts = relative(join(ROOT, "src"), resolve(dirname(path), spec)).split("/");
          return parts.length === 1 ? `src/${parts[0]!.replace(/\.ts$/, "")}` : `src/${parts[0]}`;
        });
        const rel = relative(join(ROOT, "src"), path).split("/");
        out.push({ file: relative(ROOT, path), layer: rel.length === 1 ? "cli" : rel[0]!, imports });
      }
    }
  };
  walk(join(ROOT, "src"));
  return out;
}

describe("docs/architecture.md: the import rules it states hold", () => {
  const modules = importsOfSrc();
  const offending = (layer: string, allowed: (spec: string) => boolean) =>
    modules.filter((m) => m.layer === layer).flatMap((m) => m.imports.filter((i) => !allowed(i) && i !== `src/${layer}`).map((i) => `${m.file} imports ${i}`));

  it("reads the modules of src/", () => {
    expect(modules.length).toBeGreaterThan(50);
    expect(modules.find((m) => m.file === "src/cli.ts")?.imports).toContain("src/commands");
  });
  it("model/ imports no other layer and no Node module (pure packages only: dayjs, fastest-levenshtein)", () => {
    expect(offending("model", (i) => ["dayjs", "fastest-levenshtein"].includes(i.split("/")[0]!))).toEqual([]);
  });
  it("load/ imports only model/ (and packages, Node modules)", () => {
    expect(offending("load", (i) => i === "src/model" || !i.startsWith("src/"))).toEqual([]);
  });
  it("validate/ imports only load/, model/ and the generated validators", () => {
    expect(offending("validate", (i) => ["src/load", "src/model", "src/generated"].includes(i) || !i.startsWith("src/"))).toEqual([]);
  });
  it("workspace/ imports only validate/, load/ and model/ (and Node modules)", () => {
    expect(offending("workspace", (i) => ["src/validate", "src/load", "src/model"].includes(i) || !i.startsWith("src/"))).toEqual([]);
  });
  it("report/ and format/ import no Node module and nothing from commands/, validate/ or load/", () => {
    for (const layer of ["report", "format"]) {
      expect(offending(layer, (i) => !i.startsWith("node:") && !["src/commands", "src/validate", "src/load", "src/cli"].includes(i))).toEqual([]);
    }
  });
  it("i18n/ imports only model/; cli.ts only commands/ and i18n/ (and commander)", () => {
    expect(offending("i18n", (i) => i === "src/model")).toEqual([]);
    expect(offending("cli", (i) => ["src/commands", "src/i18n", "commander"].includes(i))).toEqual([]);
  });
});
