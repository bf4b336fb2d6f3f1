// Diagnostics as data: where (1-based line and column), how bad, which rule, and the values its message needs.

export type Severity = "error" | "warning";

/**
 * Which part of par finds a code: `file` (reading a file: load/source.ts, load/repo.ts), `yaml` (parsing and the
 * `format:` line: load/yaml.ts, load/files.ts), `schema` (validate/schema.ts, from an ajv keyword), `folder` (the plan
 * folder as a whole: validate/open.ts), `plan` and `progress` (a rule module each, in src/validate/rules/),
 * `import` (a filled return form, cell by cell: validate/progress-import.ts).
 */
export type DiagnosticStage = "file" | "yaml" | "schema" | "folder" | "plan" | "progress" | "import";

/**
 * The registry of diagnostic codes: every kind of problem par reports, its default severity (what SARIF gives as the
 * rule's level; a rule may lower it for a milder case, as progress/conflict across quarters does) and its stage.
 * Adding a code is one line here; the compiler then asks for its words (description, message, hint) in each
 * language's catalogue (src/i18n/{en,vi}/diagnostics.ts) and, for a `plan` or `progress` code, for its rule module in
 * src/validate/rules/index.ts. docs/lint-codes.md is generated from this list (`npm run docs:codes`).
 * Words stay out of this file: model/ holds none (they are in i18n/).
 */
export const DIAGNOSTICS = {
  "io/not-found": { severity: "error", stage: "file" },
  "io/unreadable": { severity: "error", stage: "file" },
  "io/too-large": { severity: "error", stage: "file" },
  "io/loop": { severity: "warning", stage: "file" },
  "encoding/binary": { severity: "error", stage: "file" },
  "encoding/utf16": { severity: "error", stage: "file" },
  "encoding/not-utf8": { severity: "error", stage: "file" },
  "yaml/empty": { severity: "error", stage: "yaml" },
  "yaml/syntax": { severity: "error", stage: "yaml" },
  "yaml/duplicate-key": { severity: "error", stage: "yaml" },
  "yaml/multiple-documents": { severity: "error", stage: "yaml" },
  "yaml/alias-limit": { severity: "error", stage: "yaml" },
  "yaml/alias-cycle": { severity: "error", stage: "yaml" },
  "yaml/too-deep": { severity: "error", stage: "yaml" },
  "yaml/not-a-mapping": { severity: "error", stage: "yaml" },
  "format/missing": { severity: "error", stage: "yaml" },
  "format/unknown": { severity: "error", stage: "yaml" },
  "format/unsupported-version": { severity: "error", stage: "yaml" },
  "schema/required": { severity: "error", stage: "schema" },
  "schema/additional-property": { severity: "error", stage: "schema" },
  "schema/type": { severity: "error", stage: "schema" },
  "schema/enum": { severity: "error", stage: "schema" },
  "schema/const": { severity: "error", stage: "schema" },
  "schema/pattern": { severity: "error", stage: "schema" },
  "schema/min-items": { severity: "error", stage: "schema" },
  "schema/min-length": { severity: "error", stage: "schema" },
  "schema/minimum": { severity: "error", stage: "schema" },
  "schema/maximum": { severity: "error", stage: "schema" },
  "schema/unique-items": { severity: "error", stage: "schema" },
  "schema/invalid": { severity: "error", stage: "schema" },
  "schema/date": { severity: "error", stage: "schema" },
  "schema/number-text": { severity: "error", stage: "schema" },
  "schema/not-finite": { severity: "error", stage: "schema" },
  "plan/missing": { severity: "error", stage: "folder" },
  "plan/duplicate": { severity: "error", stage: "folder" },
  "plan/agencies-missing": { severity: "error", stage: "folder" },
  "plan/area-sequence": { severity: "error", stage: "plan" },
  "plan/invalid-date": { severity: "error", stage: "plan" },
  "task/duplicate-id": { severity: "error", stage: "plan" },
  "task/id-mismatch": { severity: "error", stage: "plan" },
  "task/file-name": { severity: "error", stage: "plan" },
  "task/unknown-area": { severity: "error", stage: "plan" },
  "task/letter-gap": { severity: "error", stage: "plan" },
  "task/letter-repeat": { severity: "error", stage: "plan" },
  "task/empty-area": { severity: "warning", stage: "plan" },
  "task/duplicate-agency": { severity: "warning", stage: "plan" },
  "agency/unknown": { severity: "error", stage: "plan" },
  "agency/duplicate-id": { severity: "error", stage: "plan" },
  "agency/duplicate-alias": { severity: "warning", stage: "plan" },
  "agency/unknown-member": { severity: "error", stage: "plan" },
  "agency/member-not-allowed": { severity: "error", stage: "plan" },
  "lineage/unknown-agency": { severity: "error", stage: "plan" },
  "lineage/date-order": { severity: "error", stage: "plan" },
  "lineage/cycle": { severity: "error", stage: "plan" },
  "deadline/unparsed": { severity: "warning", stage: "plan" },
  "deadline/mismatch": { severity: "error", stage: "plan" },
  "deadline/invalid-date": { severity: "error", stage: "plan" },
  "deadline/outside-plan-year": { severity: "error", stage: "plan" },
  "deadline/milestone-order": { severity: "error", stage: "plan" },
  "deadline/amendment-order": { severity: "error", stage: "plan" },
  "deadline/amendment-no-decision": { severity: "error", stage: "plan" },
  "deadline/amendment-outside-plan": { severity: "error", stage: "plan" },
  "target/duplicate-id": { severity: "error", stage: "plan" },
  "target/value-missing": { severity: "error", stage: "plan" },
  "target/percent-range": { severity: "warning", stage: "plan" },
  "progress/unknown-task": { severity: "error", stage: "progress" },
  "progress/not-assigned": { severity: "error", stage: "progress" },
  "progress/done-without-date": { severity: "error", stage: "progress" },
  "progress/date-after-cutoff": { severity: "error", stage: "progress" },
  "progress/duplicate-entry": { severity: "error", stage: "progress" },
  "progress/conflict": { severity: "error", stage: "progress" },
  "progress/unknown-target": { severity: "error", stage: "progress" },
  "progress/period-mismatch": { severity: "error", stage: "progress" },
  "progress/outside-plan": { severity: "error", stage: "progress" },
  "progress/invalid-date": { severity: "error", stage: "progress" },
  "progress/unknown-agency": { severity: "error", stage: "progress" },
  "progress/unknown-milestone": { severity: "error", stage: "progress" },
  "progress/no-evidence": { severity: "warning", stage: "progress" },
  "progress/completed-not-done": { severity: "warning", stage: "progress" },
  "progress/misplaced": { severity: "warning", stage: "progress" },
  "progress/agency-file-name": { severity: "warning", stage: "progress" },
  "progress/unfilled": { severity: "warning", stage: "progress" },
  // par progress import: a filled return form, cell by cell (issue 14).
  "import/not-a-workbook": { severity: "error", stage: "import" },
  "import/encrypted": { severity: "error", stage: "import" },
  "import/too-large": { severity: "error", stage: "import" },
  "import/not-a-form": { severity: "error", stage: "import" },
  "import/form-version": { severity: "error", stage: "import" },
  "import/other-plan": { severity: "error", stage: "import" },
  "import/other-period": { severity: "error", stage: "import" },
  "import/mixed-form": { severity: "error", stage: "import" },
  "import/unknown-agency": { severity: "error", stage: "import" },
  "import/unknown-task": { severity: "error", stage: "import" },
  "import/not-assigned": { severity: "error", stage: "import" },
  "import/duplicate-row": { severity: "error", stage: "import" },
  "import/row-without-task": { severity: "error", stage: "import" },
  "import/bad-state": { severity: "error", stage: "import" },
  "import/no-state": { severity: "error", stage: "import" },
  "import/invalid-date": { severity: "error", stage: "import" },
  "import/date-outside-plan": { severity: "error", stage: "import" },
  "import/date-after-cutoff": { severity: "warning", stage: "import" },
  "import/done-without-date": { severity: "error", stage: "import" },
  "import/completed-not-done": { severity: "warning", stage: "import" },
  "import/bad-number": { severity: "error", stage: "import" },
  "import/unknown-target": { severity: "error", stage: "import" },
  "import/unknown-milestone": { severity: "error", stage: "import" },
  "import/evidence-mismatch": { severity: "error", stage: "import" },
  "import/duplicate-entry": { severity: "error", stage: "import" },
  "import/edited-by-hand": { severity: "error", stage: "import" },
  "import/same-form-twice": { severity: "error", stage: "import" },
} as const satisfies Record<string, { severity: Severity; stage: DiagnosticStage }>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** Every code, in the registry's order (by area): the order of SARIF rules and of docs/lint-codes.md. */
export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTICS) as DiagnosticCode[];

/** The codes a stage finds. */
export type CodeOfStage<S extends DiagnosticStage> = { [C in DiagnosticCode]: (typeof DIAGNOSTICS)[C]["stage"] extends S ? C : never }[DiagnosticCode];

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
  /** For a problem in a workbook: the sheet and cell ("Báo cáo!F7"); line and column are then its row and column. */
  cell?: string;
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
