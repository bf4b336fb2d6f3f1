// The one selector of the outputs' words: a language's catalogue, in sections (list, status, export, diff).
import { en, type Catalogue } from "./en";
import { vi } from "./vi";
import type { Lang } from "./types";

export type { Catalogue } from "./en";

const CATALOGUES: Record<Lang, Catalogue> = { en, vi };

/** The catalogue of a language. */
export function words(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}
