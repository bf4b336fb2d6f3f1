#!/usr/bin/env node
// Generate a national-scale repository for benchmarks, deterministically (seeded): P provinces × Y yearly plans ×
// ~50 tasks, plus four quarters of progress per plan. Task texts, agencies and deadline forms are drawn from the
// shipped Sơn La plan; everything generated is marked as invented.
// Usage: node test/bench/generate.mjs OUT_DIR [--provinces 63] [--years 5] [--scale 1] [--seed 2024]
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const YAML = require("yaml");
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PLAN = join(ROOT, "data", "son-la-2024");

export const PROVINCES = [
  "An Giang",
  "Bà Rịa - Vũng Tàu",
  "Bắc Giang",
  "Bắc Kạn",
  "Bạc Liêu",
  "Bắc Ninh",
  "Bến Tre",
  "Bình Định",
  "Bình Dương",
  "Bình Phước",
  "Bình Thuận",
  "Cà Mau",
  "Cần Thơ",
  "Cao Bằng",
  "Đà Nẵng",
  "Đắk Lắk",
  "Đắk Nông",
  "Điện Biên",
  "Đồng Nai",
  "Đồng Tháp",
  "Gia Lai",
  "Hà Giang",
  "Hà Nam",
  "Hà Nội",
  "Hà Tĩnh",
  "Hải Dương",
  "Hải Phòng",
  "Hậu Giang",
  "Hòa Bình",
  "Hưng Yên",
  "Khánh Hòa",
  "Kiên Giang",
  "Kon Tum",
  "Lai Châu",
  "Lâm Đồng",
  "Lạng Sơn",
  "Lào Cai",
  "Long An",
  "Nam Định",
  "Nghệ An",
  "Ninh Bình",
  "Ninh Thuận",
  "Phú Thọ",
  "Phú Yên",
  "Quảng Bình",
  "Quảng Nam",
  "Quảng Ngãi",
  "Quảng Ninh",
  "Quảng Trị",
  "Sóc Trăng",
  "Sơn La",
  "Tây Ninh",
  "Thái Bình",
  "Thái Nguyên",
  "Thanh Hóa",
  "Thừa Thiên Huế",
  "Tiền Giang",
  "TP. Hồ Chí Minh",
  "Trà Vinh",
  "Tuyên Quang",
  "Vĩnh Long",
  "Vĩnh Phúc",
  "Yên Bái",
];

/** mulberry32: a small, fast, seeded PRNG. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Strings double-quoted, as careful editors write them: no YAML 1.1 parser (ajv-cli's js-yaml 3) reads a date as a Date.
// One line per value, as the shipped plan writes it (no folded continuation lines).
const QUOTED = { defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN", lineWidth: 0 };
const ASCII = (s) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];
const ROMAN = ["", "I", "II", "III", "IV"];

function deadlineFor(r, year) {
  const k = Math.floor(r() * 6);
  const q = 1 + Math.floor(r() * 4);
  const m = 1 + Math.floor(r() * 12);
  switch (k) {
    case 0:
      return { text: `Quý ${ROMAN[q]}/${year}`, kind: "quarter", quarter: `${year}-Q${q}` };
    case 1:
      return { text: `Tháng ${String(m).padStart(2, "0")}/${year}`, kind: "month", month: `${year}-${String(m).padStart(2, "0")}` };
    case 2:
      return { text: `Năm ${year}`, kind: "year", year };
    case 3:
      return { text: "Thường xuyên", kind: "ongoing" };
    case 4:
      return { text: `Thường xuyên trong năm ${year}`, kind: "ongoing-year", year };
    default: {
      const d = 1 + Math.floor(r() * 28);
      return {
        text: `Trước ngày ${d} tháng ${m} năm ${year}`,
        kind: "date",
        date: `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
        before: true,
      };
    }
  }
}

/** Write the repository; returns the number of files written. */
export function generate(out, { provinces = 63, years = 5, seed = 2024, withProgress = true } = {}) {
  const r = rng(seed);
  const templates = readdirSync(join(PLAN, "tasks"))
    .sort()
    .map((f) => YAML.parse(readFileSync(join(PLAN, "tasks", f), "utf8")));
  const planMeta = YAML.parse(readFileSync(join(PLAN, "plan.yaml"), "utf8"));
  const agenciesText = readFileSync(join(PLAN, "agencies.yaml"), "utf8").replace(/^# yaml-language-server.*\n/, "");
  const agencyIds = [...agenciesText.matchAll(/^  - id: (\S+)/gm)].map((m) => m[1]);
  const progressSchema = existsSync(join(ROOT, "schemas", "progress.schema.json"));
  rmSync(out, { recursive: true, force: true });
  let files = 0;
  const write = (p, text) => {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    files++;
  };
  for (let pi = 0; pi < provinces; pi++) {
    const province = PROVINCES[pi % PROVINCES.length] + (pi >= PROVINCES.length ? ` ${Math.floor(pi / PROVINCES.length) + 1}` : "");
    for (let y = 0; y < years; y++) {
      const year = 2020 + y;
      const id = `${ASCII(province)}-${year}`;
      const dir = join(out, ASCII(province), String(year));
      const header = (schema) => `# yaml-language-server: $schema=${schema}\n# Generated for benchmarks (test/bench/generate.mjs): invented data.\n`;
      write(
        join(dir, "plan.yaml"),
        header("plan.schema.json") +
          YAML.stringify({ ...planMeta, id, province, year, title: `Kế hoạch cải cách hành chính tỉnh ${province} năm ${year} (dữ liệu sinh tự động)` }),
      );
      write(join(dir, "agencies.yaml"), header("agencies.schema.json") + agenciesText);
      const perArea = new Map();
      const n = 44 + Math.floor(r() * 13);
      const tasks = [];
      for (let t = 0; t < n; t++) {
        const area = t < 8 ? t + 1 : 1 + Math.floor(r() * 8);
        const idx = perArea.get(area) ?? 0;
        if (idx >= LETTERS.length) continue;
        perArea.set(area, idx + 1);
        const tpl = templates[Math.floor(r() * templates.length)];
        const letter = LETTERS[idx];
        const task = {
          format: "par-task/1",
          id: `${area}.${letter}`,
          area,
          letter,
          ...(tpl.text ? { text: tpl.text } : {}),
          ...(tpl.items ? { items: tpl.items } : {}),
          lead: [agencyIds[Math.floor(r() * agencyIds.length)]],
          support: [...new Set([agencyIds[Math.floor(r() * agencyIds.length)], agencyIds[Math.floor(r() * agencyIds.length)]])].filter(
            (a, i, all) => all.indexOf(a) === i,
          ),
          deadline: deadlineFor(r, year),
          ...(tpl.targets ? { targets: tpl.targets } : {}),
        };
        task.support = task.support.filter((s) => s !== task.lead[0]);
        tasks.push(task);
        write(join(dir, "tasks", `${area}-${letter === "đ" ? "dd" : letter}.yaml`), header("task.schema.json") + YAML.stringify(task, QUOTED));
      }
      // Areas must have no gaps: renumbering is not needed since letters are assigned in order per area.
      if (withProgress && progressSchema) {
        const doneOn = new Map();
        for (let q = 1; q <= 4; q++) {
          // Each quarter's report: the lead agency on each task; dates inside the quarter's Decree 09 window.
          const cutoffMonth = q * 3;
          const entries = tasks.map((t) => {
            // Once done, a task stays done on the same day in later reports.
            if (!doneOn.has(t.id) && r() < 0.3) doneOn.set(t.id, `${year}-${String(cutoffMonth).padStart(2, "0")}-10`);
            const completed = doneOn.get(t.id);
            return {
              task: t.id,
              agency: t.lead[0],
              state: completed ? "done" : r() < 0.5 ? "in-progress" : "not-started",
              ...(completed ? { completed } : {}),
              result: "Đã triển khai theo kế hoạch (dữ liệu sinh tự động).",
              ...(completed ? { evidence: [{ number: `${100 + Math.floor(r() * 900)}/BC-UBND`, date: completed }] } : {}),
            };
          });
          write(
            join(dir, "progress", `${year}-Q${q}.yaml`),
            header("progress.schema.json") + YAML.stringify({ format: "par-progress/1", period: `${year}-Q${q}`, sample: true, entries }, QUOTED),
          );
        }
      }
    }
  }
  return files;
}

/**
 * One large plan for `par status` (issue 12, item 15): `tasks` tasks over as many areas as needed (23 letters each),
 * `agencies` agencies, and four quarters of progress as one file per agency per quarter, each agency reporting on
 * every task it leads or supports. Deterministic (seeded); returns the number of files written.
 */
export function generateLargePlan(out, { tasks = 4000, agencies = 63, seed = 2024, year = 2024 } = {}) {
  const r = rng(seed);
  const templates = readdirSync(join(PLAN, "tasks"))
    .sort()
    .map((f) => YAML.parse(readFileSync(join(PLAN, "tasks", f), "utf8")));
  const planMeta = YAML.parse(readFileSync(join(PLAN, "plan.yaml"), "utf8"));
  rmSync(out, { recursive: true, force: true });
  let files = 0;
  const write = (p, text) => {
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    files++;
  };
  const dir = join(out, `large-${year}`);
  const header = (schema) => `# yaml-language-server: $schema=${schema}\n# Generated for benchmarks (test/bench/generate.mjs): invented data.\n`;
  const areaCount = Math.ceil(tasks / LETTERS.length);
  const areas = Array.from({ length: areaCount }, (_, i) => ({ number: i + 1, name: `Lĩnh vực ${i + 1} (dữ liệu sinh tự động)` }));
  write(
    join(dir, "plan.yaml"),
    header("plan.schema.json") +
      YAML.stringify(
        { ...planMeta, id: `large-${year}`, province: "Tỉnh mẫu", year, title: `Kế hoạch CCHC ${tasks} nhiệm vụ (dữ liệu sinh tự động)`, areas },
        QUOTED,
      ),
  );
  const ids = Array.from({ length: agencies }, (_, i) => `co-quan-${i + 1}`);
  const registry = { format: "par-agencies/1", agencies: ids.map((id, i) => ({ id, name: `Cơ quan ${i + 1}`, kind: "department" })) };
  write(join(dir, "agencies.yaml"), header("agencies.schema.json") + YAML.stringify(registry, QUOTED));
  const all = [];
  for (let t = 0; t < tasks; t++) {
    const area = 1 + Math.floor(t / LETTERS.length);
    const letter = LETTERS[t % LETTERS.length];
    const tpl = templates[Math.floor(r() * templates.length)];
    const lead = [ids[Math.floor(r() * agencies)]];
    if (r() < 0.2) lead.push(ids[Math.floor(r() * agencies)]);
    const leads = [...new Set(lead)];
    const support = [...new Set([ids[Math.floor(r() * agencies)], ids[Math.floor(r() * agencies)]])].filter((a) => !leads.includes(a));
    const task = {
      format: "par-task/1",
      id: `${area}.${letter}`,
      area,
      letter,
      ...(tpl.text ? { text: tpl.text } : {}),
      ...(tpl.items ? { items: tpl.items } : {}),
      lead: leads,
      support,
      deadline: deadlineFor(r, year),
      ...(tpl.targets ? { targets: tpl.targets } : {}),
    };
    all.push(task);
    write(join(dir, "tasks", `${area}-${letter === "đ" ? "dd" : letter}.yaml`), header("task.schema.json") + YAML.stringify(task, QUOTED));
  }
  const doneOn = new Map();
  for (let q = 1; q <= 4; q++) {
    const byAgency = new Map(ids.map((id) => [id, []]));
    for (const t of all) {
      const key = t.id;
      if (!doneOn.has(key) && r() < 0.25) doneOn.set(key, `${year}-${String(q * 3).padStart(2, "0")}-10`);
      const completed = doneOn.get(key);
      for (const agency of [...t.lead, ...t.support]) {
        const isLead = t.lead.includes(agency);
        const done = isLead && completed;
        byAgency.get(agency).push({
          task: t.id,
          state: done ? "done" : r() < 0.5 ? "in-progress" : "not-started",
          ...(done ? { completed, evidence: [{ number: `${100 + Math.floor(r() * 900)}/BC`, date: completed }] } : {}),
          result: "Đã triển khai theo kế hoạch (dữ liệu sinh tự động).",
          ...(t.targets && isLead ? { targets: Object.fromEntries(t.targets.map((x) => [x.id, Math.round(r() * 100)])) } : {}),
        });
      }
    }
    for (const [agency, entries] of byAgency) {
      if (!entries.length) continue;
      write(
        join(dir, "progress", `${year}-Q${q}`, `${agency}.yaml`),
        header("progress.schema.json") + YAML.stringify({ format: "par-progress/1", period: `${year}-Q${q}`, agency, sample: true, entries }, QUOTED),
      );
    }
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const out = args[0];
  if (!out) {
    console.error("usage: node test/bench/generate.mjs OUT_DIR [--provinces N] [--years N] [--seed N]");
    process.exit(2);
  }
  const opt = (name, def) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : def;
  };
  const n = generate(out, { provinces: opt("provinces", 63), years: opt("years", 5), seed: opt("seed", 2024) });
  console.log(`${n} files written to ${out}`);
}
