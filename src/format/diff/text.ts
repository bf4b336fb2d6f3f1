// The plan diff for a terminal or a CI log: one section per kind of change, word changes marked [-old-]{+new+}
// (red and green on a terminal, the marks kept so the output reads the same without colour).
import { Chalk } from "chalk";
import { diffCounts, type AgencyChange, type TaskChange, type TaskSummary, type WordOp } from "../../report/diff";
import type { DiffWords } from "../../i18n/en/diff";
import { escapeTerminal } from "../escape";
import { wrapStyled } from "../tabular";
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

type C = InstanceType<typeof Chalk>;

function wordDiff(ops: WordOp[], c: C): string {
  return withContext(ops)
    .map((o) => (o.op === "skip" ? c.dim("…") : o.op === "equal" ? o.text : o.op === "delete" ? c.red(`[-${o.text}-]`) : c.green(`{+${o.text}+}`)))
    .join("");
}

function indentLines(text: string, indent: string): string {
  return text.split("\n").join("\n" + indent);
}

function changeLines(ch: TaskChange, w: DiffWords, c: C, opts: DiffFormatOptions): string[] {
  const label = c.bold(`${fieldName(ch.field, w)}:`);
  switch (ch.field) {
    case "text":
    case "note":
    case "transcription":
    case "items":
      return [`${label} ${indentLines(wordDiff(ch.words, c), "      ")}`];
    case "deadline": {
      const shift = ch.shiftDays === null ? "" : `, ${w.moved(ch.shiftDays)}`;
      const moved = [`${label} ${c.red(deadlineText(ch.from, w))} → ${c.green(deadlineText(ch.to, w))}${shift}`];
      if (ch.withoutDecision) moved.push(c.yellow(`⚠ ${w.withoutDecision}`));
      return moved;
    }
    case "lead":
    case "support": {
      const parts = [...ch.removed.map((a) => c.red(`− ${agencyText(a)}`)), ...ch.added.map((a) => c.green(`+ ${agencyText(a)}`))];
      return [`${label} ${parts.join("; ")}`];
    }
    case "targets": {
      const parts = [
        ...ch.removed.map((t) => c.red(`− ${t.id}: ${targetText(t, w, opts.lang)}`)),
        ...ch.added.map((t) => c.green(`+ ${t.id}: ${targetText(t, w, opts.lang)}`)),
        ...ch.changed.map((t) => `~ ${t.id}: ${c.red(targetText(t.from, w, opts.lang))} → ${c.green(targetText(t.to, w, opts.lang))}`),
      ];
      return [`${label} ${parts.join("; ")}`];
    }
    case "bullet":
      return [`${label} ${c.red(ch.from)} → ${c.green(ch.to)}`];
  }
}

function taskBlock(t: TaskSummary, mark: string, paint: (s: string) => string, w: DiffWords, c: C): string[] {
  const body = [t.text, ...t.items.map((i) => `- ${i}`)].filter(Boolean).join("\n");
  return [
    `  ${paint(`${mark} ${t.id}`)}  ${indentLines(body, "       ")}`,
    `       ${c.dim(`${fieldName("lead", w)}:`)} ${t.lead.map(agencyText).join("; ")}`,
    ...(t.support.length ? [`       ${c.dim(`${fieldName("support", w)}:`)} ${t.support.map(agencyText).join("; ")}`] : []),
    `       ${c.dim(`${fieldName("deadline", w)}:`)} ${deadlineText(t.deadline, w)}`,
    `       ${c.dim(`${w.columns.file.toLowerCase()}:`)} ${t.file}`,
  ];
}

function agencyChangeText(ch: AgencyChange, w: DiffWords, c: C): string {
  if ("added" in ch) {
    const parts = [...ch.removed.map((x) => c.red(`− ${x}`)), ...ch.added.map((x) => c.green(`+ ${x}`))];
    return `${fieldName(ch.field, w)}: ${parts.join(", ")}`;
  }
  return `${fieldName(ch.field, w)}: ${c.red(ch.from === null ? "∅" : `"${ch.from}"`)} → ${c.green(ch.to === null ? "∅" : `"${ch.to}"`)}`;
}

/** A copy of a value with every string made safe for a terminal (the report's strings come from the plan). */
function terminalSafe<T>(value: T): T {
  if (typeof value === "string") return escapeTerminal(value) as T;
  if (Array.isArray(value)) return value.map(terminalSafe) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terminalSafe(v)])) as T;
  return value;
}

/** Text for a terminal: a title, a one-line summary, then a section per kind of change. */
export const text: DiffFormatter = (report, opts) => {
  const d = terminalSafe(report);
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const w = diffWords(opts.lang);
  const from = sideLabel(d.from, w);
  const to = sideLabel(d.to, w);
  if (!d.changed) return w.noChanges(from, to) + "\n";
  const out: string[] = [c.bold(w.title(from, to, d.plan))];
  if (!d.from.exists) out.push(w.planAbsent(from));
  if (!d.to.exists) out.push(w.planAbsent(to));
  const summary = w.summary(diffCounts(d));
  if (summary) out.push(summary);

  const section = (heading: string, lines: string[]) => {
    if (lines.length) out.push("", c.bold.underline(heading), ...lines);
  };
  section(
    w.headings.added,
    d.tasks.added.flatMap((t) => taskBlock(t, "+", c.green, w, c)),
  );
  section(
    w.headings.removed,
    d.tasks.removed.flatMap((t) => taskBlock(t, "−", c.red, w, c)),
  );
  section(
    w.headings.renumbered,
    d.tasks.renumbered.flatMap((r) => [
      `  ${c.yellow(w.renumberedAs(r.from, r.to))}  ${c.dim(`(${w.similarity(Math.round(r.similarity * 100))})`)}  ${headline(r.text)}`,
      ...r.changes.flatMap((ch) => changeLines(ch, w, c, opts)).map((l) => `      ${l}`),
    ]),
  );
  section(
    w.headings.changed,
    d.tasks.changed.flatMap((t) => [
      `  ${c.yellow(t.id)}  ${c.dim(headline(t.text))}`,
      ...t.changes.flatMap((ch) => changeLines(ch, w, c, opts)).map((l) => `      ${l}`),
    ]),
  );
  section(w.headings.agencies, [
    ...d.agencies.added.map((a) => `  ${c.green(`+ ${a.id}`)}  ${a.name} (${a.kind}${a.members.length ? `, ${w.membersOf(a.members.length)}` : ""})`),
    ...d.agencies.removed.map((a) => `  ${c.red(`− ${a.id}`)}  ${a.name}`),
    ...d.agencies.changed.map((a) => `  ${c.yellow(`~ ${a.id}`)}  ${a.name}: ${a.changes.map((ch) => agencyChangeText(ch, w, c)).join("; ")}`),
  ]);
  section(
    w.headings.meta,
    d.meta.map(
      (m) => `  ${c.yellow(`~ ${m.path}`)}: ${c.red(m.from === null ? "∅" : JSON.stringify(m.from))} → ${c.green(m.to === null ? "∅" : JSON.stringify(m.to))}`,
    ),
  );
  section(
    (opts.lang === "vi" ? importVi : importEn).progressHeading,
    d.progress.map((ch) => progressChangeLine(ch, opts.lang)),
  );
  const text = out.join("\n");
  if (opts.width === undefined) return text + "\n";
  // Every line fitted to the width (a line that fits stays as it is), pushed one at a time.
  const lines: string[] = [];
  for (const line of text.split("\n")) for (const l of wrapStyled(line, opts.width)) lines.push(l);
  return lines.join("\n") + "\n";
};
