// Command-line wiring only: parse arguments with commander, build the context, call a command, return its exit code.
import { Command, CommanderError, Option, type Help } from "commander";
import { selectLang, type Lang } from "./i18n";
import { cliWords } from "./i18n/cli";
import { messages } from "./i18n/ui";
import { EXIT, peekPlanLanguage, runSource, wantsColor, type CommandContext, type FileSource, type GlobalOptions, type Io } from "./commands/context";
import { describeError } from "./commands/errors";
import { lintCommand, parVersion } from "./commands/lint";
import { formatChoices } from "./commands/formats";

/** For bin/par, which writes the V8 code cache of this bundle through it. */
export { writeFileAtomic } from "./commands/context";
import { diffCommand } from "./commands/diff";
import { listCommand } from "./commands/list";
import { showCommand } from "./commands/show";
import { agenciesCommand } from "./commands/agencies";
import { statusCommand } from "./commands/status";
import { remindCommand } from "./commands/remind";
import { progressInitCommand } from "./commands/progress";
import { progressFormCommand } from "./commands/progress-form";
import { progressImportCommand } from "./commands/progress-import";
import { exportCommand } from "./commands/export";
import { siteCommand } from "./commands/site";
import { initCommand } from "./commands/init";

function contextIn(cmd: Command, io: Io, lang: Lang, source: FileSource): CommandContext {
  const g = cmd.optsWithGlobals<GlobalOptions>();
  return {
    io,
    source,
    lang,
    color: wantsColor(g.color, io.stdoutIsTTY, io.env),
    colorErr: wantsColor(g.color, io.stderrIsTTY, io.env),
    verbose: Boolean(g.verbose),
    dataOption: g.data,
    planOption: g.plan,
  };
}

/**
 * The language of a run, decided from the arguments and the environment before commander builds the help: --lang,
 * else PAR_LANG, else the locale, else the language plan.yaml declares (the plan --data and --plan choose), else vi.
 */
export function languageOf(argv: readonly string[], io: Pick<Io, "env" | "cwd">, source: FileSource = runSource(io.cwd)): Lang {
  const value = (name: string): string | undefined => {
    let found: string | undefined;
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === "--") break;
      if (a === name && i + 1 < argv.length) found = argv[++i];
      else if (a.startsWith(`${name}=`)) found = a.slice(name.length + 1);
    }
    return found;
  };
  return selectLang(value("--lang"), io.env, () => peekPlanLanguage(source, io.cwd, value("--data"), value("--plan")));
}

/** Commander's own words in the help (section titles, choices, defaults), in a language. */
function helpIn(lang: Lang): Partial<Help> {
  if (lang === "en") return {};
  const t = cliWords(lang);
  return {
    styleTitle: (str: string) => t.titles[str] ?? str,
    optionDescription: (option: Option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`${t.extra.choices}: ${option.argChoices.map((c) => JSON.stringify(c)).join(", ")}`);
      const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === "boolean");
      if (option.defaultValue !== undefined && showDefault)
        extra.push(`${t.extra.default}: ${option.defaultValueDescription || JSON.stringify(option.defaultValue)}`);
      return extra.length ? `${option.description} (${extra.join(", ")})` : option.description;
    },
  };
}

/** Build the program in a language; each action stores its exit code in `result.code`. */
export function buildProgram(io: Io, result: { code: number }, lang: Lang = languageOf([], io), source: FileSource = runSource(io.cwd)): Command {
  const t = cliWords(lang);
  const contextOf = (cmd: Command, io: Io): CommandContext => contextIn(cmd, io, lang, source);
  const output = {
    writeOut: (s: string) => io.stdout(s),
    writeErr: (s: string) => io.stderr(s),
    outputError: (s: string, write: (s: string) => void) => write(t.commanderError(s)),
  };
  const program = new Command("par");
  program
    .description(t.program)
    .version(parVersion(), "-V, --version", t.version)
    .helpOption("-h, --help", t.help)
    .helpCommand("help [command]", t.helpCommand)
    .option("--data <dir>", t.data, undefined)
    .option("--plan <id>", t.plan)
    .addOption(new Option("--lang <lang>", t.lang).choices(["en", "vi"]))
    .option("--no-color", t.noColor)
    .option("--verbose", t.verbose)
    .showHelpAfterError()
    .exitOverride()
    .configureHelp(helpIn(lang))
    .configureOutput(output);

  program
    .command("lint")
    .description(t.lint.description)
    .argument("[paths...]", t.lint.paths)
    .addOption(new Option("-f, --format <format>", t.lint.format).choices(formatChoices("lint")))
    .option("--max-warnings <n>", t.lint.maxWarnings)
    .option("-q, --quiet", t.lint.quiet)
    .option("--cache", t.lint.cache)
    .option("--cache-location <file>", t.lint.cacheLocation, ".par-cache/lint.json")
    .addHelpText("after", t.lint.after)
    .action(async (paths: string[], opts, cmd: Command) => {
      result.code = await lintCommand(contextOf(cmd, io), paths, opts);
    });

  program
    .command("list")
    .description(t.list.description)
    .option("-a, --agency <query>", t.list.agency)
    .addOption(new Option("--role <role>", t.list.role).choices(["lead", "support"]))
    .option("--direct", t.list.direct)
    .option("--due-before <date>", t.list.dueBefore)
    .option("--due-after <date>", t.list.dueAfter)
    .option("--due <period>", t.list.due)
    .option("--include-ongoing", t.list.includeOngoing)
    .option("--area <n>", t.list.area)
    .option("-s, --search <text>", t.list.search)
    .addOption(new Option("--state <state>", t.list.state).choices(["overdue", "due-soon", "done", "in-progress", "not-reported"]))
    .option("--as-of <date>", t.list.asOf)
    .option("--within <days>", t.list.within)
    .option("--alarm <days>", t.list.alarm)
    .addOption(new Option("--sort <key>", t.list.sort).choices(["deadline", "id", "agency"]))
    .addOption(new Option("-f, --format <format>", t.list.format).choices(formatChoices("list")))
    .option("-o, --output <file>", t.list.output)
    .option("--force", t.list.force)
    .addHelpText("after", t.list.after)
    .action(async (opts, cmd: Command) => {
      result.code = await listCommand(contextOf(cmd, io), opts);
    });

  program
    .command("show")
    .description(t.show.description)
    .argument("<id>", t.show.id)
    .option("-q, --quarter <quarter>", t.show.quarter)
    .option("--as-of <date>", t.show.asOf)
    .addOption(new Option("-f, --format <format>", t.show.format).choices(formatChoices("show")))
    .action((id: string, opts, cmd: Command) => {
      result.code = showCommand(contextOf(cmd, io), id, opts);
    });

  program
    .command("agencies")
    .description(t.agencies.description)
    .addOption(new Option("-f, --format <format>", t.agencies.format).choices(formatChoices("agencies")))
    .option("--as-of <date>", t.agencies.asOf)
    .action((opts, cmd: Command) => {
      result.code = agenciesCommand(contextOf(cmd, io), opts);
    });

  program
    .command("diff")
    .description(t.diff.description)
    .argument("[revisions...]", t.diff.revisions)
    .option("--staged", t.diff.staged)
    .option("--cached", t.diff.cached)
    .addOption(new Option("-f, --format <format>", t.diff.format).choices(formatChoices("diff")))
    .option("--exit-code", t.diff.exitCode)
    .addHelpText("after", t.diff.after)
    .action((revisions: string[], opts, cmd: Command) => {
      result.code = diffCommand(contextOf(cmd, io), revisions, opts);
    });

  program
    .command("status")
    .description(t.status.description)
    .option("-q, --quarter <quarter>", t.status.quarter)
    .option("--period <period>", t.status.period)
    .option("--as-of <date>", t.status.asOf)
    .option("-a, --agency <query>", t.status.agency)
    .option("--area <n>", t.status.area)
    .addOption(new Option("-f, --format <format>", t.status.format).choices(formatChoices("status")))
    .option("--tasks", t.status.tasks)
    .option("-o, --output <file>", t.status.output)
    .option("--force", t.status.force)
    .addHelpText("after", t.status.after)
    .action(async (opts, cmd: Command) => {
      result.code = await statusCommand(contextOf(cmd, io), opts);
    });

  program
    .command("remind")
    .description(t.remind.description)
    .option("-q, --quarter <quarter>", t.remind.quarter)
    .option("--as-of <date>", t.remind.asOf)
    .option("--within <days>", t.remind.within)
    .option("-a, --agency <query...>", t.remind.agency)
    .addOption(new Option("-f, --format <format>", t.remind.format).choices(["text", "md", "json", "eml"]))
    .option("-o, --output <dir>", t.remind.output)
    .option("--force", t.remind.force)
    .action(async (opts, cmd: Command) => {
      result.code = await remindCommand(contextOf(cmd, io), opts);
    });

  program
    .command("export")
    .description(t.export.description)
    .option("-q, --quarter <quarter>", t.export.quarter)
    .option("--period <period>", t.export.period)
    .option("--as-of <date>", t.export.asOf)
    .option("-a, --agency <query>", t.export.agency)
    .option("--area <n>", t.export.area)
    .addOption(new Option("-f, --format <format>", t.export.format).choices(formatChoices("export")))
    .option("-o, --output <file>", t.export.output)
    .option("--force", t.export.force)
    .option("--columns <keys>", t.export.columns)
    .option("--report-number <number>", t.export.reportNumber)
    .option("--report-date <date>", t.export.reportDate)
    .option("--no-bom", t.export.noBom)
    .addHelpText("after", t.export.after)
    .action(async (opts, cmd: Command) => {
      result.code = await exportCommand(contextOf(cmd, io), opts);
    });

  program
    .command("site")
    .description(t.site.description)
    .option("-o, --output <folder>", t.site.output)
    .option("-q, --quarter <quarter>", t.site.quarter)
    .option("--as-of <date>", t.site.asOf)
    .option("--force", t.site.force)
    .addHelpText("after", t.site.after)
    .action(async (opts, cmd: Command) => {
      result.code = await siteCommand(contextOf(cmd, io), opts);
    });

  program
    .command("init")
    .description(t.init.description)
    .argument("[folder]", t.init.folder)
    .option("--province <name>", t.init.province)
    .option("--year <year>", t.init.year)
    .option("--from <plan>", t.init.from)
    .option("--repository <owner/name>", t.init.repository)
    .option("--force", t.init.force)
    .addHelpText("after", t.init.after)
    .action((folder: string | undefined, opts, cmd: Command) => {
      result.code = initCommand(contextOf(cmd, io), folder, opts);
    });

  const progress = program
    .command("progress")
    .description(t.progress.description)
    .action(() => {
      progress.outputHelp({ error: true });
      result.code = EXIT.failure;
    });
  progress
    .command("init")
    .description(t.progress.init)
    .requiredOption("-q, --quarter <quarter>", t.progress.quarter)
    .option("--agency <agency>", t.progress.agency)
    .option("-o, --output <file>", t.progress.output)
    .option("--force", t.progress.force)
    .addHelpText("after", t.progress.after)
    .action((opts, cmd: Command) => {
      result.code = progressInitCommand(contextOf(cmd, io), opts);
    });
  progress
    .command("form")
    .description(t.progress.form)
    .requiredOption("-q, --quarter <quarter>", t.progress.quarter)
    .option("--agency <ids...>", t.progress.formAgency)
    .option("--all", t.progress.formAll)
    .option("-o, --output <dir>", t.progress.formOutput)
    .option("--due <date>", t.progress.formDue)
    .option("--force", t.progress.force)
    .addHelpText("after", t.progress.formAfter)
    .action(async (opts, cmd: Command) => {
      result.code = await progressFormCommand(contextOf(cmd, io), opts);
    });
  progress
    .command("import")
    .description(t.progress.import)
    .argument("<files...>", t.progress.importFiles)
    .option("--dry-run", t.progress.dryRun)
    .option("--force", t.progress.importForce)
    .addOption(new Option("-f, --format <format>", t.progress.importFormat).choices(["stylish", "json", "github"]))
    .addHelpText("after", t.progress.importAfter)
    .action(async (files: string[], opts, cmd: Command) => {
      result.code = await progressImportCommand(contextOf(cmd, io), files, opts);
    });
  const configure = (c: Command): void => {
    c.exitOverride().showHelpAfterError().configureOutput(output).configureHelp(helpIn(lang)).helpOption("-h, --help", t.help);
  };
  progress.commands.forEach(configure);
  for (const c of program.commands) configure(c);
  return program;
}

/** Run par with arguments (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const result = { code: EXIT.ok as number };
  // One source for the run: what the language is read from, the commands find read already.
  const source = runSource(io.cwd);
  const lang = languageOf(argv, io, source);
  const program = buildProgram(io, result, lang, source);
  try {
    await program.parseAsync(argv, { from: "user" });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.code === "commander.help") return EXIT.ok;
      return EXIT.failure;
    }
    // Every failure a command or the workspace throws becomes its message and exit code here, and only here.
    const known = describeError(e, { lang, cwd: io.cwd, colorErr: wantsColor(argv.includes("--no-color") ? false : undefined, io.stderrIsTTY, io.env) });
    if (known) {
      io.stderr(known.text);
      return known.exitCode;
    }
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
