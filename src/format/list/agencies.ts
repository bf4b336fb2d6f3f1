// `par agencies`: the registry with each agency's task counts, as a terminal table, JSON, CSV, TSV or Markdown.
import { Chalk } from "chalk";
import type { Lang } from "../../i18n";
import type { AgenciesReport, AgencyRow, RoleCounts } from "../../report/agencies";
import { renderDelimited, renderMarkdown, renderTextTable, fitText, type Table } from "../tabular";
import { agencyName, listWords } from "./common";

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
    ],
    rows: report.rows.map((r) => ({
      id: r.agency.id,
      name: r.agency.name,
      kind: kindLabel(r, options.lang),
      lead: countCell(r.lead),
      support: countCell(r.support),
    })),
  };
  const text = renderTextTable(t, { width: options.width, header: (s) => c.bold(s), border: (s) => c.dim(s) });
  return [text.trimEnd(), ...fitText(w.agencies.legend, options.width), ...fitText(w.agencies.count(report.rows.length), options.width)].join("\n") + "\n";
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
    })),
    null,
    2,
  ) + "\n";

export const agenciesFormatters: Record<AgenciesFormat, AgenciesFormatter> = {
  table,
  json,
  csv: (report, o) => renderDelimited(flat(report, o.lang), { delimiter: "," }),
  tsv: (report, o) => renderDelimited(flat(report, o.lang), { delimiter: "\t" }),
  md: (report, o) => renderMarkdown(flat(report, o.lang)),
};
