// The status report for a terminal: headline, counts (with bars on a terminal), tables by area and by lead agency,
// targets, changes since the previous quarter, and the tasks that need attention (every task with --tasks).
import { formsAwaiting } from "../forms/changes";
import { Chalk, type ChalkInstance } from "chalk";
import type { Bucket } from "../../model/progress";
import type { StatusReport } from "../../report/status";
import { displayWidth, fitText, renderTextTable, wrapText, type Table } from "../tabular";
import {
  BUCKET_ORDER,
  ageingTable,
  areaTable,
  date,
  leadTable,
  needsAttention,
  periodLabel,
  silentNames,
  statusText,
  statusWords,
  targetTable,
  type StatusFormatter,
} from "./common";
import { agencyListPhrase, shortTaskText } from "../../i18n/phrases";

function bucketColour(c: ChalkInstance, b: Bucket): (s: string) => string {
  switch (b) {
    case "done-on-time":
      return c.green;
    case "done-late":
      return c.yellow;
    case "not-due":
      return c.cyan;
    case "overdue":
      return c.red.bold;
    case "ongoing-reported":
      return c.blue;
    case "ongoing-unreported":
      return c.magenta;
    case "no-report":
      return c.gray;
  }
}

const BAR_WIDTH = 30;

/** The terminal rendering. */
export const table: StatusFormatter = (r: StatusReport, o) => {
  const c = new Chalk({ level: o.color ? 1 : 0 });
  const w = statusWords(o.lang);
  const width = Math.max(20, o.width);
  const out: string[] = [];
  /** A sentence wrapped to the width at spaces (control characters shown, as wrapText does), each line styled and indented. */
  const say = (text: string, style: (s: string) => string = (s) => s, indent = "") => {
    for (const l of fitText(text, width - indent.length)) out.push(indent + style(l));
  };
  const heading = (s: string) => out.push("", c.bold.underline(s));
  const tbl = (t: Table, cell?: (text: string, row: Record<string, string>, key: string) => string) =>
    out.push(renderTextTable(t, { width, header: (s) => c.bold(s), border: (s) => c.dim(s), ...(cell ? { cell } : {}) }).trimEnd());

  say(w.title(r.plan.title), c.bold);
  say(w.periodLine(periodLabel(r.period, o.lang), date(r.period.start), date(r.period.end), w.scheme[r.period.scheme]));
  say(w.cutoffLine(date(r.period.cutoff), r.period.asOf));
  if (r.selection) say(w.selection(r.selection.agency?.name ?? null, r.selection.area));
  if (r.sample) say(`⚠ ${w.sample}`, c.yellow);
  if (r.forms?.awaiting.length) say(formsAwaiting(r.forms, o.lang), c.yellow);
  out.push("");
  say(w.headline(r.headline.completed, r.headline.total, w.percent(r.headline.percent)), c.bold);

  heading(w.heading.buckets);
  const labelWidth = Math.max(...BUCKET_ORDER.map((b) => displayWidth(w.bucket[b])));
  for (const b of BUCKET_ORDER) {
    const n = r.counts[b];
    const label = w.bucket[b] + " ".repeat(labelWidth - displayWidth(w.bucket[b]));
    const blocks = o.terminal && r.total > 0 ? "█".repeat(Math.round((n / r.total) * BAR_WIDTH)) || (n > 0 ? "▏" : "") : "";
    const bar = blocks ? "  " + bucketColour(c, b)(blocks) : "";
    out.push(`  ${label}  ${String(n).padStart(3)}${bar}`);
  }

  if (r.counts.overdue) {
    heading(w.heading.ageing);
    tbl(ageingTable(r, w), (text, row, key) => (key === "n" && row.n !== "0" ? c.red(text) : text));
  }

  heading(w.heading.byArea);
  tbl(areaTable(r, w, o.lang), (text, row, key) => (key === "overdue" && row.overdue !== "0" ? c.red(text) : text));

  heading(w.heading.byLead);
  tbl(leadTable(r, w, o.lang), (text, _row, key) => (key === "overdue" ? c.red(text) : key === "notReported" ? c.magenta(text) : text));
  const silent = silentNames(r, o.lang);
  if (silent) say(w.silent(silent), c.magenta);

  if (r.targets.length) {
    heading(w.heading.targets);
    tbl(targetTable(r, w, o.lang), (text, row, key) =>
      key === "met" ? (row._met === "true" ? c.green(text) : row._met === "false" ? c.red(text) : c.gray(text)) : text,
    );
  }

  heading(w.heading.changes(periodLabel(r.changes.previous, o.lang)));
  say(`${w.newlyDone}: ${r.changes.newlyDone.join(", ") || w.none}`, undefined, "  ");
  if (r.changes.newlyOverdue.length) {
    // The ids in red, the label not: the label's words are wrapped with the ids, and only the ids are painted.
    const label = `${w.newlyOverdue}:`;
    let first = true;
    for (const l of wrapText(`${label} ${r.changes.newlyOverdue.join(", ")}`, width - 2)) {
      out.push("  " + (first ? label + c.red(l.slice(label.length)) : c.red(l)));
      first = false;
    }
  } else say(`${w.newlyOverdue}: ${w.none}`, undefined, "  ");

  const rows = o.allTasks ? r.tasks : needsAttention(r);
  heading(o.allTasks ? w.heading.tasks : w.heading.attention);
  if (rows.length) {
    const t: Table = {
      columns: [
        { key: "id", header: w.col.id },
        { key: "task", header: w.col.task, minWidth: 20 },
        { key: "lead", header: w.col.lead, minWidth: 12 },
        { key: "deadline", header: w.col.deadline, minWidth: 10 },
        { key: "status", header: w.col.status, minWidth: 12 },
      ],
      rows: rows.map((x) => ({
        id: x.id,
        task: shortTaskText(x, 70),
        lead: agencyListPhrase(x.lead, o.lang),
        deadline: x.deadlineText,
        status: statusText(x, w),
        _bucket: x.bucket,
      })),
    };
    tbl(t, (text, row, key) => (key === "status" ? bucketColour(c, row._bucket as Bucket)(text) : text));
  } else out.push(`  ${w.none}`);
  if (!o.allTasks) say(w.moreTasks, c.dim);
  if (r.withoutEvidence.length) say(w.withoutEvidence(r.withoutEvidence.join(", ")), c.yellow);
  out.push("");
  say(w.definition, c.dim);
  return out.join("\n") + "\n";
};
