// Escaping in one place per format (src/format/escape.ts, and neutraliseFormula in src/format/tabular.ts): property
// tests of each escaper against an independent reader, a check that formatters use them rather than their own, and
// the real CLI output for the formats that carry plan text to a reader (HTML, Markdown, iCalendar, GitHub workflow
// commands, CSV, the terminal, the progress template).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import fc from "fast-check";
import ICAL from "ical.js";
import * as jsyaml from "js-yaml";
import { parseFragment } from "parse5";
import { describe, expect, it } from "vitest";
import {
  escapeGithubData,
  escapeGithubProperty,
  escapeHtml,
  escapeHtmlText,
  escapeIcsText,
  escapeMarkdown,
  escapeMarkdownCell,
  escapeTerminal,
  escapeYamlComment,
  foldIcsLine,
} from "../src/format/escape";
import { delimitedField, neutraliseFormula, renderDelimited, renderMarkdown as renderMarkdownTable, wrapText } from "../src/format/tabular";
import { YAML_CORE_SCHEMA } from "../src/load/core-schema";
import { shortTaskText } from "../src/i18n/phrases";
import { parseYaml } from "../src/load/yaml";
import { check, runs, yamlQuote } from "./fuzz/harness";
import { attributeNames, elements, htmlTables, parseDelimited, parseHtml, renderMarkdown, tagNames, textOf } from "./fuzz/formats";
import { copyOfData, ROOT, runCli } from "./helpers";

// ---------- strings ----------

const SPECIAL = [
  "<",
  ">",
  "&",
  '"',
  "'",
  "`",
  "*",
  "_",
  "[",
  "]",
  "(",
  ")",
  "!",
  "#",
  "|",
  "\\",
  "~",
  "$",
  "-",
  "+",
  "=",
  "@",
  ":",
  ",",
  ";",
  "%",
  "\n",
  "\r",
  "\r\n",
  "\t",
  " ",
  "  ",
  "1.",
  "2)",
  "\u00a0",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\u200b",
  "\u0085",
  "\u001b",
  "\u0007",
  "\u0008",
  "\u007f",
  "\u009b",
  "<script>",
  "</p>",
  "&amp;",
  "&#39;",
  "&lt;",
  "<!--",
  "-->",
  "%0A",
  "%25",
  "::",
  "ệ",
  "ệ".normalize("NFD"),
  "đ",
  "😀",
  "𝕏",
  "\u{10ffff}",
];

/** Strings of special characters, Vietnamese (NFC and NFD), astral characters and anything else. */
const text: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
    ),
    { maxLength: 14 },
  )
  .map((p) => p.join(""));

/** What a reader of HTML or Markdown sees for a line break: CRLF and CR read as LF. */
const shown = (s: string) => s.replace(/\r\n|\r/g, "\n");

/** A string with no lone surrogate (they cannot be written as UTF-8). */
const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

const N = runs(1500);

describe("each escaper against an independent reader", () => {
  it("escapeHtml: element text and attribute values read back exactly, and nothing becomes an element", async () => {
    // The HTML parser drops NUL from text and reads CR as LF, as browsers do.
    const property = fc.property(text, (s) => {
      const frag = parseFragment(`<p title="${escapeHtml(s)}">${escapeHtml(s)}</p>`);
      const els = elements(frag);
      expect(els.map((e) => e.tagName)).toEqual(["p"]);
      expect(els[0]!.attrs).toEqual([{ name: "title", value: shown(s).replace(/\u0000/g, "\ufffd") }]);
      expect(textOf(frag)).toBe(shown(s).replace(/\u0000/g, ""));
      // escapeHtmlText: the same, each line break (a lone CR too) a <br>
      const lines = parseFragment(`<p>${escapeHtmlText(s)}</p>`);
      expect(
        elements(lines)
          .filter((e) => e.tagName !== "br")
          .map((e) => e.tagName),
      ).toEqual(["p"]);
      expect(elements(lines).filter((e) => e.tagName === "br").length).toBe(s.split(/\r\n|\r|\n/).length - 1);
      expect(textOf(lines)).toBe(shown(s).replace(/\u0000/g, ""));
    });
    await check("escapeHtml", property, N);
  });

  it("escapeMarkdown: in a table cell, a paragraph, a heading, a list item and mid-line, it shows exactly the text and no markup", async () => {
    // Control characters (but tab and line breaks) are dropped; line breaks show as <br>.
    const expected = (s: string) => shown(s).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
    const property = fc.property(text, (s) => {
      const cellDoc = renderMarkdown(`| h |\n| --- |\n| ${escapeMarkdownCell(s)} |\n`);
      const tables = htmlTables(cellDoc);
      expect(tables.length, "one table").toBe(1);
      expect(tables[0]!.slice(1), "one row, one cell").toEqual([[expected(s)]]);
      expect(tagNames(cellDoc).filter((t) => !["table", "thead", "tbody", "tr", "th", "td", "br"].includes(t))).toEqual([]);
      // An empty text (or one of control characters only) makes no paragraph; a lone line break is a line holding
      // only <br>, which CommonMark reads as a (harmless) HTML block rather than a paragraph.
      if (escapeMarkdown(s) === "" || /^(\r\n|\r|\n)$/.test(expected(s))) return;
      for (const [wrap, tags] of [
        [(e: string) => e, ["p"]],
        [(e: string) => `# ${e}`, ["h1"]],
        [(e: string) => `- ${e}`, ["ul", "li"]],
        [(e: string) => `> ${e}`, ["blockquote", "p"]],
      ] as [(e: string) => string, string[]][]) {
        const doc = renderMarkdown(wrap(escapeMarkdown(s)) + "\n");
        const els = elements(doc).filter((e) => e.tagName !== "br");
        expect(
          els.map((e) => e.tagName),
          wrap("…"),
        ).toEqual(tags);
        expect(textOf(els[els.length - 1]!), wrap("…")).toBe(expected(s));
      }
      const mid = renderMarkdown(`- **field:** x${escapeMarkdown(s, { fragment: true })}y\n`);
      const els = elements(mid).filter((e) => e.tagName !== "br");
      expect(els.map((e) => e.tagName)).toEqual(["ul", "li", "strong"]);
      expect(textOf(els[1]!)).toBe(`field: x${expected(s)}y`);
    });
    await check("escapeMarkdown", property, N);
  });

  it("escapeIcsText + foldIcsLine: ical.js reads the value back (NFC, line breaks as LF, control characters dropped)", async () => {
    const property = fc.property(text.filter(wellFormed), (s) => {
      const line = foldIcsLine(`SUMMARY:${escapeIcsText(s)}`);
      for (const l of line.split("\r\n")) expect(Buffer.byteLength(l)).toBeLessThanOrEqual(75);
      const cal = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//t//t//EN",
        "BEGIN:VEVENT",
        "UID:x",
        "DTSTAMP:20240101T000000Z",
        line,
        "END:VEVENT",
        "END:VCALENDAR",
        "",
      ].join("\r\n");
      const ev = new ICAL.Component(ICAL.parse(cal)).getFirstSubcomponent("vevent")!;
      expect(ev.getFirstPropertyValue("summary") ?? "").toBe(
        s
          .normalize("NFC")
          .replace(/\r\n|\r/g, "\n")
          .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ""),
      );
    });
    await check("escapeIcsText", property, N);
  });

  it("escapeGithubData / escapeGithubProperty: one line, properties without , or :, read back as the Actions runner does", async () => {
    const unescapeData = (s: string) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
    const unescapeProperty = (s: string) => unescapeData(s.replace(/%3A/g, ":").replace(/%2C/g, ","));
    const property = fc.property(text, text, (file, message) => {
      const line = `::error file=${escapeGithubProperty(file)},line=1::${escapeGithubData(message)}`;
      expect(line).not.toMatch(/[\r\n]/);
      const m = /^::error file=([^,:]*),line=1::(.*)$/s.exec(line);
      expect(m).not.toBeNull();
      expect(unescapeProperty(m![1]!)).toBe(file);
      expect(unescapeData(m![2]!)).toBe(message);
    });
    await check("escapeGithub", property, N);
  });

  it("CSV and TSV fields: strict RFC 4180 reads back the value, an apostrophe before a formula, never a formula", async () => {
    const property = fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), fc.constantFrom<"," | "\t">(",", "\t"), (cells, delimiter) => {
      const out = renderDelimited(
        { columns: cells.map((_, i) => ({ key: String(i), header: `h${i}` })), rows: [Object.fromEntries(cells.map((c, i) => [String(i), c]))] },
        { delimiter },
      );
      const rows = parseDelimited(out.replace(/^\uFEFF/, ""), delimiter);
      expect(rows[1]).toEqual(cells.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
      for (const c of rows[1]!) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      for (const c of cells) expect(parseDelimited(delimitedField(c, delimiter) + "\r\n", delimiter)).toEqual([[neutraliseFormula(c)]]);
      for (const c of cells) expect(neutraliseFormula(neutraliseFormula(c))).toBe(neutraliseFormula(c));
    });
    await check("CSV/TSV fields", property, N);
  });

  it("Markdown tables (renderMarkdown): every cell reads back, nothing else renders", async () => {
    const property = fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (cells) => {
      const md = renderMarkdownTable({
        columns: cells.map((_, i) => ({ key: String(i), header: `h${i}` })),
        rows: [Object.fromEntries(cells.map((c, i) => [String(i), c]))],
      });
      const doc = renderMarkdown(md);
      expect(htmlTables(doc)[0]!.slice(1)).toEqual([cells.map((c) => shown(c).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ""))]);
      expect(tagNames(doc).filter((t) => !["table", "thead", "tbody", "tr", "th", "td", "br"].includes(t))).toEqual([]);
    });
    await check("Markdown tables", property, N);
  });

  it("escapeYamlComment: the text stays in its comment, whatever it holds (yaml and js-yaml agree)", async () => {
    const property = fc.property(text.filter(wellFormed), (s) => {
      const doc = `a: 1 # ${escapeYamlComment(s)}\n# ${escapeYamlComment(s)}\nb: 2\n`;
      const ours = parseYaml({ path: "t.yaml", display: "t.yaml", text: doc, bom: false });
      expect(ours.diagnostics).toEqual([]);
      expect(ours.parsed!.value).toEqual({ a: 1, b: 2 });
      expect(jsyaml.load(doc, { schema: YAML_CORE_SCHEMA })).toEqual({ a: 1, b: 2 });
    });
    await check("escapeYamlComment", property, N);
  });

  it("escapeTerminal and wrapText: no control character reaches the terminal, line breaks (CR too) kept as lines", async () => {
    const property = fc.property(text, fc.integer({ min: 4, max: 40 }), (s, width) => {
      const e = escapeTerminal(s);
      expect(e.length).toBe(s.length);
      expect(e).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      const lines = wrapText(s, width);
      for (const l of lines) expect(l).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
      expect(lines.length).toBeGreaterThanOrEqual(s.split(/\r\n|\r|\n/).length);
    });
    await check("escapeTerminal", property, N);
  });
});

// ---------- formatters use the escapers ----------

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("formatters escape through escape.ts, not on their own", () => {
  const FORMAT = join(ROOT, "src", "format");
  const files = sources(FORMAT).filter((f) => !f.endsWith("escape.ts"));

  it("no formatter writes its own entities, Markdown escapes, workflow-command or iCalendar escapes", () => {
    const OWN: [RegExp, string][] = [
      [/["'`]&(?:lt|gt|amp|quot|#39|#x?[0-9a-f]+);["'`]/i, "an HTML entity (use escapeHtml or escapeMarkdown)"],
      [/\\\\\$[1&]|`\\\\\$\{/, "a backslash escape built by hand (use escapeMarkdown)"],
      [/%0[AD]|%25|%3A|%2C/, "a workflow-command escape (use escapeGithubData / escapeGithubProperty)"],
      [/\\\\[;,]["'`]/, "an iCalendar escape (use escapeIcsText)"],
    ];
    const found: string[] = [];
    for (const f of files) {
      readFileSync(f, "utf8")
        .split("\n")
        .forEach((line, i) => {
          if (/^\s*(\/\/|\*)/.test(line)) return;
          for (const [re, what] of OWN) if (re.test(line)) found.push(`${relative(ROOT, f)}:${i + 1}: ${what}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(found).toEqual([]);
  });

  it("each formatter of a format calls that format's escaper", () => {
    const uses = (file: string, ...names: string[]) => {
      const src = readFileSync(join(FORMAT, file), "utf8");
      return names.some((n) => new RegExp(`\\b${n}\\b`).test(src.replace(/^\s*(\/\/|\*).*$/gm, "").replace(/^import .*$/gm, "")));
    };
    // One renderer per format (src/format/render/), for every command.
    const html = files.filter((f) => /\/html\.ts$/.test(f)).map((f) => relative(FORMAT, f));
    const md = files.filter((f) => /\/markdown\.ts$/.test(f)).map((f) => relative(FORMAT, f));
    expect([...html, ...md].sort()).toEqual(["render/html.ts", "render/markdown.ts"]);
    for (const f of html) expect(uses(f, "escapeHtml", "escapeHtmlText"), f).toBe(true);
    for (const f of md) expect(uses(f, "escapeMarkdown", "renderMarkdown"), f).toBe(true);
    expect(uses("render/ics.ts", "escapeIcsText")).toBe(true);
    expect(uses("render/ics.ts", "foldIcsLine")).toBe(true);
    expect(uses("lint/github.ts", "escapeGithubData")).toBe(true);
    expect(uses("lint/github.ts", "escapeGithubProperty")).toBe(true);
    expect(uses("lint/stylish.ts", "escapeTerminal")).toBe(true);
    expect(uses("tabular.ts", "escapeMarkdownCell")).toBe(true);
    expect(uses("tabular.ts", "escapeTerminal")).toBe(true);
    for (const f of files.filter((x) => /tabular\.ts$|csv\.ts$/.test(x) && !x.endsWith("format/tabular.ts"))) {
      expect(uses(relative(FORMAT, f), "renderDelimited", "delimitedField"), relative(FORMAT, f)).toBe(true);
    }
  });
});

// ---------- the real CLI output ----------

const NASTY =
  '=HYPERLINK("http://x.invalid") <script>alert(1)</script> <img src=x onerror=alert(1)> *b* _i_ `c` [l](javascript:alert(1)) | &amp; &ĐT \u001b]0;title\u0007\u001b[2J\rback\r\nline ::error::x %0A, 100% \u009b31m';

describe("through the CLI, plan text stays text", () => {
  const data = copyOfData();
  const root = dirname(data);
  const plan = join(data, "son-la-2024");
  const set = (file: string, pattern: RegExp, value: string) => {
    const path = join(plan, file);
    const before = readFileSync(path, "utf8");
    const after = before.replace(pattern, (_m, key: string) => `${key}${yamlQuote(value)}`);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
  };
  set("plan.yaml", /^(title: ).*$/m, `Kế hoạch ${NASTY}`);
  set("tasks/1-b.yaml", /^(text: ).*$/m, NASTY);
  set("agencies.yaml", /(- id: stp\n {4}name: ).*$/m, `Sở Tư pháp ${NASTY}`);
  set("progress/2024-Q3.yaml", /(- task: "3\.a"\n(?: {4}\w+: .*\n)*? {4}result: ).*$/m, NASTY);
  const par = async (...args: string[]) => {
    const r = await runCli(args, { cwd: root });
    expect(r.code, r.stderr).toBe(0);
    return r.stdout;
  };

  it("HTML reports: no element, attribute or script from the data", async () => {
    for (const args of [
      ["status", "--quarter", "Q3", "--format", "html"],
      ["status", "--quarter", "Q3", "--format", "html", "--lang", "en"],
      ["export", "--quarter", "Q3", "--format", "html"],
    ]) {
      const doc = parseHtml(await par(...args));
      expect(tagNames(doc)).not.toContain("script");
      expect(tagNames(doc)).not.toContain("a");
      // the annex's chart is its one image, a data: URI par made
      expect(
        elements(doc)
          .filter((e) => e.tagName === "img")
          .map((e) => e.attrs.find((a) => a.name === "src")?.value.slice(0, 26)),
      ).toEqual(args[0] === "export" ? ["data:image/svg+xml;base64,"] : []);
      expect(attributeNames(doc).filter((a) => a.startsWith("on"))).toEqual([]);
      expect(textOf(doc)).toContain("<script>alert(1)</script>");
    }
  });

  // Attributes par writes itself must be well formed too: a quote inside a quoted attribute value ends it early.
  const ATTRIBUTES = new Set([
    "lang",
    "charset",
    "class",
    "style",
    "src",
    "alt",
    "width",
    "height",
    "colspan",
    "rowspan",
    "border",
    "cellspacing",
    "cellpadding",
    "align",
    "valign",
    "id",
    "name",
    "content",
    "title",
  ]);
  const strayAttributes = async (args: string[]) => attributeNames(parseHtml(await par(...args))).filter((a) => !ATTRIBUTES.has(a));

  it("HTML attributes par writes are well formed (status)", async () => {
    expect(await strayAttributes(["status", "--quarter", "Q3", "--format", "html"])).toEqual([]);
  });

  // KNOWN BUG (reported): src/format/export/html.ts writes style="font-family:"Times New Roman", …": the inner quote
  // ends the attribute, so browsers drop the font, size and alignment of those cells and read `times`, `new`,
  // `roman",` as attributes. Single quotes inside (or escapeHtml on the value) fix it; then turn `it.fails` into `it`.
  it("HTML attributes par writes are well formed (export)", async () => {
    expect(await strayAttributes(["export", "--quarter", "Q3", "--format", "html"])).toEqual([]);
  });

  it("Markdown (list, agencies, status): no link, image, code, emphasis or HTML from the data", async () => {
    for (const args of [
      ["list", "--format", "md"],
      ["agencies", "--format", "md"],
      ["status", "--quarter", "Q3", "--format", "md"],
      ["export", "--quarter", "Q3", "--format", "md"],
    ]) {
      const doc = renderMarkdown(await par(...args));
      const tags = new Set(tagNames(doc));
      for (const t of ["script", "img", "a", "code", "iframe"]) expect(tags.has(t), `${args.join(" ")}: <${t}>`).toBe(false);
      // The report's own emphasis aside (status: a bold headline, an italic definition), the data shows as written.
      expect(textOf(doc)).toContain("<script>alert(1)</script> <img src=x onerror=alert(1)> *b* _i_ `c` [l](javascript:alert(1)) | &amp; &ĐT");
    }
  });

  it("CSV and TSV (list, agencies, status): no cell starts like a formula", async () => {
    for (const args of [
      ["list", "--format", "csv"],
      ["list", "--format", "tsv"],
      ["agencies", "--format", "csv"],
      ["status", "--quarter", "Q3", "--format", "csv"],
      ["status", "--quarter", "Q3", "--format", "tsv"],
      ["export", "--quarter", "Q3", "--format", "csv"],
    ]) {
      const out = await par(...args);
      const cells = parseDelimited(out.replace(/^\uFEFF/, ""), args.includes("tsv") ? "\t" : ",").flat();
      expect(
        cells.filter((c) => /^[=+\-@\t\r]/.test(c)),
        args.join(" "),
      ).toEqual([]);
      if (args[0] !== "agencies")
        expect(
          cells.some((c) => c.startsWith("'=HYPERLINK")),
          args.join(" "),
        ).toBe(true);
    }
  });

  const noControls = async (args: string[]) => {
    const out = await par(...args);
    const m = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.exec(out);
    expect(m ? `${args.join(" ")}: ${JSON.stringify(out.slice(Math.max(0, m.index - 60), m.index + 20))}` : "").toBe("");
  };

  it("terminal output (list, show, agencies, the tables of status): the data cannot move the cursor, clear the screen or set the title", async () => {
    for (const args of [["list"], ["show", "1.b"], ["agencies"], ["list", "--agency", "stp"], ["lint"]]) await noControls(args);
  });

  // The status table's lines outside its tables (the plan's title, agencies that did not report) go through escapeTerminal.
  it("terminal output of par status: the plan's title and names cannot reach the terminal as controls", async () => {
    await noControls(["status", "--quarter", "Q3", "--tasks"]);
  });

  it("iCalendar: ical.js reads the events; the text is the task's, with nothing injected as a property", async () => {
    const out = await par("list", "--format", "ics");
    const cal = new ICAL.Component(ICAL.parse(out));
    const names = new Set(cal.getAllSubcomponents("vevent").flatMap((e) => e.getAllProperties().map((p) => p.name)));
    expect([...names].sort()).toEqual(["description", "dtend", "dtstamp", "dtstart", "summary", "transp", "uid"]);
  });

  it("the progress template: comments cannot become keys (a CR in the text is a new comment line), any YAML reader agrees", async () => {
    const out = await par("progress", "init", "--quarter", "Q4", "--output", "-");
    const ours = parseYaml({ path: "t.yaml", display: "t.yaml", text: out, bom: false });
    expect(ours.diagnostics).toEqual([]);
    // js-yaml reads a lone CR as a line break (YAML 1.2 says so): it must agree with par's reader.
    expect(jsyaml.load(out, { schema: YAML_CORE_SCHEMA })).toEqual(ours.parsed!.value);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  // KNOWN BUG (reported): src/format/template.ts writes a target's metric (and a milestone's label) into a
  // comment as it is: a line break in it ends the comment, and what follows is read as YAML. escapeYamlComment in
  // src/format/escape.ts makes such text one comment line; once the template uses it, turn `it.fails` into `it` (and
  // drop breaksTemplateComment from test/fuzz/status.test.ts).
  it("the progress template: a target's metric with a line break stays in its comment", async () => {
    set("tasks/2-d.yaml", /^( {4}metric: ).*$/m, "văn bản QPPL\r\nentries: broken");
    const out = await par("progress", "init", "--quarter", "Q4", "--output", "-");
    const ours = parseYaml({ path: "t.yaml", display: "t.yaml", text: out, bom: false });
    expect(ours.diagnostics).toEqual([]);
  });

  it("GitHub workflow commands: one line per problem, the data escaped", async () => {
    // A lead that is not an agency: its id (hostile) is quoted in the message.
    set("tasks/2-a.yaml", /^(lead:\n {2}- ).*$/m, "x,y::error file=evil.yaml::pwned\r\nsecond");
    const r = await runCli(["lint", "--format", "github"], { cwd: root });
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+[^:]*::/);
    expect(lines.some((l) => l.includes("pwned"))).toBe(true);
  });
});

describe("shortTaskText (task text in table cells)", () => {
  const shortFirstLine = (text: string, max: number) => shortTaskText({ text, items: [] }, max);
  it("keeps a short first line whole, without its closing punctuation", () => {
    expect(shortFirstLine("Cải cách thủ tục hành chính;\nDòng hai", 70)).toBe("Cải cách thủ tục hành chính");
    expect(shortFirstLine("Một\rHai", 70)).toBe("Một"); // a lone CR ends the line too
  });

  it("cuts a long line at a space in its second half, counting characters, not UTF-16 units", () => {
    const text = "Thực hiện nghiêm túc việc đánh giá, phân loại cán bộ, công chức, viên chức theo quy định";
    const short = shortFirstLine(text, 40);
    expect(short.endsWith("…")).toBe(true);
    expect([...short].length).toBeLessThanOrEqual(40);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    expect(shortFirstLine("😀".repeat(10), 10)).toBe("😀".repeat(10));
  });

  it("reads a line of 200,000 punctuation marks in linear time (a $-anchored regex took quadratic time)", () => {
    expect(shortFirstLine("a" + ",".repeat(200_000) + "b", 70)).toBe("a…");
    expect(shortFirstLine("a" + ", ".repeat(100_000), 70)).toBe("a");
  });
});
