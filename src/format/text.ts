// Shortening text for table cells, shared by the list and status formatters.

/** Text without the punctuation and blanks at its end; scanned from the end (a regex anchored at $ is quadratic). */
export function trimEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && /[:;,.\s]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * The first line of a text without its closing punctuation, at most `max` characters (code points), cut at a space
 * when one falls in its second half, and "…" when anything was cut.
 */
export function shortFirstLine(text: string, max: number): string {
  const first = trimEndPunctuation(text.split(/\r\n|\r|\n/, 1)[0]!);
  const chars = [...first];
  if (chars.length <= max) return first;
  const cut = chars.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  return trimEndPunctuation(space > max / 2 ? cut.slice(0, space) : cut) + "…";
}

/**
 * Append every element of `items` to `out`, one at a time: `out.push(...items)` passes each element as an argument
 * and overflows the call stack when a text of a million lines becomes a million items.
 */
export function pushAll<T>(out: T[], items: readonly T[]): T[] {
  for (const x of items) out.push(x);
  return out;
}
