// `par export --quarter Q3 --format docx|html|csv|tsv|md|json [--output FILE]`: the report annex of the quarterly PAR
// report (the plan's tasks and their results, by area), ready to paste into the report or open in Word or Excel.
import { lstatSync } from "node:fs";
import { resolve } from "node:path";
import { assignmentsOf, buildRegistry } from "../model/agencies";
import { EXPORT_COLUMNS, type ExportColumn } from "../report/export";
import { buildExport, taskRows } from "../format/build/annex";
import { words as catalogue } from "../i18n/words";
import { exportDocument } from "../format/build/export";
import { formatChoices, formatOfFile, formatterFor, renderOptions } from "./formats";
import { displayPath } from "../load/repo";
import { writeFileAtomic } from "../load/write";
import { buildStatus } from "../report/status";
import { areaOption, asOfDate, requestedPeriod, resolveAgency } from "../report/request";
import { usableProgress } from "../workspace";
import { IoError, UsageError } from "../workspace/errors";
import { EXIT, workspaceOf, writeFailureReason, type CommandContext } from "./context";
import { departmentNote } from "./errors";

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
  const w = catalogue(ctx.lang).export;
  const name = exportFormatOf(opts.format, opts.output);
  if (name === undefined) throw new UsageError("export.noFormat", [formatChoices("export")]);
  const formatter = formatterFor("export", name);
  if (!formatter) throw new UsageError("list.badFormat", ["export", String(name), formatChoices("export")]);
  const format = formatter.name;
  const columns = parseColumns(opts.columns, ctx.lang);
  if (typeof columns === "string") throw new UsageError("text", [columns]);
  const toStdout = opts.output === undefined || opts.output === "-";
  if (toStdout && formatter.binary && ctx.io.stdoutIsTTY) throw new UsageError("export.binaryToTerminal", [format]);
  const out = toStdout ? undefined : resolve(ctx.io.cwd, opts.output!);
  const shown = out === undefined ? "-" : displayPath(out, ctx.io.cwd);
  // Refuse before the work; the write itself refuses again if the file appears meanwhile.
  if (out !== undefined && !opts.force && writeWouldClobber(out)) throw new IoError("export.exists", [shown]);

  const asOf = asOfDate("export", opts.asOf);
  const { plan, progress } = usableProgress(workspaceOf(ctx, { progress: true }));
  const period = requestedPeriod("export", plan, progress, opts, asOf, ctx.source.display(plan.dir));
  const report = buildStatus(plan, progress, asOf ? { period, asOf } : { period });

  const area = opts.area !== undefined ? areaOption("export", opts.area, plan) : undefined;
  let tasks: Set<string> | undefined;
  let agency: { id: string; name: string } | undefined;
  if (opts.agency !== undefined) {
    const { agency: a, group } = resolveAgency("export", opts.agency, plan);
    if (group) ctx.io.stderr(departmentNote(ctx.lang, "export", opts.agency, a) + "\n");
    tasks = new Set(assignmentsOf(a.id, plan, buildRegistry(plan.agencies)).map((x) => x.task.id));
    agency = { id: a.id, name: ctx.lang === "en" && a.nameEn ? a.nameEn : a.name };
  }

  const annex = buildExport(report, {
    lang: ctx.lang,
    columns,
    ...(tasks ? { tasks } : {}),
    ...(area !== undefined ? { area } : {}),
    ...(agency ? { agency } : {}),
    leadNotes: new Map(plan.tasks.flatMap((t) => (t.leadNote ? [[t.id, t.leadNote] as const] : []))),
  });
  const count = taskRows(annex).length;
  if (count === 0) ctx.io.stderr(w.noTasks + "\n");
  const doc = exportDocument(annex, { lang: ctx.lang, profile: formatter.profile });
  const o = renderOptions(ctx, formatter, opts.bom !== false);
  const data: string | Uint8Array = formatter.binary ? await formatter.render(doc, o) : formatter.render(doc, o);

  if (out === undefined) {
    if (typeof data === "string") ctx.io.stdout(data);
    else if (ctx.io.stdoutBytes) ctx.io.stdoutBytes(data);
    else throw new IoError("export.noBinaryOutput", [format]);
    return EXIT.ok;
  }
  let written: ReturnType<typeof writeFileAtomic>;
  try {
    written = writeFileAtomic(out, data, { force: Boolean(opts.force) });
  } catch (e) {
    throw new IoError("export.writeFailed", [shown, writeFailureReason(e, ctx.lang, ctx.io.cwd)]);
  }
  if (written === "exists") throw new IoError("export.exists", [shown]);
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
