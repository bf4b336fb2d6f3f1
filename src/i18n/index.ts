// Choosing the reader's language and putting diagnostics into it.
import type { Diagnostic, LocalizedDiagnostic } from "../model/diagnostic";
import { diagnosticsEn } from "./en/diagnostics";
import { diagnosticsVi } from "./vi/diagnostics";
import type { DiagnosticCatalogue, Lang } from "./types";

export type { Lang } from "./types";

const DIAGNOSTICS: Record<Lang, DiagnosticCatalogue> = { en: diagnosticsEn, vi: diagnosticsVi };

/** The language to use: the --lang option, else the locale (LC_ALL, LC_MESSAGES, LANG), else English. */
export function detectLang(option: string | undefined, env: Record<string, string | undefined>): Lang {
  if (option === "vi" || option === "en") return option;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^vi([_.-]|$)/i.test(locale) ? "vi" : "en";
}

/** Diagnostics with their message and hint in a language. */
export function localize(ds: readonly Diagnostic[], lang: Lang): LocalizedDiagnostic[] {
  const cat = DIAGNOSTICS[lang];
  return ds.map((d) => {
    const text = cat[d.code];
    return { ...d, message: text.message(d.args), hint: text.hint(d.args) };
  });
}
