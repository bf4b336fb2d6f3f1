// Every output format, in one place: the Formatter contract, the formatters, and which command offers which. The
// command line takes its --format choices (and so its help) from here, through commands/formats.ts.
//
// A document formatter renders any Document (src/format/document.ts), so a new format is one file here in render/
// plus one line below, and works for list, status, export, diff and agencies. Lint's formats render diagnostics,
// not documents: they are their own small family (src/format/lint/), listed here for the choices only.
import type { DocumentCommand, FormatCommand, Formatter } from "./formatter";
import { csv, tsv } from "./render/delimited";
import { docx } from "./render/docx";
import { html } from "./render/html";
import { ics } from "./render/ics";
import { json } from "./render/json";
import { md } from "./render/markdown";
import { terminal } from "./render/terminal";
import { xlsx } from "./render/xlsx";
import { LINT_FORMATS } from "./lint";
import { SHOW_FORMATS } from "./show";

/** The document formatters, in the order help lists them. */
export const FORMATTERS: readonly Formatter[] = [
  { ...terminal, name: "table", commands: ["list", "status", "agencies"] },
  { ...terminal, name: "text", commands: ["diff"] },
  docx,
  xlsx,
  html,
  md,
  csv,
  tsv,
  json,
  ics,
];

/** Today's order of each command's choices (kept as the help has always listed them). */
const ORDER: Record<DocumentCommand, readonly string[]> = {
  list: ["table", "json", "csv", "tsv", "md", "xlsx", "ics"],
  status: ["table", "md", "csv", "tsv", "xlsx", "docx", "html", "json"],
  export: ["docx", "xlsx", "html", "csv", "tsv", "md", "json"],
  diff: ["text", "md", "json"],
  agencies: ["table", "json", "csv", "tsv", "md"],
};

function offered(command: DocumentCommand): Formatter[] {
  const mine = FORMATTERS.filter((f) => !f.commands || f.commands.includes(command));
  const rank = (f: Formatter) => {
    const i = ORDER[command].indexOf(f.name);
    return i < 0 ? ORDER[command].length : i;
  };
  return mine.sort((a, b) => rank(a) - rank(b));
}

/** The names --format takes for a command. */
export function formatChoices(command: FormatCommand): readonly string[] {
  if (command === "lint") return LINT_FORMATS;
  if (command === "show") return SHOW_FORMATS;
  return offered(command).map((f) => f.name);
}

/** A command's formatter by name, or undefined. */
export function formatterFor(command: DocumentCommand, name: string): Formatter | undefined {
  return offered(command).find((f) => f.name === name);
}

/** The format a file name's extension chooses for a command, or undefined. */
export function formatOfFile(command: DocumentCommand, file: string): string | undefined {
  const lower = file.toLowerCase();
  const ext = /\.[^./\\]+$/.exec(lower)?.[0];
  return ext ? offered(command).find((f) => f.extension === ext || f.otherExtensions?.includes(ext))?.name : undefined;
}

export type { DocumentCommand, Formatter, RenderOptions, TextFormatter } from "./formatter";
