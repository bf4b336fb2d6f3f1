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
}

/** An agency named in a lead or support cell, with the words written beside it. */
export interface AgencyRef {
  agency: string;
  qualifier?: string;
}

export type DeadlineKind = "date" | "month" | "quarter" | "year" | "ongoing" | "ongoing-year" | "milestones" | "recurring";

export type ReportPeriodKind = "quarter" | "half-year" | "nine-months" | "year";

export interface Milestone {
  label: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  before?: boolean;
}

/** A deadline as written plus its meaning. */
export interface Deadline {
  text: string;
  kind: DeadlineKind;
  date?: string;
  before?: boolean;
  event?: string;
  /** YYYY-MM */
  month?: string;
  /** YYYY-Qn */
  quarter?: string;
  year?: number;
  milestones?: Milestone[];
  periods?: ReportPeriodKind[];
  day?: number;
  outsidePlanYear?: boolean;
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
  targets: Target[];
  note?: string;
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
  tasks: Task[];
}
