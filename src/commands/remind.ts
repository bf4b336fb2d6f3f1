// `par remind [--as-of D] [--within 30] [--agency Q…] [--format text|md|json|eml] [--output DIR] [--force]`: per lead
// agency, what is overdue (with days overdue), what falls due within N days, and what it has not reported this period.
import { join, resolve } from "node:path";
import { displayPath } from "../load/repo";
import { makeFolders, nameTaken, writeFileAtomic } from "../load/write";
import { buildRemind } from "../report/remind";
import { eml, forAgency, remindJson, remindMd, remindText, REMIND_FORMATS, type RemindFormat } from "../format/remind";
import { remindWords } from "../format/remind/common";
import { listWords } from "../format/build/list";
import { EXIT, writeFailureReason, type CommandContext } from "./context";
import { departmentNote } from "./errors";
import { resolveAgency } from "../report/request";
import { statusReportFor } from "./select";

export interface RemindOptions {
  asOf?: string;
  quarter?: string;
  within?: string;
  agency?: string[];
  format?: string;
  output?: string;
  force?: boolean;
}

const EXT: Record<RemindFormat, string> = { text: "txt", md: "md", json: "json", eml: "eml" };

export async function remindCommand(ctx: CommandContext, opts: RemindOptions): Promise<number> {
  const w = remindWords(ctx.lang);
  const fail = (m: string) => {
    ctx.io.stderr(m + "\n");
    return EXIT.failure;
  };
  const format = (opts.format ?? "text") as RemindFormat;
  if (!REMIND_FORMATS.includes(format)) return fail(listWords(ctx.lang).error.badFormat("remind", String(opts.format), REMIND_FORMATS));
  const within = opts.within === undefined ? 30 : Number(opts.within);
  if (!/^\s*\d+\s*$/.test(opts.within ?? "30") || within < 1) return fail(w.badWithin(String(opts.within)));
  const got = statusReportFor(ctx, "status", {
    ...(opts.asOf !== undefined ? { asOf: opts.asOf } : {}),
    ...(opts.quarter !== undefined ? { quarter: opts.quarter } : {}),
  });
  let only: Set<string> | undefined;
  for (const q of opts.agency ?? []) {
    const { agency: a, group } = resolveAgency("remind", q, got.plan);
    if (group) ctx.io.stderr(departmentNote(ctx.lang, "remind", q, a) + "\n");
    (only ??= new Set()).add(a.id);
  }
  const report = buildRemind(got.plan, got.report, { within, ...(only ? { only } : {}) });
  const render = async (r: typeof report): Promise<string | Uint8Array> =>
    format === "text"
      ? remindText(r, ctx.lang)
      : format === "md"
        ? remindMd(r, ctx.lang)
        : format === "json"
          ? remindJson(r)
          : eml(r, r.agencies[0]!, ctx.lang);

  if (opts.output === undefined) {
    if (format !== "eml") {
      ctx.io.stdout((await render(report)) as string);
      return EXIT.ok;
    }
    // One message on standard output; several need --output DIR.
    if (report.agencies.length !== 1) return fail(w.emlNeedsOutput);
    const bytes = (await render(report)) as Uint8Array;
    if (ctx.io.stdoutBytes) ctx.io.stdoutBytes(bytes);
    else ctx.io.stdout(Buffer.from(bytes).toString("utf8"));
    return EXIT.ok;
  }
  const dir = resolve(ctx.io.cwd, opts.output);
  const files = report.agencies.map((a) => ({ a, path: join(dir, `${a.agency.id}.${EXT[format]}`) }));
  // No file is written while one of them would replace a user's file without --force.
  if (!opts.force) for (const f of files) if (nameTaken(f.path)) return fail(w.exists(displayPath(f.path, ctx.io.cwd)));
  try {
    makeFolders(dir);
    for (const f of files) {
      const data = await render(forAgency(report, f.a));
      if (writeFileAtomic(f.path, data, { force: Boolean(opts.force) }) === "exists") return fail(w.exists(displayPath(f.path, ctx.io.cwd)));
    }
  } catch (e) {
    return fail(`par remind: ${writeFailureReason(e, ctx.lang, ctx.io.cwd)}`);
  }
  ctx.io.stdout(w.wrote(files.length, displayPath(dir, ctx.io.cwd)) + "\n");
  return EXIT.ok;
}
