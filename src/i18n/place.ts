// Naming where a value stands, for messages: the steps schema.ts records (placeOf) in words of each language,
// "`state` in the entry for 2.b" / "`state` trong mục báo cáo nhiệm vụ 2.b", never a path like entries.7.state.
import type { Args, Lang } from "./types";

type Step = (string | number)[];

interface Words {
  root: (kind: string, name?: string) => string;
  item: (listKey: string, n: number, name?: string, agency?: string) => string;
  object: (key: string) => string;
  /** An entry's own `targets` value: "target `x`". */
  target: (key: string) => string;
  /** Joins a part to what holds it: " of ", " in " (an entry). */
  join: (holder: Step) => string;
}

const code = (k: string) => "`" + k + "`";

const WORDS: Record<Lang, Words> = {
  en: {
    root: (kind, name) =>
      kind === "task"
        ? name
          ? `task ${name}`
          : "the task file"
        : kind === "progress"
          ? "the progress file"
          : kind === "plan"
            ? "the plan file"
            : kind === "decision"
              ? "the decision's text"
              : "the agency registry",
    item: (key, n, name, agency) => {
      switch (key) {
        case "entries":
          return name ? `the entry for ${name}${agency ? ` by ${agency}` : ""}` : `entry ${n}`;
        case "milestones":
          return name ? `milestone “${name}”` : `milestone ${n}`;
        case "evidence":
          return name ? `evidence document ${name}` : `evidence document ${n}`;
        case "targets":
          return name ? `target ${name}` : `target ${n}`;
        case "lead":
          return `lead agency ${n}`;
        case "support":
          return `supporting agency ${n}`;
        case "agencies":
          return name ? `agency ${name}` : `agency ${n}`;
        case "aliases":
          return `alias ${n}`;
        case "members":
          return `member ${n}`;
        case "areas":
          return `area ${n}`;
        default:
          return `item ${n} of ${code(key)}`;
      }
    },
    object: (key) => (key === "deadline" ? "the deadline" : key === "decision" ? "the decision" : key === "signer" ? "the signer" : code(key)),
    target: (key) => `target ${code(key)}`,
    join: (holder) => (holder[0] === "item" && holder[1] === "entries" ? " in " : " of "),
  },
  vi: {
    root: (kind, name) =>
      kind === "task"
        ? name
          ? `nhiệm vụ ${name}`
          : "tệp nhiệm vụ"
        : kind === "progress"
          ? "tệp tiến độ"
          : kind === "plan"
            ? "tệp kế hoạch"
            : kind === "decision"
              ? "phần lời của quyết định"
              : "danh mục cơ quan",
    item: (key, n, name, agency) => {
      switch (key) {
        case "entries":
          return name ? `mục báo cáo nhiệm vụ ${name}${agency ? ` của ${agency}` : ""}` : `mục báo cáo thứ ${n}`;
        case "milestones":
          return name ? `mốc “${name}”` : `mốc thứ ${n}`;
        case "evidence":
          return name ? `văn bản kiểm chứng ${name}` : `văn bản kiểm chứng thứ ${n}`;
        case "targets":
          return name ? `chỉ tiêu ${name}` : `chỉ tiêu thứ ${n}`;
        case "lead":
          return `cơ quan chủ trì thứ ${n}`;
        case "support":
          return `cơ quan phối hợp thứ ${n}`;
        case "agencies":
          return name ? `cơ quan ${name}` : `cơ quan thứ ${n}`;
        case "aliases":
          return `tên gọi khác thứ ${n}`;
        case "members":
          return `thành viên thứ ${n}`;
        case "areas":
          return `lĩnh vực thứ ${n}`;
        default:
          return `mục thứ ${n} của ${code(key)}`;
      }
    },
    object: (key) => (key === "deadline" ? "thời hạn" : key === "decision" ? "quyết định" : key === "signer" ? "người ký" : code(key)),
    target: (key) => `chỉ tiêu ${code(key)}`,
    join: (holder) => (holder[0] === "item" && holder[1] === "entries" ? " trong " : " của "),
  },
};

function steps(a: Args): Step[] | undefined {
  if (typeof a.place !== "string") return undefined;
  try {
    const v = JSON.parse(a.place) as unknown;
    return Array.isArray(v) && v.every(Array.isArray) ? (v as Step[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Where a diagnostic's value stands, in a language; the path itself when no place was recorded. */
export function placeName(a: Args, lang: Lang): string {
  const list = steps(a);
  if (!list || list.length === 0) return String(a.field ?? "");
  const w = WORDS[lang];
  const phrase = (st: Step, i: number): string => {
    if (st[0] === "root") return w.root(String(st[1]), st[2] === undefined ? undefined : String(st[2]));
    if (st[0] === "item")
      return w.item(String(st[1]), Number(st[2]), st[3] === undefined ? undefined : String(st[3]), st[4] === undefined ? undefined : String(st[4]));
    const key = String(st[1]);
    const holder = list[i - 1];
    if (i === list.length - 1 && holder && holder[0] === "key" && holder[1] === "targets" && list[i - 2]?.[1] === "entries") return w.target(key);
    return i === list.length - 1 ? code(key) : w.object(key);
  };
  // Innermost first; an entry's `targets` mapping is named with its key ("target `x`"), not as a part of its own.
  let text = phrase(list[list.length - 1]!, list.length - 1);
  for (let i = list.length - 2; i >= 0; i--) {
    const st = list[i]!;
    if (st[0] === "key" && st[1] === "targets" && i === list.length - 2 && list[i - 1]?.[1] === "entries") continue;
    text += w.join(st) + phrase(st, i);
  }
  return text;
}

/** The same, with a capital first letter, to begin a sentence. */
export function PlaceName(a: Args, lang: Lang): string {
  const t = placeName(a, lang);
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const TYPE_WORDS: Record<Lang, Record<string, string>> = {
  en: { string: "text", number: "a number", integer: "a whole number", boolean: "true or false", array: "a list", object: "a mapping", null: "empty (null)" },
  vi: {
    string: "văn bản",
    number: "một số",
    integer: "một số nguyên",
    boolean: "true hoặc false",
    array: "một danh sách",
    object: "một ánh xạ",
    null: "để trống (null)",
  },
};

/** JSON types in words: "number|null" → "a number or empty (null)". */
export function typeWords(types: string, lang: Lang): string {
  const parts = types
    .split(/[|,]/)
    .filter(Boolean)
    .map((t) => TYPE_WORDS[lang][t] ?? t);
  const or = lang === "en" ? " or " : " hoặc ";
  return parts.length <= 1 ? (parts[0] ?? "") : parts.slice(0, -1).join(", ") + or + parts[parts.length - 1];
}
