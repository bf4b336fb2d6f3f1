// `par progress import FILE… [--dry-run] [--force] [--format stylish|json|github]`: read filled return forms (.xlsx,
// or .csv with the same columns) into progress/YYYY-Qn/AGENCY.yaml. Every problem names its sheet and cell; a file
// with an error writes nothing; a progress file edited by hand since its last import is kept unless --force.
import type * as Crypto from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { buildRegistry } from "../model/agencies";
import { compareDiagnostics, countBySeverity, type Diagnostic } from "../model/diagnostic";
import type { ImportedEntry } from "../model/form";
import { displayPath } from "../load/repo";
import { progressDir } from "../load/progress";
import { readCsv, readFormBytes, readWorkbook, INFLATED_LIMIT, FORM_FILE_LIMIT, type SheetGrid } from "../load/xlsx";
import { writeFileAtomic } from "../load/write";
import { checkForm } from "../validate/progress-import";
import { asImported, importChanges } from "../report/progress-import";
import { HASH_LINE, HASH_PLACEHOLDER, renderProgressImport } from "../format/forms/progress-yaml";
import { formWords } from "../format/forms/progress-form";
import { progressChangeLine } from "../format/forms/changes";
import { lintFormatters, type LintFormat } from "../format/lint";
import { localize } from "../i18n";
import { usableProgress } from "../workspace";
import { EXIT, workspaceOf, writeFailureReason, type CommandContext } from "./context";
import { schemasDir } from "./progress";
import { importWords } from "./progress-form";

export interface ProgressImportOptions {
  dryRun?: boolean;
  force?: boolean;
  format?: string;
}

// node:crypto is required when a hash is taken, off the start-up path of every other command.
const sha256 = (text: string): string => (require("node:crypto") as typeof Crypto).createHash("sha256").update(text, "utf8").digest("hex");

/** Whether a progress file is as its last import wrote it (its recorded hash is that of the rest of it). */
function untouched(text: string): boolean {
  const m = HASH_LINE.exec(text);
  return !!m && sha256(text.replace(HASH_LINE, "")) === m[1];
}

/** Run progress import; returns the exit code (0 every file accepted, 1 a file rejected, 2 usage or I/O failure). */
export async function progressImportCommand(ctx: CommandContext, files: string[], opts: ProgressImportOptions): Promise<number> {
  const w = importWords(ctx.lang);
  if (!files.length) {
    ctx.io.stderr(w.importNoFiles + "\n");
    return EXIT.failure;
  }
  const ws = workspaceOf(ctx, { progress: true });
  const { plan, progress } = usableProgress(ws);
  const opened = ws.opened;
  const reg = buildRegistry(plan.agencies);
  const format = (opts.format ?? "stylish") as LintFormat;
  const all: Diagnostic[] = [];
  const summary: string[] = [];
  let accepted = 0;
  let rejected = 0;
  let failed = false;
  // The progress files this run writes, by the workbook that claimed each: a second form of the same agency and
  // quarter would silently replace the first, so it is refused unless it reports exactly the same.
  const claimed = new Map<string, { shown: string; entries: string }>();

  for (const f of files) {
    const path = resolve(ctx.io.cwd, f);
    const shown = displayPath(path, ctx.io.cwd);
    const ds: Diagnostic[] = [];
    const fileProblem = (code: Diagnostic["code"], args: Record<string, string | number> = {}) =>
      ds.push({ file: shown, line: 1, column: 1, severity: "error", code, args });
    let sheets: SheetGrid[] | undefined;
    const read = readFormBytes(path);
    if (!read.ok) {
      fileProblem(
        read.code,
        read.code === "io/not-found"
          ? { path: shown }
          : read.code === "io/too-large"
            ? { size: read.size ?? 0, limit: FORM_FILE_LIMIT }
            : { reason: read.reason ?? "" },
      );
    } else if (/\.(csv|txt)$/i.test(path)) {
      sheets = [readCsv(Buffer.from(read.bytes).toString("utf8"), formWords(ctx.lang).sheets.report)];
    } else {
      const wb = await readWorkbook(read.bytes);
      if (wb.ok) sheets = wb.sheets;
      else fileProblem(`import/${wb.problem}`, wb.problem === "too-large" ? { limit: INFLATED_LIMIT } : wb.detail === "xls" ? { detail: "xls" } : {});
    }
    let plannedWrite: { target: string; text: string; entries: ImportedEntry[]; was: ImportedEntry[]; same: boolean } | undefined;
    if (sheets) {
      const res = checkForm(sheets, shown, plan, reg);
      ds.push(...res.diagnostics);
      if (res.period && res.agency && !ds.some((d) => d.severity === "error") && res.entries.length) {
        const target = join(progressDir(plan.dir), res.period, `${res.agency}.yaml`);
        const targetShown = displayPath(target, ctx.io.cwd);
        // The same task reported by the same agency in another file of the quarter: lint would call it a duplicate.
        const elsewhere = new Map<string, string>();
        for (const x of [...progress.entries, ...(progress.unfilled ?? [])])
          if (x.period === res.period && x.agency === res.agency && x.file !== targetShown && !elsewhere.has(x.task)) elsewhere.set(x.task, x.file);
        for (const e of res.entries) {
          const other = elsewhere.get(e.task);
          const at = res.at[e.task]!;
          if (other) ds.push({ file: shown, ...at, severity: "error", code: "import/duplicate-entry", args: { agency: res.agency, task: e.task, other } });
        }
        const schema = relative(dirname(target), join(schemasDir(plan, opened), "progress.schema.json"))
          .split(sep)
          .join("/");
        const body = renderProgressImport({
          period: res.period,
          agency: res.agency,
          from: basename(path),
          schema,
          entries: res.entries,
          // In the plan's language, not the run's: the same workbook imported by anyone gives the same file.
          note: importWords(plan.meta.language ?? "vi").fileNote(basename(path)),
        });
        const text = body.replace(HASH_PLACEHOLDER, `  sha256: ${sha256(body.replace(HASH_PLACEHOLDER, ""))}\n`);
        let existing: string | undefined;
        if (existsSync(target)) {
          try {
            existing = readFileSync(target, "utf8");
          } catch {
            existing = "";
          }
        }
        const first = claimed.get(target);
        const same = first !== undefined && first.entries === JSON.stringify(res.entries);
        if (first && !same)
          ds.push({
            file: shown,
            line: 1,
            column: 1,
            severity: "error",
            code: "import/same-form-twice",
            args: { agency: res.agency, period: res.period, other: first.shown },
          });
        if (first && same) {
          // The same report sent twice (or saved under two names): one file, written once, from the first.
          plannedWrite = { target, text: existing ?? text, entries: res.entries, was: res.entries, same: true };
        } else if (existing !== undefined && existing !== text && !opts.force && !untouched(existing)) {
          const from = /^ {2}from: "([^"\n]*)"/m.exec(existing)?.[1];
          ds.push({
            file: shown,
            line: 1,
            column: 1,
            severity: "error",
            code: "import/edited-by-hand",
            args: from ? { target: targetShown, from } : { target: targetShown },
          });
        }
        if (!first) {
          const was = progress.entries.filter((e) => e.file === targetShown).map(asImported);
          plannedWrite = { target, text, entries: res.entries, was, same: existing === text };
        }
      }
      if (!ds.some((d) => d.severity === "error")) {
        accepted++;
        if (plannedWrite && !claimed.has(plannedWrite.target)) claimed.set(plannedWrite.target, { shown, entries: JSON.stringify(plannedWrite.entries) });
        if (!plannedWrite) summary.push(w.nothingFilled(shown));
        else {
          const targetShown = displayPath(plannedWrite.target, ctx.io.cwd);
          let outcome: "written" | "unchanged" | "would-write" | "would-keep" = plannedWrite.same
            ? opts.dryRun
              ? "would-keep"
              : "unchanged"
            : opts.dryRun
              ? "would-write"
              : "written";
          if (!opts.dryRun && !plannedWrite.same) {
            try {
              writeFileAtomic(plannedWrite.target, plannedWrite.text, { force: true, within: progressDir(plan.dir) });
            } catch (e) {
              ctx.io.stderr(w.writeFailed(targetShown, writeFailureReason(e, ctx.lang, ctx.io.cwd)) + "\n");
              failed = true;
              outcome = "unchanged";
            }
          }
          summary.push(w.accepted(shown, plannedWrite.entries.length, targetShown, outcome));
          if (opts.dryRun) for (const c of importChanges(plannedWrite.was, plannedWrite.entries)) summary.push(progressChangeLine(c, ctx.lang));
        }
      }
    }
    const { errors, warnings } = countBySeverity(ds);
    if (errors) {
      rejected++;
      summary.push(w.rejected(shown, errors, warnings));
    }
    all.push(...ds);
  }

  all.sort(compareDiagnostics);
  const { errors, warnings } = countBySeverity(all);
  if (all.length || format !== "stylish") {
    ctx.io.stdout(
      lintFormatters[format](
        { diagnostics: localize(all, ctx.lang), filesChecked: files.length, errorCount: errors, warningCount: warnings },
        { color: ctx.color, lang: ctx.lang, version: "" },
      ),
    );
  }
  // In a machine format stdout holds only the diagnostics; the summary goes to stderr.
  const say = format === "stylish" ? ctx.io.stdout : ctx.io.stderr;
  say([...summary, w.summary(accepted, rejected)].join("\n") + "\n");
  if (failed) return EXIT.failure;
  return rejected ? EXIT.problems : EXIT.ok;
}
