#!/usr/bin/env node
// par's benchmark: medians of whole-process runs (wall time, peak memory), measured side by side in one run,
// against the floor (`node -e 0`) and the peer (ajv-cli validating the same files with the same schema).
// Usage: npm run bench [-- --runs 15 --national-runs 5 --scales 1,4,16 --skip-national --skip-large --only-large --only-forms --skip-site]
// The national-scale repository is generated (seeded, deterministic) under $TMPDIR/par-bench/ and reused.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate, generateLargePlan } from "./generate.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const RUNS = Number(opt("runs", 15));
const NATIONAL_RUNS = Number(opt("national-runs", 5));
const SCALES = String(opt("scales", "1,4,16")).split(",").map(Number);
const ONLY_FORMS = args.includes("--only-forms");
const ONLY_LARGE = args.includes("--only-large") || ONLY_FORMS;
const SKIP_NATIONAL = args.includes("--skip-national") || ONLY_LARGE;
const SKIP_LARGE = args.includes("--skip-large") || ONLY_FORMS;
const SKIP_FORMS = args.includes("--skip-forms") || (ONLY_LARGE && !ONLY_FORMS);
const SKIP_SITE = args.includes("--skip-site") || ONLY_LARGE;
const WORK = join(tmpdir(), "par-bench");
const NODE = process.execPath;
const PAR = join(ROOT, "bin", "par");
const AJV = join(ROOT, "node_modules", "ajv-cli", "dist", "index.js");

function measure(commands, runs, warmup = 1) {
  const r = spawnSync("python3", [join(ROOT, "test", "bench", "measure.py")], {
    input: JSON.stringify({ runs, warmup, commands }),
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`measure.py failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const rows = [];
function row(name, sample, note = "") {
  const wall = median(sample.wall);
  const rss = Math.max(...sample.rss);
  const codes = [...new Set(sample.codes)].join("/");
  rows.push({ name, wall, rss, codes, note });
  return { wall, rss };
}

function parCommand(name, argv, cwd = ROOT, env = {}) {
  return { name, argv: [NODE, PAR, ...argv], cwd, env: { NO_COLOR: "1", ...env } };
}
/**
 * The peer on the same files with the same schemas: ajv-cli takes one schema per run, so one run per kind of file
 * (tasks, progress, plan, agencies), one after the other, as a user would script it.
 */
const ajvCommand = (name, data, cwd = ROOT) => {
  const kinds = [
    ["task", `${data}/tasks/*.yaml`],
    ["progress", `${data}/progress/**/*.yaml`],
    ["plan", `${data}/plan.yaml`],
    ["agencies", `${data}/agencies.yaml`],
  ];
  const q = (x) => `'${x.replace(/'/g, "'\\''")}'`;
  const script = kinds
    .map(([schema, glob]) =>
      [NODE, AJV, "validate", "--spec=draft2020", "--all-errors", "--strict=false", "-s", join(ROOT, "schemas", `${schema}.schema.json`), "-d", glob]
        .map(q)
        .join(" "),
    )
    .join("; ");
  return { name, argv: ["bash", "-c", `${script} >/dev/null 2>&1; true`], cwd };
};
const has = (cmd) => spawnSync(NODE, [PAR, cmd, "--help"], { cwd: ROOT }).status === 0;

const checks = [];
function check(label, value, target, ok) {
  checks.push({ label, value, target, ok });
}

// ---------- 1. The shipped plan, each command against `node -e 0`, alternating ----------
// One run first, so that the code cache exists (as it does after `npm install` and one use).
spawnSync(NODE, [PAR, "lint"], { cwd: ROOT });
const small = [
  { name: "node -e 0", argv: [NODE, "-e", "0"] },
  parCommand("par --version", ["--version"]),
  parCommand("par lint", ["lint"]),
  ajvCommand("ajv-cli, same files and schemas", "data/son-la-2024"),
];
if (has("list")) small.push(parCommand("par list --agency snv", ["list", "--agency", "snv"]));
if (has("status")) small.push(parCommand("par status --quarter Q3", ["status", "--quarter", "Q3"]));
const s1 = measure(ONLY_LARGE ? small.slice(0, 1) : small, RUNS);
const floor = row("node -e 0", s1["node -e 0"]);
for (const c of ONLY_LARGE ? [] : small.slice(1)) row(c.name, s1[c.name]);
const ratio = (name) => rows.find((r) => r.name === name).wall / floor.wall;
if (!ONLY_LARGE) {
  const ajvSmall = rows.find((r) => r.name.startsWith("ajv-cli")).wall;
  check("par --version / node -e 0", ratio("par --version"), "≤ 1.25", ratio("par --version") <= 1.25);
  check("par lint / node -e 0", ratio("par lint"), "≤ 2.0", ratio("par lint") <= 2.0);
  check("par lint / ajv-cli", rows.find((r) => r.name === "par lint").wall / ajvSmall, "≤ 0.5", rows.find((r) => r.name === "par lint").wall / ajvSmall <= 0.5);
  if (has("status")) check("par status --quarter Q3 / node -e 0", ratio("par status --quarter Q3"), "≤ 2.5", ratio("par status --quarter Q3") <= 2.5);
  if (has("list")) check("par list --agency snv / node -e 0", ratio("par list --agency snv"), "(no target)", true);
}

// ---------- 2. National scale: 63 provinces × 5 years × ~50 tasks + 4 quarters of progress ----------
if (!SKIP_NATIONAL) {
  const scaleDir = (k) => join(WORK, `national-x${k}`);
  const stamp = (k) => join(scaleDir(k), ".generated");
  const ensure = (k) => {
    const want = `provinces=${63 * k} years=5 seed=2024 progress=${existsSync(join(ROOT, "schemas", "progress.schema.json"))} v3`;
    if (existsSync(stamp(k)) && readFileSync(stamp(k), "utf8") === want) return;
    process.stderr.write(`generating the ${k}× national repository in ${scaleDir(k)} …\n`);
    const n = generate(join(scaleDir(k), "data"), { provinces: 63 * k, years: 5, seed: 2024 });
    writeFileSync(stamp(k), want);
    process.stderr.write(`  ${n} files\n`);
  };
  ensure(1);
  const nat = scaleDir(1);
  const cacheDir = join(nat, ".par-cache");
  rmSync(cacheDir, { recursive: true, force: true });
  const first = parCommand("par lint (national, first run)", ["lint", "--data", "data"], nat);
  const ajvNat = ajvCommand("ajv-cli (national, same files)", "data/*/*", nat);
  const s2 = measure([first, ajvNat], NATIONAL_RUNS, 0);
  const a = row(first.name, s2[first.name]);
  const b = row(ajvNat.name, s2[ajvNat.name]);
  check("national first run / ajv-cli", a.wall / b.wall, "≤ 0.75", a.wall / b.wall <= 0.75);
  check("national first run, peak MiB", a.rss, "≤ 200", a.rss <= 200);
  if (spawnSync(NODE, [PAR, "lint", "--help"]).stdout.toString().includes("--cache")) {
    spawnSync(NODE, [PAR, "lint", "--data", "data", "--cache"], { cwd: nat });
    const rerun = parCommand("par lint --cache (national, unchanged)", ["lint", "--data", "data", "--cache"], nat);
    const s3 = measure([rerun], NATIONAL_RUNS, 1);
    const c = row(rerun.name, s3[rerun.name]);
    check("national unchanged re-run / ajv-cli", c.wall / b.wall, "≤ 0.1", c.wall / b.wall <= 0.1);
  }
  // Growth with size.
  const growth = [];
  for (const k of SCALES) {
    ensure(k);
    const cmd = parCommand(`par lint (${k}× national)`, ["lint", "--data", "data"], scaleDir(k));
    const s = measure([cmd], k >= 16 ? 1 : NATIONAL_RUNS, 0);
    growth.push({ k, ...row(cmd.name, s[cmd.name]) });
  }
  if (growth.length >= 2) {
    const [g0, gN] = [growth[0], growth[growth.length - 1]];
    const timeGrowth = gN.wall / g0.wall;
    const sizeGrowth = gN.k / g0.k;
    check(`time growth ${g0.k}× → ${gN.k}× (files grew ${sizeGrowth}×)`, timeGrowth, `≤ ${sizeGrowth}`, timeGrowth <= sizeGrowth * 1.05);
  }
}

// ---------- 3. One large plan: par status on 1,000 and 4,000 tasks (63 agencies × 4 quarters of progress) ----------
// Status groups the progress entries by task once (issue 12, item 15): it must cost about what lint costs on the same
// files, and grow no faster than the tasks.
if (!SKIP_LARGE && has("status")) {
  const largeDir = (n) => join(WORK, `large-${n}`);
  const ensureLarge = (n) => {
    const stampFile = join(largeDir(n), ".generated");
    const want = `tasks=${n} agencies=63 quarters=4 seed=2024 v1`;
    if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === want) return;
    process.stderr.write(`generating the ${n}-task plan in ${largeDir(n)} …\n`);
    const files = generateLargePlan(join(largeDir(n), "data"), { tasks: n, agencies: 63, seed: 2024 });
    writeFileSync(stampFile, want);
    process.stderr.write(`  ${files} files\n`);
  };
  ensureLarge(1000);
  ensureLarge(4000);
  const lint4 = parCommand("par lint (4,000 tasks)", ["lint", "--data", "data"], largeDir(4000));
  const status4 = parCommand("par status -q Q4 (4,000 tasks)", ["status", "--data", "data", "-q", "Q4"], largeDir(4000));
  const status1 = parCommand("par status -q Q4 (1,000 tasks)", ["status", "--data", "data", "-q", "Q4"], largeDir(1000));
  const s4 = measure([lint4, status4, status1], NATIONAL_RUNS, 1);
  const l4 = row(lint4.name, s4[lint4.name]);
  const t4 = row(status4.name, s4[status4.name]);
  const t1 = row(status1.name, s4[status1.name]);
  check("par status / par lint (4,000 tasks)", t4.wall / l4.wall, "≤ 1.5", t4.wall / l4.wall <= 1.5);
  check("status time growth 1,000 → 4,000 tasks (tasks grew 4×)", t4.wall / t1.wall, "≤ 4", t4.wall / t1.wall <= 4 * 1.05);
}

// ---------- 4. Return forms: a form for every agency of the shipped plan, and all of them read back filled ----------
// Each under 3 s (issue 14). The forms are filled once by script (every row: a state and a result; invented values);
// the import then reads and checks every one of them (after the first run its files are unchanged, as on a second
// import of the same workbooks).
if (!SKIP_FORMS && spawnSync(NODE, [PAR, "progress", "form", "--help"], { cwd: ROOT }).status === 0) {
  const dir = join(WORK, "forms");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true });
  spawnSync(NODE, [PAR, "progress", "form", "-q", "Q4", "--all", "-o", "forms"], { cwd: dir });
  const { default: ExcelJS } = await import("exceljs");
  mkdirSync(join(dir, "filled"));
  const names = readdirSync(join(dir, "forms")).filter((f) => f.endsWith(".xlsx"));
  for (const name of names) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "forms", name));
    const ws = wb.worksheets[1];
    const keys = new Map();
    let keyRow = 0;
    for (let r = 1; r <= 30 && !keyRow; r++)
      ws.getRow(r).eachCell((c, n) => {
        if (c.value === "state") keyRow = r;
        keys.set(c.value, n);
      });
    for (let r = keyRow + 1; r <= ws.rowCount; r++) {
      if (!ws.getRow(r).getCell(keys.get("task")).value) continue;
      ws.getRow(r).getCell(keys.get("state")).value = "Đang thực hiện";
      ws.getRow(r).getCell(keys.get("result")).value = "Đang triển khai theo kế hoạch (dữ liệu bench tự đặt ra).";
    }
    await wb.xlsx.writeFile(join(dir, "filled", name));
  }
  const formAll = parCommand(`par progress form --all (${names.length} forms)`, ["progress", "form", "-q", "Q4", "--all", "-o", "forms", "--force"], dir);
  const importAll = parCommand(`par progress import (${names.length} filled)`, ["progress", "import", "--force", ...names.map((n) => `filled/${n}`)], dir);
  const s5 = measure([formAll, importAll], NATIONAL_RUNS, 1);
  const f = row(formAll.name, s5[formAll.name]);
  const i = row(importAll.name, s5[importAll.name]);
  check(`progress form, ${names.length} agencies (ms)`, f.wall, "≤ 3000", f.wall <= 3000);
  check(`progress import, ${names.length} filled forms (ms)`, i.wall, "≤ 3000", i.wall <= 3000);
}

// ---------- 5. par site on the shipped plan (issue 18) ----------
// The whole site rebuilt over its own folder (as after each quarter's reports): both languages' pages, the search
// indexes and the six downloads (xlsx, csv and docx in each language, the docx with its chart drawn by resvg). The
// site uses no framework: its only script and style sheet are reported by size beside the heaviest page.
if (!SKIP_SITE && has("site")) {
  const out = join(WORK, "site");
  rmSync(out, { recursive: true, force: true });
  spawnSync(NODE, [PAR, "site", "-o", out], { cwd: ROOT });
  const site = parCommand("par site (shipped plan, rebuilt)", ["site", "-o", out], ROOT);
  const s6 = measure([site], Math.min(RUNS, 7), 1);
  const r = row(site.name, s6[site.name]);
  const size = (f) => readFileSync(join(out, f)).length;
  const list = JSON.parse(readFileSync(join(out, ".par-site"), "utf8")).files;
  const pages = list.filter((f) => f.endsWith(".html"));
  const heaviest = Math.max(...pages.map(size));
  check(`par site: ${pages.length} pages + ${list.length - pages.length} other files (ms)`, r.wall, "(no target)", true);
  check("par site: heaviest page (KB)", heaviest / 1024, "≤ 200", heaviest <= 200 * 1024);
  check(
    "par site: site.js + site.css + search-index.js (KB)",
    (size("assets/site.js") + size("assets/site.css") + size("search-index.js")) / 1024,
    "(no target)",
    true,
  );
}

// ---------- Report ----------
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(
  `\npar benchmark — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
);
console.log(`medians of ${RUNS} runs (national: ${NATIONAL_RUNS}), commands alternated; peak = max resident set size\n`);
console.log(`| ${pad("command", 42)} | ${lpad("median ms", 10)} | ${lpad("× node -e 0", 11)} | ${lpad("peak MiB", 8)} | exit |`);
console.log(`|${"-".repeat(44)}|${"-".repeat(12)}:|${"-".repeat(12)}:|${"-".repeat(9)}:|------|`);
for (const r of rows) {
  console.log(
    `| ${pad(r.name, 42)} | ${lpad(r.wall.toFixed(0), 10)} | ${lpad((r.wall / floor.wall).toFixed(2), 11)} | ${lpad(r.rss.toFixed(1), 8)} | ${pad(r.codes, 4)} |`,
  );
}
console.log(`\n| ${pad("target", 52)} | ${lpad("measured", 9)} | ${pad("target", 8)} | met |`);
console.log(`|${"-".repeat(54)}|${"-".repeat(10)}:|${"-".repeat(10)}|-----|`);
for (const c of checks) console.log(`| ${pad(c.label, 52)} | ${lpad(c.value.toFixed(2), 9)} | ${pad(c.target, 8)} | ${c.ok ? "yes" : "NO"} |`);
