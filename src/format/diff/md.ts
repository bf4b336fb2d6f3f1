// The plan diff as GitHub-flavoured Markdown, to paste as a review comment or append to a CI job summary.
// Word changes are <del>old</del> <ins>new</ins>; every value from the plan is escaped (tables by renderMarkdown).
import { diffCounts, type AgencyChange, type TaskChange, type TaskSummary, type WordOp } from "../../report/diff";
import type { DiffWords } from "../../i18n/en/diff";
import { escapeMarkdown } from "../escape";
import { renderMarkdown } from "../tabular";
import { progressChangeLine } from "../forms/changes";
import { importEn } from "../../i18n/en/forms";
import { importVi } from "../../i18n/vi/forms";
import {
  agencyText,
  deadlineText,
  diffWords,
  fieldName,
  headline,
  sideLabel,
  targetText,
  withContext,
  type DiffFormatter,
  type DiffFormatOptions,
} from "./common";

/** Text from the plan within a line of Markdown: escaped by the one Markdown escaper (tables: renderMarkdown). */
function esc(text: string): string {
  return escapeMarkdown(text, { fragment: true });
}

function code(text: string): string {
  return "`" + text.replace(/`/g, "'") + "`";
}

function wordDiff(ops: WordOp[]): string {
  return withContext(ops)
    .map((o, k, all) => {
      if (o.op === "skip") return "…";
      if (o.op === "equal") return esc(o.text);
      // Keep spaces outside the tags so that the text around reads naturally.
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(o.text)!;
      if (!m[2]) return o.op === "insert" ? esc(o.text) : "";
      const tag = o.op === "delete" ? "del" : "ins";
      // A deletion followed at once by its replacement: a space between them so that they read apart.
      const gap = o.op === "insert" && all[k - 1]?.op === "delete" && !m[1] ? " " : "";
      return `${gap}${esc(m[1]!)}<${tag}>${esc(m[2])}</${tag}>${esc(m[3]!)}`;
    })
    .join("");
}

function changeItem(ch: TaskChange, w: DiffWords, opts: DiffFormatOptions): string {
  const label = `**${esc(fieldName(ch.field, w))}:**`;
  switch (ch.field) {
    case "text":
    case "note":
    case "transcription":
    case "items":
      return `- ${label} ${wordDiff(ch.words)}`;
    case "deadline": {
      const shift = ch.shiftDays === null ? "" : ` (${esc(w.moved(ch.shiftDays))})`;
      const warn = ch.withoutDecision ? ` ⚠ **${esc(w.withoutDecision)}**` : "";
      return `- ${label} <del>${esc(deadlineText(ch.from, w))}</del> → <ins>${esc(deadlineText(ch.to, w))}</ins>${shift}${warn}`;
    }
    case "lead":
    case "support": {
      const parts = [
        ...(ch.removed.length ? [`${esc(w.removed)} ${ch.removed.map((a) => `<del>${esc(agencyText(a))}</del>`).join(", ")}`] : []),
        ...(ch.added.length ? [`${esc(w.added)} ${ch.added.map((a) => `<ins>${esc(agencyText(a))}</ins>`).join(", ")}`] : []),
      ];
      return `- ${label} ${parts.join("; ")}`;
    }
    case "targets": {
      const parts = [
        ...ch.removed.map((t) => `${esc(w.removed)} ${code(t.id)}: <del>${esc(targetText(t, w, opts.lang))}</del>`),
        ...ch.added.map((t) => `${esc(w.added)} ${code(t.id)}: <ins>${esc(targetText(t, w, opts.lang))}</ins>`),
        ...ch.changed.map((t) => `${code(t.id)}: <del>${esc(targetText(t.from, w, opts.lang))}</del> → <ins>${esc(targetText(t.to, w, opts.lang))}</ins>`),
      ];
      return `- ${label} ${parts.join("; ")}`;
    }
    case "bullet":
      return `- ${label} ${code(ch.from)} → ${code(ch.to)}`;
  }
}

function taskTable(tasks: TaskSummary[], w: DiffWords): string {
  return renderMarkdown({
    columns: [
      { key: "id", header: w.columns.task },
      { key: "text", header: w.columns.text },
      { key: "lead", header: w.columns.lead },
      { key: "deadline", header: w.columns.deadline },
      { key: "file", header: w.columns.file },
    ],
    rows: tasks.map((t) => ({
      id: t.id,
      text: [t.text, ...t.items.map((i) => `- ${i}`)].filter(Boolean).join("\n"),
      lead: t.lead.map(agencyText).join("; "),
      deadline: deadlineText(t.deadline, w),
      file: t.file,
    })),
  });
}

function agencyChangeText(ch: AgencyChange, w: DiffWords): string {
  if ("added" in ch) {
    const parts = [
      ...(ch.removed.length ? [`${esc(w.removed)} ${ch.removed.map((x) => `<del>${esc(x)}</del>`).join(", ")}`] : []),
      ...(ch.added.length ? [`${esc(w.added)} ${ch.added.map((x) => `<ins>${esc(x)}</ins>`).join(", ")}`] : []),
    ];
    return `${esc(fieldName(ch.field, w))}: ${parts.join("; ")}`;
  }
  const v = (x: string | null) => (x === null ? "∅" : esc(x));
  return `${esc(fieldName(ch.field, w))}: <del>${v(ch.from)}</del> → <ins>${v(ch.to)}</ins>`;
}

/** Markdown: a heading, a summary line, then a section per kind of change. */
export const md: DiffFormatter = (d, opts) => {
  const w = diffWords(opts.lang);
  const from = sideLabel(d.from, w);
  const to = sideLabel(d.to, w);
  const out: string[] = [`### ${esc(w.title(from, to, d.plan))}`, ""];
  if (!d.changed) return [...out, esc(w.noChanges(from, to)), ""].join("\n");
  if (!d.from.exists) out.push(esc(w.planAbsent(from)), "");
  if (!d.to.exists) out.push(esc(w.planAbsent(to)), "");
  const summary = w.summary(diffCounts(d));
  if (summary) out.push(`**${esc(summary)}**`, "");

  const section = (heading: string, body: string[]) => {
    if (body.length) out.push(`#### ${esc(heading)}`, "", ...body, "");
  };
  if (d.tasks.added.length) section(w.headings.added, [taskTable(d.tasks.added, w).trimEnd()]);
  if (d.tasks.removed.length) section(w.headings.removed, [taskTable(d.tasks.removed, w).trimEnd()]);
  section(
    w.headings.renumbered,
    d.tasks.renumbered.flatMap((r) => [
      `- **${esc(w.renumberedAs(r.from, r.to))}** (${esc(w.similarity(Math.round(r.similarity * 100)))}): ${esc(headline(r.text))}`,
      ...r.changes.map((ch) => `  ${changeItem(ch, w, opts)}`),
    ]),
  );
  section(
    w.headings.changed,
    d.tasks.changed.flatMap((t) => [`- **${esc(t.id)}** ${esc(headline(t.text))}`, ...t.changes.map((ch) => `  ${changeItem(ch, w, opts)}`)]),
  );
  section(w.headings.agencies, [
    ...d.agencies.added.map(
      (a) => `- ${esc(w.added)} ${code(a.id)} ${esc(a.name)} (${esc(a.kind)}${a.members.length ? `, ${esc(w.membersOf(a.members.length))}` : ""})`,
    ),
    ...d.agencies.removed.map((a) => `- ${esc(w.removed)} ${code(a.id)} ${esc(a.name)}`),
    ...d.agencies.changed.map((a) => `- ${code(a.id)} ${esc(a.name)}: ${a.changes.map((ch) => agencyChangeText(ch, w)).join("; ")}`),
  ]);
  section(
    w.headings.meta,
    d.meta.map((m) => `- ${code(m.path)}: <del>${m.from === null ? "∅" : esc(String(m.from))}</del> → <ins>${m.to === null ? "∅" : esc(String(m.to))}</ins>`),
  );
  section(
    (opts.lang === "vi" ? importVi : importEn).progressHeading,
    d.progress.map((ch) => `- ${esc(progressChangeLine(ch, opts.lang).trim())}`),
  );
  return out.join("\n");
};
