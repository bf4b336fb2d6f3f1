// Vietnamese text helpers: diacritic folding, collation, the alphabet of task letters.

/** The letters the appendix may use for items, in Vietnamese alphabetical order (no f, j, w, z). */
export const TASK_LETTERS = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"] as const;

/** Index of a task letter in Vietnamese order, or -1 when it is not one. */
export function letterIndex(letter: string): number {
  return (TASK_LETTERS as readonly string[]).indexOf(letter);
}

/** ASCII spelling of a task letter for file names: đ → dd, others unchanged. */
export function letterToAscii(letter: string): string {
  return letter === "đ" ? "dd" : letter;
}

const COMBINING = /[\u0300-\u036f]/g;

const foldCache = new Map<string, string>();

/** Lowercase, strip diacritics, đ → d, collapse spaces: the key for diacritic-insensitive matching. */
export function fold(text: string): string {
  // Plans repeat the same names and deadline wordings thousands of times: remember recent results.
  const hit = foldCache.get(text);
  if (hit !== undefined) return hit;
  const folded = foldUncached(text);
  if (foldCache.size > 20000) foldCache.clear();
  foldCache.set(text, folded);
  return folded;
}

function foldUncached(text: string): string {
  return text.normalize("NFD").replace(COMBINING, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Like fold, and also drops punctuation, so "Các sở, ban, ngành" matches "cac so ban nganh". */
export function foldLoose(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

let collator: Intl.Collator | undefined;

/** Compare two strings in Vietnamese order (base letters, then tones). */
export function compareVi(a: string, b: string): number {
  collator ??= new Intl.Collator("vi", { sensitivity: "variant", numeric: true });
  return collator.compare(a, b);
}
