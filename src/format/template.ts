// The progress template `par progress init` writes: valid par-progress/1 YAML, every task with its text, agencies,
// deadline, targets and last quarter's report as comments. Every entry is left to fill in: state empty (not a report
// until the agency writes it), no date, result, evidence or value asserted.
import type { Lang } from "../i18n";
import { formatViDate } from "../model/dates";
import { milestonesOf } from "../model/deadline";
import { parseQuarterKey } from "../model/progress";
import type { ProgressTemplate, TemplateEntry } from "../report/status";
import { wrapText } from "./tabular";
import { pushAll } from "./text";
import { escapeYamlComment } from "./escape";
import { periodLabel, statusWords, type Words } from "./build/status";
import { agencyListPhrase, evidencePhrase, targetPhrase } from "../i18n/phrases";
import { periodName } from "../i18n/period";

const COMMENT_WIDTH = 100;

/** A YAML scalar for a string: double-quoted (JSON string syntax is valid YAML), so any text is safe. */
function str(s: string): string {
  return JSON.stringify(s);
}

/** Lines of a comment, wrapped, each starting with `indent# `. */
function comment(text: string, indent: string): string[] {
  return text.split(/\r?\n/).flatMap((para) => wrapText(para, COMMENT_WIDTH - indent.length - 2).map((l) => `${indent}# ${l}`.trimEnd()));
}

/** What was reported before the quarter, as words for a comment (never as YAML the loader would read). */
function lastQuarterText(c: NonNullable<TemplateEntry["carried"]>, w: Words, lang: Lang): string {
  const parts = [c.state === "done" ? w.template.lastDone(c.completed ? formatViDate(c.completed) : null) : w.state[c.state]];
  if (c.result) parts.push(w.template.lastResult(c.result));
  if (c.evidence.length) parts.push(w.template.lastEvidence(evidencePhrase(c.evidence, lang)));
  return parts.join("; ");
}

function entryLines(e: TemplateEntry, w: Words, lang: Lang, withAgency: boolean, sameTask: boolean): string[] {
  const t = e.task;
  const out: string[] = [""];
  // A task several lead has one entry per lead: its text, agencies and deadline are written above the first.
  if (!sameTask) {
    out.push(`  # ── ${t.id} ${"─".repeat(Math.max(4, 60 - t.id.length))}`);
    pushAll(out, comment([...(t.text ? [t.text] : []), ...t.items.map((i) => `- ${i}`)].join("\n"), "  "));
    pushAll(
      out,
      comment(w.template.lead(agencyListPhrase(e.lead, lang)) + (e.support.length ? `; ${w.template.support(agencyListPhrase(e.support, lang))}` : ""), "  "),
    );
    pushAll(out, comment(w.template.deadline(t.deadline.text, e.due ? formatViDate(e.due) : null), "  "));
  }
  if (e.role) out.push(`  # ${w.template.role(w.template.roles[e.role] ?? e.role)}`);
  const c = e.carried;
  // Last quarter's report is a comment: an entry left as written here asserts nothing (state empty: not a report).
  if (c) pushAll(out, comment(w.template.lastQuarter(periodName(c.period, lang), lastQuarterText(c, w, lang)), "  "));
  out.push(`  - task: ${str(t.id)}`);
  if (withAgency) out.push(`    agency: ${e.agency}`);
  out.push(`    state:   # ${escapeYamlComment(w.template.stateHint)}`);
  out.push("    completed:   # dd/mm/yyyy");
  const ms = milestonesOf(t.deadline);
  if (ms.length > 1) {
    out.push("    milestones:");
    ms.forEach((m, i) => {
      const done = c?.milestones[i];
      const note = [
        w.template.milestone(m.label, formatViDate(m.date)),
        ...(done?.completed ? [w.template.lastMilestone(formatViDate(done.completed))] : []),
      ].join("; ");
      out.push(`      - milestone: ${str(m.label)}   # ${escapeYamlComment(note)}`);
      out.push("        completed:");
    });
  }
  out.push("    result:", "    evidence: []");
  if (t.targets.length) {
    out.push("    targets:");
    for (const target of t.targets) {
      const last = e.lastTargets[target.id];
      const note = [
        w.template.target(
          target.metric + (target.level ? ` (${w.level[target.level] ?? target.level})` : ""),
          targetPhrase(target, lang, { unit: "unless-in-metric" }),
        ),
        ...(last ? [w.template.last(w.num(last.actual), periodName(last.period, lang))] : []),
      ].join("; ");
      out.push(`      ${target.id}:   # ${escapeYamlComment(note)}`);
    }
  }
  out.push("    obstacles:", "    proposals:");
  return out;
}

/** The template's text, starting with the schema line for the editor. */
export function renderProgressTemplate(t: ProgressTemplate, schemaPath: string, lang: Lang): string {
  const w = statusWords(lang);
  const out: string[] = [`# yaml-language-server: $schema=${schemaPath}`];
  pushAll(out, comment(w.template.header(periodLabel(t.period, lang), t.plan.title), ""));
  pushAll(out, comment(w.template.window(formatViDate(t.period.start), formatViDate(t.period.end), w.scheme[t.period.scheme]), ""));
  if (t.agency) pushAll(out, comment(w.template.agency(`${lang === "en" && t.agency.nameEn ? t.agency.nameEn : t.agency.name} (${t.agency.id})`), ""));
  pushAll(out, comment(w.template.howTo, ""));
  const from = t.carriedFrom ? parseQuarterKey(t.carriedFrom) : undefined;
  pushAll(
    out,
    comment(from ? w.template.carried(periodLabel({ ...t.period, key: t.carriedFrom!, year: from.year, quarter: from.quarter }, lang)) : w.template.fresh, ""),
  );
  const byFile = new Map<string, string[]>();
  for (const x of t.skipped) byFile.set(x.file, [...(byFile.get(x.file) ?? []), x.task]);
  if (byFile.size) pushAll(out, comment(w.template.skipped([...byFile].map(([file, ids]) => `${ids.join(", ")} (${file})`).join("; ")), ""));
  out.push("format: par-progress/1", `period: ${t.period.key}`);
  if (t.agency) out.push(`agency: ${t.agency.id}`);
  out.push(t.entries.length ? "entries:" : "entries: []");
  t.entries.forEach((e, i) => pushAll(out, entryLines(e, w, lang, !t.agency, i > 0 && t.entries[i - 1]!.task.id === e.task.id)));
  return out.join("\n") + "\n";
}
