// The failures that stop a command, as data: thrown by the workspace, report/ and the commands, and turned into a
// message in the run's language and an exit code in one place (src/cli.ts, through commands/errors.ts#describeError).
import type { Diagnostic } from "../model/diagnostic";

/** A failure a run stops on; `exitCode` is what the process exits with. */
export abstract class ParError extends Error {
  abstract readonly exitCode: 1 | 2;
}

/** A failure whose words are a catalogue message: `key` names it, `catalogue.name` ("ui.unknownPlan", "list.badArea"),
 * and `args` are what it is called with; commands/errors.ts looks it up in the run's language. Exit 2. */
abstract class KeyedError extends ParError {
  readonly exitCode = 2;
  constructor(
    readonly key: string,
    readonly args: readonly unknown[] = [],
  ) {
    super(key);
  }
}

/** What the command line asks for cannot be done (an unknown format, a period that is no period, a plan that is not there). */
export class UsageError extends KeyedError {}

/** A file or folder that cannot be read or written (not found, refused, a full disk). */
export class IoError extends KeyedError {}

/** A data folder that cannot be used: missing, not a folder, or holding no plan (exit 2). */
export class DataDirError extends ParError {
  readonly exitCode = 2;
  constructor(
    readonly reason: "missing" | "not-a-folder" | "no-plan",
    readonly dir: string,
  ) {
    super(`${reason}: ${dir}`);
  }
}

/**
 * The plan (or its progress) has errors that stop a report: exit 1, with the problems printed the lint way and then
 * the message `after` names ("ui.fixFirst", "status.progressErrors", or a diff's "planDoesNotLoad" with its side).
 */
export class PlanProblemsError extends ParError {
  readonly exitCode: 1 | 2;
  constructor(
    readonly diagnostics: readonly Diagnostic[],
    readonly filesChecked: number,
    readonly after: UsageError,
    exitCode: 1 | 2 = 1,
  ) {
    super(after.key);
    this.exitCode = exitCode;
  }
}
