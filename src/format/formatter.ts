// The Formatter contract: what every output format is (src/format/registry.ts lists them).
import type { Document } from "./document";

/** The commands whose reports render to a Document. */
export type DocumentCommand = "list" | "status" | "export" | "diff" | "agencies";
/** Every command with a --format option. */
export type FormatCommand = DocumentCommand | "lint" | "show";

/**
 * What a formatter asks its builder for: screen (a terminal: short names, the rows that need attention), page (a
 * document: every section), sheet (one flat table per report, every column), data (the report's JSON value only),
 * calendar (dated events).
 */
export type Profile = "screen" | "page" | "sheet" | "data" | "calendar";

export interface RenderOptions {
  /** Colour (terminal only). */
  color: boolean;
  /** Width of the terminal, in columns. */
  width: number;
  /** Output goes to a terminal (bar charts). */
  terminal: boolean;
  /** CSV/TSV: start with a UTF-8 byte order mark (default true). */
  bom: boolean;
}

interface FormatterBase {
  name: string;
  /** The file extension that chooses it (`-o report.md`), with the dot ("" for none). */
  extension: string;
  /** Other extensions that choose it (".htm", ".markdown"). */
  otherExtensions?: readonly string[];
  profile: Profile;
  /** The commands that offer it; every document command when absent. */
  commands?: readonly DocumentCommand[];
}

export interface TextFormatter extends FormatterBase {
  binary?: false;
  render(doc: Document, opts: RenderOptions): string;
}

export interface BinaryFormatter extends FormatterBase {
  binary: true;
  render(doc: Document, opts: RenderOptions): Promise<Uint8Array>;
}

export type Formatter = TextFormatter | BinaryFormatter;
