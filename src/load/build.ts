// Turning schema-valid file values into the domain model (snake_case YAML → camelCase model).
import type { Agency, AgencyRef, Amendment, PlanMeta, Target, Task } from "../model/types";
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
  }));
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
    transcription: v.transcription,
    file,
  };
  if (Array.isArray(v.amendments) && v.amendments.length) task.amendments = (v.amendments as Raw[]).map(toAmendment);
  return task;
}
