// Choosing the reader's language and putting diagnostics into it.
import { DIAGNOSTICS, type Diagnostic, type DiagnosticCode, type LocalizedDiagnostic, type Severity } from "../model/diagnostic";
import { diagnosticsEn } from "./en/diagnostics";
import { diagnosticsVi } from "./vi/diagnostics";
import type { DiagnosticCatalogue, Lang } from "./types";

export type { Lang } from "./types";

const DIAGNOSTICS_TEXT: Record<Lang, DiagnosticCatalogue> = { en: diagnosticsEn, vi: diagnosticsVi };

/** A language named by a value: "vi"/"en", or a locale naming one ("vi_VN.UTF-8", "en_US"); undefined otherwise. */
export function langOf(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const m = /^(vi|en)(?:[_.@-]|$)/i.exec(value.trim());
  return m ? (m[1]!.toLowerCase() as Lang) : undefined;
}

/**
 * The one rule every command speaks by: the --lang option, else PAR_LANG, else the locale (the first of LC_ALL,
 * LC_MESSAGES, LANG that is set) when it names vi or en, else the plan's language, else Vietnamese.
 * `plan` is asked only when the rest does not decide (it may read plan.yaml); it gives undefined when it cannot tell.
 */
export function selectLang(option: string | undefined, env: Record<string, string | undefined>, plan?: () => Lang | undefined): Lang {
  const chosen = langOf(option) ?? langOf(env.PAR_LANG);
  if (chosen) return chosen;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return langOf(locale) ?? plan?.() ?? "vi";
}

/** Diagnostics with their message and hint in a language. */
export function localize(ds: readonly Diagnostic[], lang: Lang): LocalizedDiagnostic[] {
  const cat = DIAGNOSTICS_TEXT[lang];
  return ds.map((d) => {
    const text = cat[d.code];
    return { ...d, message: text.message(d.args), hint: text.hint(d.args) };
  });
}

/** A diagnostic code as the list of codes and SARIF describe it, in a language. */
export interface CodeDescription {
  code: DiagnosticCode;
  severity: Severity;
  description: string;
  /** The hint, when it is the same for every problem of this code (it quotes no value). */
  hint?: string;
}

/** The registry's entry for a code (model/diagnostic.ts) with its words in a language (the catalogues). */
export function describeCode(code: DiagnosticCode, lang: Lang): CodeDescription {
  const text = DIAGNOSTICS_TEXT[lang][code];
  // A hint that takes no values reads the same for every problem; one that quotes values is left out here.
  return { code, severity: DIAGNOSTICS[code].severity, description: text.description, ...(text.hint.length === 0 ? { hint: text.hint({}) } : {}) };
}
