// `par export --quarter Q3 --format docx|html|csv|tsv|md|json [--output FILE]`: the report annex of the quarterly PAR
// report (the plan's tasks and their results, by area), ready to paste into the report or open in Word or Excel.
import { resolve } from "node:path";
import { EXPORT_COLUMNS, type ExportColumn } from "../report/export";
import { buildExport, taskRows } from "../format/build/annex";
import { words as catalogue } from "../i18n/words";
import { exportDocument, type AttachedTo } from "../format/build/export";
import type { Document } from "../format/document";
import type { Formatter } from "../format/registry";
import { parseDate } from "../model/dates";
import { formatChoices, formatOfFile, formatterFor, renderOptions } from "./formats";
import { displayPath } from "../load/repo";
import { nameTaken, writeFileAtomic } from "../load/write";
import { buildStatus } from "../report/status";
import { asOfDate, requestedPeriod } from "../report/request";
import { usableProgress } from "../workspace";
import { IoError, UsageError } from "../workspace/errors";
import { EXIT, workspaceOf, writeFailureReason, type CommandContext } from "./context";
import { chooseSelection, selectedPlan } from "./select";

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
  /** docx: the report the annex is attached to. */
  reportNumber?: string;
  reportDate?: string;
}

/** The format asked for: --format, else the --output file's extension; undefined when neither says. */
export function exportFormatOf(format: string | undefined, output: string | undefined): string | undefined {
  if (format !== undefined) return format;
  if (output === undefined || output === "-") return undefined;
  return formatOfFile("export", output);
}

/** The --columns list as keys, or the message saying what is wrong with it. */
export function parseColumns(text: string | undefined, lang: CommandContext["lang"]): ExportColumn[] | string {
  const w = catalogue(lang).export;
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
  // Neither --format nor an --output file name that says: Markdown on standard output.
  const name = exportFormatOf(opts.format, opts.output) ?? (opts.output === undefined || opts.output === "-" ? "md" : undefined);
  if (name === undefined) throw new UsageError("export.noFormat", [formatChoices("export")]);
  const formatter = formatterFor("export", name);
  if (!formatter) throw new UsageError("list.badFormat", ["export", String(name), formatChoices("export")]);
  const target = outputTarget(ctx, "export", formatter, opts);
  const { doc, count } = annexDocument(ctx, "export", formatter, opts);
  if (count === 0) ctx.io.stderr(catalogue(ctx.lang).export.noTasks + "\n");
  return writeOutput(ctx, formatter, doc, target, opts, count);
}

/** Where a document goes: undefined for standard output, else the file (refused early when it exists, without --force). */
export function outputTarget(
  ctx: CommandContext,
  cmd: string,
  formatter: Formatter,
  opts: { output?: string; force?: boolean },
): { out?: string; shown: string } {
  const toStdout = opts.output === undefined || opts.output === "-";
  if (toStdout && formatter.binary && ctx.io.stdoutIsTTY) {
    if (cmd === "export") throw new UsageError("export.binaryToTerminal", [formatter.name]);
    throw new UsageError("text", [catalogue(ctx.lang).list.error.binaryToTerminal(cmd, formatter.name)]);
  }
  const out = toStdout ? undefined : resolve(ctx.io.cwd, opts.output!);
  const shown = out === undefined ? "-" : displayPath(out, ctx.io.cwd);
  // Refuse before the work; the write itself refuses again if the file appears meanwhile.
  if (out !== undefined && !opts.force && nameTaken(out)) throw new IoError("export.exists", [shown, cmd]);
  return out === undefined ? { shown } : { out, shown };
}

/**
 * The annex of the period and tasks asked for, as a formatter's document: what `par export` writes, and what
 * `par status --format docx|xlsx` writes too (one builder). Word and Excel get par status's tables as well.
 */
export function annexDocument(
  ctx: CommandContext,
  cmd: "export" | "status",
  formatter: Formatter,
  opts: Omit<ExportCommandOptions, "format" | "output" | "force" | "bom">,
): { doc: Document; count: number } {
  const columns = parseColumns(opts.columns, ctx.lang);
  if (typeof columns === "string") throw new UsageError("text", [columns]);
  const attachedTo: AttachedTo = {};
  if (opts.reportNumber !== undefined) attachedTo.number = opts.reportNumber;
  if (opts.reportDate !== undefined) {
    const iso = parseDate(opts.reportDate);
    if (!iso) throw new UsageError("text", [catalogue(ctx.lang).export.badReportDate(opts.reportDate)]);
    attachedTo.date = iso;
  }
  const asOf = asOfDate(cmd, opts.asOf);
  const { plan, progress } = usableProgress(workspaceOf(ctx, { progress: true }));
  const period = requestedPeriod(cmd, plan, progress, opts, asOf, ctx.source.display(plan.dir));
  const when = asOf ? { period, asOf } : { period };
  const sel = chooseSelection(ctx, cmd, plan, opts);
  const report = buildStatus(plan, progress, when);
  const annex = buildExport(report, {
    lang: ctx.lang,
    columns,
    ...(sel.tasks ? { tasks: sel.tasks } : {}),
    ...(sel.area !== undefined ? { area: sel.area } : {}),
    ...(sel.agency ? { agency: sel.agency } : {}),
    leadNotes: new Map(plan.tasks.flatMap((t) => (t.leadNote ? [[t.id, t.leadNote] as const] : []))),
  });
  // Word and Excel, the files filed and worked on, carry par status's tables over the same tasks.
  const filtered = sel.tasks !== undefined || sel.area !== undefined;
  const status = formatter.binary ? (filtered ? buildStatus(selectedPlan(plan, sel), progress, when) : report) : undefined;
  const doc = exportDocument(annex, { lang: ctx.lang, profile: formatter.profile, ...(status ? { status } : {}), attachedTo });
  return { doc, count: taskRows(annex).length };
}

/** A rendered document to standard output or, atomically, to its file (never over one without --force). */
export async function writeOutput(
  ctx: CommandContext,
  formatter: Formatter,
  doc: Document,
  target: { out?: string; shown: string },
  opts: { force?: boolean; bom?: boolean; cmd?: string },
  count?: number,
): Promise<number> {
  const o = renderOptions(ctx, formatter, opts.bom !== false);
  const data: string | Uint8Array = formatter.binary ? await formatter.render(doc, o) : formatter.render(doc, o);
  const { out, shown } = target;
  if (out === undefined) {
    if (typeof data === "string") ctx.io.stdout(data);
    else if (ctx.io.stdoutBytes) ctx.io.stdoutBytes(data);
    else throw new IoError("export.noBinaryOutput", [formatter.name]);
    return EXIT.ok;
  }
  let written: ReturnType<typeof writeFileAtomic>;
  try {
    written = writeFileAtomic(out, data, { force: Boolean(opts.force) });
  } catch (e) {
    throw new IoError("export.writeFailed", [shown, writeFailureReason(e, ctx.lang, ctx.io.cwd), opts.cmd ?? "export"]);
  }
  if (written === "exists") throw new IoError("export.exists", [shown, opts.cmd ?? "export"]);
  const w = catalogue(ctx.lang).export;
  ctx.io.stdout((count === undefined ? w.wroteFile(shown) : w.wrote(shown, count)) + "\n");
  return EXIT.ok;
}
