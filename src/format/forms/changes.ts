// Progress changes in words, one line each, the same in `par progress import --dry-run` and `par diff`.
import type { Lang } from "../../i18n";
import { periodName } from "../../i18n/period";
import { formatViDate } from "../../model/dates";
import type { ImportChange, ProgressChange } from "../../report/progress-import";
import type { FormsReturn } from "../../report/progress-form";
import { importEn } from "../../i18n/en/forms";
import { importVi } from "../../i18n/vi/forms";
import { formWords } from "./progress-form";

/** One change as a line: "+ 2.a: Đã hoàn thành 15/11/2024", "~ 2.a: tình trạng … → …"; with its quarter and agency for par diff. */
export function progressChangeLine(c: ImportChange | ProgressChange, lang: Lang): string {
  const w = lang === "vi" ? importVi : importEn;
  const states = formWords(lang).states as Record<string, string>;
  const shown = (field: string, v: string): string => {
    if (!v) return v;
    if (field === "state") return states[v] ?? v;
    if (field === "completed") return formatViDate(v);
    // "1: 2024-06-28; 2: 2024-10-14": each milestone's date as people write it.
    if (field === "milestones") return v.replace(/\d{4}-\d{2}-\d{2}/g, (iso) => formatViDate(iso));
    return v;
  };
  const task = "period" in c ? `${c.task} (${c.agency}, ${periodName(c.period, lang)})` : c.task;
  switch (c.kind) {
    case "added":
      return w.change.added(task, states[c.entry.state] + (c.entry.completed ? ` ${formatViDate(c.entry.completed)}` : ""));
    case "removed":
      return w.change.removed(task);
    case "changed":
      return w.change.changed(task, c.fields.map((f) => w.change.field(w.fields[f.field], shown(f.field, f.was), shown(f.field, f.now))).join("; "));
  }
}

/** The agencies whose return form for the quarter has not come back, as a line of the status report. */
export function formsAwaiting(f: FormsReturn, lang: Lang): string {
  const w = lang === "vi" ? importVi : importEn;
  return w.awaiting(periodName(f.period, lang), f.awaiting.length, f.awaiting.map((a) => a.short).join(", "));
}
