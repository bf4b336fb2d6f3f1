// Turning schema-valid file values into the domain model (snake_case YAML → camelCase model).
import type { Agency, AgencyRef, Amendment, DecisionText, LineageEvent, LineageParty, PlanMeta, SourceRef, Target, Task } from "../model/types";
import { deadlineFromFile, type DeadlineFile } from "../model/deadline";

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function refs(list: unknown): AgencyRef[] {
  if (!Array.isArray(list)) return [];
  return list.map((r) => (typeof r === "string" ? { agency: r } : r.qualifier ? { agency: r.agency, qualifier: r.qualifier } : { agency: r.agency }));
}

/** The plan metadata of a valid plan.yaml value. */
export function toPlanMeta(v: Raw): PlanMeta {
  return {
    id: v.id,
    province: v.province,
    year: v.year,
    title: v.title,
    decision: { ...v.decision },
    signer: v.signer,
    goal: v.goal,
    areas: (v.areas as Raw[]).map((a) => ({ number: a.number, name: a.name, nameEn: a.name_en })),
    reporting: v.reporting?.periods ?? "decree-09",
    language: v.language === "en" ? "en" : "vi",
  };
}

/** The agencies of a valid agencies.yaml value. */
export function toAgencies(v: Raw): Agency[] {
  return (v.agencies as Raw[]).map((a) => ({
    id: a.id,
    name: a.name,
    short: a.short,
    nameEn: a.name_en,
    kind: a.kind,
    aliases: a.aliases ?? [],
    members: a.members ?? [],
    parent: a.parent,
    note: a.note,
    ...(a.origin ? { origin: a.origin } : {}),
    ...(a.source ? { source: toSource(a.source) } : {}),
  }));
}

function toSource(v: Raw): SourceRef {
  return { ...v };
}

function party(p: unknown): LineageParty {
  return typeof p === "string" ? { agency: p, functions: [] } : { agency: (p as Raw).agency, functions: [...((p as Raw).functions ?? [])] };
}

/** The lineage events of a valid agencies.yaml value (none when it has no `lineage`). */
export function toLineage(v: Raw): LineageEvent[] {
  return ((v.lineage ?? []) as Raw[]).map((e) => ({
    kind: e.kind,
    date: e.date,
    confirmed: e.confirmed !== false,
    from: (e.from as unknown[]).map(party),
    to: ((e.to ?? []) as unknown[]).map((s) => (typeof s !== "string" && (s as Raw).new ? { ...party(s), new: true } : party(s))),
    source: toSource(e.source),
    ...(e.note ? { note: e.note } : {}),
  }));
}

/** The decision's text of a valid decision.yaml value. */
export function toDecision(v: Raw, file: string): DecisionText {
  return {
    file,
    sections: (v.sections as Raw[]).map((s) => ({
      id: s.id,
      title: s.title,
      parts: (s.parts as Raw[]).map((p) => ({
        id: p.id,
        ...(p.title ? { title: p.title } : {}),
        ...(p.text ? { text: p.text } : {}),
        items: [...(p.items ?? [])],
        points: ((p.points ?? []) as Raw[]).map((x) => ({ letter: x.letter, text: x.text })),
        agencies: [...(p.agencies ?? [])],
        ...(p.report
          ? {
              report: {
                what: p.report.what,
                to: p.report.to,
                ...(p.report.through ? { through: p.report.through } : {}),
                periods: [...(p.report.periods ?? [])],
              },
            }
          : {}),
      })),
      ...(s.closing ? { closing: s.closing } : {}),
    })),
  };
}

function toTarget(t: Raw): Target {
  return { ...t } as Target;
}

function toAmendment(a: Raw): Amendment {
  const out: Amendment = { effective: a.effective, deadline: deadlineFromFile(a.deadline as DeadlineFile) };
  if (a.decision && typeof a.decision === "object") out.decision = { ...a.decision };
  if (a.note !== undefined) out.note = a.note;
  return out;
}

/** The task of a valid task file value. */
export function toTask(v: Raw, file: string): Task {
  const task: Task = {
    id: v.id,
    area: v.area,
    letter: v.letter,
    text: v.text,
    items: v.items ?? [],
    bullet: v.bullet ?? "-",
    lead: refs(v.lead),
    support: refs(v.support),
    deadline: deadlineFromFile(v.deadline as DeadlineFile),
    targets: (v.targets ?? []).map(toTarget),
    note: v.note,
    ...(v.lead_note ? { leadNote: v.lead_note } : {}),
    transcription: v.transcription,
    file,
  };
  if (Array.isArray(v.amendments) && v.amendments.length) task.amendments = (v.amendments as Raw[]).map(toAmendment);
  return task;
}
