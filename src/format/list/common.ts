// Pieces every list formatter shares: agency names, a task's full text, the role and deadline cells, the JSON shape.
import { taskTextPhrase } from "../../i18n/phrases";
import type { Lang } from "../../i18n";
import { listEn } from "../../i18n/en/list";
import { listVi } from "../../i18n/vi/list";
import { shortName, type Registry } from "../../model/agencies";
import { formatViDate } from "../../model/dates";
import type { AgencyRef, Target, Task } from "../../model/types";
import type { AgencyRole, ListReport, ListRow } from "../../report/list";

/** The list catalogue of a language. */
export function listWords(lang: Lang): typeof listEn {
  return lang === "vi" ? listVi : listEn;
}

/** An agency's full name (its id when the registry does not know it). */
export function agencyName(reg: Registry, id: string): string {
  return reg.byId.get(id)?.name ?? id;
}

/** An agency's short name, for narrow tables. */
export function agencyShort(reg: Registry, id: string): string {
  return shortName(reg.byId.get(id), id);
}

/** A lead or support cell entry: the name, with the words written beside it in brackets. */
export function refLabel(reg: Registry, ref: AgencyRef, short: boolean): string {
  const name = short ? agencyShort(reg, ref.agency) : agencyName(reg, ref.agency);
  return ref.qualifier ? `${name} (${ref.qualifier})` : name;
}

/** The lead cell as the appendix writes it: the lead agencies, then any words the cell holds besides them (1.c). */
export function leadCell(reg: Registry, task: Task, short: boolean, separator: string): string {
  return [...task.lead.map((r) => refLabel(reg, r, short)), ...(task.leadNote ? [task.leadNote] : [])].join(separator);
}

/** A task's words in full: its text, then its items on their own lines with the bullet as written (or the one given). */
export function fullText(task: Task, bullet: string = task.bullet): string {
  return taskTextPhrase(task, bullet);
}

/** How the listed agency takes part: "lead", "support via Sở, ban, ngành", several joined by "; ". */
export function roleLabel(reg: Registry, roles: AgencyRole[] | undefined, lang: Lang, short: boolean): string {
  if (!roles) return "";
  const w = listWords(lang);
  const name = (id: string) => (short ? agencyShort(reg, id) : agencyName(reg, id));
  return roles
    .map((r) =>
      r.inherited
        ? `${w.role[r.role]} (${w.lineage.inherited(name(r.inherited.from), w.lineage.kinds[r.inherited.kind] ?? r.inherited.kind, r.inherited.date.slice(0, 4))})`
        : r.via
          ? `${w.role[r.role]} ${w.via(name(r.via))}`
          : w.role[r.role],
    )
    .join("; ");
}

/** The groups the listed agency was matched through, for a column of their own. */
export function viaLabel(reg: Registry, roles: AgencyRole[] | undefined): string {
  if (!roles) return "";
  return [...new Set(roles.filter((r) => r.via).map((r) => agencyName(reg, r.via!)))].join("; ");
}

/** The due date shown to people (dd/mm/yyyy), or "" when the row has none. */
export function dueLabel(row: ListRow): string {
  return row.due ? formatViDate(row.due) : "";
}

/** The milestone of a row, as "Lần 2 of 2" / "Lần 2/2", or "". */
export function milestoneLabel(row: ListRow, lang: Lang): string {
  const m = row.milestone;
  return m ? listWords(lang).milestoneOf(m.label, m.index, m.of) : "";
}

/** The deadline cell of the terminal table: the due date(s) in dd/mm/yyyy, then the wording or the milestone. */
export function deadlineCell(row: ListRow, lang: Lang): string {
  const text = row.task.deadline.text;
  if (row.milestone) return `${formatViDate(row.milestone.date)}\n${milestoneLabel(row, lang)}`;
  if (row.dueDates.length > 1) return row.dueDates.map((d) => `${formatViDate(d.date)}${d.label ? ` (${d.label})` : ""}`).join("\n");
  if (row.due) return `${formatViDate(row.due)}\n${text}`;
  return text;
}

// ---------- JSON ----------

export interface AgencyJson {
  id: string;
  name: string;
  qualifier?: string;
  via?: { id: string; name: string };
}

export interface TaskJson {
  id: string;
  area: number;
  letter: string;
  text: string;
  items: string[];
  lead: AgencyJson[];
  /** Words the lead cell holds besides the agencies (1.c), as written. */
  leadNote?: string;
  support: AgencyJson[];
  deadline: { text: string; kind: string; due: string | null; milestones: string[]; event?: string };
  milestone?: { index: number; of: number; label?: string; date: string };
  match?: {
    agency: { id: string; name: string };
    roles: {
      role: string;
      via?: { id: string; name: string };
      qualifier?: string;
      inherited?: { from: { id: string; name: string }; kind: string; date: string; confirmed: boolean };
    }[];
  };
  targets: Target[];
  note?: string;
  file: string;
}

function refsJson(reg: Registry, refs: AgencyRef[], listed: string | undefined, roles: AgencyRole[] | undefined, role: "lead" | "support"): AgencyJson[] {
  const out: AgencyJson[] = [];
  for (const r of refs) {
    out.push(r.qualifier ? { id: r.agency, name: agencyName(reg, r.agency), qualifier: r.qualifier } : { id: r.agency, name: agencyName(reg, r.agency) });
    // The listed agency, matched through this group: an entry of its own, right after the group, saying so.
    const via = roles?.find((x) => x.role === role && x.via === r.agency);
    if (listed !== undefined && via) out.push({ id: listed, name: agencyName(reg, listed), via: { id: r.agency, name: agencyName(reg, r.agency) } });
  }
  return out;
}

/** The stable JSON shape of one row (documented in docs/json.md). */
export function taskJson(report: Pick<ListReport, "registry" | "agency">, row: ListRow): TaskJson {
  const reg = report.registry;
  const t = row.task;
  const listed = report.agency?.id;
  const deadline: TaskJson["deadline"] = {
    text: t.deadline.text,
    kind: t.deadline.kind,
    due: row.due,
    milestones: t.deadline.kind === "milestones" ? row.dueDates.map((d) => d.date) : [],
  };
  if (t.deadline.kind === "date" && t.deadline.event) deadline.event = t.deadline.event;
  let match: TaskJson["match"];
  if (report.agency && row.roles) {
    match = {
      agency: { id: report.agency.id, name: report.agency.name },
      roles: row.roles.map((r) => ({
        role: r.role,
        ...(r.via ? { via: { id: r.via, name: agencyName(reg, r.via) } } : {}),
        ...(r.qualifier ? { qualifier: r.qualifier } : {}),
        ...(r.inherited
          ? {
              inherited: {
                from: { id: r.inherited.from, name: agencyName(reg, r.inherited.from) },
                kind: r.inherited.kind,
                date: r.inherited.date,
                confirmed: r.inherited.confirmed,
              },
            }
          : {}),
      })),
    };
  }
  const out: TaskJson = {
    id: t.id,
    area: t.area,
    letter: t.letter,
    text: fullText(t),
    items: [...t.items],
    lead: refsJson(reg, t.lead, listed, row.roles, "lead"),
    ...(t.leadNote ? { leadNote: t.leadNote } : {}),
    support: refsJson(reg, t.support, listed, row.roles, "support"),
    deadline,
    ...(row.milestone ? { milestone: { ...row.milestone } } : {}),
    ...(match ? { match } : {}),
    targets: t.targets.map((x) => ({ ...x })),
    ...(t.note ? { note: t.note } : {}),
    file: t.file,
  };
  return out;
}
