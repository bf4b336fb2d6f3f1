// Choosing the reader's language and putting diagnostics into it.
import type { Diagnostic, LocalizedDiagnostic } from "../model/diagnostic";
import { diagnosticsEn } from "./en/diagnostics";
import { diagnosticsVi } from "./vi/diagnostics";
import type { DiagnosticCatalogue, Lang } from "./types";

export type { Lang } from "./types";

const DIAGNOSTICS: Record<Lang, DiagnosticCatalogue> = { en: diagnosticsEn, vi: diagnosticsVi };

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
  const cat = DIAGNOSTICS[lang];
  return ds.map((d) => {
    const text = cat[d.code];
    return { ...d, message: text.message(d.args), hint: text.hint(d.args) };
  });
}
