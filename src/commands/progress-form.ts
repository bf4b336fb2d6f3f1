// `par progress form --quarter Q4 [--agency ID… | --all] [--output DIR|FILE] [--due DATE] [--force]`: one .xlsx
// return form per agency, named AGENCY-YYYY-Qn.xlsx.
import { existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { matchAgency } from "../model/agencies";
import { parseDate } from "../model/dates";
import { parseQuarter } from "../model/period";
import type { Agency } from "../model/types";
import { displayPath } from "../load/repo";
import { writeFileAtomic } from "../load/write";
import { buildProgressForm, reportingAgencies } from "../report/progress-form";
import { progressFormXlsx } from "../format/forms/progress-form";
import { statusWords } from "../format/build/status";
import { importEn } from "../i18n/en/forms";
import { importVi } from "../i18n/vi/forms";
import type { Lang } from "../i18n";
import { usableProgress } from "../workspace";
import { EXIT, workspaceOf, writeFailureReason, type CommandContext } from "./context";
import { requireInPlan } from "../report/request";

export interface ProgressFormOptions {
  quarter?: string;
  agency?: string[];
  all?: boolean;
  output?: string;
  due?: string;
  force?: boolean;
}

/** The words of progress form and import in a language. */
export function importWords(lang: Lang): typeof importEn {
  return lang === "vi" ? importVi : importEn;
}

/** Run progress form; returns the exit code (0 written, 1 plan or progress errors, 2 usage, existing file or I/O failure). */
export async function progressFormCommand(ctx: CommandContext, opts: ProgressFormOptions): Promise<number> {
  const w = importWords(ctx.lang);
  const sw = statusWords(ctx.lang);
  if (!opts.all && !opts.agency?.length) {
    ctx.io.stderr(w.formNeedsAgency + "\n");
    return EXIT.failure;
  }
  const { plan, progress } = usableProgress(workspaceOf(ctx, { progress: true }));
  const quarter = opts.quarter === undefined ? undefined : parseQuarter(opts.quarter, plan.meta.year);
  if (!quarter) {
    ctx.io.stderr(sw.badQuarter("progress form", String(opts.quarter ?? "")) + "\n");
    return EXIT.failure;
  }
  requireInPlan("progress form", `--quarter ${opts.quarter}`, plan, { period: quarter });
  let due: string | undefined;
  if (opts.due !== undefined) {
    due = parseDate(opts.due) ?? undefined;
    if (!due) {
      ctx.io.stderr(w.badDue(opts.due) + "\n");
      return EXIT.failure;
    }
  }
  const reporting = reportingAgencies(plan);
  let agencies: Agency[];
  if (opts.all) agencies = reporting;
  else {
    agencies = [];
    for (const q of opts.agency ?? []) {
      const m = matchAgency(q, plan.agencies);
      if (m.kind === "unknown") {
        ctx.io.stderr(sw.unknownAgency(q, m.suggestions.map((a) => `${a.id} (${a.name})`).join(", ")) + "\n");
        return EXIT.failure;
      }
      if (m.kind === "ambiguous") {
        ctx.io.stderr(sw.ambiguousAgency(q, m.candidates.map((a) => `${a.id} (${a.name})`).join(", ")) + "\n");
        return EXIT.failure;
      }
      if (!reporting.includes(m.agency)) {
        ctx.io.stderr(w.formNoTasks(`${m.agency.name} (${m.agency.id})`) + "\n");
        return EXIT.failure;
      }
      if (!agencies.includes(m.agency)) agencies.push(m.agency);
    }
  }
  const out = resolve(ctx.io.cwd, opts.output ?? ".");
  const isFile = /\.xlsx$/i.test(out) && !(existsSync(out) && statSync(out).isDirectory());
  if (isFile && agencies.length !== 1) {
    ctx.io.stderr(w.formOneFile + "\n");
    return EXIT.failure;
  }
  const key = `${quarter.year}-Q${quarter.quarter}`;
  const targets = agencies.map((a) => ({ agency: a, path: isFile ? out : join(out, `${a.id}-${key}.xlsx`) }));
  // Refuse before writing anything: a run either writes every form or stops on the first that exists.
  if (!opts.force) {
    const taken = targets.find((t) => existsSync(t.path));
    if (taken) {
      ctx.io.stderr(w.formExists(displayPath(taken.path, ctx.io.cwd)) + "\n");
      return EXIT.failure;
    }
  }
  for (const t of targets) {
    const form = buildProgressForm(plan, progress, quarter, t.agency, due);
    const bytes = await progressFormXlsx(form, ctx.lang);
    const shown = displayPath(t.path, ctx.io.cwd);
    try {
      if (writeFileAtomic(t.path, bytes, { force: Boolean(opts.force) }) === "exists") {
        ctx.io.stderr(w.formExists(shown) + "\n");
        return EXIT.failure;
      }
    } catch (e) {
      ctx.io.stderr(w.formWriteFailed(shown, writeFailureReason(e, ctx.lang, ctx.io.cwd)) + "\n");
      return EXIT.failure;
    }
    ctx.io.stdout(w.formWrote(shown, form.rows.length) + "\n");
  }
  return EXIT.ok;
}
