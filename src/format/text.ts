// Helpers the formatters share. (Shortening a task's text for a cell: shortTaskText in src/i18n/phrases.ts.)

/** Text cut to at most `max` characters (code points; 0: no limit), with an ellipsis: labels that do not wrap. */
export function cutText(s: string, max: number): string {
  const chars = [...s];
  return max > 0 && chars.length > max
    ? chars
        .slice(0, max - 1)
        .join("")
        .trimEnd() + "…"
    : s;
}

/**
 * Append every element of `items` to `out`, one at a time: `out.push(...items)` passes each element as an argument
 * and overflows the call stack when a text of a million lines becomes a million items.
 */
export function pushAll<T>(out: T[], items: readonly T[]): T[] {
  for (const x of items) out.push(x);
  return out;
}
