// The plan's domain model: what load produces and every command consumes.

export type AgencyKind = "department" | "office" | "centre" | "association" | "tax-office" | "district" | "commune" | "organisation" | "group";

export interface Agency {
  id: string;
  name: string;
  short?: string;
  nameEn?: string;
  kind: AgencyKind;
  aliases: string[];
  /** For a group: ids of its members, where known. */
  members: string[];
  parent?: string;
  note?: string;
  /** "editorial" when the entry is not named in the decision (added from another source, `source` says which). */
  origin?: "decision" | "editorial";
  /** Where an entry from outside the decision comes from. */
  source?: SourceRef;
}

/** A document or page a fact outside the decision comes from. Any of its fields may be unknown. */
export interface SourceRef {
  /** Number and symbol ("1681/NQ-UBTVQH15"). */
  number?: string;
  /** ISO date YYYY-MM-DD. */
  date?: string;
  issuer?: string;
  title?: string;
  url?: string;
  /** How the source is known, in words, when it is not a document ("the issue that asked for it"). */
  note?: string;
}

export type LineageKind = "renamed" | "merged" | "split" | "transferred" | "dissolved";

/** One side of a lineage event: an agency, and the functions that moved (empty: the whole agency). */
export interface LineageParty {
  agency: string;
  functions: string[];
}

/** An agency that receives functions in an event; `new` when the event brings it into being. */
export interface LineageSuccessor extends LineageParty {
  new?: boolean;
}

/**
 * A dated change to the registry. Each predecessor (`from`) named without functions ends on `date`; one named with
 * functions gives those and carries on. Each successor (`to`) takes the functions it names, or, naming none, all the rest.
 */
export interface LineageEvent {
  kind: LineageKind;
  /** ISO date the change took effect (or the date recorded for it when that is not confirmed). */
  date: string;
  /** False when the date is not confirmed as the day the change took effect. */
  confirmed: boolean;
  from: LineageParty[];
  to: LineageSuccessor[];
  source: SourceRef;
  note?: string;
}

/** An agency named in a lead or support cell, with the words written beside it. */
export interface AgencyRef {
  agency: string;
  qualifier?: string;
}

export type ReportPeriodKind = "quarter" | "half-year" | "nine-months" | "year";

export interface Milestone {
  label: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  before?: boolean;
}

interface DeadlineCommon {
  /** The deadline as written. */
  text: string;
  outsidePlanYear?: boolean;
}

/** By a day ("Trước ngày 30 tháng 6 năm 2024", "Nhân ngày doanh nhân Việt Nam (13/10)"). */
export interface DateDeadline extends DeadlineCommon {
  kind: "date";
  /** ISO date YYYY-MM-DD. */
  date: string;
  before?: boolean;
  event?: string;
}

/** By the end of a month ("Tháng 6/2024"). */
export interface MonthDeadline extends DeadlineCommon {
  kind: "month";
  /** YYYY-MM */
  month: string;
}

/** By the end of a quarter ("Quý IV/2024"). */
export interface QuarterDeadline extends DeadlineCommon {
  kind: "quarter";
  /** YYYY-Qn */
  quarter: string;
}

/** Within a year ("Năm 2024"). */
export interface YearDeadline extends DeadlineCommon {
  kind: "year";
  year: number;
}

/** Continuous ("Thường xuyên"), judged every period. */
export interface OngoingDeadline extends DeadlineCommon {
  kind: "ongoing";
}

/** Continuous within a year ("Thường xuyên trong năm 2024"). */
export interface OngoingYearDeadline extends DeadlineCommon {
  kind: "ongoing-year";
  year: number;
}

/** Several dated milestones ("Lần 1: … - Lần 2: …"). */
export interface MilestonesDeadline extends DeadlineCommon {
  kind: "milestones";
  milestones: Milestone[];
}

/** A report due every period ("định kỳ trước ngày 15 của quý/6 tháng/năm"). */
export interface RecurringDeadline extends DeadlineCommon {
  kind: "recurring";
  periods: ReportPeriodKind[];
  day?: number;
}

/** A deadline as written plus its meaning: one branch per kind, with exactly the fields that kind has. */
export type Deadline =
  DateDeadline | MonthDeadline | QuarterDeadline | YearDeadline | OngoingDeadline | OngoingYearDeadline | MilestonesDeadline | RecurringDeadline;

export type DeadlineKind = Deadline["kind"];

/** The branch of Deadline of one kind. */
export type DeadlineOf<K extends DeadlineKind> = Extract<Deadline, { kind: K }>;

type FieldsOf<D> = D extends unknown ? Omit<D, "kind" | "text" | "outsidePlanYear"> : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every field any kind of deadline has, each optional: a flat read-only view for comparing and showing deadlines of any kind. */
export type DeadlineFields = { text: string; kind: DeadlineKind; outsidePlanYear?: boolean } & Partial<UnionToIntersection<FieldsOf<Deadline>>>;

/** The document that decided a deadline amendment. Dates are ISO. */
export interface AmendmentDecision {
  number: string;
  date?: string;
  issuer?: string;
  title?: string;
}

/** A deadline moved by a document: from `effective` on, `deadline` is the one in force. */
export interface Amendment {
  /** ISO date the new deadline takes effect. */
  effective: string;
  /** The deciding document; absent when the file names none (lint reports it). */
  decision?: AmendmentDecision;
  deadline: Deadline;
  note?: string;
}

export type Comparison = "=" | ">" | ">=" | "<" | "<=" | "increase";

export interface Target {
  id: string;
  metric: string;
  comparison: Comparison;
  value?: number;
  unit?: string;
  level?: "province" | "district" | "commune";
  baseline?: string;
}

export interface Task {
  /** "1.đ" */
  id: string;
  area: number;
  letter: string;
  text?: string;
  items: string[];
  bullet: "-" | "+";
  lead: AgencyRef[];
  support: AgencyRef[];
  deadline: Deadline;
  /** Amendments of the deadline, as the file lists them (lint checks their order); absent when none. */
  amendments?: Amendment[];
  targets: Target[];
  note?: string;
  /** Words the appendix's lead cell holds besides the agencies (1.c's "Thông báo giải quyết …"), as written. */
  leadNote?: string;
  transcription?: string;
  /** Path of the file the task was read from, as given to the loader. */
  file: string;
}

export interface Area {
  number: number;
  name: string;
  nameEn?: string;
}

export type ReportingScheme = "decree-09" | "calendar";

export interface PlanMeta {
  id: string;
  province: string;
  year: number;
  title: string;
  decision: { number: string; date: string | null; issuer?: string; title?: string; basis?: string };
  signer?: { name: string; title?: string };
  goal?: string;
  areas: Area[];
  reporting: ReportingScheme;
  /** The language par speaks for the plan when --lang, PAR_LANG and the locale do not say (plan.yaml `language`, default vi). */
  language?: "vi" | "en";
}

/** A whole plan: metadata, agency registry and tasks, ready for commands. */
export interface Plan {
  meta: PlanMeta;
  /** Folder the plan was read from. */
  dir: string;
  agencies: Agency[];
  /** The registry's dated events (agencies.yaml `lineage`), in file order. */
  lineage: LineageEvent[];
  tasks: Task[];
  /** The decision's own text outside the appendix (decision.yaml), when the plan has one. */
  decision?: DecisionText;
}

/** A point of the decision's text: its label (a, b, "1", "I.2"…), its words as written, and who it assigns. */
export interface DecisionPart {
  id: string;
  title?: string;
  text?: string;
  /** The points written as "- …" (without the mark). */
  items: string[];
  /** Lettered points a), b), … */
  points: { letter: string; text: string }[];
  /** Editorial: the agencies (ids) the part assigns something to. */
  agencies: string[];
  /** Editorial: for a part that asks for reports, what, to whom, through whom and how often. */
  report?: { what: string; to: string; through?: string; periods: string[] };
}

/** A section (I, II, III) of the decision's plan, with its parts and the words after them. */
export interface DecisionSection {
  id: string;
  title: string;
  parts: DecisionPart[];
  closing?: string;
}

/** The decision's text outside the appendix: sections I–III of the plan. */
export interface DecisionText {
  sections: DecisionSection[];
  file: string;
}
