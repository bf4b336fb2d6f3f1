// `par list` (and `par agencies`) as a Document: for a terminal (a boxed table, short names, a line between tasks),
// a page or a sheet (one flat table, full names, dates dd/mm/yyyy), a calendar (one event per due date) and the data
// (the JSON shape of docs/json.md). Agency names, a task's text, the role and deadline cells are written here.
import { ITEM_BULLET, shortTaskText, taskTextPhrase } from "../../i18n/phrases";
import type { Lang } from "../../i18n";
import { words } from "../../i18n/words";
import { shortName, type Registry } from "../../model/agencies";
import { addDays, formatViDate } from "../../model/dates";
import { letterToAscii } from "../../model/vietnamese";
import { finalDueDate } from "../../model/deadline";
import type { Amendment, AgencyRef, LineageEvent, SourceRef, Target, Task } from "../../model/types";
import type { LineageLink } from "../../model/lineage";
import type { AgenciesReport, AgencyRow, RoleCounts } from "../../report/agencies";
import type { AgencyRole, ListReport, ListRow } from "../../report/list";
import { cell, type Block, type Calendar, type Column, type Document, type Row } from "../document";
import type { Profile } from "../formatter";

/** The list catalogue of a language. */
export function listWords(lang: Lang) {
  return words(lang).list;
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

/** The lead cell's entries as the appendix writes them: the lead agencies, then any words the cell holds besides them (1.c). */
export function leadEntries(reg: Registry, task: Task, short: boolean): string[] {
  return [...task.lead.map((r) => refLabel(reg, r, short)), ...(task.leadNote ? [task.leadNote] : [])];
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
  /** Only on a task whose deadline was amended: each amendment, in the order they take effect. */
  amendments?: {
    effective: string;
    decision: { number: string; date?: string; issuer?: string; title?: string } | null;
    deadline: { text: string; kind: string; due: string | null };
  }[];
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

function amendmentJson(a: Amendment): NonNullable<TaskJson["amendments"]>[number] {
  return {
    effective: a.effective,
    decision: a.decision ? { ...a.decision } : null,
    deadline: { text: a.deadline.text, kind: a.deadline.kind, due: finalDueDate(a.deadline) },
  };
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
    ...(t.amendments?.length ? { amendments: t.amendments.map(amendmentJson) } : {}),
    ...(row.milestone ? { milestone: { ...row.milestone } } : {}),
    ...(match ? { match } : {}),
    targets: t.targets.map((x) => ({ ...x })),
    ...(t.note ? { note: t.note } : {}),
    file: t.file,
  };
  return out;
}

// ---------- The document ----------

export interface ListDocumentOptions {
  lang: Lang;
  profile: Profile;
  /** Width of the terminal (screen): a wide one gives the agency columns room. */
  width: number;
  /** iCalendar DTSTAMP (calendar). */
  stamp: string;
  /** iCalendar: a VALARM this many days before each due date (par list --alarm N); none when absent. */
  alarmDays?: number;
}

/** A line saying whose tasks these are and which filters apply, or undefined when there are no filters. */
export function listTitle(report: ListReport, lang: Lang): string | undefined {
  const w = listWords(lang);
  const q = report.query;
  const parts: string[] = [];
  if (q.role) parts.push(w.filters.role(w.role[q.role]));
  if (q.direct) parts.push(w.filters.direct);
  if (q.from !== undefined || q.to !== undefined) parts.push(w.filters.due(q.from && formatViDate(q.from), q.to && formatViDate(q.to)));
  if (q.includeOngoing && (q.from !== undefined || q.to !== undefined)) parts.push(w.filters.includeOngoing);
  if (q.area !== undefined) parts.push(w.filters.area(q.area));
  if (q.search) parts.push(w.filters.search(q.search));
  const head = report.agency ? w.forAgency(agencyName(report.registry, report.agency.id), report.agency.id) : undefined;
  if (!head && !parts.length) return undefined;
  const title = [head, parts.join(", ")].filter(Boolean).join(": ");
  return title.charAt(0).toUpperCase() + title.slice(1);
}

function screen(report: ListReport, o: ListDocumentOptions): Block[] {
  const w = listWords(o.lang);
  const reg = report.registry;
  // The task's words get what the other columns leave; the support column goes when that would be under 34 columns
  // (`par show` has it), so that a 100-column terminal still reads well.
  // On a wide terminal (the task's words keeping 70 columns or more) the agency, deadline and role columns get room
  // for a whole short name on one line.
  const wide = o.width >= 192;
  const columns: Column[] = [
    { key: "id", header: w.header.id, minWidth: 4, maxWidth: 5 },
    { key: "task", header: w.header.task, minWidth: 16 },
    { key: "lead", header: w.header.lead, minWidth: 10, maxWidth: wide ? 26 : 16 },
    { key: "support", header: w.header.support, minWidth: 10, maxWidth: wide ? 24 : 16 },
    { key: "deadline", header: w.header.deadline, minWidth: 10, maxWidth: wide ? 20 : 13 },
  ];
  if (report.agency) columns.push({ key: "role", header: w.header.role, minWidth: 8, maxWidth: wide ? 28 : 14 });
  const others = columns.filter((col) => col.key !== "task").reduce((n, col) => n + (col.maxWidth ?? 0) + 3, 4);
  const shown = o.width - others >= 34 ? columns : columns.filter((col) => col.key !== "support");
  const rows: Row[] = [];
  for (const row of report.rows) {
    // An empty row between tasks: wrapped cells of neighbouring tasks would run together otherwise.
    if (rows.length) rows.push({ kind: "spacer", cells: {} });
    rows.push({
      cells: {
        id: cell.text(row.task.id, "strong"),
        task: cell.text(fullText(row.task)),
        lead: cell.list(leadEntries(reg, row.task, true), "\n"),
        support: cell.list(
          row.task.support.map((r) => refLabel(reg, r, true)),
          "\n",
        ),
        deadline: cell.date(row.due, deadlineCell(row, o.lang)),
        role: cell.text(roleLabel(reg, row.roles, o.lang, true)),
      },
    });
  }
  const out: Block[] = [];
  const title = listTitle(report, o.lang);
  if (title) out.push({ type: "paragraph", lines: [title], role: "title", nowrap: true });
  if (report.rows.length === 0) return [...out, { type: "paragraph", lines: [w.noRows], nowrap: true }];
  out.push({ type: "table", columns: shown, rows, name: w.header.task });
  out.push({ type: "paragraph", lines: [w.count(report.rows.length, new Set(report.rows.map((r) => r.task.id)).size)], nowrap: true });
  return out;
}

/**
 * The list as a flat table: one row per list row, full agency names, dates as dd/mm/yyyy. A sheet gets the en dash
 * as the item bullet (a cell starting with "-" or "+" is a formula to a spreadsheet), an area column and the group
 * an agency was matched through; a page has the area in the id and the group in the role.
 */
function flat(report: ListReport, lang: Lang, sheet: boolean): Block {
  const w = listWords(lang);
  const reg = report.registry;
  const columns: Column[] = [
    { key: "id", header: w.header.id },
    ...(sheet ? [{ key: "area", header: w.header.area, align: "right" as const }] : []),
    { key: "task", header: w.header.task },
    { key: "lead", header: w.header.lead },
    { key: "support", header: w.header.support },
    { key: "deadline", header: w.header.deadline },
    { key: "due", header: w.header.due },
    { key: "milestone", header: w.header.milestone },
  ];
  if (report.agency) columns.push({ key: "role", header: w.header.role }, ...(sheet ? [{ key: "via", header: w.header.via }] : []));
  const bullet = sheet ? ITEM_BULLET : undefined;
  return {
    type: "table",
    name: w.header.task,
    columns,
    rows: report.rows.map((row) => ({
      cells: {
        id: cell.text(row.task.id),
        area: cell.integer(row.task.area),
        task: cell.text(fullText(row.task, bullet)),
        lead: cell.list(leadEntries(reg, row.task, false), "; "),
        support: cell.list(
          row.task.support.map((r) => refLabel(reg, r, false)),
          "; ",
        ),
        deadline: cell.text(row.task.deadline.text),
        due:
          row.milestone || row.dueDates.length < 2
            ? cell.date(row.milestone?.date ?? row.due, dueLabel(row))
            : cell.list(
                row.dueDates.map((d) => formatViDate(d.date)),
                "; ",
              ),
        milestone: cell.text(milestoneLabel(row, lang)),
        role: cell.text(roleLabel(reg, row.roles, lang, false)),
        via: cell.text(viaLabel(reg, row.roles)),
      },
    })),
  };
}

/** The UID of a task's n-th due date (1-based): son-la-2024-1.c-2@par; đ is written dd to keep UIDs ASCII. */
export function eventUid(planId: string, task: Task, index: number): string {
  return `${planId}-${task.area}.${letterToAscii(task.letter)}-${index}@par`;
}

/** The due dates of a row that become events, with their 1-based index among the task's due dates. */
function eventsOf(row: ListRow): { date: string; index: number; label?: string }[] {
  if (row.milestone) return [{ date: row.milestone.date, index: row.milestone.index, ...(row.milestone.label ? { label: row.milestone.label } : {}) }];
  if (row.due === null) return [];
  const several = row.dueDates.length > 1;
  return row.dueDates.map((d, i) => ({ date: d.date, index: i + 1, ...(several && d.label ? { label: d.label } : {}) }));
}

function calendar(report: ListReport, o: ListDocumentOptions): Calendar {
  const w = listWords(o.lang);
  const reg = report.registry;
  const calName = report.agency ? `${report.plan.title} — ${agencyName(reg, report.agency.id)}` : report.plan.title;
  const events: Calendar["events"][number][] = [];
  const seen = new Set<string>();
  for (const row of report.rows) {
    const t = row.task;
    for (const ev of eventsOf(row)) {
      const uid = eventUid(report.plan.id, t, ev.index);
      if (seen.has(uid)) continue; // a task listed twice (it cannot be today) must not give two events with one UID
      seen.add(uid);
      const description = [
        fullText(t),
        "",
        `${w.ics.lead}: ${leadEntries(reg, t, false).join("; ")}`,
        ...(t.support.length ? [`${w.ics.support}: ${t.support.map((r) => refLabel(reg, r, false)).join("; ")}`] : []),
        `${w.ics.deadline}: ${t.deadline.text}`,
      ].join("\n");
      events.push({
        uid,
        date: ev.date,
        end: addDays(ev.date, 1),
        summary: `[${t.id}] ${shortTaskText(t, 80)}${ev.label ? ` (${ev.label})` : ""}`,
        description,
        ...(o.alarmDays !== undefined
          ? { alarm: { days: o.alarmDays, description: w.ics.alarm(t.id, o.alarmDays, t.lead.map((r) => refLabel(reg, r, false)).join("; ")) } }
          : {}),
      });
    }
  }
  return { name: w.ics.calendarName(calName), stamp: o.stamp, events };
}

/** `par list` as a document. */
export function listDocument(report: ListReport, o: ListDocumentOptions): Document {
  const title = listTitle(report, o.lang) ?? report.plan.title;
  const base = { lang: o.lang, title };
  switch (o.profile) {
    case "data":
      return { ...base, blocks: [], data: report.rows.map((row) => taskJson(report, row)) };
    case "calendar":
      return { ...base, blocks: [], calendar: calendar(report, o) };
    case "screen":
      return { ...base, blocks: screen(report, o) };
    case "sheet":
    case "page":
      return { ...base, blocks: [flat(report, o.lang, o.profile === "sheet")] };
  }
}

// ---------- par agencies ----------

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

/** What stands under the registry's table: the lineage events (each with its source and note), the duties under the decision's text. */
interface AgencySection {
  heading: string;
  items: { text: string; items: string[] }[];
}

function agencySections(report: AgenciesReport, lang: Lang): AgencySection[] {
  const w = listWords(lang);
  const reg = report.registry;
  const out: AgencySection[] = [];
  if (report.lineage.length) {
    out.push({
      heading: w.lineage.heading,
      items: report.lineage.map((e) => {
        const to = e.to.map(
          (s) => `${agencyName(reg, s.agency)}${s.functions.length ? ` (${s.functions.join(", ")})` : ""}${s.new ? ` [${w.lineage.isNew}]` : ""}`,
        );
        const from = e.from.map((p) => `${agencyName(reg, p.agency)}${p.functions.length ? ` (${p.functions.join(", ")})` : ""}`);
        return {
          text: w.lineage.event(formatViDate(e.date), !e.confirmed, w.lineage.kinds[e.kind] ?? e.kind, from.join(", "), to.join(", ")),
          items: [w.lineage.source(sourceText(e.source)), ...(e.note ? [e.note] : [])],
        };
      }),
    });
  }
  const named = report.rows.filter((r) => r.duties.some((d) => d.via === undefined));
  if (named.length) {
    out.push({
      heading: w.decision.heading,
      items: named.map((r) => {
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
        return { text: `${r.agency.name} (${r.agency.id}): ${duties.join("; ")}`, items: [] };
      }),
    });
  }
  return out;
}

/**
 * The sections as blocks: on a terminal, lines with a hanging indent (an entry and what belongs to it two in);
 * on a page, a heading and a list.
 */
function sectionBlocks(sections: readonly AgencySection[], screen: boolean): Block[] {
  if (screen)
    return sections.map((s) => ({
      type: "paragraph",
      spaceBefore: true,
      hanging: true,
      lines: [s.heading, ...s.items.flatMap((i) => [`  ${i.text}`, ...i.items.map((x) => `  ${x}`)])],
    }));
  return sections.flatMap((s): Block[] => [
    { type: "heading", level: 2, text: s.heading },
    { type: "list", items: s.items.map((i) => (i.items.length ? { text: i.text, items: i.items } : { text: i.text })) },
  ]);
}

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

function kindLabel(row: AgencyRow, lang: Lang): string {
  return listWords(lang).kinds[row.agency.kind] ?? row.agency.kind;
}

/** `par agencies`: the registry with each agency's task counts. */
export function agenciesDocument(report: AgenciesReport, o: { lang: Lang; profile: Profile }): Document {
  const w = listWords(o.lang);
  const reg = report.registry;
  const base = { lang: o.lang, title: w.agencies.count(report.rows.length) };
  if (o.profile === "data")
    return {
      ...base,
      blocks: [],
      data: report.rows.map((r) => ({
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
    };
  if (o.profile === "screen")
    return {
      ...base,
      blocks: [
        {
          type: "table",
          columns: [
            { key: "id", header: w.header.agencyId, minWidth: 6 },
            { key: "name", header: w.header.name, minWidth: 16 },
            { key: "kind", header: w.header.kind, minWidth: 6, maxWidth: 14 },
            { key: "lead", header: w.agencies.lead, align: "right", minWidth: 7 },
            { key: "support", header: w.agencies.support, align: "right", minWidth: 7 },
            { key: "lineage", header: w.lineage.column, minWidth: 10, maxWidth: 30 },
          ],
          rows: report.rows.map((r) => ({
            cells: {
              id: cell.text(r.agency.id),
              name: cell.text(r.agency.name),
              kind: cell.text(kindLabel(r, o.lang)),
              lead: cell.integer(r.lead.total, countCell(r.lead)),
              support: cell.integer(r.support.total, countCell(r.support)),
              lineage: cell.text(lineageCell(reg, r, o.lang, true)),
            },
          })),
        },
        { type: "paragraph", lines: [w.agencies.legend] },
        { type: "paragraph", lines: [w.agencies.count(report.rows.length)] },
        ...sectionBlocks(agencySections(report, o.lang), true),
      ],
    };
  return {
    ...base,
    blocks: [
      {
        type: "table",
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
          cells: {
            id: cell.text(r.agency.id),
            name: cell.text(r.agency.name),
            short: cell.text(r.agency.short ?? ""),
            kind: cell.text(kindLabel(r, o.lang)),
            groups: cell.list(
              r.groups.map((g) => agencyName(reg, g)),
              "; ",
            ),
            leadDirect: cell.integer(r.lead.direct),
            leadTotal: cell.integer(r.lead.total),
            supportDirect: cell.integer(r.support.direct),
            supportTotal: cell.integer(r.support.total),
            lineage: cell.text(lineageCell(reg, r, o.lang, false)),
          },
        })),
      },
      ...sectionBlocks(agencySections(report, o.lang), false),
    ],
  };
}
