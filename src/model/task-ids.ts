// Task ids as people type them, and the ids to suggest when one is not in the plan.
import { distance } from "fastest-levenshtein";
import { fold } from "./vietnamese";

/** Letters in Vietnamese alphabetical order, with the Latin ones Vietnamese does not use, for "how far apart". */
const ORDER = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

/** What a person typed for a task id (1.đ, 1.dd, 1đ, 1-dd, 1.Đ), as area and letter; undefined when it is not one. */
export function parseTaskId(text: string): { area: number; letter: string } | undefined {
  const t = text.normalize("NFC").trim().toLowerCase().replace(/\s+/g, "");
  const m = /^(\d{1,2})[.-]?(dd|[a-zđ])$/.exec(t);
  if (!m) return undefined;
  return { area: Number(m[1]), letter: m[2] === "dd" ? "đ" : m[2]! };
}

/**
 * The task ids to suggest for one that is not in the plan, best first: the tasks of the same area first (2.g suggests
 * 2.a…2.e before 1.g), then by edit distance, then the nearest area and letter, then in the order given (plan order). Ids of another area are offered
 * only when the typed area has no task, only a typing mistake or two away, and at most three.
 */
export function nearTaskIds(typed: string, ids: readonly string[], max = Infinity): string[] {
  if (typed.length > 20) return [];
  const want = parseTaskId(typed);
  const area = want?.area ?? Number(/^\s*(\d+)/.exec(typed)?.[1] ?? NaN);
  const key = want ? `${want.area}.${fold(want.letter)}` : fold(typed.trim());
  const ranked = ids.map((id, i) => {
    const got = parseTaskId(id);
    const k = got ? `${got.area}.${fold(got.letter)}` : fold(id);
    const near = got && want ? Math.abs(got.area - want.area) * 100 + Math.abs(ORDER.indexOf(got.letter) - ORDER.indexOf(want.letter)) : 0;
    return { id, i, same: got !== undefined && got.area === area, d: distance(key, k), near };
  });
  const same = ranked.filter((r) => r.same);
  const pool = same.length ? same : ranked.filter((r) => r.d <= Math.max(1, Math.floor(key.length / 3)) && r.d < key.length);
  const sorted = pool.sort((a, b) => a.d - b.d || a.near - b.near || a.i - b.i);
  return sorted.slice(0, same.length ? max : Math.min(max, 3)).map((r) => r.id);
}
