// Where each page of the site lives, and links between pages as relative paths: the site works opened from disk
// (file://) and from any static host under any sub-path, so no link starts with "/" or names a host.
import type { Lang } from "../../i18n/types";
import { letterToAscii } from "../../model/vietnamese";

/** A page's path inside its language's tree (Vietnamese at the root, English under en/). */
export const PAGE = {
  overview: "index.html",
  agencies: "agencies/index.html",
  notReported: "not-reported.html",
  search: "search.html",
  downloads: "downloads/index.html",
  area: (n: number) => `areas/${n}.html`,
  agency: (id: string) => `agencies/${encodeSegment(id)}.html`,
  /** "1.đ" → tasks/1-dd.html. */
  task: (id: string) => {
    const [area, letter] = id.split(".");
    return `tasks/${area}-${encodeSegment(letterToAscii(letter ?? ""))}.html`;
  },
} as const;

/** The files the site's pages share, at the root of the site. */
export const ASSET = { css: "assets/site.css", js: "assets/site.js" } as const;

/** An id as a file name: letters, digits, "-", "_" and "." kept, anything else as %XX (ids are kebab-case in practice). */
function encodeSegment(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, (c) => encodeURIComponent(c).replace(/%/g, "_"));
}

/** A page's path from the site's root: the language's tree prefix, then the page. */
export function inLang(lang: Lang, page: string): string {
  return lang === "vi" ? page : `en/${page}`;
}

/** The relative link from one file of the site to another (both paths from the site's root, "/"-separated). */
export function relative(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return "../".repeat(a.length - i) + b.slice(i).join("/");
}

/** Where a download of the annex goes: downloads/<plan>-<quarter>.<ext> in its language's tree. */
export function downloadPath(lang: Lang, plan: string, period: string, extension: string): string {
  return inLang(lang, `downloads/${plan}-${period}${extension}`);
}
