// Command-line wiring only: parse arguments with commander, build the context, call a command, return its exit code.
import { Command, CommanderError, Option } from "commander";
import { detectLang } from "./i18n";
import { messages } from "./i18n/ui";
import { EXIT, wantsColor, type CommandContext, type GlobalOptions, type Io } from "./commands/context";
import { lintCommand, parVersion } from "./commands/lint";

export { lintWorker } from "./commands/lint-pool";
import { diffCommand } from "./commands/diff";
import { listCommand } from "./commands/list";
import { showCommand } from "./commands/show";
import { agenciesCommand } from "./commands/agencies";
import { statusCommand } from "./commands/status";
import { progressInitCommand } from "./commands/progress";
import { exportCommand } from "./commands/export";

function contextOf(cmd: Command, io: Io): CommandContext {
  const g = cmd.optsWithGlobals() as GlobalOptions;
  return {
    io,
    lang: detectLang(g.lang, io.env),
    color: wantsColor(g.color, io.stdoutIsTTY, io.env),
    colorErr: wantsColor(g.color, io.stderrIsTTY, io.env),
    verbose: Boolean(g.verbose),
    dataOption: g.data,
    planOption: g.plan,
  };
}

/** Build the program; each action stores its exit code in `result.code`. */
export function buildProgram(io: Io, result: { code: number }): Command {
  const program = new Command("par");
  program
    .description("Keep a provincial PAR Index plan (Chỉ số CCHC) as YAML in git: lint it, list tasks, report status.")
    .version(parVersion(), "-V, --version", "print par's version")
    .option("--data <dir>", "folder holding the plan (plan.yaml) or a folder per plan", undefined)
    .option("--plan <id>", "which plan, when the data folder holds several (default: the only or latest)")
    .addOption(new Option("--lang <lang>", "language of messages (default: from the locale)").choices(["en", "vi"]))
    .option("--no-color", "never colour the output (also: NO_COLOR=1)")
    .option("--verbose", "show stack traces of internal errors")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });

  program
    .command("lint")
    .description("check plan and progress files; every problem with file:line:col and a fix")
    .argument("[paths...]", "files or folders to check (default: the data folder)")
    .addOption(new Option("-f, --format <format>", "output format (default: stylish; github when GITHUB_ACTIONS=true)").choices(["stylish", "json", "github", "sarif"]))
    .option("--max-warnings <n>", "exit 1 when there are more than n warnings")
    .option("-q, --quiet", "report errors only")
    .option("--cache", "reuse results for plans whose files did not change since the last --cache run")
    .option("--cache-location <file>", "where the cache is kept", ".par-cache/lint.json")
    .addHelpText("after", "\nExit codes: 0 no errors (warnings allowed), 1 problems found, 2 usage or I/O failure.")
    .action(async (paths: string[], opts, cmd: Command) => {
      result.code = await lintCommand(contextOf(cmd, io), paths, opts);
    });

  program
    .command("list")
    .description("list tasks by agency, due date, area or words; as a table, JSON, CSV, TSV, Markdown or an iCalendar file")
    .option("-a, --agency <query>", "an agency's id, name or alias, with or without diacritics (\"so noi vu\", snv)")
    .addOption(new Option("--role <role>", "with --agency: only where it leads, or only where it supports").choices(["lead", "support"]))
    .option("--direct", "with --agency: only tasks that name it, not a group it belongs to")
    .option("--due-before <date>", "due on or before the date (dd/mm/yyyy or yyyy-mm-dd)")
    .option("--due-after <date>", "due on or after the date (dd/mm/yyyy or yyyy-mm-dd)")
    .option("--due <period>", "due in a period of the plan's year: Q3, 2024-Q3, Quý III, 2024-10, 10/2024, 2024")
    .option("--include-ongoing", "keep ongoing tasks (no due date) when filtering by due date")
    .option("--area <n>", "only tasks of area n")
    .option("-s, --search <text>", "only tasks whose text has every word (case and diacritics ignored)")
    .addOption(new Option("--sort <key>", "order of the rows (default: deadline)").choices(["deadline", "id", "agency"]))
    .addOption(new Option("-f, --format <format>", "output format (default: table)").choices(["table", "json", "csv", "tsv", "md", "ics"]))
    .addHelpText("after", "\nExit codes: 0 listed (even nothing), 2 usage error (ambiguous or unknown agency, bad date or period).")
    .action((opts, cmd: Command) => {
      result.code = listCommand(contextOf(cmd, io), opts);
    });

  program
    .command("show")
    .description("one task in full: text, agencies, deadline and due dates, targets")
    .argument("<id>", "task id: 1.đ, 1.dd or 1đ")
    .addOption(new Option("-f, --format <format>", "output format (default: text)").choices(["text", "json"]))
    .action((id: string, opts, cmd: Command) => {
      result.code = showCommand(contextOf(cmd, io), id, opts);
    });

  program
    .command("agencies")
    .description("the agency registry, with each agency's task counts as lead and as supporter")
    .addOption(new Option("-f, --format <format>", "output format (default: table)").choices(["table", "json", "csv", "tsv", "md"]))
    .action((opts, cmd: Command) => {
      result.code = agenciesCommand(contextOf(cmd, io), opts);
    });

  program
    .command("diff")
    .description("what changed in the plan between git revisions: tasks, deadlines, agencies, targets (default: HEAD and the working tree)")
    .argument("[revisions...]", "REV_A [REV_B], or REV_A..REV_B, or REV_A...REV_B (from their merge base)")
    .option("--staged", "compare REV_A (default HEAD) with the index: what git commit would record")
    .option("--cached", "the same as --staged")
    .addOption(new Option("-f, --format <format>", "output format (default: text)").choices(["text", "md", "json"]))
    .option("--exit-code", "exit 1 when the plan differs, as git diff --exit-code does")
    .addHelpText("after", "\nExit codes: 0 compared (1 with --exit-code when the plan differs), 2 not a git repository, unknown revision, or a plan that does not load.")
    .action((revisions: string[], opts, cmd: Command) => {
      result.code = diffCommand(contextOf(cmd, io), revisions, opts);
    });

  // Status reports and progress templates are in Vietnamese unless --lang en is given (not from the locale).
  const reportContext = (cmd: Command): CommandContext => ({ ...contextOf(cmd, io), lang: (cmd.optsWithGlobals() as GlobalOptions).lang === "en" ? "en" : "vi" });
  program
    .command("status")
    .description("where the plan stands at a reporting period's cut-off: done on time or late, not yet due, overdue, ongoing, unreported")
    .option("-q, --quarter <quarter>", "the quarter: Q3, 2024-Q3, III, \"Quý III/2024\" (default: the latest quarter reported)")
    .option("--period <period>", "a quarter, or h1 (half-year), 9m (nine months), year")
    .option("--as-of <date>", "judge at this date (dd/mm/yyyy or YYYY-MM-DD) instead of the period's cut-off")
    .addOption(new Option("-f, --format <format>", "output format (default: table)").choices(["table", "md", "csv", "tsv", "html", "json"]))
    .option("--tasks", "list every task, not only those that need attention (table format)")
    .addHelpText("after", "\nReports are in Vietnamese unless --lang en is given. Exit codes: 0 report printed, 1 plan or progress files with errors, 2 usage.")
    .action((opts, cmd: Command) => {
      result.code = statusCommand(reportContext(cmd), opts);
    });

  program
    .command("export")
    .description("the report annex for the quarterly PAR report: tasks and results by area, as Word, HTML, CSV/TSV (Excel), Markdown or JSON")
    .option("-q, --quarter <quarter>", "the quarter: Q3, 2024-Q3, III, \"Quý III/2024\" (default: the latest quarter reported)")
    .option("--period <period>", "a quarter, or h1 (half-year), 9m (nine months), year")
    .option("--as-of <date>", "judge at this date (dd/mm/yyyy or YYYY-MM-DD) instead of the period's cut-off")
    .option("-a, --agency <query>", "only tasks this agency leads or supports, directly or through a group (id or name)")
    .option("--area <n>", "only tasks of area n")
    .addOption(new Option("-f, --format <format>", "output format (default: from the --output file's extension)").choices(["docx", "html", "csv", "tsv", "md", "json"]))
    .option("-o, --output <file>", "write to this file, atomically (default: standard output; docx never to a terminal)")
    .option("--force", "overwrite an existing --output file")
    .option("--columns <keys>", "columns in order, comma-separated: tt,task,lead,support,deadline,result,status,note (default: all)")
    .option("--no-bom", "CSV/TSV: leave out the UTF-8 byte order mark (Excel needs it to read Vietnamese)")
    .addHelpText("after", "\nThe annex is in Vietnamese unless --lang en is given. Exit codes: 0 written, 1 plan or progress files with errors, 2 usage, file exists (without --force) or I/O failure.")
    .action(async (opts, cmd: Command) => {
      result.code = await exportCommand(reportContext(cmd), opts);
    });

  const progress = program
    .command("progress")
    .description("quarterly progress files: write a quarter's template")
    .action(() => {
      progress.outputHelp({ error: true });
      result.code = EXIT.failure;
    });
  progress
    .command("init")
    .description("write the quarter's progress template: every task (of one agency), last quarter's state carried forward")
    .requiredOption("-q, --quarter <quarter>", "the quarter: Q4, 2024-Q4, IV, \"Quý IV/2024\"")
    .option("--agency <agency>", "only the tasks of this agency (id or name, with or without diacritics); writes progress/YYYY-Qn/<agency>.yaml")
    .option("-o, --output <file>", "write here instead (- for standard output)")
    .option("--force", "overwrite an existing file")
    .addHelpText("after", "\nExit codes: 0 written, 1 plan or progress files with errors, 2 usage, file exists (without --force) or I/O failure.")
    .action((opts, cmd: Command) => {
      result.code = progressInitCommand(reportContext(cmd), opts);
    });
  progress.commands.forEach((c) => c.exitOverride().showHelpAfterError().configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) }));

  for (const c of program.commands) c.exitOverride().showHelpAfterError().configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  return program;
}

/** Run par with arguments (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const result = { code: EXIT.ok as number };
  const program = buildProgram(io, result);
  try {
    await program.parseAsync(argv, { from: "user" });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT.ok;
      return EXIT.failure;
    }
    const lang = detectLang(undefined, io.env);
    const verbose = argv.includes("--verbose");
    io.stderr(messages(lang).internalError(e instanceof Error ? e.message : String(e)) + "\n");
    if (verbose && e instanceof Error && e.stack) io.stderr(e.stack + "\n");
    return EXIT.failure;
  }
}

/** The real process's Io. */
export function processIo(): Io {
  return {
    // A stream whose reader has gone (EPIPE, see bin/par) is destroyed: what is left for it is dropped.
    stdout: (s) => void (process.stdout.destroyed || process.stdout.write(s)),
    stderr: (s) => void (process.stderr.destroyed || process.stderr.write(s)),
    stdoutBytes: (b) => void (process.stdout.destroyed || process.stdout.write(b)),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.columns,
    env: process.env,
    cwd: process.cwd(),
  };
}
