// Diagnostics as data: where (1-based line and column), how bad, which rule, and the values its message needs.

export type Severity = "error" | "warning";

/** Every kind of problem par reports; each has a message and a hint in every language's catalogue. */
export const DIAGNOSTIC_CODES = [
  "io/not-found",
  "io/unreadable",
  "io/too-large",
  "io/loop",
  "encoding/binary",
  "encoding/utf16",
  "encoding/not-utf8",
  "yaml/empty",
  "yaml/syntax",
  "yaml/duplicate-key",
  "yaml/multiple-documents",
  "yaml/alias-limit",
  "yaml/alias-cycle",
  "yaml/too-deep",
  "yaml/not-a-mapping",
  "format/missing",
  "format/unknown",
  "format/unsupported-version",
  "schema/required",
  "schema/additional-property",
  "schema/type",
  "schema/enum",
  "schema/const",
  "schema/pattern",
  "schema/min-items",
  "schema/min-length",
  "schema/minimum",
  "schema/maximum",
  "schema/unique-items",
  "schema/invalid",
  "schema/date",
  "schema/number-text",
  "schema/not-finite",
  "plan/missing",
  "plan/duplicate",
  "plan/agencies-missing",
  "plan/area-sequence",
  "plan/invalid-date",
  "task/duplicate-id",
  "task/id-mismatch",
  "task/file-name",
  "task/unknown-area",
  "task/letter-gap",
  "task/letter-repeat",
  "task/empty-area",
  "task/duplicate-agency",
  "agency/unknown",
  "agency/duplicate-id",
  "agency/duplicate-alias",
  "agency/unknown-member",
  "agency/member-not-allowed",
  // Lineage (issue 17): the registry's dated events.
  "lineage/unknown-agency",
  "lineage/date-order",
  "lineage/cycle",
  "deadline/unparsed",
  "deadline/mismatch",
  "deadline/invalid-date",
  "deadline/outside-plan-year",
  "deadline/milestone-order",
  "target/duplicate-id",
  "target/value-missing",
  "target/percent-range",
  "progress/unknown-task",
  "progress/not-assigned",
  "progress/done-without-date",
  "progress/date-after-cutoff",
  "progress/duplicate-entry",
  "progress/conflict",
  "progress/unknown-target",
  "progress/period-mismatch",
  "progress/outside-plan",
  "progress/invalid-date",
  "progress/unknown-agency",
  "progress/unknown-milestone",
  "progress/no-evidence",
  "progress/completed-not-done",
  "progress/misplaced",
  "progress/agency-file-name",
  "progress/unfilled",
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** One problem found in one file. */
export interface Diagnostic {
  /** The file as shown to the user (relative to the working directory when inside it). */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  code: DiagnosticCode;
  /** Values the message is built from. */
  args: Record<string, string | number>;
  /** The text of the line the problem is on, for an excerpt with a caret. */
  lineText?: string;
}

/** A diagnostic with its message and hint in the reader's language. */
export interface LocalizedDiagnostic extends Diagnostic {
  message: string;
  hint: string;
}

/** Order diagnostics by file, line, column, code: deterministic output. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Count errors and warnings. */
export function countBySeverity(ds: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of ds) if (d.severity === "error") errors++;
  return { errors, warnings: ds.length - errors };
}
