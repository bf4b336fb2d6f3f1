// `par agencies`: the registry with each agency's task counts, as a terminal table, JSON, CSV, TSV or Markdown.
import { Chalk } from "chalk";
import type { Lang } from "../../i18n";
import type { AgenciesReport, AgencyRow, RoleCounts } from "../../report/agencies";
import { renderDelimited, renderMarkdown, renderTextTable, fitText, wrapText, type Table } from "../tabular";
import { agencyName, agencyShort, listWords } from "./common";
import { formatViDate } from "../../model/dates";
import type { LineageEvent, SourceRef } from "../../model/types";
import type { Registry } from "../../model/agencies";
import type { LineageLink } from "../../model/lineage";

export const AGENCIES_FORMATS = ["table", "json", "csv", "tsv", "md"] as const;
export type AgenciesFormat = (typeof AGENCIES_FORMATS)[number];

export interface AgenciesFormatOptions {
  lang: Lang;
  color: boolean;
  width: number;
}

type AgenciesFormatter = (report: AgenciesReport, options: AgenciesFormatOptions) => string;

/** "7 + 15": tasks naming the agency, plus tasks naming a group it belongs to. */
function countCell(c: RoleCounts): string {
  return c.viaGroup ? `${c.direct} + ${c.viaGroup}` : String(c.direct);
}

/** The lineage cell: "← Sở KH&ĐT (hợp nhất 2025)", "→ Sở Tài chính (hợp nhất 2025)", "từ 2025", several joined by "; ". */
function lineageCell(reg: Registry, row: AgencyRow, lang: Lang, short: boolean): string {
  const w = listWords(lang).lineage;
  const name = (id: string) => (short ? agencyShort(reg, id) : agencyName(reg, id));
  const when = (e: LineageEvent) => `${w.kinds[e.kind] ?? e.kind} ${e.date.slice(0, 4)}`;
  const link = (arrow: string, l: LineageLink) => `${arrow} ${name(l.agency)}${l.functions.length ? `: ${l.functions.join(", ")}` : ""} (${when(l.event)})`;
  const l = row.lineage;
  const parts: string[] = [];
  if (l.started) parts.push(w.startedShort(l.started.date.slice(0, 4)));
  parts.push(...l.predecessors.filter((p) => p.event.to.some((s) => s.agency === row.agency.id)).map((p) => link("←", p)));
  if (l.ended && !l.successors.length) parts.push(when(l.ended));
  parts.push(...l.successors.map((s) => link("→", s)));
  return parts.join("; ");
}

/** A source in one line: number, issuer, date, title, address, then how it is known. */
function sourceText(s: SourceRef): string {
  return [s.number, s.issuer, s.date ? formatViDate(s.date) : undefined, s.title, s.url, s.note].filter(Boolean).join(", ");
}

/** The lines under the table: the lineage events with their sources, and the duties under the decision's text. */
function sections(report: AgenciesReport, lang: Lang, bullet: string): string[] {
  const w = listWords(lang);
  const reg = report.registry;
  const out: string[] = [];
  if (report.lineage.length) {
    out.push("", w.lineage.heading);
    for (const e of report.lineage) {
      const to = e.to.map(
        (s) => `${agencyName(reg, s.agency)}${s.functions.length ? ` (${s.functions.join(", ")})` : ""}${s.new ? ` [${w.lineage.isNew}]` : ""}`,
      );
      const from = e.from.map((p) => `${agencyName(reg, p.agency)}${p.functions.length ? ` (${p.functions.join(", ")})` : ""}`);
      out.push(`${bullet}${w.lineage.event(formatViDate(e.date), !e.confirmed, w.lineage.kinds[e.kind] ?? e.kind, from.join(", "), to.join(", "))}`);
      out.push(`  ${w.lineage.source(sourceText(e.source))}`);
      if (e.note) out.push(`  ${e.note}`);
    }
  }
  const named = report.rows.filter((r) => r.duties.some((d) => d.via === undefined));
  if (named.length) {
    out.push("", w.decision.heading);
    for (const r of named) {
      const duties = r.duties
        .filter((d) => d.via === undefined)
        .map((d) => {
          const rep = d.report;
          const what =
            d.role === "consolidates"
              ? w.decision.consolidates
              : rep
                ? w.decision.report(
                    rep.what,
                    rep.periods.map((p) => w.decision.periods[p] ?? p).join(", "),
                    rep.to,
                    rep.through && agencyName(reg, rep.through),
                  )
                : w.decision.assigned;
          return `${d.part} (${what})`;
        });
      out.push(`${bullet}${r.agency.name} (${r.agency.id}): ${duties.join("; ")}`);
    }
  }
  return out;
}

/** A line wrapped to the width, its continuation lines indented two more than the line itself. */
function hanging(line: string, width: number): string[] {
  if (!line) return [""];
  const indent = /^ */.exec(line)![0].length;
  const [first, ...rest] = wrapText(line.slice(indent), Math.max(20, width - indent - 2));
  return [" ".repeat(indent) + first!, ...rest.map((l) => " ".repeat(indent + 2) + l)];
}

function kindLabel(row: AgencyRow, lang: Lang): string {
  return listWords(lang).kinds[row.agency.kind] ?? row.agency.kind;
}

const table: AgenciesFormatter = (report, options) => {
  const w = listWords(options.lang);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const t: Table = {
    columns: [
      { key: "id", header: w.header.agencyId, minWidth: 6 },
      { key: "name", header: w.header.name, minWidth: 16 },
      { key: "kind", header: w.header.kind, minWidth: 6, maxWidth: 14 },
      { key: "lead", header: w.agencies.lead, align: "right", minWidth: 7 },
      { key: "support", header: w.agencies.support, align: "right", minWidth: 7 },
      { key: "lineage", header: w.lineage.column, minWidth: 10, maxWidth: 30 },
    ],
    rows: report.rows.map((r) => ({
      id: r.agency.id,
      name: r.agency.name,
      kind: kindLabel(r, options.lang),
      lead: countCell(r.lead),
      support: countCell(r.support),
      lineage: lineageCell(report.registry, r, options.lang, true),
    })),
  };
  const text = renderTextTable(t, { width: options.width, header: (s) => c.bold(s), border: (s) => c.dim(s) });
  return (
    [
      text.trimEnd(),
      ...fitText(w.agencies.legend, options.width),
      ...fitText(w.agencies.count(report.rows.length), options.width),
      ...sections(report, options.lang, "  ").flatMap((l) => hanging(l, options.width)),
    ].join("\n") + "\n"
  );
};

function flat(report: AgenciesReport, lang: Lang): Table {
  const w = listWords(lang);
  const reg = report.registry;
  return {
    columns: [
      { key: "id", header: w.header.agencyId },
      { key: "name", header: w.header.name },
      { key: "short", header: w.header.short },
      { key: "kind", header: w.header.kind },
      { key: "groups", header: w.header.groups },
      { key: "leadDirect", header: w.header.leadDirect, align: "right" },
      { key: "leadTotal", header: w.header.leadTotal, align: "right" },
      { key: "supportDirect", header: w.header.supportDirect, align: "right" },
      { key: "supportTotal", header: w.header.supportTotal, align: "right" },
      { key: "lineage", header: w.lineage.column },
    ],
    rows: report.rows.map((r) => ({
      id: r.agency.id,
      name: r.agency.name,
      short: r.agency.short ?? "",
      kind: kindLabel(r, lang),
      groups: r.groups.map((g) => agencyName(reg, g)).join("; "),
      leadDirect: String(r.lead.direct),
      leadTotal: String(r.lead.total),
      supportDirect: String(r.support.direct),
      supportTotal: String(r.support.total),
      lineage: lineageCell(reg, r, lang, false),
    })),
  };
}

const json: AgenciesFormatter = (report) =>
  JSON.stringify(
    report.rows.map((r) => ({
      id: r.agency.id,
      name: r.agency.name,
      ...(r.agency.short ? { short: r.agency.short } : {}),
      ...(r.agency.nameEn ? { nameEn: r.agency.nameEn } : {}),
      kind: r.agency.kind,
      aliases: [...r.agency.aliases],
      members: r.members,
      groups: r.groups,
      lead: { ...r.lead },
      support: { ...r.support },
      ...lineageJson(r),
      ...(r.duties.length ? { duties: r.duties.map((d) => ({ ...d })) } : {}),
    })),
    null,
    2,
  ) + "\n";

export const agenciesFormatters: Record<AgenciesFormat, AgenciesFormatter> = {
  table,
  json,
  csv: (report, o) => renderDelimited(flat(report, o.lang), { delimiter: "," }),
  tsv: (report, o) => renderDelimited(flat(report, o.lang), { delimiter: "\t" }),
  md: (report, o) => {
    const lines = sections(report, o.lang, "- ");
    return renderMarkdown(flat(report, o.lang)) + (lines.length ? lines.map((l) => (l.startsWith("  ") ? `  ${l.trim()}` : l)).join("\n") + "\n" : "");
  },
};

/** The lineage of a row for JSON: only what there is (an agency untouched by lineage gets no field). */
function lineageJson(r: AgencyRow): { lineage?: object } {
  const l = r.lineage;
  if (!l.started && !l.ended && !l.predecessors.length && !l.successors.length) return {};
  const ev = (e: LineageEvent) => ({ kind: e.kind, date: e.date, confirmed: e.confirmed });
  const link = (x: LineageLink) => ({ id: x.agency, ...ev(x.event), functions: [...x.functions], whole: x.whole });
  return {
    lineage: {
      ...(l.started ? { started: ev(l.started) } : {}),
      ...(l.ended ? { ended: ev(l.ended) } : {}),
      predecessors: l.predecessors.map(link),
      successors: l.successors.map(link),
    },
  };
}
