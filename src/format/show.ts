// `par show <id>`: one task in full, as labelled lines for a terminal, or as JSON (the shape of one `par list` row).
import { Chalk } from "chalk";
import type { Lang } from "../i18n";
import { formatViDate } from "../model/dates";
import { amendmentPhrase, targetLinePhrase } from "../i18n/phrases";
import { deadlineInForce } from "../model/deadline";
import type { DecisionShow, ListReport, ListRow } from "../report/list";
import { displayWidth, fitText, wrapText } from "./tabular";
import { listWords, refLabel, taskJson } from "./build/list";
import { statusWords } from "./build/status";
import { periodName } from "../i18n/period";
import type { Period } from "../model/period";
import type { ShowProgress } from "../report/followup";

export const SHOW_FORMATS = ["text", "json"] as const;
export type ShowFormat = (typeof SHOW_FORMATS)[number];

export interface ShowFormatOptions {
  lang: Lang;
  color: boolean;
  width: number;
  /** The task's bucket and reports quarter by quarter, when the plan has progress. */
  progress?: ShowProgress | null;
}

/** The status lines of par show: the bucket at the cut-off, then each report (quarter · agency: state; result; evidence). */
function progressFields(p: ShowProgress, lang: Lang): [string, string[]][] {
  const w = listWords(lang);
  const sw = statusWords(lang);
  const when = w.show.asAt(periodName(quarterPeriod(p.period), lang), formatViDate(p.cutoff));
  const bucket = `${sw.bucket[p.bucket]}${p.days && (p.bucket === "overdue" || p.bucket === "done-late") ? ` (${sw.days(p.days)})` : ""} — ${when}`;
  const reports = p.reports.map((r) => {
    const parts = [`${periodName(quarterPeriod(r.period), lang)} · ${r.agency}: ${sw.state[r.state]}${r.completed ? ` (${formatViDate(r.completed)})` : ""}`];
    if (r.result) parts.push(r.result);
    if (r.evidence.length) parts.push(r.evidence.map((e) => `${e.number} (${formatViDate(e.date)})`).join(", "));
    return parts.join("; ");
  });
  return [
    [w.show.bucket, [bucket]],
    [w.show.reports, reports],
  ];
}

function quarterPeriod(key: string): Period {
  const [y, q] = key.split("-Q").map(Number) as [number, number];
  return { kind: "quarter", year: y, quarter: q };
}

function dueLines(row: ListRow, lang: Lang): string[] {
  const w = listWords(lang);
  const d = row.task.deadline;
  if (d.kind === "recurring" && d.periods && d.day !== undefined) {
    return [w.show.recurring(d.periods.map((p) => w.show.periods[p] ?? p).join("/"), d.day)];
  }
  if (row.due === null) return [w.show.noDue];
  return row.dueDates.map((x) => `${formatViDate(x.date)}${row.dueDates.length > 1 && x.label ? ` (${x.label})` : ""}`);
}

/**
 * Each deadline amendment on a line of its own; with a cut-off (the status shown below), the one in force then is
 * marked, since that is the deadline the status was judged against.
 */
function amendmentLines(row: ListRow, lang: Lang, cutoff: string | undefined): string[] {
  const t = row.task;
  if (!t.amendments?.length) return [];
  const inForce = cutoff === undefined ? null : deadlineInForce(t, cutoff).amendment;
  return t.amendments.map((a) => amendmentPhrase(a, lang) + (a === inForce ? ` — ${listWords(lang).show.inForce(formatViDate(cutoff!))}` : ""));
}

/** The task as labelled lines, values wrapped to the width. */
export function showText(report: ListReport, options: ShowFormatOptions): string {
  const w = listWords(options.lang);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const reg = report.registry;
  const row = report.rows[0]!;
  const t = row.task;
  const area = report.plan.areas.find((a) => a.number === t.area);
  const areaName = area ? (options.lang === "en" && area.nameEn ? area.nameEn : area.name) : "";
  const refLine = (ref: (typeof t.lead)[number]) => {
    const a = reg.byId.get(ref.agency);
    const members = reg.members.get(ref.agency)?.size;
    const label = refLabel(reg, ref, false);
    if (a?.kind !== "group") return label;
    return `${label} [${members ? w.show.members(members) : w.show.group}]`;
  };
  const fields: [string, string[]][] = [
    [w.show.task, t.text ? [t.text] : []],
    [w.show.items, t.items.map((i) => `${t.bullet} ${i}`)],
    [w.show.lead, [...t.lead.map(refLine), ...(t.leadNote ? [t.leadNote] : [])]],
    [w.show.support, t.support.map(refLine)],
    [w.show.deadline, [t.deadline.text]],
    [w.show.due, dueLines(row, options.lang)],
    [w.show.amendments, amendmentLines(row, options.lang, options.progress?.cutoff)],
    [w.show.targets, t.targets.map((x) => `• ${targetLinePhrase(x, options.lang)}`)],
    [w.show.note, t.note ? [t.note] : []],
    [w.show.transcription, t.transcription ? [t.transcription] : []],
    [w.show.file, [t.file]],
  ];
  if (options.progress) fields.push(...progressFields(options.progress, options.lang));
  const labelWidth = Math.max(...fields.map(([l]) => displayWidth(l)));
  const valueWidth = Math.max(20, options.width - labelWidth - 2);
  // The heading wrapped to the width too (wrapText shows control characters as escapeTerminal does).
  const out = fitText(`${t.id}  ${w.show.area} ${t.area}${areaName ? `: ${areaName}` : ""}`, options.width).map((l) => c.bold(l));
  out.push("");
  for (const [label, values] of fields) {
    if (!values.length) continue;
    let first = true;
    for (const v of values) {
      for (const line of v.split(/\r?\n/).flatMap((p) => (p === "" ? [""] : wrapText(p, valueWidth)))) {
        const head = first ? c.bold(label) + " ".repeat(labelWidth - displayWidth(label)) : " ".repeat(labelWidth);
        out.push(`${head}  ${line}`.trimEnd());
        first = false;
      }
    }
  }
  return out.join("\n") + "\n";
}

/** A section or part of the decision's text: its heading, its words as written, then who it assigns (editorial). */
export function showPartText(show: DecisionShow, options: ShowFormatOptions): string {
  const w = listWords(options.lang);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out = fitText(`${show.section.id}. ${show.section.title}`, options.width).map((l) => c.bold(l));
  const para = (text: string, indent: string) => {
    const lines = wrapText(text, Math.max(20, options.width - indent.length));
    return lines.map((l, i) => (i === 0 ? indent : " ".repeat(indent.length)) + l);
  };
  for (const p of show.parts) {
    out.push("");
    const n = p.id.slice(p.id.indexOf(".") + 1);
    if (p.title) out.push(...fitText(`${n}. ${p.title}`, options.width).map((l) => c.bold(l)));
    if (p.text) out.push(...para(p.title ? p.text : `${n}. ${p.text}`, ""));
    for (const i of p.items) out.push(...para(i, "- "));
    for (const x of p.points) out.push(...para(x.text, `${x.letter}) `));
    if (p.agencies.length)
      out.push(
        ...fitText(`${w.decision.agencies}: ${p.agencies.map((id) => `${show.registry.byId.get(id)?.name ?? id} (${id})`).join("; ")}`, options.width).map(
          (l) => c.dim(l),
        ),
      );
    if (p.report) {
      const r = p.report;
      const through = r.through && (show.registry.byId.get(r.through)?.name ?? r.through);
      out.push(
        ...fitText(w.decision.report(r.what, r.periods.map((x) => w.decision.periods[x] ?? x).join(", "), r.to, through), options.width).map((l) => c.dim(l)),
      );
    }
  }
  if (show.whole && show.section.closing) out.push("", ...para(show.section.closing, ""));
  out.push("", `${w.show.file}  ${show.file}`);
  return out.join("\n") + "\n";
}

/** A section or part of the decision's text as JSON: the section's id and title, and the parts as the file has them. */
export function showPartJson(show: DecisionShow): string {
  return (
    JSON.stringify(
      {
        section: { id: show.section.id, title: show.section.title },
        parts: show.parts.map((p) => ({ ...p, items: [...p.items], points: p.points.map((x) => ({ ...x })), agencies: [...p.agencies] })),
        ...(show.whole && show.section.closing ? { closing: show.section.closing } : {}),
        file: show.file,
      },
      null,
      2,
    ) + "\n"
  );
}

/** The task as one JSON object, the same shape as a row of `par list --format json`. */
export function showJson(report: ListReport, progress?: ShowProgress | null): string {
  const task = taskJson(report, report.rows[0]!);
  return JSON.stringify(progress ? { ...task, progress } : task, null, 2) + "\n";
}
