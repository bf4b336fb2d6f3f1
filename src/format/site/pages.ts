// The pages of `par site` for one language: the overview, each area, the agencies and each agency, each task, the
// agencies that have not reported, the downloads and the search page, plus the language's search index. Pure: the
// site's data and a language in, files (path from the site's root, text) out. Every value enters a page through
// escapeHtml; the words come from the catalogues (site, status).
import type { Lang } from "../../i18n/types";
import { words } from "../../i18n/words";
import { periodName } from "../../i18n/period";
import { agencyListPhrase, amendmentPhrase, shortTaskText, targetPhrase } from "../../i18n/phrases";
import { formatViDate } from "../../model/dates";
import { fold } from "../../model/vietnamese";
import type { Bucket, ProgressEntry } from "../../model/progress";
import type { Agency, AgencyRef, Task } from "../../model/types";
import type { SiteAgency, SiteReport, SiteTask } from "../../report/site";
import type { AgencyLabel, StatusRow } from "../../report/status";
import { BUCKET_ORDER, actualText, milestonesText, periodLabel, statusText } from "../build/status";
import { escapeHtml, escapeHtmlText } from "../escape";
import { chartSvg } from "../render/chart-svg";
import { ASSET, PAGE, inLang, relative } from "./paths";

/** A file of the site: its path from the site's root and its text. */
export interface SiteFile {
  path: string;
  text: string;
}

/** A download offered on the downloads page: its kind and its path from the site's root. */
export interface SiteDownload {
  kind: "xlsx" | "csv" | "docx";
  path: string;
  bytes: number;
}

type SiteWords = ReturnType<typeof words>["site"];
type StatusWords = ReturnType<typeof words>["status"];

interface Ctx {
  lang: Lang;
  site: SiteReport;
  w: SiteWords;
  sw: StatusWords;
  name: string;
  /** Ids of the agencies that have a page. */
  pages: Set<string>;
  byId: Map<string, Agency>;
  period: string;
  downloads: readonly SiteDownload[];
}

const esc = escapeHtml;
/** The charts' fonts: the page's own. */
const SITE_FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";
const txt = escapeHtmlText;
const date = formatViDate;

type Nav = "overview" | "areas" | "agencies" | "notReported" | "downloads" | "search" | null;

/** Every page of one language, and its search index. */
export function sitePages(site: SiteReport, lang: Lang, downloads: readonly SiteDownload[]): SiteFile[] {
  const cat = words(lang);
  const plan = site.report.plan;
  const c: Ctx = {
    lang,
    site,
    w: cat.site,
    sw: cat.status,
    name: cat.site.name(plan.province, plan.year),
    pages: new Set(site.agencies.map((a) => a.agency.id)),
    byId: new Map(site.agencies.map((a) => [a.agency.id, a.agency] as const)),
    period: periodLabel(site.report.period, lang),
    downloads,
  };
  const out: SiteFile[] = [];
  const page = (p: string, title: string, nav: Nav, body: string) => out.push({ path: inLang(lang, p), text: layout(c, p, title, nav, body) });
  page(PAGE.overview, c.w.overview.title, "overview", overview(c));
  for (const a of site.report.byArea) page(PAGE.area(a.area), c.w.area.title(a.area, areaName(c, a.area)), "areas", areaPage(c, a.area, PAGE.area(a.area)));
  page(PAGE.agencies, c.w.agencies.title, "agencies", agenciesPage(c));
  for (const a of site.agencies) page(PAGE.agency(a.agency.id), agencyName(c, a.agency), "agencies", agencyPage(c, a, PAGE.agency(a.agency.id)));
  for (const t of site.tasks) page(PAGE.task(t.task.id), c.w.task.title(t.task.id), "areas", taskPage(c, t, PAGE.task(t.task.id)));
  page(PAGE.notReported, c.w.notReported.title, "notReported", notReportedPage(c));
  page(PAGE.downloads, c.w.downloads.title, "downloads", downloadsPage(c));
  page(PAGE.search, c.w.nav.search, "search", `<h1>${esc(c.w.nav.search)}</h1>\n<noscript><p>${esc(c.w.search.noScript)}</p></noscript>`);
  out.push({ path: inLang(lang, "search-index.js"), text: searchIndex(c) });
  return out;
}

// ---------- the frame of every page ----------

function layout(c: Ctx, page: string, title: string, nav: Nav, body: string): string {
  const self = inLang(c.lang, page);
  const other: Lang = c.lang === "vi" ? "en" : "vi";
  const otherPath = relative(self, inLang(other, page));
  const root = relative(self, inLang(c.lang, "index.html")).replace(/index\.html$/, "");
  const to = (p: string) => esc(relative(self, inLang(c.lang, p)));
  const item = (key: Exclude<Nav, null>, p: string) => `<li><a href="${to(p)}"${nav === key ? ' aria-current="page"' : ""}>${esc(c.w.nav[key])}</a></li>`;
  const sample = c.site.report.sample ? `<div class="sample" role="note"><p><strong>${esc(c.sw.sample)}</strong></p></div>\n` : "";
  return `<!DOCTYPE html>
<html lang="${c.lang}" data-root="${esc(root)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(c.w.pageTitle(title, c.name))}</title>
<link rel="stylesheet" href="${esc(relative(self, ASSET.css))}">
<link rel="alternate" hreflang="${other}" href="${esc(otherPath)}">
<script src="${to("search-index.js")}" defer></script>
<script src="${esc(relative(self, ASSET.js))}" defer></script>
</head>
<body>
<a class="skip" href="#main">${esc(c.w.skip)}</a>
<header class="site-header">
<div class="bar">
<p class="site-name"><a href="${to(PAGE.overview)}">${esc(c.name)}</a></p>
<a class="lang-switch" href="${esc(otherPath)}" hreflang="${other}" lang="${other}" title="${esc(c.w.otherLanguageLabel)}">${esc(c.w.otherLanguage)}</a>
</div>
<nav aria-label="${esc(c.w.nav.label)}"><ul>
${item("overview", PAGE.overview)}
${item("areas", PAGE.area(c.site.report.byArea[0]?.area ?? 1))}
${item("agencies", PAGE.agencies)}
${item("notReported", PAGE.notReported)}
${item("downloads", PAGE.downloads)}
${item("search", PAGE.search)}
</ul></nav>
<form class="search" role="search" action="${to(PAGE.search)}" method="get">
<label for="site-search">${esc(c.w.search.label)}</label>
<input id="site-search" name="q" type="search" autocomplete="off" placeholder="${esc(c.w.search.placeholder)}">
<button type="submit">${esc(c.w.search.button)}</button>
</form>
<div id="search-results" class="results" aria-live="polite" data-none="${esc(c.w.search.none)}" data-count="${esc(c.w.search.count(Number.NaN).replace("NaN", "{n}"))}"></div>
</header>
${sample}<main id="main">
${body}
</main>
<footer>
<p>${esc(c.w.overview.source)}: ${esc(c.w.overview.decision(decisionNumber(c), decisionDate(c)))}. ${esc(c.site.report.plan.title)}.</p>
<p>${esc(c.w.footer.built)}</p>
</footer>
</body>
</html>
`;
}

function decisionNumber(c: Ctx): string {
  return c.site.decision.number;
}

function decisionDate(c: Ctx): string | null {
  return c.site.decision.date ? date(c.site.decision.date) : null;
}

// ---------- pieces ----------

function areaName(c: Ctx, n: number): string {
  const a = c.site.report.byArea.find((x) => x.area === n);
  return a ? (c.lang === "en" && a.nameEn ? a.nameEn : a.name) : String(n);
}

function agencyName(c: Ctx, a: Pick<Agency, "name" | "nameEn">): string {
  return c.lang === "en" && a.nameEn ? a.nameEn : a.name;
}

/** The plan's and the reports' own words (Vietnamese) on an English page, marked as such (WCAG 3.1.2). */
function vi(c: Ctx, html: string): string {
  return c.lang === "en" ? `<span lang="vi">${html}</span>` : html;
}

function badge(c: Ctx, bucket: Bucket, label = c.sw.bucket[bucket]): string {
  return `<span class="badge b-${bucket}">${esc(label)}</span>`;
}

/** A link from the page at `from` to a page of the same language. */
function link(c: Ctx, from: string, to: string, label: string): string {
  return `<a href="${esc(relative(inLang(c.lang, from), inLang(c.lang, to)))}">${esc(label)}</a>`;
}

/** An agency named by a task: a link to its page when it has one. */
function agencyLink(c: Ctx, from: string, a: AgencyLabel | AgencyRef, full = false): string {
  const known = c.byId.get("id" in a ? a.id : a.agency);
  const id = "id" in a ? a.id : a.agency;
  const label = known ? (c.lang === "en" && known.nameEn ? known.nameEn : full ? known.name : (known.short ?? known.name)) : id;
  const q = a.qualifier ? ` (${esc(a.qualifier)})` : "";
  const html = (c.pages.has(id) ? link(c, from, PAGE.agency(id), label) : esc(label)) + q;
  return known && c.lang === "en" && !known.nameEn ? vi(c, html) : html;
}

function taskLink(c: Ctx, from: string, id: string): string {
  return link(c, from, PAGE.task(id), id);
}

/** A table under its section's heading: the caption (the same words) for screen readers only. */
function table(caption: string, head: readonly { label: string; num?: boolean }[], rows: readonly string[], opts: { stack?: boolean } = {}): string {
  const ths = head.map((h) => `<th scope="col"${h.num ? ' class="num"' : ""}>${esc(h.label)}</th>`).join("");
  return `<div class="table-wrap" role="region" aria-label="${esc(caption)}" tabindex="0">
<table${opts.stack ? ' class="stack"' : ""}>
<caption class="sr-only">${esc(caption)}</caption>
<thead><tr>${ths}</tr></thead>
<tbody>
${rows.join("\n")}
</tbody>
</table>
</div>`;
}

/** A row of cells; each cell is [label for the phone layout, html, numeric?]. */
function tr(cells: readonly [string, string, boolean?][], cls?: string): string {
  return `<tr${cls ? ` class="${cls}"` : ""}>${cells.map(([label, html, num]) => `<td data-label="${esc(label)}"${num ? ' class="num"' : ""}>${html}</td>`).join("")}</tr>`;
}

function statusCell(c: Ctx, r: StatusRow): string {
  return badge(c, r.bucket, statusText(r, c.sw));
}

/** The tasks of a list as a table: id, what, lead, deadline, status. */
function tasksTable(c: Ctx, from: string, caption: string, rows: readonly StatusRow[], extra?: (r: StatusRow) => string): string {
  const col = c.w.col;
  return table(
    caption,
    [{ label: col.task }, { label: col.text }, { label: col.lead }, { label: col.deadline }, { label: col.status }],
    rows.map((r) =>
      tr([
        [col.task, taskLink(c, from, r.id)],
        [col.text, vi(c, esc(shortTaskText(r, 140))) + (extra ? extra(r) : "")],
        [col.lead, r.lead.map((a) => agencyLink(c, from, a)).join(", ")],
        [col.deadline, vi(c, esc(r.deadlineText))],
        [col.status, statusCell(c, r)],
      ]),
    ),
    { stack: true },
  );
}

/** An SVG chart inline (under its section's heading), labelled, with the figures in a table after it (its text alternative). */
function figure(svg: string, alt: string, data: string): string {
  const labelled = svg.replace("<svg ", `<svg role="img" aria-label="${esc(alt)}" focusable="false" `);
  return `<figure>\n${labelled}\n</figure>\n${data}`;
}

// ---------- overview ----------

function overview(c: Ctx): string {
  const r = c.site.report;
  const { w, sw } = c;
  const from = PAGE.overview;
  const out: string[] = [];
  out.push(`<h1>${esc(c.name)}</h1>`);
  out.push(`<p class="lead">${esc(sw.headline(r.headline.completed, r.total, sw.percent(r.headline.percent)))}</p>`);
  out.push(
    `<p>${esc(sw.periodLine(c.period, date(r.period.start), date(r.period.end), sw.scheme[r.period.scheme]))}. ${esc(sw.cutoffLine(date(r.period.cutoff), r.period.asOf))}.</p>`,
  );
  out.push(`<p class="muted">${esc(sw.definition)}</p>`);

  out.push(`<h2>${esc(w.overview.buckets)}</h2>`);
  out.push(`<ul class="cards">${BUCKET_ORDER.map((b) => `<li><span class="n">${r.counts[b]}</span>${badge(c, b)}</li>`).join("")}</ul>`);

  // Completion by area: the chart par export draws, and its figures as a table with links.
  const bars = [
    ...r.byArea.map((a) => ({
      label: `${a.area}. ${areaName(c, a.area)}`,
      full: `${a.area}. ${areaName(c, a.area)}`,
      percent: a.percent,
      value: w.percentOf(a.completed, a.total, sw.percent(a.percent)),
    })),
    {
      label: sw.col.totalRow,
      full: sw.col.totalRow,
      percent: r.headline.percent,
      value: w.percentOf(r.headline.completed, r.total, sw.percent(r.headline.percent)),
      total: true,
    },
  ];
  const chart = chartSvg({ type: "chart", title: w.overview.byArea, bars }, 460, SITE_FONT, 50).svg;
  const col = w.col;
  const areaRows = [
    ...r.byArea.map((a) =>
      tr([
        [col.task, link(c, from, PAGE.area(a.area), `${a.area}. ${areaName(c, a.area)}`)],
        [col.total, String(a.total), true],
        [col.completed, String(a.completed), true],
        [col.percent, esc(sw.percent(a.percent)), true],
      ]),
    ),
    tr(
      [
        [col.task, esc(sw.col.totalRow)],
        [col.total, String(r.total), true],
        [col.completed, String(r.headline.completed), true],
        [col.percent, esc(sw.percent(r.headline.percent)), true],
      ],
      "total",
    ),
  ];
  out.push(`<h2>${esc(w.overview.byArea)}</h2>`);
  out.push(
    figure(
      chart,
      w.chartAlt(w.overview.byArea),
      table(
        w.overview.byArea,
        [{ label: w.nav.areas }, { label: col.total, num: true }, { label: col.completed, num: true }, { label: col.percent, num: true }],
        areaRows,
      ),
    ),
  );

  out.push(`<h2>${esc(w.overview.trend)}</h2>`);
  if (c.site.trend.length < 2) out.push(`<p class="muted">${esc(w.overview.trendOne)}</p>`);
  out.push(
    figure(
      trendSvg(c),
      w.chartAlt(w.overview.trend),
      table(
        w.overview.trend,
        [
          { label: col.quarter },
          { label: col.cutoff },
          { label: col.completed, num: true },
          { label: col.total, num: true },
          { label: col.percent, num: true },
        ],
        c.site.trend.map((q) =>
          tr([
            [col.quarter, esc(periodName(q.key, c.lang, { start: true }))],
            [col.cutoff, esc(date(q.cutoff))],
            [col.completed, String(q.completed), true],
            [col.total, String(q.total), true],
            [col.percent, esc(sw.percent(q.percent)), true],
          ]),
        ),
      ),
    ),
  );

  const overdue = r.tasks.filter((t) => t.bucket === "overdue").sort((a, b) => (b.days ?? 0) - (a.days ?? 0));
  out.push(`<h2>${esc(w.overview.attention)}</h2>`);
  out.push(overdue.length ? tasksTable(c, from, w.overview.attention, overdue) : `<p>${esc(w.overview.attentionNone)}</p>`);
  out.push(`<p>${link(c, from, PAGE.notReported, w.notReported.title)} · ${link(c, from, PAGE.downloads, w.downloads.title)}</p>`);
  return out.join("\n");
}

/** Completion at each quarter's cut-off as vertical bars (the figures are also in the table after it). */
function trendSvg(c: Ctx): string {
  const q = c.site.trend;
  const barW = 56;
  const gap = 28;
  const chartH = 160;
  const width = Math.max(240, q.length * (barW + gap) + gap);
  const height = chartH + 56;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(SITE_FONT)}" font-size="13">`,
  ];
  out.push(`<line x1="0" y1="${chartH + 20}" x2="${width}" y2="${chartH + 20}" stroke="#52525b"/>`);
  q.forEach((p, i) => {
    const x = gap + i * (barW + gap);
    const h = Math.round((chartH * Math.max(0, Math.min(100, p.percent))) / 100);
    const y = chartH + 20 - h;
    out.push(
      `<rect x="${x}" y="${y}" width="${barW}" height="${h}" fill="#2e7d32"/>`,
      `<text x="${x + barW / 2}" y="${y - 6}" text-anchor="middle">${esc(c.sw.percent(p.percent))}</text>`,
      `<text x="${x + barW / 2}" y="${chartH + 40}" text-anchor="middle">${esc(periodName(p.key, c.lang, { start: true }))}</text>`,
    );
  });
  out.push("</svg>");
  return out.join("\n");
}

// ---------- an area ----------

function areaPage(c: Ctx, n: number, from: string): string {
  const a = c.site.report.byArea.find((x) => x.area === n)!;
  const rows = c.site.report.tasks.filter((t) => t.area === n);
  const others = c.site.report.byArea.map((x) =>
    x.area === n ? `<li aria-current="page">${esc(c.w.area.short(x.area))}</li>` : `<li>${link(c, from, PAGE.area(x.area), c.w.area.short(x.area))}</li>`,
  );
  return [
    `<h1>${esc(c.w.area.title(n, areaName(c, n)))}</h1>`,
    `<p class="lead">${esc(c.w.area.summary(a.completed, a.total, c.sw.percent(a.percent)))}</p>`,
    `<p>${BUCKET_ORDER.filter((b) => a.counts[b] > 0)
      .map((b) => `${badge(c, b)} ${a.counts[b]}`)
      .join(" · ")}</p>`,
    tasksTable(c, from, c.w.col.tasks, rows),
    `<nav aria-label="${esc(c.w.nav.areas)}"><ul class="plain">${others.join("")}</ul></nav>`,
  ].join("\n");
}

// ---------- agencies ----------

function agenciesPage(c: Ctx): string {
  const from = PAGE.agencies;
  const col = c.w.col;
  const out = [`<h1>${esc(c.w.agencies.title)}</h1>`, `<p>${esc(c.w.agencies.intro)}</p>`];
  const kinds = [...new Set(c.site.agencies.map((a) => a.agency.kind))];
  for (const kind of Object.keys(c.w.agencies.kind) as (keyof SiteWords["agencies"]["kind"])[]) {
    if (!kinds.includes(kind)) continue;
    const list = c.site.agencies.filter((a) => a.agency.kind === kind);
    out.push(`<h2>${esc(c.w.agencies.kind[kind])}</h2>`);
    out.push(
      table(
        c.w.agencies.kind[kind],
        [
          { label: col.agency },
          { label: col.lead, num: true },
          { label: col.support, num: true },
          { label: col.overdue, num: true },
          { label: col.reportedPeriods },
        ],
        list.map((a) =>
          tr([
            [col.agency, link(c, from, PAGE.agency(a.agency.id), agencyName(c, a.agency))],
            [col.lead, String(a.lead.length), true],
            [col.support, String(a.support.length), true],
            [col.overdue, String(a.status?.overdue.length ?? 0), true],
            [col.reportedPeriods, esc(a.reports.map((r) => periodName(r.period, c.lang)).join(", "))],
          ]),
        ),
        { stack: true },
      ),
    );
  }
  return out.join("\n");
}

function agencyPage(c: Ctx, a: SiteAgency, from: string): string {
  const { w, sw } = c;
  const ag = a.agency;
  const rows = new Map(c.site.report.tasks.map((r) => [r.id, r] as const));
  const out: string[] = [`<h1>${esc(agencyName(c, ag))}</h1>`];
  const otherName = c.lang === "en" ? ag.name : ag.nameEn;
  if (otherName && otherName !== agencyName(c, ag)) out.push(`<p class="muted" lang="${c.lang === "en" ? "vi" : "en"}">${esc(otherName)}</p>`);
  const facts: string[] = [];
  if (ag.members.length)
    facts.push(
      `<dt>${esc(w.agencies.kind.group)}</dt><dd>${ag.members.map((m) => (c.pages.has(m) ? link(c, from, PAGE.agency(m), agencyName(c, c.byId.get(m)!)) : esc(m))).join(", ")}</dd>`,
    );
  const s = a.status;
  if (s) {
    facts.push(`<dt>${esc(w.col.lead)}</dt><dd>${esc(w.agency.summary(s.completed, s.total, sw.percent(s.percent)))}</dd>`);
    if (s.members) facts.push(`<dt>${esc(w.col.reportedPeriods)}</dt><dd>${esc(w.agency.members(s.members.reported, s.members.total))}</dd>`);
  }
  if (facts.length) out.push(`<dl class="facts">${facts.join("")}</dl>`);
  if (s?.silent) out.push(`<p class="notice" role="note">${esc(w.agency.silent(c.period))}</p>`);
  else if (s && s.notReported.length) out.push(`<p>${esc(w.agency.notReported(c.period))} ${s.notReported.map((id) => taskLink(c, from, id)).join(", ")}</p>`);

  const list = (items: SiteAgency["lead"], heading: string) => {
    out.push(`<h2>${esc(heading)}</h2>`);
    // Named directly first, then through a group (in the plan's order within each).
    const ordered = [...items.filter((i) => i.via === null), ...items.filter((i) => i.via !== null)];
    const taskRows = ordered.map((i) => rows.get(i.task)).filter((r): r is StatusRow => r !== undefined);
    if (!taskRows.length) {
      out.push(`<p>${esc(w.agency.none)}</p>`);
      return;
    }
    const via = new Map(items.map((i) => [i.task, i.via] as const));
    out.push(
      tasksTable(c, from, heading, taskRows, (r) => {
        const g = via.get(r.id);
        const group = g ? c.byId.get(g) : undefined;
        return g
          ? ` <span class="muted">(${esc(w.agency.via(group ? (c.lang === "en" && group.nameEn ? group.nameEn : (group.short ?? group.name)) : g))})</span>`
          : "";
      }),
    );
  };
  list(a.lead, w.agency.lead);
  list(a.support, w.agency.support);

  out.push(`<h2>${esc(w.agency.reports)}</h2>`);
  out.push(
    a.reports.length
      ? `<ul class="plain">${a.reports
          .map(
            (r) =>
              `<li>${esc(w.agency.reportLine(periodName(r.period, c.lang, { start: true }), r.tasks.length))}: ${r.tasks.map((t) => taskLink(c, from, t)).join(", ")}</li>`,
          )
          .join("")}</ul>`
      : `<p>${esc(w.agency.reportsNone)}</p>`,
  );
  return out.join("\n");
}

// ---------- a task ----------

function taskPage(c: Ctx, t: SiteTask, from: string): string {
  const { w, sw } = c;
  const task = t.task;
  const r = t.row;
  const out: string[] = [`<h1>${esc(w.task.title(task.id))}</h1>`];
  out.push(`<p>${esc(w.task.area)}: ${link(c, from, PAGE.area(task.area), `${task.area}. ${areaName(c, task.area)}`)}</p>`);
  if (task.text) out.push(`<p class="lead">${vi(c, txt(task.text))}</p>`);
  if (task.items.length) out.push(`<ul class="plain">${task.items.map((i) => `<li>${vi(c, txt(i))}</li>`).join("")}</ul>`);

  const facts: string[] = [];
  facts.push(
    `<dt>${esc(w.task.deadline)}</dt><dd>${vi(c, esc(task.deadline.text))}${r.due ? ` <span class="muted">(${esc(w.task.due(date(r.due)))})</span>` : ""}</dd>`,
  );
  if (t.amendments.length) {
    const lines = t.amendments.map((a) => amendmentPhrase(a, c.lang));
    facts.push(`<dt>${esc(w.task.amendments)}</dt><dd>${lines.map(esc).join("<br>")}</dd>`);
  }
  facts.push(
    `<dt>${esc(w.task.lead)}</dt><dd>${task.lead.map((a) => agencyLink(c, from, a, true)).join("; ")}${task.leadNote ? `<br>${vi(c, txt(task.leadNote))}` : ""}</dd>`,
  );
  if (task.support.length) facts.push(`<dt>${esc(w.task.support)}</dt><dd>${task.support.map((a) => agencyLink(c, from, a, true)).join("; ")}</dd>`);
  facts.push(`<dt>${esc(w.task.status)}</dt><dd>${statusCell(c, r)}</dd>`);
  const ms = milestonesText(r, sw);
  if (ms) facts.push(`<dt>${esc(w.task.milestones)}</dt><dd>${txt(ms)}</dd>`);
  if (task.note) facts.push(`<dt>${esc(w.task.planNote)}</dt><dd>${vi(c, txt(task.note))}</dd>`);
  out.push(`<dl class="facts">${facts.join("")}</dl>`);

  out.push(`<h2>${esc(w.task.targets)}</h2>`);
  if (!task.targets.length) out.push(`<p>${esc(w.task.targetsNone)}</p>`);
  else {
    const col = w.col;
    out.push(
      table(
        w.task.targets,
        [{ label: col.target }, { label: col.planned }, { label: col.reported }, { label: col.by }, { label: col.met }],
        task.targets.map((target) => {
          const reported = t.targets.filter((s) => s.target === target.id);
          const got = reported.filter((s) => s.actual !== null);
          return tr([
            [col.target, vi(c, txt(target.metric))],
            [col.planned, esc(targetPhrase(target, c.lang, { unit: "always" }))],
            [col.reported, got.length ? got.map((s) => esc(actualText(s, sw))).join("<br>") : esc(w.met.null)],
            [col.by, got.map((s) => (s.agency ? agencyLink(c, from, s.agency) : "")).join("<br>")],
            [col.met, got.length ? got.map((s) => esc(s.met === null ? w.met.null : w.met[String(s.met) as "true" | "false"])).join("<br>") : ""],
          ]);
        }),
        { stack: true },
      ),
    );
  }

  out.push(`<h2>${esc(w.task.reports)}</h2>`);
  if (!t.reports.length) out.push(`<p>${esc(w.task.reportsNone)}</p>`);
  for (const q of t.reports) {
    out.push(`<h3>${esc(periodName(q.period, c.lang, { start: true }))}</h3>`);
    for (const e of q.entries) out.push(entryHtml(c, from, task, e));
  }
  return out.join("\n");
}

function entryHtml(c: Ctx, from: string, task: Task, e: ProgressEntry): string {
  const { w, sw } = c;
  const dl: string[] = [];
  const item = (label: string, html: string) => dl.push(`<dt>${esc(label)}:</dt> <dd>${html}</dd>`);
  if (e.result) item(w.task.result, vi(c, txt(e.result)));
  const evidence = [...e.evidence, ...e.milestones.flatMap((m) => m.evidence)];
  if (evidence.length) item(w.task.evidence, evidence.map((d) => esc(sw.evidence(d.number, date(d.date)) + (d.title ? ` (${d.title})` : ""))).join("; "));
  const targets = Object.entries(e.targets);
  if (targets.length) {
    item(
      w.task.targets,
      targets
        .map(([id, v]) => {
          const t = task.targets.find((x) => x.id === id);
          return esc(`${t ? t.metric : id}: ${sw.num(v)}${t?.unit === "%" ? "%" : t?.unit ? ` ${t.unit}` : ""}`);
        })
        .join("; "),
    );
  }
  if (e.obstacles) item(w.task.obstacles, vi(c, txt(e.obstacles)));
  if (e.proposals) item(w.task.proposals, vi(c, txt(e.proposals)));
  if (e.note) item(w.task.note, vi(c, txt(e.note)));
  const state = sw.state[e.state] + (e.completed ? `, ${w.task.completedOn(date(e.completed))}` : "");
  return `<div class="report"><h4>${agencyLink(c, from, { agency: e.agency }, true)}: ${esc(state)}</h4>${dl.length ? `<dl>${dl.join("")}</dl>` : ""}</div>`;
}

// ---------- not reported, downloads ----------

function notReportedPage(c: Ctx): string {
  const from = PAGE.notReported;
  const col = c.w.col;
  const list = c.site.notReported;
  const out = [`<h1>${esc(c.w.notReported.title)}</h1>`, `<p>${esc(c.w.notReported.intro(c.period))}</p>`];
  if (!list.length) out.push(`<p>${esc(c.w.notReported.none(c.period))}</p>`);
  else
    out.push(
      table(
        c.w.notReported.title,
        [{ label: col.agency }, { label: col.notReported }, { label: col.overdue }],
        list.map((l) =>
          tr([
            [col.agency, agencyLink(c, from, l.agency, true) + (l.silent ? ` <span class="badge b-no-report">${esc(c.w.notReported.silent)}</span>` : "")],
            [col.notReported, l.notReported.map((id) => taskLink(c, from, id)).join(", ")],
            [col.overdue, l.overdue.map((id) => taskLink(c, from, id)).join(", ")],
          ]),
        ),
        { stack: true },
      ),
    );
  return out.join("\n");
}

function downloadsPage(c: Ctx): string {
  const from = PAGE.downloads;
  const items = c.downloads.map((d) => {
    const href = esc(relative(inLang(c.lang, from), d.path));
    const kb = `${c.sw.num(Math.round(d.bytes / 102.4) / 10)} KB`;
    return `<li><a href="${href}" download>${esc(c.w.downloads[d.kind])}</a> <span class="muted">(${esc(d.path.split("/").pop()!)}, ${esc(kb)})</span></li>`;
  });
  return [`<h1>${esc(c.w.downloads.title)}</h1>`, `<p>${esc(c.w.downloads.intro(c.period))}</p>`, `<ul class="plain">${items.join("")}</ul>`].join("\n");
}

// ---------- search ----------

/** Folded for search as the page's script folds a query (assets.ts): no diacritics, đ as d, lower case, "3.b" kept. */
export function searchFold(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}.]+/gu, " ")
    .replace(/\.(?!\p{N}|\p{L})/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function searchIndex(c: Ctx): string {
  const names = (a: Agency | undefined) => (a ? [a.id, a.name, a.short ?? "", a.nameEn ?? "", ...a.aliases] : []);
  const items: { k: string; t: string; s: string; u: string; f: string }[] = [];
  for (const a of c.site.agencies) {
    const ag = a.agency;
    items.push({
      k: c.w.search.agency,
      t: agencyName(c, ag),
      s: c.lang === "en" ? ag.name : (ag.nameEn ?? ""),
      u: PAGE.agency(ag.id),
      f: searchFold(names(ag).join(" ")),
    });
  }
  for (const t of c.site.tasks) {
    const task = t.task;
    const who = [...task.lead, ...task.support].flatMap((r) => names(c.byId.get(r.agency)));
    items.push({
      k: c.w.search.task,
      t: `${task.id} ${shortTaskText(task, 100)}`,
      s: agencyListPhrase(t.row.lead, c.lang),
      u: PAGE.task(task.id),
      f: searchFold([task.id, task.text ?? "", ...task.items, task.deadline.text, ...task.targets.map((x) => x.metric), ...who].join(" ")),
    });
  }
  for (const a of c.site.report.byArea)
    items.push({ k: c.w.nav.areas, t: c.w.area.title(a.area, areaName(c, a.area)), s: "", u: PAGE.area(a.area), f: searchFold(`${a.name} ${a.nameEn ?? ""}`) });
  // JSON inside a script: "<" escaped, so that no text can close the element.
  return `window.PAR_SEARCH = ${JSON.stringify({ lang: c.lang, items }).replace(/</g, "\\u003c")};\n`;
}
