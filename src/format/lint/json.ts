// Machine-readable lint output; its shape is documented in docs/json.md and kept stable.
import type { LintFormatter } from "./types";

/** JSON: { version, filesChecked, errorCount, warningCount, diagnostics: [...] }. */
export const json: LintFormatter = (report) => {
  const out = {
    version: 1,
    filesChecked: report.filesChecked,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    diagnostics: report.diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine ?? d.line,
      endColumn: d.endColumn ?? d.column,
      ...(d.cell !== undefined ? { cell: d.cell } : {}),
      severity: d.severity,
      code: d.code,
      message: d.message,
      hint: d.hint,
    })),
  };
  return JSON.stringify(out, null, 2) + "\n";
};
