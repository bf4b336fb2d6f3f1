// The neutral document every report renders to, and every output format consumes (src/format/render/). A builder
// (src/format/build/) turns a report and the run's language into a Document; a renderer lays it out as terminal text,
// Markdown, CSV/TSV, HTML, Word… Words are chosen by the builder (from src/i18n/); a renderer adds none.
import type { Lang } from "../i18n/types";

/** How a renderer shows a piece of text: a role, not a colour (the terminal, HTML and Markdown each choose). */
export type Mark =
  | "strong"
  | "emphasis"
  | "dim"
  | "code"
  | "ins"
  | "del"
  | "heading"
  /** Colours of states, from good to alarming: */
  | "good"
  | "info"
  | "progress"
  | "warning"
  | "attention"
  | "muted"
  | "bad"
  | "alarm";

/** A run of text with its marks. */
export interface Span {
  text: string;
  marks?: readonly Mark[];
}

/** Running text: a plain string, or spans (then each span is escaped as a fragment of its line). */
export type Inline = string | readonly Span[];

/** A table cell: its text as the report shows it (in the run's language) and, for typed formats, its value. */
export type Cell =
  | { type: "text"; text: string; tone?: Mark }
  | { type: "integer"; value: number; text: string; tone?: Mark }
  /** A measured value (a target's actual figure, not a count). */
  | { type: "number"; value: number; text: string; tone?: Mark }
  | { type: "percent"; value: number; text: string; tone?: Mark }
  | { type: "date"; iso: string | null; text: string; tone?: Mark }
  | { type: "list"; items: readonly string[]; text: string; tone?: Mark };

/** The colour class of a row: a task's status bucket, or whether a target was met. */
export type RowMark = { kind: "bucket"; bucket: string } | { kind: "met"; met: boolean };

export interface Row {
  /** body (default); group: a heading row (an area), its text in the first column; total; spacer: an empty line between tasks. */
  kind?: "body" | "group" | "total" | "spacer";
  cells: Readonly<Record<string, Cell>>;
  mark?: RowMark;
}

export interface Column {
  key: string;
  header: string;
  align?: "left" | "right" | "center";
  /** Terminal: the column never gets narrower than this (default 4) or wider than maxWidth. */
  minWidth?: number;
  maxWidth?: number;
  /** Page formats (HTML print, Word): the column's share of the page width, in whole per cent. */
  share?: number;
}

export interface TableBlock {
  type: "table";
  columns: readonly Column[];
  rows: readonly Row[];
  /** counts: a two-column table of labels and counts, which a terminal draws as bars. */
  layout?: "counts";
  /** What the table holds, for formats that name it (a sheet's name). */
  name?: string;
  /**
   * Where the table belongs when a document is both filed and worked on: "sheet", only a workbook shows it (a sheet
   * of figures the filed Word annex leaves out); "page", only a page format shows it. Absent: every format.
   */
  only?: "sheet" | "page";
}

/** A paragraph's role in the document; each format decides how it looks. */
export type Role = "title" | "lead" | "subtitle" | "filter" | "summary" | "definition" | "hint" | "warning" | "attention";

export type Block =
  | { type: "heading"; level: 1 | 2 | 3 | 4; text: Inline }
  | {
      type: "paragraph";
      /** One or more lines (a line break between them). */
      lines: readonly Inline[];
      role?: Role;
      /** A blank line before it (terminal). */
      spaceBefore?: boolean;
      /** Indented by this many columns (terminal). */
      indent?: number;
      /** Printed as it is, not wrapped to the width (terminal). */
      nowrap?: boolean;
      /** Each line wrapped with a hanging indent: its continuation two columns further in than the line (terminal). */
      hanging?: boolean;
    }
  | { type: "note"; tone: "sample"; text: Inline }
  | { type: "list"; items: readonly { text: Inline; items?: readonly Inline[] }[] }
  | TableBlock
  | {
      type: "chart";
      title: string;
      bars: readonly { label: string; full: string; percent: number; value: string; total?: boolean }[];
      /** The chart's figures as a typed table (a workbook shows them as a sheet). */
      data?: TableBlock;
    }
  /** Preformatted lines (a terminal diff): kept as written, wrapped with a hanging indent. */
  | { type: "lines"; lines: readonly Inline[] };

/** A calendar (iCalendar): one all-day event per date. */
export interface Calendar {
  name: string;
  /** DTSTAMP, as YYYYMMDDTHHMMSSZ: from the data, so that the same data gives the same file. */
  stamp: string;
  events: readonly {
    uid: string;
    date: string;
    end: string;
    summary: string;
    description: string;
    /** A reminder this many days before the date (par list --alarm N). */
    alarm?: { days: number; description: string };
  }[];
}

/** Print layout of a page document (Word, HTML for print). */
export interface Page {
  size: "A4";
  orientation: "landscape" | "portrait";
  font: string;
  /** Points. */
  fontSize: number;
}

/**
 * The heading block of a document filed by an administrative body (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing
 * body on the left, the national header and motto on the right, then the appendix's label and the line that ties it to
 * its report. Words chosen by the builder; page formats (Word) lay it out, others leave it out.
 */
export interface Letterhead {
  /** The issuing body's lines (the superior body, then the reporting body), upper case. */
  issuer: readonly string[];
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". */
  nation: string;
  /** "Độc lập - Tự do - Hạnh phúc". */
  motto: string;
  /** "Phụ lục". */
  label: string;
  /** "(Kèm theo Báo cáo số …/BC-… ngày … tháng … năm …)". */
  attached: string;
}

export interface Document {
  lang: Lang;
  /** The document's title (a page's <title>, a file's properties). */
  title: string;
  /** A longer description (a file's properties). */
  description?: string;
  blocks: readonly Block[];
  /** Print layout, for documents meant to be filed. */
  page?: Page;
  /** The heading block of a filed document (Word). */
  letterhead?: Letterhead;
  /** The date the document's properties carry (ISO YYYY-MM-DD): from the data, not the clock. */
  date?: string;
  /** The report as data: what `--format json` prints (docs/json.md). */
  data?: unknown;
  calendar?: Calendar;
}

/** The plain text of running text. */
export function plain(text: Inline): string {
  return typeof text === "string" ? text : text.map((s) => s.text).join("");
}

/** Cells. */
export const cell = {
  text: (text: string, tone?: Mark): Cell => (tone ? { type: "text", text, tone } : { type: "text", text }),
  integer: (value: number, text = String(value), tone?: Mark): Cell => (tone ? { type: "integer", value, text, tone } : { type: "integer", value, text }),
  number: (value: number, text: string): Cell => ({ type: "number", value, text }),
  /** A percentage (value in per cent: 70.45 for 70,45%). */
  percent: (value: number, text: string): Cell => ({ type: "percent", value, text }),
  date: (iso: string | null, text: string): Cell => ({ type: "date", iso, text }),
  list: (items: readonly string[], separator: string): Cell => ({ type: "list", items, text: items.join(separator) }),
};

/** A cell's text ("" when the row has none in that column). */
export function cellText(row: Row, key: string): string {
  return row.cells[key]?.text ?? "";
}
