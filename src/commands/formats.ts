// The format stage every command shares: its --format choices (from the one registry in src/format/registry.ts, for
// cli.ts), the formatter a name chooses, and the render options a run gives.
import type { Document } from "../format/document";
import type { DocumentCommand, Formatter, RenderOptions, TextFormatter } from "../format/registry";
import { formatterFor } from "../format/registry";
import { words } from "../i18n/words";
import { EXIT, outputWidth, type CommandContext } from "./context";

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

/** A document rendered to standard output: text as it is, a binary file's bytes when stdout is not a terminal. */
export async function printDocument(ctx: CommandContext, command: DocumentCommand, f: Formatter, doc: Document): Promise<number> {
  const o = renderOptions(ctx, f);
  if (!f.binary) {
    ctx.io.stdout(f.render(doc, o));
    return EXIT.ok;
  }
  const w = words(ctx.lang).list.error;
  const refuse = (message: string) => {
    ctx.io.stderr(message + "\n");
    return EXIT.failure;
  };
  if (ctx.io.stdoutIsTTY) return refuse(w.binaryToTerminal(command, f.name));
  if (!ctx.io.stdoutBytes) return refuse(w.noBinaryOutput(command, f.name));
  ctx.io.stdoutBytes(await f.render(doc, o));
  return EXIT.ok;
}
