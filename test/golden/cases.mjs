// The golden cases: every command and text format on the shipped plan, in both languages, run through the built bin.
// `node test/golden/cases.mjs --update` rewrites test/golden/out/ (then review the diff: a change is either a fix you
// name in the commit, or a regression); test/golden.test.ts compares. docx is binary and covered by its own tests.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const OUT = join(ROOT, "test", "golden", "out");

const quarters = ["Q1", "Q2", "Q3", "Q4"];
const statusFormats = ["table", "md", "csv", "tsv", "html", "json"];
const listFormats = ["table", "md", "csv", "tsv", "json", "ics"];
const exportFormats = ["md", "csv", "tsv", "html", "json"];

/** [name, args, env extra] for every case. */
export function cases() {
  const out = [];
  for (const lang of ["vi", "en"]) {
    const L = ["--lang", lang];
    out.push([`lint.${lang}`, [...L, "lint"]]);
    for (const f of ["json", "github", "sarif"]) out.push([`lint-${f}.${lang}`, [...L, "lint", "--format", f]]);
    for (const f of listFormats) if (f !== "json" || lang === "en") out.push([`list-${f}.${lang}`, [...L, "list", "--format", f]]);
    out.push([`list-agency-snv.${lang}`, [...L, "list", "--agency", "so noi vu"]]);
    out.push([`list-agency-snv-lead.${lang}`, [...L, "list", "--agency", "snv", "--role", "lead", "--direct"]]);
    out.push([`list-due-before.${lang}`, [...L, "list", "--due-before", "31/10/2024", "--sort", "agency"]]);
    out.push([`list-search.${lang}`, [...L, "list", "--search", "thu tuc"]]);
    for (const id of ["1.c", "1.dd", "5.b", "8.b"]) out.push([`show-${id}.${lang}`, [...L, "show", id]]);
    out.push([`agencies.${lang}`, [...L, "agencies"]]);
    out.push([`agencies-json.${lang}`, [...L, "agencies", "--format", "json"]]);
    // Every format for Q3; the table and Markdown for the other quarters; json (language-free) once.
    for (const q of quarters)
      for (const f of q === "Q3" ? statusFormats : ["table", "md"])
        if (f !== "json" || lang === "en") out.push([`status-${q}-${f}.${lang}`, [...L, "status", "-q", q, "--format", f]]);
    out.push([`status-Q3-tasks.${lang}`, [...L, "status", "-q", "Q3", "--tasks"]]);
    for (const p of ["h1", "9m", "year"]) out.push([`status-${p}.${lang}`, [...L, "status", "--period", p, "--format", "md"]]);
    out.push([`status-asof.${lang}`, [...L, "status", "-q", "Q3", "--as-of", "01/09/2024", "--format", "md"]]);
    for (const f of exportFormats) out.push([`export-Q3-${f}.${lang}`, [...L, "export", "-q", "Q3", "--format", f]]);
    out.push([`progress-init-Q4.${lang}`, [...L, "progress", "init", "-q", "Q4", "--output", "-"]]);
    out.push([`progress-init-Q4-stp.${lang}`, [...L, "progress", "init", "-q", "Q4", "--agency", "stp", "--output", "-"]]);
  }
  return out;
}

/** Run one case with the built bin: its stdout, stderr and exit code as one text. */
export function run(args, extraEnv = {}) {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: "C", COLUMNS: "100", ...extraEnv };
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "par"), ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 60000 });
  return `$ par ${args.join(" ")}\n--- exit ${r.status}\n--- stderr\n${r.stderr}--- stdout\n${r.stdout}`;
}

/** The file a case's output is kept in. */
export function fileOf(name) {
  return join(OUT, `${name.replace(/[^A-Za-z0-9.-]/g, "_")}.txt`);
}

if (process.argv.includes("--update")) {
  const tmp = `${OUT}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const all = cases();
  for (const [name, args] of all) writeFileSync(join(tmp, fileOf(name).slice(OUT.length + 1)), run(args));
  rmSync(OUT, { recursive: true, force: true });
  renameSync(tmp, OUT);
  console.log(`${readdirSync(OUT).length} golden outputs written to ${OUT}`);
}
