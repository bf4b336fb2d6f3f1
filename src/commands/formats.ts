// The format stage every command shares: its --format choices (from the one registry in src/format/registry.ts, for
// cli.ts), the formatter a name chooses, and the render options a run gives.
import type { DocumentCommand, RenderOptions, TextFormatter } from "../format/registry";
import { formatterFor } from "../format/registry";
import { outputWidth, type CommandContext } from "./context";

export { formatChoices, formatOfFile, formatterFor } from "../format/registry";

/** A text formatter a command offers by name, or undefined. */
export function textFormatter(command: DocumentCommand, name: string): TextFormatter | undefined {
  const f = formatterFor(command, name);
  return f && !f.binary ? f : undefined;
}

/** What a run gives a formatter: colour on a terminal formatter only, the width, whether stdout is a terminal. */
export function renderOptions(ctx: CommandContext, f: { profile: string }, bom = true): RenderOptions {
  return { color: ctx.color && f.profile === "screen", width: outputWidth(ctx), terminal: ctx.io.stdoutIsTTY, bom };
}
