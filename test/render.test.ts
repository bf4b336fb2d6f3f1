// Rendering (issue 12, items 5, 7, 11, 16): the export's chart is valid SVG; every terminal table and text fits the
// width and wraps inside its cells; rendering is linear on huge texts; spreadsheets get no formula-like bullets and
// full agency names joined with "; ". Widths are measured here by an implementation of our own (not the renderer's).
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ErrorCodes, parse as parseHtml5 } from "parse5";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import stringWidth from "string-width";
import { displayWidth, fitTable, renderTextTable, wrapStyled, wrapText } from "../src/format/tabular";
import type { StatusReport } from "../src/report/status";
import { cleanEnv, copyOfData, readDelimited, runCli, tempDir } from "./helpers";

// ---------- display width, independently ----------

/** East Asian wide and fullwidth ranges (enough for the tests: CJK, Hangul, fullwidth forms, emoji). */
const WIDE: [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1faff],
  [0x20000, 0x3fffd],
];

function width(line: string): number {
  let w = 0;
  for (const ch of line.replace(/\u001b\[[0-9;]*m/g, "")) {
    const cp = ch.codePointAt(0)!;
    if (/\p{Mn}|\p{Me}/u.test(ch) || cp < 0x20 || cp === 0x200b) continue;
    w += WIDE.some(([a, b]) => cp >= a && cp <= b) ? 2 : 1;
  }
  return w;
}

const tooWide = (text: string, max: number) => text.split("\n").filter((l) => width(l) > max);

/** The rows of the first boxed table after a heading: each row, its cells' lines (trimmed), by column. */
function tableAfter(text: string, heading: string): string[][][] {
  const lines = text.split("\n");
  let i = lines.findIndex((l) => l.trim() === heading);
  expect(i, heading).toBeGreaterThanOrEqual(0);
  while (!lines[i]!.startsWith("├")) i++;
  const rows: string[][][] = [];
  for (i++; !lines[i]!.startsWith("└"); i++) {
    const cells = lines[i]!.slice(1, -1)
      .split("│")
      .map((c) => c.trim());
    // A row starts where its second column (a count) has a value.
    if (cells[1] !== "" || rows.length === 0) rows.push(cells.map((c) => (c ? [c] : [])));
    else cells.forEach((c, k) => c && rows.at(-1)![k]!.push(c));
  }
  return rows;
}

const status = async (args: string[], env: Record<string, string> = {}, tty?: number) =>
  runCli(["status", "--quarter", "Q3", ...args], { env: cleanEnv(env), ...(tty ? { tty: true, columns: tty } : {}) });

// ---------- item 5: the chart ----------

describe("export html: the chart is valid SVG, every attribute well formed", () => {
  const svgOf = (html: string) => {
    const src = /<img src="(data:image\/svg\+xml;base64,[^"]*)"/.exec(html)![1]!;
    return Buffer.from(src.slice(src.indexOf(",") + 1), "base64").toString("utf8");
  };

  it("the embedded SVG parses with a real XML parser, its font list intact", async () => {
    for (const lang of ["vi", "en"]) {
      const r = await runCli(["export", "--quarter", "Q3", "--format", "html", "--lang", lang]);
      expect(r.code).toBe(0);
      const svg = svgOf(r.stdout);
      expect(XMLValidator.validate(svg)).toBe(true);
      const root = new XMLParser({ ignoreAttributes: false }).parse(svg).svg;
      expect(root["@_font-family"].replace(/&#39;/g, "'")).toBe("'Times New Roman', Times, serif");
    }
  });

  it("the page parses as HTML without a single parse error, and so does the SVG, with hostile area names", async () => {
    const data = copyOfData();
    const plan = join(data, "son-la-2024", "plan.yaml");
    const text = readFileSync(plan, "utf8");
    const hostile = `Cải cách "thể" 'chế' <b>&amp; x</b>\nline two\u0001 ]]> </text>`;
    writeFileSync(plan, text.replace("name: Cải cách thể chế", `name: ${JSON.stringify(hostile)}`));
    const r = await runCli(["export", "--quarter", "Q3", "--format", "html", "--lang", "vi"], { cwd: join(data, "..") });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const errors: string[] = [];
    // The control character is the plan's own text, kept in the page's text as written (HTML reads it, with a note):
    // it is no markup problem; every other parse error is.
    parseHtml5(r.stdout, {
      onParseError: (e) => e.code !== ErrorCodes.controlCharacterInInputStream && errors.push(`${e.code} at ${e.startLine}:${e.startCol}`),
    });
    expect(errors).toEqual([]);
    const svg = svgOf(r.stdout);
    expect(XMLValidator.validate(svg)).toBe(true);
    // The chart's titles say the name as written (line break as a space, the control character dropped).
    expect(svg).toContain("Cải cách &quot;thể&quot; &#39;chế&#39; &lt;b&gt;&amp;amp; x&lt;/b&gt; line two ]]&gt; &lt;/text&gt;");
  });

  it("status html parses without a parse error either", async () => {
    const r = await status(["--format", "html", "--lang", "vi"]);
    const errors: string[] = [];
    parseHtml5(r.stdout, { onParseError: (e) => errors.push(e.code) });
    expect(errors).toEqual([]);
  });
});

// ---------- item 7: tables fit the width ----------

describe("terminal tables fit the width and wrap inside their cells", () => {
  const COMMANDS: string[][] = [
    ["status", "--quarter", "Q3"],
    ["status", "--quarter", "Q3", "--tasks"],
    ["list"],
    ["list", "--agency", "stp"],
    ["list", "--agency", "ubnd-cap-huyen"],
    ["agencies"],
    ["show", "1.c"],
    ["show", "8.b"],
  ];

  for (const columns of [60, 80, 100, 200]) {
    it(`COLUMNS=${columns}: every line of every command is at most ${columns} wide (en and vi)`, async () => {
      for (const args of COMMANDS) {
        for (const lang of ["en", "vi"]) {
          const r = await runCli([...args, "--lang", lang], { env: cleanEnv({ COLUMNS: String(columns) }) });
          expect(r.code, args.join(" ")).toBe(0);
          expect(tooWide(r.stdout, columns), `${args.join(" ")} --lang ${lang}`).toEqual([]);
        }
      }
    });
  }

  it("a terminal's width wins over COLUMNS; without either, 100", async () => {
    for (const args of COMMANDS) {
      const tty = await runCli([...args, "--lang", "vi"], { env: cleanEnv({ COLUMNS: "200" }), tty: true, columns: 72 });
      expect(tooWide(tty.stdout, 72), args.join(" ")).toEqual([]);
      const plain = await runCli([...args, "--lang", "vi"]);
      expect(tooWide(plain.stdout, 100), args.join(" ")).toEqual([]);
    }
    // The status table by area is as wide as the width allows (it used to be 120 at any width).
    const wide = await status(["--lang", "en"], { COLUMNS: "200" });
    expect(Math.max(...wide.stdout.split("\n").map(width))).toBeGreaterThan(120);
  });

  it("the table by area holds every area's whole name, wrapped at spaces, at every width; nothing cut with …", async () => {
    const report = JSON.parse((await status(["--format", "json"])).stdout) as StatusReport;
    for (const lang of ["en", "vi"] as const) {
      const names = [...report.byArea.map((a) => `${a.area}. ${lang === "en" && a.nameEn ? a.nameEn : a.name}`), lang === "en" ? "Total" : "Tổng cộng"];
      for (const columns of [60, 80, 100, 200]) {
        const r = await status(["--lang", lang], { COLUMNS: String(columns) });
        const rows = tableAfter(r.stdout, lang === "en" ? "By area" : "Theo lĩnh vực");
        expect(
          rows.map((row) => row[0]!.join(" ")),
          `${lang} ${columns}`,
        ).toEqual(names);
        const section = r.stdout.slice(
          r.stdout.indexOf(lang === "en" ? "By area" : "Theo lĩnh vực"),
          r.stdout.indexOf(lang === "en" ? "By lead agency" : "Theo cơ quan chủ trì"),
        );
        expect(section).not.toContain("…");
      }
    }
  });

  it("metrics of the targets table are whole at 200 columns (no …)", async () => {
    const r = await status(["--lang", "vi"], { COLUMNS: "200" });
    const report = JSON.parse((await status(["--format", "json"])).stdout) as StatusReport;
    const from = r.stdout.indexOf("Chỉ tiêu");
    const section = r.stdout.slice(from, r.stdout.indexOf("\n\n", from));
    expect(section).not.toContain("…");
    for (const t of report.targets) expect(section.replace(/\s*│\s*/g, " ")).toContain(t.metric.split(" ").slice(0, 3).join(" "));
  });

  it("par diff (text): every line fits, the words all there, colours kept whole", async () => {
    const gitEnv = cleanEnv({
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@x.invalid",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@x.invalid",
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
    });
    const repo = join(copyOfData(), "..");
    const git = (...args: string[]) => expect(spawnSync("git", args, { cwd: repo, env: gitEnv }).status).toBe(0);
    git("init", "-q", "-b", "main");
    git("add", "data");
    git("commit", "-q", "-m", "plan");
    const f = join(repo, "data", "son-la-2024", "tasks", "2-a.yaml");
    writeFileSync(f, readFileSync(f, "utf8").replace("Thu thập thông tin", "Thu thập đầy đủ thông tin").replace("  - stp\n", "  - snv\n"));
    const added = join(repo, "data", "son-la-2024", "tasks", "2-h.yaml");
    writeFileSync(
      added,
      readFileSync(f, "utf8")
        .replace('id: "2.a"', 'id: "2.h"')
        .replace("letter: a", "letter: h")
        .replace(/^text: .*$/m, `text: "${"Rà soát ".repeat(40)}${"x".repeat(300)}"`),
    );
    for (const columns of [60, 80, 100]) {
      for (const extra of [{}, { FORCE_COLOR: "1" }]) {
        const r = await runCli(["diff", "--lang", "vi"], { cwd: repo, env: { ...gitEnv, COLUMNS: String(columns), ...extra } });
        expect(r.code, r.stderr).toBe(0);
        expect(tooWide(r.stdout, columns), `${columns} ${JSON.stringify(extra)}`).toEqual([]);
        const plain = r.stdout.replace(/\u001b\[[0-9;]*m/g, "");
        expect(plain.replace(/\s+/g, " ")).toMatch(/− Sở Tư pháp.*\+ Sở Nội vụ/);
        expect(plain.replace(/\s+/g, "")).toContain("{+đầyđủ+}");
        expect(plain.replace(/\s+/g, "")).toContain("x".repeat(300));
        // No colour code cut in two: every ESC starts a whole code.
        expect(
          r.stdout
            .split("\u001b")
            .slice(1)
            .every((p) => /^\[[0-9;]*m/.test(p)),
        ).toBe(true);
      }
    }
    const styled = wrapStyled(`  \u001b[31m${"ạ".repeat(30)}\u001b[39m ${"行".repeat(20)}`, 20);
    for (const l of styled) expect(width(l)).toBeLessThanOrEqual(20);
  });

  it("the renderer: wraps by display width (combining marks zero, wide characters two), degrades instead of overflowing", () => {
    const decomposed = "Rà soát, đánh giá thủ tục hành chính".normalize("NFD");
    const cjk = "行政手続きの見直し 行政改革 ทดสอบ";
    for (const w of [1, 2, 3, 5, 8, 13]) {
      for (const text of [decomposed, cjk]) {
        const lines = wrapText(text, w);
        for (const l of lines) expect(width(l), `${JSON.stringify(l)} at ${w}`).toBeLessThanOrEqual(Math.max(w, 2));
        expect(lines.join("").replace(/ /g, "")).toBe(text.normalize("NFC").replace(/ /g, ""));
      }
    }
    // Eleven number columns and a name, at widths down to where two columns each no longer fit.
    const columns = [
      { key: "name", header: "Lĩnh vực", minWidth: 30 },
      ...Array.from({ length: 11 }, (_, i) => ({ key: `n${i}`, header: `Chưa đến hạn ${i}`, align: "right" as const, minWidth: 5 })),
    ];
    const rows = [
      { name: "7. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", ...Object.fromEntries(columns.slice(1).map((c) => [c.key, "14,29%"])) },
    ];
    for (const total of [200, 120, 100, 80, 60, 40]) {
      const out = renderTextTable({ columns, rows }, { width: total });
      expect(tooWide(out, total), String(total)).toEqual([]);
    }
    // Where the old layout fitted, it is kept: natural widths, padded cells.
    const small = fitTable(
      {
        columns: [
          { key: "a", header: "ID" },
          { key: "b", header: "Task" },
        ],
        rows: [{ a: "1.a", b: "Rà soát" }],
      },
      100,
    );
    expect(small).toEqual({ widths: [3, 7], compact: false });
  });

  it("long headers over short values wrap before a name column does", () => {
    // The table by lead agency: a name column and columns whose headers are longer than their values.
    const columns = [
      { key: "name", header: "Cơ quan chủ trì" },
      ...["Nhiệm vụ quá hạn", "Nhiệm vụ chưa báo cáo", "Thành viên đã báo cáo"].map((header, i) => ({ key: `c${i}`, header })),
    ];
    const rows = [{ name: "TT Xúc tiến ĐT, TM và DL", c0: "1.c", c1: "2.a, 2.c", c2: "5/7" }];
    const fit = fitTable({ columns, rows }, 70);
    expect(fit.compact).toBe(false);
    expect(fit.widths[0]).toBe(24); // the name on one line
    const out = renderTextTable({ columns, rows }, { width: 70 });
    expect(out).toContain("│ TT Xúc tiến ĐT, TM và DL │");
    expect(tooWide(out, 70)).toEqual([]);
  });

  it("the fast path of displayWidth measures what string-width measures", () => {
    // Arrows, mathematical operators, box drawing, block elements and ⚠ are counted one column each without calling
    // string-width; each alone, between letters, and with a variation selector (which string-width must then see).
    const ranges: [number, number][] = [
      [0x2190, 0x22ff],
      [0x2500, 0x259f],
      [0x26a0, 0x26a0],
    ];
    for (const [from, to] of ranges)
      for (let cp = from; cp <= to; cp++) {
        const ch = String.fromCodePoint(cp);
        for (const text of [ch, `a${ch}b`, `Sở ${ch} 1`, `${ch}\ufe0f`])
          expect(displayWidth(text), `U+${cp.toString(16)} in ${JSON.stringify(text)}`).toBe(stringWidth(text));
      }
  });

  it("the box drawn without colour is the one cli-table3 draws (fitted, wrapped, tall rows, wide characters, empty cells)", () => {
    // renderTextTable draws a plain table itself (plain: true) and a coloured one with cli-table3; with styles that
    // change nothing, the two must be the same text, whatever the table.
    const word = fc.constantFrom("Sở", "Nội", "vụ", "cấp", "xã", "1.a", "行政", "ทดสอบ", "🙂", "Ủy ban", "Chính quyền điện tử", "", "x".repeat(25), "\n");
    const text = fc.array(word, { maxLength: 12 }).map((ws) => ws.join(" "));
    const column = fc.record({
      header: text,
      align: fc.constantFrom(undefined, "right" as const),
      minWidth: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      maxWidth: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(column, { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(text, { minLength: 6, maxLength: 6 }), { maxLength: 20 }),
        fc.integer({ min: 10, max: 220 }),
        (cols, cells, width) => {
          const columns = cols.map((c, i) => ({
            key: `c${i}`,
            header: c.header,
            ...(c.align ? { align: c.align } : {}),
            ...(c.minWidth ? { minWidth: c.minWidth } : {}),
            ...(c.maxWidth ? { maxWidth: c.maxWidth } : {}),
          }));
          const rows = cells.map((r) => Object.fromEntries(columns.map((c, i) => [c.key, r[i]!])));
          const styles = { header: (s: string) => s, border: (s: string) => s, cell: (s: string) => s };
          expect(renderTextTable({ columns, rows }, { width, plain: true })).toBe(renderTextTable({ columns, rows }, { width, ...styles }));
        },
      ),
      { numRuns: 300 },
    );
    // A row taller than the tall-row limit, one cell holding the text.
    const columns = [
      { key: "a", header: "ID" },
      { key: "b", header: "Nội dung", align: "right" as const },
    ];
    const rows = [{ a: "1.a", b: Array.from({ length: 200 }, (_, i) => `dòng ${i}`).join("\n") }];
    expect(renderTextTable({ columns, rows }, { width: 40, plain: true })).toBe(renderTextTable({ columns, rows }, { width: 40 }));
  });
});

// ---------- item 11: linear on huge texts ----------

describe("rendering is linear: huge texts finish and render right", () => {
  const data = copyOfData();
  const cwd = join(data, "..");
  const task = (f: string) => join(data, "son-la-2024", "tasks", f);
  const set = (f: string, text: string) => {
    const before = readFileSync(task(f), "utf8");
    writeFileSync(task(f), before.replace(/^text: .*$/m, `text: ${JSON.stringify(text)}`));
  };
  const LINES = 500_000; // about 1 MB of "\n" in the file
  const WORD = 1_500_000;
  set("2-a.yaml", `Đầu${"\n".repeat(LINES)}cuối`);
  set("2-b.yaml", `Rà${"a".repeat(WORD)} soát`);

  it("par list with a task of half a million line breaks (was: Maximum call stack size exceeded)", async () => {
    const r = await runCli(["list", "--area", "2", "--lang", "en"], { cwd, env: cleanEnv({ COLUMNS: "80" }) });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines.length).toBeGreaterThan(LINES);
    const first = lines.findIndex((l) => l.includes("│ Đầu"));
    const last = lines.findIndex((l) => l.includes("│ cuối"));
    expect(last - first).toBe(LINES);
    // The unbroken word: cut into pieces that fill the task column, every letter kept.
    expect((r.stdout.match(/a/g) ?? []).length).toBeGreaterThanOrEqual(WORD);
    const pieces = lines.filter((l) => /│ a{10,}/.test(l));
    expect(pieces.length).toBeGreaterThan(WORD / 80);
    expect(tooWide(r.stdout, 80).length).toBe(0);
  }, 60_000);

  it("par show with a 1.5 MB word (was: 10 s) and with the line breaks", async () => {
    const r = await runCli(["show", "2.b", "--lang", "en"], { cwd, env: cleanEnv({ COLUMNS: "100" }) });
    expect(r.code).toBe(0);
    // Every letter of the word, in pieces that fill the value column, then the last word.
    const lines = r.stdout.split("\n");
    const start = lines.findIndex((l) => l.startsWith("Task ") && l.includes("Rà"));
    const pieces = lines.slice(start).map((l) => l.replace(/^Task/, "").trim());
    const end = pieces.findIndex((p) => p.endsWith("soát"));
    const joined = pieces.slice(0, end + 1).join("");
    expect(joined.length).toBe(`Rà${"a".repeat(WORD)}soát`.length + (joined.endsWith(" soát") ? 1 : 0));
    expect(/^Ràa+ ?soát$/.test(joined)).toBe(true);
    expect(tooWide(r.stdout, 100).length).toBe(0);
    const s = await runCli(["show", "2.a", "--lang", "en"], { cwd });
    expect(s.code).toBe(0);
    expect(s.stdout.split("\n").length).toBeGreaterThan(LINES);
  });

  it("par progress init with those tasks writes its template (was: Maximum call stack size exceeded)", async () => {
    const target = join(tempDir(), "q4.yaml");
    const r = await runCli(["progress", "init", "--quarter", "Q4", "--output", target, "--lang", "en"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const text = readFileSync(target, "utf8");
    expect(text.split("\n").filter((l) => /^\s*#\s*$/.test(l)).length).toBeGreaterThanOrEqual(LINES - 1);
    expect(text).toContain("cuối");
  }, 60_000);

  it("wrapText measures each character a bounded number of times (counted: characters given to RegExp tests)", () => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be called with its own `this` below
    const test = RegExp.prototype.test;
    const scanned = (text: string, w: number): number => {
      let chars = 0;
      RegExp.prototype.test = function (this: RegExp, s: string) {
        chars += String(s).length;
        return test.call(this, s);
      };
      try {
        wrapText(text, w);
      } finally {
        RegExp.prototype.test = test;
      }
      return chars;
    };
    for (const n of [20_000, 80_000]) {
      // Re-measuring the rest of the word after every cut scanned n²/(2·width) characters: 4,000,000 and 64,000,000.
      for (const text of ["x".repeat(n), "ạ".repeat(n), `Rà${"a".repeat(n)} soát ${"行".repeat(n / 2)}`])
        expect(scanned(text, 50)).toBeLessThanOrEqual(4 * text.length + 100);
    }
  });

  it("wrapText: one pass over a 1.5 MB word, and the work grows with the text (pieces = length / width)", () => {
    for (const n of [WORD / 4, WORD]) {
      const lines = wrapText("x".repeat(n), 50);
      expect(lines.length).toBe(n / 50);
      expect(lines.every((l) => l.length === 50)).toBe(true);
    }
    expect(wrapText("\n".repeat(LINES), 10)).toHaveLength(LINES + 1);
  });
});

// ---------- item 16: spreadsheets ----------

describe("spreadsheets: items with a bullet that is no formula; agency names joined with '; '", () => {
  const FORMULA = /^[=+\-@\t\r]/;

  it("export csv: item-only tasks start with '– ', never with an apostrophe; nothing starts like a formula", async () => {
    const r = await runCli(["export", "--quarter", "Q3", "--format", "csv", "--lang", "vi"]);
    const rows = readDelimited(r.stdout);
    const task = rows[0]!.indexOf("Nhiệm vụ, giải pháp");
    const byTt = (tt: string, area: string) => rows.slice(rows.findIndex((x) => x[0]!.startsWith(area))).find((x) => x[0] === tt)!;
    const a4 = byTt("a", "4.")[task]!;
    expect(a4.startsWith("– ")).toBe(true);
    for (const line of a4.split("\n")) expect(line.startsWith("– ")).toBe(true);
    for (const row of rows)
      for (const cell of row) {
        expect(cell.startsWith("'- "), cell.slice(0, 30)).toBe(false);
        expect(FORMULA.test(cell), cell.slice(0, 30)).toBe(false);
      }
  });

  it("status csv and tsv: items after '– '; full agency names joined with '; ' (names hold commas)", async () => {
    const report = JSON.parse((await status(["--format", "json"])).stdout) as StatusReport;
    for (const [format, sep] of [
      ["csv", ","],
      ["tsv", "\t"],
    ] as const) {
      const rows = readDelimited((await status(["--format", format, "--lang", "vi"])).stdout, sep);
      const head = rows[0]!;
      const [id, task, lead, support] = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"].map((h) => head.indexOf(h));
      for (const t of report.tasks) {
        const row = rows.find((x) => x[id!] === t.id)!;
        expect(row[lead!]).toBe(t.lead.map((a) => `${a.name}${a.qualifier ? ` (${a.qualifier})` : ""}`).join("; "));
        expect(row[support!]).toBe(t.support.map((a) => `${a.name}${a.qualifier ? ` (${a.qualifier})` : ""}`).join("; "));
        if (!t.text) expect(row[task!]).toBe(t.items.map((i) => `– ${i}`).join("\n"));
      }
      for (const row of rows) for (const cell of row) expect(FORMULA.test(cell), cell.slice(0, 30)).toBe(false);
    }
  });

  it("list csv: items after '– ' (the plan's '-' or '+' would be formulas); a text starting like a formula still neutralised", async () => {
    const rows = readDelimited((await runCli(["list", "--format", "csv", "--lang", "en"])).stdout);
    const task = rows[0]!.indexOf("Task");
    const d6 = rows.find((x) => x[0] === "6.d")!;
    expect(
      d6[task]!.split("\n")
        .slice(1)
        .every((l) => l.startsWith("– ")),
    ).toBe(true);
    expect(rows.find((x) => x[0] === "4.a")![task]!.startsWith("– ")).toBe(true);
    const data = copyOfData();
    const f = join(data, "son-la-2024", "tasks", "1-a.yaml");
    writeFileSync(f, readFileSync(f, "utf8").replace(/^text: .*$/m, 'text: "-2+3 =1 @x"'));
    const hostile = readDelimited((await runCli(["list", "--format", "csv", "--lang", "en"], { cwd: join(data, "..") })).stdout);
    expect(hostile.find((x) => x[0] === "1.a")![task]!.startsWith("'-2+3")).toBe(true);
  });
});
