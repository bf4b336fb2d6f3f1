// Round trips: hostile text written into the plan (a task's text, a deadline's wording, an agency's name, a progress
// result) comes back out of par list, par status and par export — CSV, TSV, Markdown, HTML, JSON, iCalendar — exactly, once read back with an
// independent reader (a strict RFC 4180 reader, markdown-it + parse5, parse5, JSON.parse, ical.js). The only changes
// allowed are the documented ones: CSV/TSV put an apostrophe before a cell that starts like a formula (= + - @ tab
// CR); Markdown and HTML show a line break as a line break (CRLF and CR read as LF); Markdown and iCalendar drop
// control characters (iCalendar text is also NFC); HTML drops NUL, as browsers do.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import fc from "fast-check";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { check, count, runs, timeoutFor, yamlQuote, type Tally } from "./fuzz/harness";
import { htmlTables, parseDelimited, parseHtml, renderMarkdown } from "./fuzz/formats";
import { copyOfData, runCli } from "./helpers";
import { parseDeadlineText } from "../src/model/deadline";

const data = copyOfData();
const root = dirname(data);
const plan = join(data, "son-la-2024");
const originals = new Map<string, string>();

/** Replace the first line matching `pattern` (its key kept) with `key: "text"`. */
function setValue(file: string, pattern: RegExp, text: string): void {
  const path = join(plan, file);
  if (!originals.has(path)) originals.set(path, readFileSync(path, "utf8"));
  const before = originals.get(path)!;
  const after = before.replace(pattern, (_m, key: string) => `${key}${yamlQuote(text)}`);
  expect(after, `${pattern} in ${file}`).not.toBe(before);
  writeFileSync(path, after);
}

function restore(): void {
  for (const [path, text] of originals) writeFileSync(path, text);
}

// ---------- hostile text ----------

const PIECES = [
  '"',
  "'",
  '""',
  ",",
  ";",
  "|",
  "||",
  "\n",
  "\r\n",
  "\r",
  "\t",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "</td></tr>",
  "<!--",
  "&",
  "&amp;",
  "&lt;",
  "&#39;",
  "&ĐT",
  "*",
  "**b**",
  "_i_",
  "`c`",
  "[l](http://x.invalid)",
  "![i](x)",
  "<br>",
  "\\",
  "\\|",
  "#",
  "$x$",
  "~~s~~",
  "- ",
  "1. ",
  "> ",
  ":",
  "::error::x",
  "%0A",
  " ",
  "  ",
  "\u00a0",
  "=",
  "+",
  "-",
  "@",
  "Sở Nội vụ",
  "Ủy ban nhân dân",
  "Quý IV/2024",
  "đ",
  "😀",
  "𝕏",
  "中文",
  "\u200b",
  "\u2028",
  "é",
  "ế",
  "\ufeff",
];

/** Text full of what CSV, TSV, Markdown, HTML, iCalendar and spreadsheets treat specially, Vietnamese in NFC and NFD. */
const hostile: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(
      "",
      "",
      "=",
      "+",
      "-",
      "@",
      "\t",
      '=HYPERLINK("http://x.invalid","x")',
      "=cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "-2+3",
      "+1",
      " ",
      "\r",
    ),
    fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) }), {
      minLength: 1,
      maxLength: 10,
    }),
    fc.boolean(),
  )
  .map(([start, parts, nfd]) => {
    const s = start + parts.join("");
    return nfd ? s.normalize("NFD") : s;
  })
  .filter((s) => s.trim() !== "");

/**
 * Hostile text as 2.d's deadline wording: never a wording par reads ("Quý IV/2024" alone is one of PIECES), which would
 * disagree with 2.d's `kind: ongoing-year` and stop every command with deadline/mismatch (seed -215836714 did).
 */
const hostileDeadline: fc.Arbitrary<string> = hostile.filter((s) => parseDeadlineText(s, 2024) === undefined);

// ---------- what a reader should get back ----------

const FORMULA = /^[=+\-@\t\r]/;
const asCsvCell = (s: string) => (FORMULA.test(s) ? `'${s}` : s);
const asShown = (s: string) => s.replace(/\r\n|\r/g, "\n").replace(/\u0000/g, "");
const asMd = (s: string) => asShown(s).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
const asIcs = (s: string) =>
  s
    .normalize("NFC")
    .replace(/\r\n|\r/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "");

interface Case {
  taskText: string; // 1.b's text
  deadline: string; // 2.d's deadline wording
  agency: string; // stp's name (2.d's only lead)
  result: string; // the one Q3 result of 3.a
}

async function par(...args: string[]): Promise<string> {
  const r = await runCli(args, { cwd: root });
  if (r.code !== 0) throw new Error(`par ${args.join(" ")} exited ${r.code}\n${r.stderr.slice(0, 3000)}`);
  return r.stdout;
}

/** The rows of a table whose first row is its header, keyed by the cell in column `idCol`. */
function byId(rows: string[][], idCol: number): Map<string, string[]> {
  return new Map(rows.slice(1).map((r) => [r[idCol]!, r]));
}

const LIST_COLS = { id: 0, task: 2, lead: 3, deadline: 5 }; // par list: ID, Area, Task, Lead, Support, Deadline, …
const MD_LIST_COLS = { id: 0, task: 1, lead: 2, deadline: 4 }; // par list --format md drops Area (and Via)
const STATUS_COLS = { id: 1, task: 2, lead: 3, deadline: 5, result: 12 }; // par status task table (17 columns)

describe("round trips through every export", () => {
  const n = runs(20);
  it(
    "hostile text comes back exactly (apostrophe before formulas in CSV/TSV)",
    async () => {
      const tally: Tally = {};
      const property = fc.asyncProperty(fc.record({ taskText: hostile, deadline: hostileDeadline, agency: hostile, result: hostile }), async (c: Case) => {
        setValue("tasks/1-b.yaml", /^(text: ).*$/m, c.taskText);
        setValue("tasks/2-d.yaml", /^( {2}text: ).*$/m, c.deadline);
        setValue("agencies.yaml", /(- id: stp\n {4}name: ).*$/m, c.agency);
        setValue("progress/2024-Q3.yaml", /(- task: "3\.a"\n(?: {4}\w+: .*\n)*? {4}result: ).*$/m, c.result);
        try {
          // par list: CSV and TSV (strict RFC 4180), Markdown (rendered), JSON
          for (const format of ["csv", "tsv"] as const) {
            const out = await par("list", "--format", format, "--sort", "id", "--lang", "en");
            const rows = byId(parseDelimited(out.replace(/^\uFEFF/, ""), format === "csv" ? "," : "\t"), LIST_COLS.id);
            expect(rows.get("1.b")![LIST_COLS.task], `list ${format}: 1.b text`).toBe(asCsvCell(c.taskText));
            expect(rows.get("2.d")![LIST_COLS.deadline], `list ${format}: 2.d deadline`).toBe(asCsvCell(c.deadline));
            expect(rows.get("2.d")![LIST_COLS.lead], `list ${format}: 2.d lead`).toBe(asCsvCell(c.agency));
            count(tally, `list ${format}`);
          }
          {
            const out = await par("list", "--format", "md", "--sort", "id", "--lang", "en");
            const [table] = htmlTables(renderMarkdown(out));
            const rows = byId(table!, MD_LIST_COLS.id);
            expect(rows.get("1.b")![MD_LIST_COLS.task], "list md: 1.b text").toBe(asMd(c.taskText));
            expect(rows.get("2.d")![MD_LIST_COLS.deadline], "list md: 2.d deadline").toBe(asMd(c.deadline));
            expect(rows.get("2.d")![MD_LIST_COLS.lead], "list md: 2.d lead").toBe(asMd(c.agency));
            count(tally, "list md");
          }
          {
            const tasks = JSON.parse(await par("list", "--format", "json", "--sort", "id")) as {
              id: string;
              text: string;
              deadline: { text: string };
              lead: { name: string }[];
            }[];
            const t1b = tasks.find((t) => t.id === "1.b")!;
            const t2d = tasks.find((t) => t.id === "2.d")!;
            expect(t1b.text).toBe(c.taskText);
            expect(t2d.deadline.text).toBe(c.deadline);
            expect(t2d.lead.map((l) => l.name)).toEqual([c.agency]);
            count(tally, "list json");
          }
          {
            // iCalendar: ical.js reads the DESCRIPTION back; it starts with the task's text.
            const out = await par("list", "--format", "ics", "--lang", "en");
            const events = new ICAL.Component(ICAL.parse(out)).getAllSubcomponents("vevent");
            const e1b = events.find((e) => String(e.getFirstPropertyValue("uid")).includes("-1.b-"))!;
            // (the text, then a blank line: line breaks are normalised on the whole, so a CR that ends the text pairs with the LF after it)
            const description = String(e1b.getFirstPropertyValue("description"));
            expect(description.slice(0, asIcs(c.taskText + "\n\n").length), "ics: 1.b description").toBe(asIcs(c.taskText + "\n\n"));
            count(tally, "list ics");
          }
          // par status (Vietnamese, as reports go out): CSV, TSV, Markdown, HTML, JSON
          for (const format of ["csv", "tsv"] as const) {
            const out = await par("status", "--quarter", "Q3", "--format", format);
            const rows = byId(parseDelimited(out.replace(/^\uFEFF/, ""), format === "csv" ? "," : "\t"), STATUS_COLS.id);
            expect(rows.get("1.b")![STATUS_COLS.task], `status ${format}: 1.b text`).toBe(asCsvCell(c.taskText));
            expect(rows.get("2.d")![STATUS_COLS.deadline], `status ${format}: 2.d deadline`).toBe(asCsvCell(c.deadline));
            expect(rows.get("2.d")![STATUS_COLS.lead], `status ${format}: 2.d lead`).toBe(asCsvCell(c.agency));
            expect(rows.get("3.a")![STATUS_COLS.result], `status ${format}: 3.a result`).toBe(asCsvCell(c.result));
            count(tally, `status ${format}`);
          }
          for (const format of ["md", "html"] as const) {
            const out = await par("status", "--quarter", "Q3", "--format", format);
            const doc = format === "md" ? renderMarkdown(out) : parseHtml(out);
            const seen = format === "md" ? asMd : asShown;
            const table = htmlTables(doc).find((t) => t[0]?.length === 17);
            expect(table, `status ${format}: the task table`).toBeDefined();
            const rows = byId(table!, STATUS_COLS.id);
            expect(rows.get("1.b")![STATUS_COLS.task], `status ${format}: 1.b text`).toBe(seen(c.taskText));
            expect(rows.get("2.d")![STATUS_COLS.deadline], `status ${format}: 2.d deadline`).toBe(seen(c.deadline));
            expect(rows.get("2.d")![STATUS_COLS.lead], `status ${format}: 2.d lead`).toBe(seen(c.agency));
            expect(rows.get("3.a")![STATUS_COLS.result], `status ${format}: 3.a result`).toBe(seen(c.result));
            count(tally, `status ${format}`);
          }
          // par export (the report annex), task text and deadline wording: CSV, TSV, Markdown, HTML, JSON
          const EXPORT = ["export", "--quarter", "Q3", "--columns", "tt,task,deadline"];
          const exported = (rows: string[][]) => new Map(rows.filter((r) => r.length === 3).map((r) => [r[0]!, r]));
          for (const format of ["csv", "tsv"] as const) {
            const rows = parseDelimited((await par(...EXPORT, "--area", "1", "--format", format)).replace(/^\uFEFF/, ""), format === "csv" ? "," : "\t");
            expect(exported(rows).get("b")![1], `export ${format}: 1.b text`).toBe(asCsvCell(c.taskText));
            const rows2 = parseDelimited((await par(...EXPORT, "--area", "2", "--format", format)).replace(/^\uFEFF/, ""), format === "csv" ? "," : "\t");
            expect(exported(rows2).get("d")![2], `export ${format}: 2.d deadline`).toBe(asCsvCell(c.deadline));
            count(tally, `export ${format}`);
          }
          for (const format of ["md", "html"] as const) {
            const render = (out: string) => (format === "md" ? renderMarkdown(out) : parseHtml(out));
            const seen = format === "md" ? asMd : asShown;
            const t1 = htmlTables(render(await par(...EXPORT, "--area", "1", "--format", format))).find((t) => t[0]?.length === 3)!;
            expect(exported(t1).get("b")![1], `export ${format}: 1.b text`).toBe(seen(c.taskText));
            const t2 = htmlTables(render(await par(...EXPORT, "--area", "2", "--format", format))).find((t) => t[0]?.length === 3)!;
            expect(exported(t2).get("d")![2], `export ${format}: 2.d deadline`).toBe(seen(c.deadline));
            count(tally, `export ${format}`);
          }
          {
            const annex = JSON.parse(await par(...EXPORT, "--format", "json")) as { rows: { kind: string; id?: string; cells?: Record<string, string> }[] };
            const row = (id: string) => annex.rows.find((r) => r.kind === "task" && r.id === id)!;
            expect(row("1.b").cells!.task).toBe(c.taskText);
            expect(row("2.d").cells!.deadline).toBe(c.deadline);
            count(tally, "export json");
          }
          {
            const report = JSON.parse(await par("status", "--quarter", "Q3", "--format", "json")) as {
              tasks: { id: string; text: string; deadlineText: string; lead: { name: string }[]; results: { text: string }[] }[];
            };
            const t = (id: string) => report.tasks.find((x) => x.id === id)!;
            expect(t("1.b").text).toBe(c.taskText);
            expect(t("2.d").deadlineText).toBe(c.deadline);
            expect(t("2.d").lead.map((l) => l.name)).toEqual([c.agency]);
            expect(t("3.a").results.map((r) => r.text)).toEqual([c.result]);
            count(tally, "status json");
          }
        } finally {
          restore();
        }
      });
      await check("round trip", property, n, tally);
    },
    timeoutFor(n, 800),
  );
});
