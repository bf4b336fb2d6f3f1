// Helpers the formatters share. (Shortening a task's text for a cell: shortTaskText in src/i18n/phrases.ts.)

/**
 * Append every element of `items` to `out`, one at a time: `out.push(...items)` passes each element as an argument
 * and overflows the call stack when a text of a million lines becomes a million items.
 */
export function pushAll<T>(out: T[], items: readonly T[]): T[] {
  for (const x of items) out.push(x);
  return out;
}
