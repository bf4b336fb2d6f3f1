// `par export --quarter Q3 --format docx|html|csv|tsv|md|json [--output FILE]`: the report annex of the quarterly PAR
// report (the plan's tasks and their results, by area), ready to paste into the report or open in Word or Excel.
import { lstatSync } from "node:fs";
import { extname, resolve } from "node:path";
import { buildExport, EXPORT_COLUMNS, exportWords, taskRows, type ExportColumn } from "../report/export";
import { docx, EXPORT_FORMATS, exportFormatters, type ExportFormat } from "../format/export";
import { listWords } from "../format/list/common";
import { displayPath } from "../load/repo";
import { writeFileAtomic } from "../load/write";
import { EXIT, writeFailureReason, type CommandContext } from "./context";
import { chooseSelection } from "./select";
import { statusReportFor, type PeriodWords } from "./status";

export interface ExportCommandOptions {
  quarter?: string;
  period?: string;
  asOf?: string;
  agency?: string;
  area?: string;
  format?: string;
  output?: string;
  force?: boolean;
  columns?: string;
  /** false with --no-bom. */
  bom?: boolean;
}

const EXTENSIONS: Record<string, ExportFormat> = {
  ".docx": "docx",
  ".html": "html",
  ".htm": "html",
  ".csv": "csv",
  ".tsv": "tsv",
  ".md": "md",
  ".markdown": "md",
  ".json": "json",
};

/** The format asked for: --format, else the --output file's extension; undefined when neither says. */
export function exportFormatOf(format: string | undefined, output: string | undefined): string | undefined {
  if (format !== undefined) return format;
  if (output === undefined || output === "-") return undefined;
  return EXTENSIONS[extname(output).toLowerCase()];
}

/** The --columns list as keys, or the message saying what is wrong with it. */
export function parseColumns(text: string | undefined, lang: CommandContext["lang"]): ExportColumn[] | string {
  const w = exportWords(lang);
  if (text === undefined) return [...EXPORT_COLUMNS];
  const keys = text.split(",").map((k) => k.trim().toLowerCase());
  const typed = text.split(",").map((k) => k.trim());
  const unknown = typed.filter((k) => k !== "" && !(EXPORT_COLUMNS as readonly string[]).includes(k.toLowerCase()));
  if (unknown.length) return w.unknownColumns(unknown, EXPORT_COLUMNS);
  if (!keys.length || keys.some((k) => k === "")) return w.badColumns(text, EXPORT_COLUMNS);
  const seen = new Set<string>();
  for (const k of keys) {
    if (seen.has(k)) return w.duplicateColumn(k);
    seen.add(k);
  }
  return keys as ExportColumn[];
}

/** Run export; resolves to the exit code (0 written, 1 plan or progress errors, 2 usage, existing file or I/O failure). */
export async function exportCommand(ctx: CommandContext, opts: ExportCommandOptions): Promise<number> {
  const w = exportWords(ctx.lang);
  const fail = (message: string): number => {
    ctx.io.stderr(message + "\n");
    return EXIT.failure;
  };
  const format = exportFormatOf(opts.format, opts.output) as ExportFormat | undefined;
  if (format === undefined) return fail(w.noFormat(EXPORT_FORMATS));
  if (!EXPORT_FORMATS.includes(format)) return fail(listWords(ctx.lang).error.badFormat("export", String(format), EXPORT_FORMATS));
  const columns = parseColumns(opts.columns, ctx.lang);
  if (typeof columns === "string") return fail(columns);
  const toStdout = opts.output === undefined || opts.output === "-";
  if (toStdout && format === "docx" && ctx.io.stdoutIsTTY) return fail(w.binaryToTerminal(format));
  const out = toStdout ? undefined : resolve(ctx.io.cwd, opts.output!);
  const shown = out === undefined ? "-" : displayPath(out, ctx.io.cwd);
  // Refuse before the work; the write itself refuses again if the file appears meanwhile.
  if (out !== undefined && !opts.force && writeWouldClobber(out)) return fail(w.exists(shown));

  const words: PeriodWords = {
    bothPeriods: w.bothPeriods,
    badQuarter: w.badQuarter,
    badPeriod: w.badPeriod,
    badDate: w.badDate,
    noProgress: w.noProgress,
    command: "export",
  };
  const got = statusReportFor(ctx, opts, words);
  if (typeof got === "number") return got;
  const { plan, report } = got;

  const sel = chooseSelection(ctx, "export", plan, opts);
  if (typeof sel === "number") return sel;
  const { tasks, area, agency } = sel;

  const annex = buildExport(report, {
    lang: ctx.lang,
    columns,
    ...(tasks ? { tasks } : {}),
    ...(area !== undefined ? { area } : {}),
    ...(agency ? { agency } : {}),
  });
  const count = taskRows(annex).length;
  if (count === 0) ctx.io.stderr(w.noTasks + "\n");
  const data: string | Uint8Array = format === "docx" ? await docx(annex) : exportFormatters[format](annex, { bom: opts.bom !== false });

  if (out === undefined) {
    if (typeof data === "string") ctx.io.stdout(data);
    else if (ctx.io.stdoutBytes) ctx.io.stdoutBytes(data);
    else return fail(w.noBinaryOutput(format));
    return EXIT.ok;
  }
  try {
    if (writeFileAtomic(out, data, { force: Boolean(opts.force) }) === "exists") return fail(w.exists(shown));
  } catch (e) {
    return fail(w.writeFailed(shown, writeFailureReason(e, ctx.lang, ctx.io.cwd)));
  }
  ctx.io.stdout(w.wrote(shown, count) + "\n");
  return EXIT.ok;
}

/** Whether something (a file, a folder, a link) already has the name; the write checks again, atomically. */
function writeWouldClobber(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
