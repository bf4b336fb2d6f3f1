// The lint report every lint formatter renders.
import type { LocalizedDiagnostic } from "../../model/diagnostic";
import type { Lang } from "../../i18n";

export interface LintReport {
  diagnostics: LocalizedDiagnostic[];
  filesChecked: number;
  errorCount: number;
  warningCount: number;
  /** Set when --max-warnings was passed. */
  maxWarnings?: number;
}

export interface LintFormatOptions {
  color: boolean;
  lang: Lang;
  /** par's version, for SARIF. */
  version: string;
}

export type LintFormatter = (report: LintReport, options: LintFormatOptions) => string;
