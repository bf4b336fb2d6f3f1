// `par diff` as a Document: for a terminal or a CI log (one section per kind of change, word changes marked
// [-old-]{+new+}, red and green with colour), for a page (Markdown to paste as a review comment: <del>/<ins>, tables
// of added and removed tasks) and as data (version 1, docs/json.md). Side labels, deadlines and targets in words, and
// long unchanged stretches of a word diff trimmed to a few words of context.
import { progressChangeLine } from "../forms/changes";
import { importEn } from "../../i18n/en/forms";
import { importVi } from "../../i18n/vi/forms";
import { targetPhrase } from "../../i18n/phrases";
import type { Lang } from "../../i18n";
import type { DiffWords } from "../../i18n/en/diff";
import { words as catalogue } from "../../i18n/words";
import { formatViDate } from "../../model/dates";
import {
  diffCounts,
  type AgencyChange,
  type AgencyName,
  type DeadlineSummary,
  type DiffSide,
  type PlanDiff,
  type TaskChange,
  type TaskSummary,
  type WordOp,
} from "../../report/diff";
import type { Target } from "../../model/types";
import { terminalSafe } from "../escape";
import { cell, type Block, type Document, type Inline, type Span } from "../document";
import type { Profile } from "../formatter";

/** The words of the diff formats in a language. */
export function diffWords(lang: Lang): DiffWords {
  return catalogue(lang).diff;
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

// ---------- The document ----------

type Spans = Span[];
const t = (text: string): Span => ({ text });
const m = (text: string, ...marks: Span["marks"] & unknown[]): Span => ({ text, marks });

// ----- Page (Markdown) -----

function pageWordDiff(ops: WordOp[]): Spans {
  const out: Spans = [];
  withContext(ops).forEach((o, k, all) => {
    if (o.op === "skip") return void out.push(t("…"));
    if (o.op === "equal") return void out.push(t(o.text));
    // Keep spaces outside the tags so that the text around reads naturally.
    const g = /^(\s*)([\s\S]*?)(\s*)$/.exec(o.text)!;
    if (!g[2]) {
      if (o.op === "insert") out.push(t(o.text));
      return;
    }
    // A deletion followed at once by its replacement: a space between them so that they read apart.
    const gap = o.op === "insert" && all[k - 1]?.op === "delete" && !g[1] ? " " : "";
    out.push(t(gap + g[1]!), m(g[2], o.op === "delete" ? "del" : "ins"), t(g[3]!));
  });
  return out;
}

function pageChange(ch: TaskChange, w: DiffWords, lang: Lang): Spans {
  const label = m(`${fieldName(ch.field, w)}:`, "strong");
  const join = (parts: Spans[], sep: string): Spans => parts.flatMap((p, i) => (i ? [t(sep), ...p] : p));
  switch (ch.field) {
    case "text":
    case "note":
    case "transcription":
    case "items":
      return [label, t(" "), ...pageWordDiff(ch.words)];
    case "deadline": {
      const shift: Spans = ch.shiftDays === null ? [] : [t(` (${w.moved(ch.shiftDays)})`)];
      const warn: Spans = ch.withoutDecision ? [t(" ⚠ "), m(w.withoutDecision, "strong")] : [];
      return [label, t(" "), m(deadlineText(ch.from, w), "del"), t(" → "), m(deadlineText(ch.to, w), "ins"), ...shift, ...warn];
    }
    case "lead":
    case "support": {
      const parts: Spans[] = [
        ...(ch.removed.length
          ? [
              [
                t(`${w.removed} `),
                ...join(
                  ch.removed.map((a) => [m(agencyText(a), "del")]),
                  ", ",
                ),
              ],
            ]
          : []),
        ...(ch.added.length
          ? [
              [
                t(`${w.added} `),
                ...join(
                  ch.added.map((a) => [m(agencyText(a), "ins")]),
                  ", ",
                ),
              ],
            ]
          : []),
      ];
      return [label, t(" "), ...join(parts, "; ")];
    }
    case "targets": {
      const parts: Spans[] = [
        ...ch.removed.map((x) => [t(`${w.removed} `), m(x.id, "code"), t(": "), m(targetText(x, w, lang), "del")]),
        ...ch.added.map((x) => [t(`${w.added} `), m(x.id, "code"), t(": "), m(targetText(x, w, lang), "ins")]),
        ...ch.changed.map((x) => [m(x.id, "code"), t(": "), m(targetText(x.from, w, lang), "del"), t(" → "), m(targetText(x.to, w, lang), "ins")]),
      ];
      return [label, t(" "), ...join(parts, "; ")];
    }
    case "bullet":
      return [label, t(" "), m(ch.from, "code"), t(" → "), m(ch.to, "code")];
  }
}

function pageTasks(tasks: TaskSummary[], w: DiffWords): Block {
  return {
    type: "table",
    columns: [
      { key: "id", header: w.columns.task },
      { key: "text", header: w.columns.text },
      { key: "lead", header: w.columns.lead },
      { key: "deadline", header: w.columns.deadline },
      { key: "file", header: w.columns.file },
    ],
    rows: tasks.map((x) => ({
      cells: {
        id: cell.text(x.id),
        text: cell.text([x.text, ...x.items.map((i) => `- ${i}`)].filter(Boolean).join("\n")),
        lead: cell.list(x.lead.map(agencyText), "; "),
        deadline: cell.text(deadlineText(x.deadline, w)),
        file: cell.text(x.file),
      },
    })),
  };
}

function pageAgencyChange(ch: AgencyChange, w: DiffWords): Spans {
  const join = (parts: Spans[], sep: string): Spans => parts.flatMap((p, i) => (i ? [t(sep), ...p] : p));
  if ("added" in ch) {
    const parts: Spans[] = [
      ...(ch.removed.length
        ? [
            [
              t(`${w.removed} `),
              ...join(
                ch.removed.map((x) => [m(x, "del")]),
                ", ",
              ),
            ],
          ]
        : []),
      ...(ch.added.length
        ? [
            [
              t(`${w.added} `),
              ...join(
                ch.added.map((x) => [m(x, "ins")]),
                ", ",
              ),
            ],
          ]
        : []),
    ];
    return [t(`${fieldName(ch.field, w)}: `), ...join(parts, "; ")];
  }
  const v = (x: string | null) => (x === null ? "∅" : x);
  return [t(`${fieldName(ch.field, w)}: `), m(v(ch.from), "del"), t(" → "), m(v(ch.to), "ins")];
}

function page(d: PlanDiff, w: DiffWords, lang: Lang): Block[] {
  const from = sideLabel(d.from, w);
  const to = sideLabel(d.to, w);
  const out: Block[] = [{ type: "heading", level: 3, text: [t(w.title(from, to, d.plan))] }];
  const para = (text: Inline): Block => ({ type: "paragraph", lines: [text] });
  if (!d.changed) return [...out, para([t(w.noChanges(from, to))])];
  if (!d.from.exists) out.push(para([t(w.planAbsent(from))]));
  if (!d.to.exists) out.push(para([t(w.planAbsent(to))]));
  const summary = w.summary(diffCounts(d));
  if (summary) out.push(para([m(summary, "strong")]));
  const section = (heading: string, body: Block | undefined) => {
    if (body) out.push({ type: "heading", level: 4, text: [t(heading)] }, body);
  };
  const list = (items: { text: Inline; items?: Inline[] }[]): Block | undefined => (items.length ? { type: "list", items } : undefined);
  if (d.tasks.added.length) section(w.headings.added, pageTasks(d.tasks.added, w));
  if (d.tasks.removed.length) section(w.headings.removed, pageTasks(d.tasks.removed, w));
  section(
    w.headings.renumbered,
    list(
      d.tasks.renumbered.map((r) => ({
        text: [m(w.renumberedAs(r.from, r.to), "strong"), t(` (${w.similarity(Math.round(r.similarity * 100))}): ${headline(r.text)}`)],
        items: r.changes.map((ch) => pageChange(ch, w, lang)),
      })),
    ),
  );
  section(
    w.headings.changed,
    list(d.tasks.changed.map((x) => ({ text: [m(x.id, "strong"), t(` ${headline(x.text)}`)], items: x.changes.map((ch) => pageChange(ch, w, lang)) }))),
  );
  section(
    w.headings.agencies,
    list([
      ...d.agencies.added.map((a) => ({
        text: [t(`${w.added} `), m(a.id, "code"), t(` ${a.name} (${a.kind}${a.members.length ? `, ${w.membersOf(a.members.length)}` : ""})`)],
      })),
      ...d.agencies.removed.map((a) => ({ text: [t(`${w.removed} `), m(a.id, "code"), t(` ${a.name}`)] })),
      ...d.agencies.changed.map((a) => ({
        text: [m(a.id, "code"), t(` ${a.name}: `), ...a.changes.flatMap((ch, i) => [...(i ? [t("; ")] : []), ...pageAgencyChange(ch, w)])],
      })),
    ]),
  );
  section(
    w.headings.meta,
    list(
      d.meta.map((x) => ({
        text: [m(x.path, "code"), t(": "), m(x.from === null ? "∅" : String(x.from), "del"), t(" → "), m(x.to === null ? "∅" : String(x.to), "ins")],
      })),
    ),
  );
  section(progressHeading(lang), list(d.progress.map((ch) => ({ text: progressChangeLine(ch, lang).trim() }))));
  return out;
}

// ----- Screen (terminal, CI log) -----

function screenWordDiff(ops: WordOp[]): Spans {
  return withContext(ops).map((o) =>
    o.op === "skip" ? m("…", "dim") : o.op === "equal" ? t(o.text) : o.op === "delete" ? m(`[-${o.text}-]`, "del") : m(`{+${o.text}+}`, "ins"),
  );
}

/** Spans with the line breaks inside their texts followed by an indent. */
function indentSpans(spans: Spans, indent: string): Spans {
  return spans.map((s) => ({ ...s, text: s.text.split("\n").join("\n" + indent) }));
}

function screenChange(ch: TaskChange, w: DiffWords, lang: Lang): Spans {
  const label = m(`${fieldName(ch.field, w)}:`, "strong");
  const join = (parts: Spans, sep: string): Spans => parts.flatMap((p, i) => (i ? [t(sep), p] : [p]));
  switch (ch.field) {
    case "text":
    case "note":
    case "transcription":
    case "items":
      return [label, t(" "), ...indentSpans(screenWordDiff(ch.words), "      ")];
    case "deadline": {
      const shift = ch.shiftDays === null ? "" : `, ${w.moved(ch.shiftDays)}`;
      // A deadline moved without an amending decision: a warning on a line of its own, under the change.
      const warn: Spans = ch.withoutDecision ? [t("\n      "), m(`⚠ ${w.withoutDecision}`, "warning")] : [];
      return [label, t(" "), m(deadlineText(ch.from, w), "del"), t(" → "), m(deadlineText(ch.to, w), "ins"), t(shift), ...warn];
    }
    case "lead":
    case "support":
      return [label, t(" "), ...join([...ch.removed.map((a) => m(`− ${agencyText(a)}`, "del")), ...ch.added.map((a) => m(`+ ${agencyText(a)}`, "ins"))], "; ")];
    case "targets": {
      const parts: Spans[] = [
        ...ch.removed.map((x) => [m(`− ${x.id}: ${targetText(x, w, lang)}`, "del")]),
        ...ch.added.map((x) => [m(`+ ${x.id}: ${targetText(x, w, lang)}`, "ins")]),
        ...ch.changed.map((x) => [t(`~ ${x.id}: `), m(targetText(x.from, w, lang), "del"), t(" → "), m(targetText(x.to, w, lang), "ins")]),
      ];
      return [label, t(" "), ...parts.flatMap((p, i) => (i ? [t("; "), ...p] : p))];
    }
    case "bullet":
      return [label, t(" "), m(ch.from, "del"), t(" → "), m(ch.to, "ins")];
  }
}

function screenTask(x: TaskSummary, mark: string, paint: "ins" | "del", w: DiffWords): Spans[] {
  const body = [x.text, ...x.items.map((i) => `- ${i}`)].filter(Boolean).join("\n");
  return [
    [t("  "), m(`${mark} ${x.id}`, paint), t(`  ${body.split("\n").join("\n       ")}`)],
    [t("       "), m(`${fieldName("lead", w)}:`, "dim"), t(` ${x.lead.map(agencyText).join("; ")}`)],
    ...(x.support.length ? [[t("       "), m(`${fieldName("support", w)}:`, "dim"), t(` ${x.support.map(agencyText).join("; ")}`)]] : []),
    [t("       "), m(`${fieldName("deadline", w)}:`, "dim"), t(` ${deadlineText(x.deadline, w)}`)],
    [t("       "), m(`${w.columns.file.toLowerCase()}:`, "dim"), t(` ${x.file}`)],
  ];
}

function screenAgencyChange(ch: AgencyChange, w: DiffWords): Spans {
  if ("added" in ch) {
    const parts = [...ch.removed.map((x) => m(`− ${x}`, "del")), ...ch.added.map((x) => m(`+ ${x}`, "ins"))];
    return [t(`${fieldName(ch.field, w)}: `), ...parts.flatMap((p, i) => (i ? [t(", "), p] : [p]))];
  }
  return [t(`${fieldName(ch.field, w)}: `), m(ch.from === null ? "∅" : `"${ch.from}"`, "del"), t(" → "), m(ch.to === null ? "∅" : `"${ch.to}"`, "ins")];
}

function screen(d: PlanDiff, w: DiffWords, lang: Lang): Block[] {
  const from = sideLabel(d.from, w);
  const to = sideLabel(d.to, w);
  if (!d.changed) return [{ type: "paragraph", lines: [[t(w.noChanges(from, to))]], nowrap: true }];
  const lines: Spans[] = [[m(w.title(from, to, d.plan), "strong")]];
  if (!d.from.exists) lines.push([t(w.planAbsent(from))]);
  if (!d.to.exists) lines.push([t(w.planAbsent(to))]);
  const summary = w.summary(diffCounts(d));
  if (summary) lines.push([t(summary)]);
  const section = (heading: string, body: Spans[]) => {
    if (body.length) lines.push([t("")], [m(heading, "heading")], ...body);
  };
  const indent = (s: Spans): Spans => [t("      "), ...s];
  section(
    w.headings.added,
    d.tasks.added.flatMap((x) => screenTask(x, "+", "ins", w)),
  );
  section(
    w.headings.removed,
    d.tasks.removed.flatMap((x) => screenTask(x, "−", "del", w)),
  );
  section(
    w.headings.renumbered,
    d.tasks.renumbered.flatMap((r) => [
      [t("  "), m(w.renumberedAs(r.from, r.to), "warning"), t("  "), m(`(${w.similarity(Math.round(r.similarity * 100))})`, "dim"), t(`  ${headline(r.text)}`)],
      ...r.changes.map((ch) => indent(screenChange(ch, w, lang))),
    ]),
  );
  section(
    w.headings.changed,
    d.tasks.changed.flatMap((x) => [
      [t("  "), m(x.id, "warning"), t("  "), m(headline(x.text), "dim")],
      ...x.changes.map((ch) => indent(screenChange(ch, w, lang))),
    ]),
  );
  section(w.headings.agencies, [
    ...d.agencies.added.map((a) => [
      t("  "),
      m(`+ ${a.id}`, "ins"),
      t(`  ${a.name} (${a.kind}${a.members.length ? `, ${w.membersOf(a.members.length)}` : ""})`),
    ]),
    ...d.agencies.removed.map((a) => [t("  "), m(`− ${a.id}`, "del"), t(`  ${a.name}`)]),
    ...d.agencies.changed.map((a) => [
      t("  "),
      m(`~ ${a.id}`, "warning"),
      t(`  ${a.name}: `),
      ...a.changes.flatMap((ch, i) => [...(i ? [t("; ")] : []), ...screenAgencyChange(ch, w)]),
    ]),
  ]);
  section(
    w.headings.meta,
    d.meta.map((x) => [
      t("  "),
      m(`~ ${x.path}`, "warning"),
      t(": "),
      m(x.from === null ? "∅" : JSON.stringify(x.from), "del"),
      t(" → "),
      m(x.to === null ? "∅" : JSON.stringify(x.to), "ins"),
    ]),
  );
  section(
    progressHeading(lang),
    d.progress.map((ch) => [t(progressChangeLine(ch, lang))]),
  );
  return [{ type: "lines", lines }];
}

/** The heading of the progress changes (in the words of `par progress import --dry-run`). */
function progressHeading(lang: Lang): string {
  return (lang === "vi" ? importVi : importEn).progressHeading;
}

/** `par diff` as a document. */
export function diffDocument(d: PlanDiff, o: { lang: Lang; profile: Profile }): Document {
  const w = diffWords(o.lang);
  const base = { lang: o.lang, title: w.title(sideLabel(d.from, w), sideLabel(d.to, w), d.plan) };
  if (o.profile === "data") {
    const side = (s: typeof d.from) => ({ kind: s.kind, rev: s.rev ?? null, commit: s.commit ?? null, exists: s.exists });
    return {
      ...base,
      blocks: [],
      data: {
        version: 1,
        plan: d.plan,
        from: side(d.from),
        to: side(d.to),
        changed: d.changed,
        summary: diffCounts(d),
        tasks: d.tasks,
        agencies: d.agencies,
        meta: d.meta,
        progress: d.progress,
      },
    };
  }
  return { ...base, blocks: o.profile === "screen" ? screen(terminalSafe(d), w, o.lang) : page(d, w, o.lang) };
}
