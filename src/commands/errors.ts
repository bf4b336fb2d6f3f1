// The one translation of a failure into words and an exit code (called by src/cli.ts, around every command): usage and
// I/O errors by their message key, a data folder that cannot be used, git failing, a plan with errors (printed the
// lint way, then what to do).
import { compareDiagnostics, countBySeverity } from "../model/diagnostic";
import { localize, type Lang } from "../i18n";
import type { Agency } from "../model/types";
import { messages } from "../i18n/ui";
import { lintFormatters } from "../format/lint";
import { words } from "../i18n/words";
import { GitError } from "../load/git";
import { displayPath } from "../load/repo";
import { formatViDate } from "../model/dates";
import { periodName } from "../i18n/period";
import { OutsidePlanError } from "../report/request";
import { DataDirError, IoError, ParError, PlanProblemsError, UsageError } from "../workspace/errors";

type Words = (...args: never[]) => string;

/** The catalogues a message key's first part names. */
const CATALOGUES: Record<string, (lang: Lang) => object> = {
  ui: messages,
  list: (lang) => words(lang).list.error,
  status: (lang) => words(lang).status,
  export: (lang) => words(lang).export,
  diff: (lang) => words(lang).diff,
  site: (lang) => words(lang).site.error,
};

/** The words a key ("list.badArea") names, in a language, called with its arguments ("text": words already chosen). */
export function messageText(key: string, args: readonly unknown[], lang: Lang): string {
  if (key === "text") return String(args[0]);
  const dot = key.indexOf(".");
  const catalogue = CATALOGUES[key.slice(0, dot)]?.(lang) as Record<string, string | Words> | undefined;
  const words = catalogue?.[key.slice(dot + 1)];
  if (words === undefined) throw new Error(`no message ${key}`);
  return typeof words === "string" ? words : (words as (...a: unknown[]) => string)(...args);
}

/** What the run prints on stderr and exits with for a failure; undefined for a failure that is not par's (a bug). */
export function describeError(e: unknown, run: { lang: Lang; cwd: string; colorErr: boolean }): { text: string; exitCode: number } | undefined {
  const { lang, cwd } = run;
  if (e instanceof PlanProblemsError) {
    const ds = [...e.diagnostics].sort(compareDiagnostics);
    const { errors, warnings } = countBySeverity(ds);
    const shown = lintFormatters.stylish(
      { diagnostics: localize(ds, lang), filesChecked: e.filesChecked, errorCount: errors, warningCount: warnings },
      { color: run.colorErr, lang, version: "" },
    );
    return { text: shown + messageText(e.after.key, e.after.args, lang) + "\n", exitCode: e.exitCode };
  }
  if (e instanceof UsageError || e instanceof IoError) return { text: messageText(e.key, e.args, lang) + "\n", exitCode: e.exitCode };
  if (e instanceof OutsidePlanError) {
    const text = messages(lang).outsidePlan(e.command, e.what, {
      planYear: e.planYear,
      start: formatViDate(e.span.start),
      end: formatViDate(e.span.end),
      firstReport: periodName(e.first, lang),
      lastReport: periodName(e.last, lang),
    });
    return { text: text + "\n", exitCode: e.exitCode };
  }
  if (e instanceof DataDirError) return { text: messages(lang).dataDir(e.reason, displayPath(e.dir, cwd), "") + "\n", exitCode: e.exitCode };
  if (e instanceof GitError) {
    const w = words(lang).diff;
    const text = {
      "no-git": () => w.noGit,
      "not-a-repo": () => w.notRepo(displayPath(e.subject, cwd) || "."),
      "unknown-revision": () => w.unknownRevision(e.subject),
      unmerged: () => w.unmerged(e.detail),
      failed: () => w.gitFailed(e.detail),
    }[e.reason]();
    return { text: text + "\n", exitCode: 2 };
  }
  if (e instanceof ParError) return { text: e.message + "\n", exitCode: e.exitCode };
  return undefined;
}

/** The note that a department the plan never names stands for the departments' group. */
export function departmentNote(lang: Lang, command: string, query: string, group: Agency): string {
  return words(lang).list.error.departmentNote(command, query, lang === "en" && group.nameEn ? group.nameEn : group.name, group.id);
}
