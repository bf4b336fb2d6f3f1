// Message catalogue types: one catalogue per language, checked for completeness by the compiler.
import type { DiagnosticCode } from "../model/diagnostic";

export type Lang = "en" | "vi";
export type Args = Record<string, string | number>;

/** A diagnostic's message (what is wrong) and hint (how to fix it). */
export interface DiagnosticText {
  message: (a: Args) => string;
  hint: (a: Args) => string;
}

export type DiagnosticCatalogue = Record<DiagnosticCode, DiagnosticText>;
