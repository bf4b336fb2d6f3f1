// What the plan-diff formatters share: their options, side labels, deadlines and targets as words, and trimming
// long unchanged stretches of a word diff to a few words of context.
import { targetPhrase } from "../../i18n/phrases";
import type { Lang } from "../../i18n";
import { diffEn, type DiffWords } from "../../i18n/en/diff";
import { diffVi } from "../../i18n/vi/diff";
import { formatViDate } from "../../model/dates";
import type { AgencyName, DeadlineSummary, DiffSide, PlanDiff, WordOp } from "../../report/diff";
import type { Target } from "../../model/types";

export interface DiffFormatOptions {
  color: boolean;
  lang: Lang;
  /** Text format: the terminal's width, lines wrapped to it (none when absent). */
  width?: number;
}

export type DiffFormatter = (diff: PlanDiff, options: DiffFormatOptions) => string;

/** The words of the diff formats in a language. */
export function diffWords(lang: Lang): DiffWords {
  return lang === "vi" ? diffVi : diffEn;
}

/** A side as people read it: the revision as typed with its short hash, the index, or the working tree. */
export function sideLabel(side: DiffSide, w: DiffWords): string {
  if (side.kind === "worktree") return w.worktree;
  if (side.kind === "index") return w.index;
  const short = (side.commit ?? "").slice(0, 7);
  if (!side.rev || (side.commit ?? "").startsWith(side.rev)) return short || side.rev || "";
  return short ? `${side.rev} (${short})` : side.rev;
}

/** A field's name in the reader's language. */
export function fieldName(field: string, w: DiffWords): string {
  return (w.fields as Record<string, string>)[field] ?? field;
}

/** "Quý IV/2024 (31/12/2024)"; milestones list every date; ongoing deadlines say so. */
export function deadlineText(d: DeadlineSummary, w: DiffWords): string {
  if (d.due.length) return `${d.text} (${d.due.map(formatViDate).join(", ")})`;
  return d.ongoing ? `${d.text} (${w.ongoing})` : `${d.text} (${w.noDueDate})`;
}

/** An agency as a task names it: its name, then the words written beside it. */
export function agencyText(a: AgencyName): string {
  return a.qualifier ? `${a.name} (${a.qualifier})` : a.name;
}

/** A target in one line: "tỷ lệ hồ sơ trực tuyến toàn trình > 95% [district]". */
export function targetText(t: Target, w: DiffWords, lang: Lang): string {
  const level = t.level ? ` [${w.levels[t.level]}]` : "";
  return `${t.metric} ${targetPhrase(t, lang, { unit: "always" })}${level}`;
}

/** A run of a word diff to show, or the mark for unchanged words left out. */
export type ShownOp = WordOp | { op: "skip" };

function words(text: string): string[] {
  return text.match(/\s+|\S+/g) ?? [];
}

/**
 * The word diff with long unchanged stretches shortened to `context` words either side of each change, so a reviewer
 * sees the change in its sentence without the whole task text.
 */
export function withContext(ops: WordOp[], context = 8): ShownOp[] {
  const out: ShownOp[] = [];
  ops.forEach((o, k) => {
    if (o.op !== "equal") {
      out.push(o);
      return;
    }
    const parts = words(o.text);
    const count = parts.filter((p) => /\S/.test(p)).length;
    const first = k === 0;
    const last = k === ops.length - 1;
    const keepHead = first ? 0 : context;
    const keepTail = last ? 0 : context;
    if (count <= keepHead + keepTail + 2 || ops.length === 1) {
      out.push(o);
      return;
    }
    const take = (n: number, fromEnd: boolean) => {
      const seq = fromEnd ? [...parts].reverse() : parts;
      const kept: string[] = [];
      let seen = 0;
      for (const p of seq) {
        if (/\S/.test(p)) {
          if (seen === n) break;
          seen++;
        }
        kept.push(p);
      }
      if (fromEnd) kept.reverse();
      return kept.join("");
    };
    if (keepHead) out.push({ op: "equal", text: take(keepHead, false).replace(/\s+$/, "") + " " });
    out.push({ op: "skip" });
    if (keepTail) out.push({ op: "equal", text: " " + take(keepTail, true).replace(/^\s+/, "") });
  });
  return out;
}

/** The first words of a text, for naming a task in a heading. */
export function headline(text: string, max = 72): string {
  const one = text.replace(/\s+/g, " ").trim();
  if (one.length <= max) return one;
  const cut = one.slice(0, max);
  const sp = cut.lastIndexOf(" ");
  return (sp > max / 2 ? cut.slice(0, sp) : cut) + "…";
}
