// The files every page of the site shares: the style sheet (screen, phone, print) and the search script. Written by
// hand: a framework or a search library would weigh more than the whole site's pages (docs/site.md), and the search
// is a substring match over a few hundred folded entries.

/** The style sheet. Colours meet WCAG 2.1 AA contrast (4.5:1 for text) on their backgrounds. */
export const SITE_CSS = `:root{--ink:#1d1d1f;--muted:#52525b;--line:#d4d4d8;--accent:#0b5394;--bg:#fff;--soft:#f4f4f5}
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;line-height:1.5;color:var(--ink);background:var(--bg)}
a{color:var(--accent)}a:focus-visible,button:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem 1rem;z-index:2}.skip:focus{left:.5rem}
.site-header{background:#0b3d6e;color:#fff;padding:.75rem 1rem}
.site-header a{color:#fff}
.bar{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;max-width:72rem;margin:0 auto}
.site-name{font-weight:700;margin:0;flex:1 1 18rem}.site-name a{text-decoration:none}
.lang-switch{border:1px solid #fff;border-radius:4px;padding:.1rem .6rem;text-decoration:none}
nav ul{list-style:none;margin:.5rem auto 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;max-width:72rem}
nav a[aria-current=page]{font-weight:700;text-decoration-thickness:3px}
.search{max-width:72rem;margin:.5rem auto 0;display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;position:relative}
.search label{flex:0 0 auto}
.search input{flex:1 1 12rem;min-width:0;font:inherit;padding:.3rem .5rem;border:1px solid #fff;border-radius:4px}
.search button{font:inherit;padding:.3rem .8rem;border:1px solid #fff;border-radius:4px;background:#fff;color:#0b3d6e;font-weight:700}
.results{max-width:72rem;margin:0 auto}
.results ul{list-style:none;margin:.5rem 0 0;padding:0;background:#fff;color:var(--ink);border-radius:4px}
.results li{padding:.35rem .6rem;border-top:1px solid var(--line)}.results li:first-child{border-top:0}
.results a{color:var(--accent)}.results .kind{color:var(--muted);font-size:.85rem;margin-right:.4rem}
.results p{margin:.4rem 0 0}
.sample{background:#fff3cd;border-bottom:2px solid #b7791f;padding:.6rem 1rem;margin:0}
.notice{background:#ffebee;border-left:4px solid #a31515;padding:.5rem .75rem}
.sample p{max-width:72rem;margin:0 auto}
main{max-width:72rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0 1rem}h2{font-size:1.25rem;margin:2rem 0 .5rem}h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
.lead{font-size:1.15rem;font-weight:600}
.muted{color:var(--muted)}
.table-wrap{overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;font-size:.92rem;min-width:100%}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--soft)}td.num,th.num{text-align:right;white-space:nowrap}
tr.total td,tr.total th{font-weight:700}
.badge{display:inline-block;border-radius:3px;padding:0 .4rem;font-size:.85rem;white-space:nowrap;border:1px solid}
.b-done-on-time{background:#e8f5e9;color:#1b5e20}.b-done-late{background:#fff8e1;color:#7a4a00}
.b-not-due{background:#e3f2fd;color:#0d47a1}.b-overdue{background:#ffebee;color:#a31515}
.b-ongoing-reported{background:#e8eaf6;color:#283593}.b-ongoing-unreported{background:#f3e5f5;color:#6a1b9a}
.b-no-report{background:#f4f4f5;color:#3f3f46}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.5rem;list-style:none;padding:0;margin:.5rem 0}
.cards li{border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.cards .badge{white-space:normal}
.cards .n{display:block;font-size:1.5rem;font-weight:700}
figure{margin:.5rem 0 1rem}figure svg{max-width:100%;height:auto;display:block}
figcaption{font-weight:600;margin-bottom:.25rem}
dl.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem;margin:.5rem 0}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
.report{border-left:4px solid var(--line);padding:.25rem 0 .25rem .75rem;margin:.5rem 0}
.report h4{margin:0;font-size:1rem}
.report dl{margin:.25rem 0}.report dt{font-weight:600;display:inline}.report dd{display:inline;margin:0}
.report dd::after{content:"";display:block}
ul.plain{padding-left:1.25rem}
footer{max-width:72rem;margin:2rem auto 0;padding:1rem;border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
@media (max-width:600px){body{font-size:.95rem}main{padding:.75rem}h1{font-size:1.35rem}
 dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}
 table.stack thead{position:absolute;left:-9999px}
 table.stack,table.stack tbody,table.stack tr,table.stack td,table.stack th{display:block;min-width:0;width:100%}
 table.stack tr{border:1px solid var(--line);margin:0 0 .5rem;border-radius:4px}
 table.stack td,table.stack th{border:0;border-top:1px solid var(--soft)}
 table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600}}
@media print{.site-header nav,.search,.results,.skip,.lang-switch{display:none}
 .site-header{background:none;color:#000;padding:0}.site-header a{color:#000}
 body{font-size:11pt}main{max-width:none;padding:0}a{color:#000;text-decoration:none}
 .table-wrap{overflow:visible}tr,.report,figure{break-inside:avoid}h2,h3{break-after:avoid}
 .sample{border:1px solid #000;background:none}}
`;

/**
 * The search: the language's index (search-index.js sets window.PAR_SEARCH, so it works from file://, where a
 * fetch of a JSON file is refused), a query folded as src/model/vietnamese.ts folds (no diacritics, đ as d, lower
 * case), and every word of it found in an entry's folded words. Results link relative to the page (data-root).
 */
export const SITE_JS = `(function () {
  "use strict";
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/[\\u0111\\u0110]/g, "d").toLowerCase()
      .replace(/[^\\p{L}\\p{N}.]+/gu, " ").replace(/\\.(?!\\p{N}|\\p{L})/gu, " ").trim();
  }
  function search(index, query) {
    var words = fold(query).split(" ").filter(Boolean);
    if (!words.length) return [];
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var e = index[i], all = true;
      for (var j = 0; j < words.length; j++) if (e.f.indexOf(words[j]) < 0) { all = false; break; }
      if (!all) continue;
      var title = fold(e.t), rank = title.indexOf(words.join(" ")) >= 0 ? 0 : 1;
      hits.push({ e: e, rank: rank, order: i });
    }
    hits.sort(function (a, b) { return a.rank - b.rank || a.order - b.order; });
    return hits.slice(0, 30).map(function (h) { return h.e; });
  }
  function show(box, list, root, query) {
    box.textContent = "";
    if (!query.trim()) return;
    var p = document.createElement("p");
    p.textContent = list.length ? box.getAttribute("data-count").replace("{n}", String(list.length)) : box.getAttribute("data-none");
    box.appendChild(p);
    if (!list.length) return;
    var ul = document.createElement("ul");
    list.forEach(function (e) {
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = e.k;
      var a = document.createElement("a");
      a.href = root + e.u;
      a.textContent = e.t;
      li.appendChild(kind);
      li.appendChild(a);
      if (e.s) li.appendChild(document.createTextNode(" \\u2013 " + e.s));
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }
  function start() {
    var index = (window.PAR_SEARCH && window.PAR_SEARCH.items) || [];
    var root = document.documentElement.getAttribute("data-root") || "";
    var input = document.getElementById("site-search");
    var box = document.getElementById("search-results");
    if (!input || !box) return;
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { input.value = q; show(box, search(index, q), root, q); }
    input.addEventListener("input", function () { show(box, search(index, input.value), root, input.value); });
    input.form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      show(box, search(index, input.value), root, input.value);
      var first = box.querySelector("a");
      if (first) first.focus();
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
`;
