// Message catalogue types: one catalogue per language, checked for completeness by the compiler.
import type { DiagnosticCode } from "../model/diagnostic";

export type Lang = "en" | "vi";
export type Args = Record<string, string | number>;

/**
 * A diagnostic code's words: its description (what the code means, in general: the list of codes in
 * docs/lint-codes.md and the SARIF rule), and for each problem found its message (what is wrong) and hint (how to fix it).
 */
export interface DiagnosticText {
  description: string;
  message: (a: Args) => string;
  hint: (a: Args) => string;
}

export type DiagnosticCatalogue = Record<DiagnosticCode, DiagnosticText>;
