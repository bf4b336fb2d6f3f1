// `par site` in a real browser: Debian's Chromium, headless, driven by playwright-core through its executable path
// (nothing is downloaded). Every page loads from file:// with no console error and no failed request; the search
// finds Sở Tư pháp from "so tu phap"; the language switch lands on the same page in the other language; axe-core finds
// no WCAG 2.1 A/AA violation on each kind of page in both languages; screenshots at 1280 and 390 pixels wide are
// written to test-output/site/ (UPDATE_SCREENSHOTS=1 also refreshes the two in docs/img/).
// Skipped, with the reason printed, when Chromium is not installed (.ci/run installs it).
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli, tempDir } from "./helpers";

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
if (!CHROMIUM) console.warn("site-browser.test.ts skipped: no Chromium at /usr/bin/chromium (apt-get install chromium)");
const OUT = join(ROOT, "test-output", "site");

function pagesBelow(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? pagesBelow(join(dir, d.name), `${prefix}${d.name}/`) : d.name.endsWith(".html") ? [`${prefix}${d.name}`] : [],
  );
}

describe.skipIf(!CHROMIUM)("par site in Chromium", () => {
  let browser: Browser;
  let site: string;
  const url = (p: string) => pathToFileURL(join(site, p)).href;

  beforeAll(async () => {
    site = join(tempDir("par-site-browser-"), "site");
    const r = await runCli(["site", "-o", site]);
    expect(r.code).toBe(0);
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ["--no-sandbox", "--disable-gpu"] });
    mkdirSync(OUT, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** A page that records console errors, uncaught exceptions and requests that failed. */
  async function watched(width = 1280): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`exception: ${e.message}`));
    page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
    return { page, problems };
  }

  it("loads every page with no console error, no exception and no failed request", async () => {
    const { page, problems } = await watched();
    const pages = pagesBelow(site);
    expect(pages.length).toBeGreaterThan(150);
    for (const p of pages) {
      await page.goto(url(p));
      // The search index and script ran: the index is there for the page's language.
      expect(await page.evaluate(() => (window as unknown as { PAR_SEARCH?: { lang: string } }).PAR_SEARCH?.lang), p).toBe(p.startsWith("en/") ? "en" : "vi");
    }
    expect(problems).toEqual([]);
    await page.close();
  }, 300_000);

  it("finds Sở Tư pháp from 'so tu phap', typed in the header's search box, and follows the result", async () => {
    const { page, problems } = await watched();
    await page.goto(url("index.html"));
    await page.fill("#site-search", "so tu phap");
    const first = page.locator("#search-results a").first();
    expect(await first.textContent()).toBe("Sở Tư pháp");
    await first.click();
    await page.waitForURL(/agencies\/stp\.html$/);
    expect(await page.locator("h1").textContent()).toBe("Sở Tư pháp");
    // Without diacritics from a page deeper in the tree, and in English.
    await page.goto(url("en/tasks/3-b.html"));
    await page.fill("#site-search", "department of justice");
    await page.locator("#search-results a").first().click();
    await page.waitForURL(/en\/agencies\/stp\.html$/);
    // The search page reads ?q= (the form without the script goes there).
    await page.goto(`${url("search.html")}?q=${encodeURIComponent("SỞ TƯ PHÁP")}`);
    expect(await page.locator("#search-results a").first().textContent()).toBe("Sở Tư pháp");
    await page.goto(url("index.html"));
    await page.fill("#site-search", "xyzzy");
    expect(await page.locator("#search-results").textContent()).toContain("Không tìm thấy");
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it("the language switch lands on the same page in the other language, and back", async () => {
    const { page } = await watched();
    for (const p of ["index.html", "agencies/stp.html", "tasks/1-dd.html", "areas/3.html", "downloads/index.html"]) {
      await page.goto(url(p));
      await page.click("a.lang-switch");
      expect(page.url(), p).toBe(url(`en/${p}`));
      expect(await page.getAttribute("html", "lang")).toBe("en");
      await page.click("a.lang-switch");
      expect(page.url(), p).toBe(url(p));
    }
    await page.close();
  }, 60_000);

  /** What axe-core (already on the page) finds against WCAG 2.1 A and AA: "rule: elements". */
  async function axeViolations(page: Page): Promise<string[]> {
    return page.evaluate(async () => {
      type Axe = { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      const r = await (window as unknown as { axe: Axe }).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
  }

  it("axe-core finds no WCAG 2.1 A or AA violation on each kind of page, in both languages, wide and narrow", async () => {
    const axe = require.resolve("axe-core/axe.min.js");
    const kinds = [
      "index.html",
      "areas/1.html",
      "agencies/index.html",
      "agencies/stp.html",
      "agencies/so-ban-nganh.html",
      "tasks/1-c.html",
      "tasks/5-a.html",
      "not-reported.html",
      "downloads/index.html",
      "search.html",
    ];
    const found: string[] = [];
    for (const width of [1280, 390]) {
      const { page } = await watched(width);
      for (const k of kinds.flatMap((p) => [p, `en/${p}`])) {
        await page.goto(url(k));
        await page.addScriptTag({ path: axe });
        for (const v of await axeViolations(page)) found.push(`${k} @${width}: ${v}`);
      }
      await page.close();
    }
    expect(found).toEqual([]);
    // The check itself sees a violation when there is one: the same page without its language.
    const { page } = await watched();
    await page.goto(url("index.html"));
    await page.addScriptTag({ path: axe });
    await page.evaluate(() => document.documentElement.removeAttribute("lang"));
    expect((await axeViolations(page)).map((v) => v.split(":")[0])).toContain("html-has-lang");
    await page.close();
  }, 300_000);

  it("fits a 390-pixel phone without sideways scrolling, and writes screenshots at 1280 and 390", async () => {
    for (const width of [1280, 390]) {
      const { page } = await watched(width);
      for (const [p, name] of [
        ["index.html", "overview"],
        ["agencies/stp.html", "agency"],
        ["tasks/1-c.html", "task"],
      ] as const) {
        await page.goto(url(p));
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scroll, `${p} @${width}`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(OUT, `${name}-${width}.png`), fullPage: true });
        if (process.env.UPDATE_SCREENSHOTS && width === 1280 && name !== "task")
          await page.screenshot({ path: join(ROOT, "docs", "img", `site-${name}.png`), clip: { x: 0, y: 0, width: 1280, height: 1100 } });
      }
      await page.close();
    }
    expect(existsSync(join(OUT, "overview-390.png"))).toBe(true);
  }, 120_000);

  it("prints without the navigation and the search", async () => {
    const { page } = await watched();
    await page.goto(url("agencies/stp.html"));
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("form.search").isVisible()).toBe(false);
    expect(await page.locator("main h1").isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  }, 60_000);
});
