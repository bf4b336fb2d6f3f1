// `par site [--output DIR] [--quarter Q] [--as-of DATE] [--force]`: the plan and its quarters as a static, bilingual
// site (Vietnamese at the root, English under en/), with the annex of the quarter to download. The folder gets a
// `.par-site` list of the files written: a rebuild replaces those (and removes the ones it no longer writes) and
// refuses any other file in the way unless --force.
import { lstatSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { EXPORT_COLUMNS } from "../report/export";
import { buildExport } from "../format/build/annex";
import { exportDocument } from "../format/build/export";
import { siteFiles, downloadPath, type SiteDownload } from "../format/site";
import type { Lang } from "../i18n/types";
import { words } from "../i18n/words";
import { displayPath } from "../load/repo";
import { nameTaken, writeFileAtomic } from "../load/write";
import { buildSite } from "../report/site";
import { asOfDate, requestedPeriod } from "../report/request";
import { usableProgress } from "../workspace";
import { IoError, UsageError } from "../workspace/errors";
import { EXIT, workspaceOf, writeFailureReason, type CommandContext } from "./context";
import { formatterFor, renderOptions } from "./formats";

export interface SiteCommandOptions {
  output?: string;
  quarter?: string;
  asOf?: string;
  force?: boolean;
}

/** The list of the files a site folder holds, written last (docs/site.md). */
const SITE_MARKER = ".par-site";
const MARKER_FORMAT = "par-site/1";
const DOWNLOADS = [
  { kind: "xlsx", format: "xlsx" },
  { kind: "csv", format: "csv" },
  { kind: "docx", format: "docx" },
] as const;

/** Run site; resolves to the exit code (0 written, 1 plan or progress errors, 2 usage, a folder not par's, I/O failure). */
export async function siteCommand(ctx: CommandContext, opts: SiteCommandOptions): Promise<number> {
  const dir = resolve(ctx.io.cwd, opts.output ?? "site");
  const shown = displayPath(dir, ctx.io.cwd) || ".";
  if (opts.quarter !== undefined && opts.asOf !== undefined) throw new UsageError("site.bothPeriods", []);
  const previous = ownedFiles(dir, shown, Boolean(opts.force));

  const asOf = asOfDate("site", opts.asOf);
  const { plan, progress } = usableProgress(workspaceOf(ctx, { progress: true }));
  const period = requestedPeriod("site", plan, progress, opts.quarter !== undefined ? { quarter: opts.quarter } : {}, asOf, ctx.source.display(plan.dir));
  const site = buildSite(plan, progress, period, asOf);

  // The downloads: par export's annex of the quarter in each language, as Excel, CSV and Word.
  const files: { path: string; data: string | Uint8Array }[] = [];
  const downloads: Record<Lang, SiteDownload[]> = { vi: [], en: [] };
  const leadNotes = new Map(plan.tasks.flatMap((t) => (t.leadNote ? [[t.id, t.leadNote] as const] : [])));
  for (const lang of ["vi", "en"] as const) {
    const annex = buildExport(site.report, { lang, columns: [...EXPORT_COLUMNS], leadNotes });
    for (const d of DOWNLOADS) {
      const formatter = formatterFor("export", d.format)!;
      const doc = exportDocument(annex, { lang, profile: formatter.profile, ...(formatter.binary ? { status: site.report } : {}) });
      const o = renderOptions({ ...ctx, lang }, formatter, true);
      const data = formatter.binary ? await formatter.render(doc, o) : formatter.render(doc, o);
      const path = downloadPath(lang, plan.meta.id, site.report.period.key, formatter.extension);
      files.push({ path, data });
      downloads[lang].push({ kind: d.kind, path, bytes: typeof data === "string" ? Buffer.byteLength(data, "utf8") : data.length });
    }
  }
  const pages = siteFiles(site, downloads);
  for (const p of pages) files.push({ path: p.path, data: p.text });

  // Nothing is written while a file par did not write stands in the way (without --force).
  if (!opts.force) {
    for (const f of files) {
      if (previous.has(f.path)) continue;
      if (nameTaken(join(dir, f.path))) throw new IoError("site.taken", [displayPath(join(dir, f.path), ctx.io.cwd)]);
    }
  }
  for (const f of [...files, { path: SITE_MARKER, data: markerText(files.map((x) => x.path)) }]) {
    const target = join(dir, f.path);
    try {
      // Each page atomically (a temporary file, then a rename); not synced one by one: the site is rebuilt from the plan.
      writeFileAtomic(target, f.data, { force: true, within: dir, durable: false });
    } catch (e) {
      throw new IoError("site.writeFailed", [displayPath(target, ctx.io.cwd), writeFailureReason(e, ctx.lang, ctx.io.cwd)]);
    }
  }
  // Pages an earlier build wrote and this one does not (a task or an agency gone): par's own files, removed.
  const now = new Set(files.map((f) => f.path));
  for (const old of previous) {
    if (now.has(old)) continue;
    try {
      if (lstatSync(join(dir, old)).isFile()) unlinkSync(join(dir, old));
    } catch {
      // Already gone: nothing to remove.
    }
  }
  const pageCount = pages.filter((p) => p.path.endsWith(".html")).length;
  ctx.io.stdout(words(ctx.lang).site.error.wrote(shown, pageCount, files.length - pages.length) + "\n");
  return EXIT.ok;
}

/**
 * The files an earlier build wrote in the folder (its `.par-site` list); empty for a folder that does not exist or is
 * empty. A folder with other files and no list is refused (exit 2) unless --force.
 */
function ownedFiles(dir: string, shown: string, force: boolean): Set<string> {
  let isDir: boolean;
  try {
    isDir = lstatSync(dir).isDirectory();
  } catch {
    return new Set();
  }
  if (!isDir) throw new IoError("site.notAFolder", [shown]);
  let marker: unknown;
  try {
    marker = JSON.parse(readFileSync(join(dir, SITE_MARKER), "utf8"));
  } catch {
    marker = undefined;
  }
  if (isMarker(marker)) return new Set(marker.files.filter(safeRelative));
  if (!force && readdirSync(dir).length > 0) throw new IoError("site.notASite", [shown]);
  return new Set();
}

function isMarker(v: unknown): v is { format: string; files: string[] } {
  if (typeof v !== "object" || v === null) return false;
  const m = v as { format?: unknown; files?: unknown };
  return m.format === MARKER_FORMAT && Array.isArray(m.files) && m.files.every((f) => typeof f === "string");
}

/** A path the list may name: inside the folder, never the list itself (a list edited by hand may not reach out). */
function safeRelative(p: string): boolean {
  return p !== SITE_MARKER && !p.startsWith("/") && !p.split(/[\\/]/).some((s) => s === ".." || s === "");
}

function markerText(files: readonly string[]): string {
  return JSON.stringify({ format: MARKER_FORMAT, note: "Files written by par site; a rebuild replaces them.", files: [...files].sort() }, null, 1) + "\n";
}
