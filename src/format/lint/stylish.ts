// Human-readable lint output: file:line:col, severity and code, message, excerpt with a caret, hint.
import { Chalk } from "chalk";
import type { LintFormatter, LintReport } from "./types";
import type { LocalizedDiagnostic } from "../../model/diagnostic";
import { lintEn } from "../../i18n/en/lint";
import { lintVi } from "../../i18n/vi/lint";
import { escapeTerminal } from "../escape";

const WORDS = { en: lintEn, vi: lintVi };

function excerpt(d: LocalizedDiagnostic, c: InstanceType<typeof Chalk>): string[] {
  if (d.lineText === undefined) return [];
  const num = String(d.line);
  const pad = " ".repeat(num.length);
  // The line as the file has it, but nothing in it may act on the terminal (one character each, so columns hold).
  let text = escapeTerminal(d.lineText.replace(/\t/g, " "));
  let start = Math.max(0, d.column - 1);
  const endCol = d.endLine === undefined || d.endLine === d.line ? (d.endColumn ?? d.column + 1) : text.length + 1;
  let width = Math.max(1, Math.min(endCol, text.length + 1) - d.column);
  // Long lines: show a window of the line around the problem.
  if (start > 100) {
    text = "…" + text.slice(start - 40);
    start = 41;
  }
  if (text.length > 160) text = text.slice(0, 160) + "…";
  width = Math.max(1, Math.min(width, text.length + 1 - start));
  return [
    `${pad} ${c.dim("|")}`,
    `${c.dim(num)} ${c.dim("|")} ${text}`,
    `${pad} ${c.dim("|")} ${" ".repeat(start)}${c[d.severity === "error" ? "red" : "yellow"]("^".repeat(width))}`,
  ];
}

/** The default format: what a person reads in a terminal or a CI log. */
export const stylish: LintFormatter = (report: LintReport, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const w = WORDS[options.lang];
  const lines: string[] = [];
  for (const d of report.diagnostics) {
    const sev = d.severity === "error" ? c.red.bold(w.error) : c.yellow.bold(w.warning);
    // File names, messages and hints quote the data: shown, never obeyed, by the terminal.
    // A workbook's problem is at a sheet's cell (stp-2024-Q4.xlsx:Báo cáo!F7), a text file's at line:column.
    lines.push(`${c.bold(`${escapeTerminal(d.file)}:${d.cell !== undefined ? escapeTerminal(d.cell) : `${d.line}:${d.column}`}`)}: ${sev} ${c.dim(d.code)}`);
    lines.push(`  ${escapeTerminal(d.message)}`);
    for (const l of excerpt(d, c)) lines.push(`  ${l}`);
    lines.push(`  ${c.cyan(`${w.hint}:`)} ${escapeTerminal(d.hint)}`, "");
  }
  const total = report.errorCount + report.warningCount;
  if (total === 0) {
    lines.push(c.green(w.clean(w.files(report.filesChecked))));
  } else {
    const mark = report.errorCount ? c.red("✖") : c.yellow("⚠");
    lines.push(`${mark} ${w.problems(total)} (${w.errors(report.errorCount)}, ${w.warnings(report.warningCount)}), ${w.files(report.filesChecked)}`);
  }
  if (report.maxWarnings !== undefined && report.warningCount > report.maxWarnings) lines.push(c.yellow(w.tooMany(report.warningCount, report.maxWarnings)));
  return lines.join("\n") + "\n";
};
