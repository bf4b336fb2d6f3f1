// What changed between two versions of a plan, in the plan's terms: tasks added, removed, renumbered or edited
// (word-level text changes, deadlines, agencies, targets), agency registry changes and plan metadata changes.
// Plain data; src/format/build/diff.ts renders it. Tasks are matched by id, never by file name or position.
import { diffArrays } from "diff";
import type { Agency, AgencyRef, Deadline, DeadlineFields, DeadlineKind, PlanMeta, Target, Task } from "../model/types";
import { daysBetween } from "../model/dates";
import { dueDates, isOngoing } from "../model/deadline";
import { letterIndex } from "../model/vietnamese";
import type { ProgressEntry } from "../model/progress";
import { diffProgress, type ProgressChange } from "./progress-import";

/** One version of a plan as the comparison sees it; an absent plan has no tasks and no agencies. */
export interface PlanSnapshot {
  meta?: PlanMeta;
  agencies: Agency[];
  tasks: Task[];
  /** The reports of its progress files, when they were read. */
  progress?: ProgressEntry[];
}

/** Which version a side of the comparison is. */
export interface DiffSide {
  kind: "revision" | "index" | "worktree";
  /** The revision as the user wrote it (kind "revision"). */
  rev?: string;
  /** The full commit hash (kind "revision"). */
  commit?: string;
  /** False when the plan folder does not exist in this version. */
  exists: boolean;
}

// ---------- word-level text diff ----------

/** One run of a word diff: text both sides share, or text only the old (delete) or new (insert) side has. */
export interface WordOp {
  op: "equal" | "delete" | "insert";
  text: string;
}

/** Text as compared: NFC, runs of spaces collapsed to one, line breaks kept (one per run), trimmed. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[^\S\n]+/g, " ")
    .replace(/ *\n[\s]*/g, "\n")
    .trim();
}

/**
 * Split text into words, single punctuation marks and whitespace runs. A word is a run of letters, combining marks
 * and digits, so Vietnamese syllables stay whole ("thực", "đ") whatever their diacritics. Text is NFC-normalised first.
 */
export function tokenize(text: string): string[] {
  return normaliseText(text).match(/[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu) ?? [];
}

/**
 * The edit script (jsdiff's Myers diff) is given up beyond this many changed tokens per pair of texts, scaled down as
 * the texts grow so that the work, about (n + m) × edits, stays near 4M steps: past it, the middle of the text is shown
 * as replaced whole. A fixed edit budget, not a timeout, so the same texts always give the same diff.
 */
const DIFF_WORK = 4_000_000;

function editOps(a: string[], b: string[]): WordOp[] {
  const whole = (): WordOp[] => [...a.map((text) => ({ op: "delete" as const, text })), ...b.map((text) => ({ op: "insert" as const, text }))];
  if (!a.length || !b.length) return whole();
  const maxEditLength = Math.max(16, Math.floor(DIFF_WORK / (a.length + b.length)));
  // Diffed back to front: among edit scripts of the same length, jsdiff keeps the earliest match of a token, and
  // reading the texts reversed makes that the latest, so a change ends on a word and the space after it stays equal
  // ("tiến độ các" → "tiến bộ các": "độ" → "bộ", not "độ " → "bộ ").
  const changes = diffArrays([...a].reverse(), [...b].reverse(), { maxEditLength });
  if (!changes) return whole();
  const ops: WordOp[] = [];
  for (let k = changes.length - 1; k >= 0; k--) {
    const c = changes[k]!;
    const op = c.added ? "insert" : c.removed ? "delete" : "equal";
    for (let t = c.value.length - 1; t >= 0; t--) ops.push({ op, text: c.value[t]! });
  }
  return ops;
}

/** Merge neighbouring runs: each change becomes one delete followed by one insert. */
function coalesce(ops: WordOp[]): WordOp[] {
  const out: WordOp[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    if (del) out.push({ op: "delete", text: del });
    if (ins) out.push({ op: "insert", text: ins });
    del = "";
    ins = "";
  };
  for (const o of ops) {
    if (o.op === "delete") del += o.text;
    else if (o.op === "insert") ins += o.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === "equal") last.text += o.text;
      else out.push({ ...o });
    }
  }
  flush();
  return out;
}

/**
 * The word-level difference of two texts (NFC-normalised first): equal, delete and insert runs whose texts, read in
 * order, give back the old text (equal + delete) and the new one (equal + insert). A lone space or punctuation mark
 * between two changes is folded into them, so a rewritten phrase reads as one change.
 */
export function diffWords(from: string, to: string): WordOp[] {
  const a = tokenize(from);
  const b = tokenize(to);
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const ops: WordOp[] = [
    ...a.slice(0, pre).map((text) => ({ op: "equal" as const, text })),
    ...editOps(a.slice(pre, a.length - suf), b.slice(pre, b.length - suf)),
    ...a.slice(a.length - suf).map((text) => ({ op: "equal" as const, text })),
  ];
  let merged = coalesce(ops);
  // Fold short separators (whitespace, one punctuation mark) lying between two changes into them.
  for (let pass = 0; pass < 3; pass++) {
    let changedAny = false;
    const next: WordOp[] = [];
    for (let k = 0; k < merged.length; k++) {
      const o = merged[k]!;
      const before = merged[k - 1];
      const after = merged[k + 1];
      if (o.op === "equal" && before && after && before.op !== "equal" && after.op !== "equal" && /^(?:\s+|\s*[^\p{L}\p{M}\p{N}\s]\s*)$/u.test(o.text)) {
        next.push({ op: "delete", text: o.text }, { op: "insert", text: o.text });
        changedAny = true;
      } else next.push(o);
    }
    merged = coalesce(next);
    if (!changedAny) break;
  }
  return coalesce(trimSharedSpace(merged)).filter((o) => o.text !== "");
}

/** The spaces and punctuation two texts both begin (dir 1) or end (dir -1) with, short of the whole of either. */
function shared(a: string, b: string, dir: 1 | -1): string {
  const sep = /[^\p{L}\p{M}\p{N}]/u;
  let n = 0;
  for (;;) {
    const x = dir === 1 ? a[n] : a[a.length - 1 - n];
    const y = dir === 1 ? b[n] : b[b.length - 1 - n];
    if (x === undefined || x !== y || !sep.test(x) || n + 1 >= a.length || n + 1 >= b.length) break;
    n++;
  }
  return dir === 1 ? a.slice(0, n) : a.slice(a.length - n);
}

/**
 * Of the edit scripts of the same length, the diff may have matched either space beside a changed word, and folding
 * separators into changes can leave the same space or mark on both sides. A replacement whose two sides begin (or
 * end) with the same spaces or punctuation gives them back to the text around it, so a change reads word to word:
 * "ubnd-cap-huyen" → "ubnd-caphuyen" is "cap-huyen" → "caphuyen", not "-cap-huyen" → "-caphuyen".
 */
function trimSharedSpace(ops: WordOp[]): WordOp[] {
  const out: WordOp[] = [];
  for (let k = 0; k < ops.length; k++) {
    const del = ops[k]!;
    const ins = ops[k + 1];
    if (del.op !== "delete" || ins?.op !== "insert") {
      // A lone deletion or insertion starting with the space that follows it takes that space at its end instead:
      // "01 sáng kiến" → "01 kiến" deletes "sáng ", not " sáng".
      const next = ops[k + 1];
      const lead = /^\s+/.exec(del.text)?.[0];
      const before = out[out.length - 1];
      if (
        del.op !== "equal" &&
        lead &&
        lead.length < del.text.length &&
        next?.op === "equal" &&
        next.text.startsWith(lead) &&
        (!before || before.op === "equal")
      ) {
        if (before) before.text += lead;
        else out.push({ op: "equal", text: lead });
        out.push({ op: del.op, text: del.text.slice(lead.length) + lead });
        ops[k + 1] = { op: "equal", text: next.text.slice(lead.length) };
        continue;
      }
      out.push({ ...del });
      continue;
    }
    k++;
    let d = del.text;
    let i = ins.text;
    const head = shared(d, i, 1);
    d = d.slice(head.length);
    i = i.slice(head.length);
    const tail = shared(d, i, -1);
    if (tail) {
      d = d.slice(0, -tail.length);
      i = i.slice(0, -tail.length);
    }
    if (head) out.push({ op: "equal", text: head });
    out.push({ op: "delete", text: d }, { op: "insert", text: i });
    if (tail) out.push({ op: "equal", text: tail });
  }
  return out;
}

/** How alike two texts are, 0–1: the Dice coefficient of their words (case and punctuation ignored, NFC). */
export function textSimilarity(a: string, b: string): number {
  const words = (t: string) =>
    normaliseText(t)
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const wa = words(a);
  const wb = words(b);
  if (!wa.length && !wb.length) return a === b ? 1 : 0;
  const count = new Map<string, number>();
  for (const w of wa) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const c = count.get(w) ?? 0;
    if (c > 0) {
      common++;
      count.set(w, c - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

// ---------- the report ----------

/** An agency as a task names it, with its name from the registry of the same version. */
export interface AgencyName {
  id: string;
  /** The agency's name in that version; the id when the registry does not know it. */
  name: string;
  short?: string;
  qualifier?: string;
}

/** A deadline with the due dates it implies (ISO), for showing how it moved. */
export interface DeadlineSummary {
  text: string;
  kind: DeadlineKind;
  /** Due dates, in order (several for milestones; none for ongoing or recurring deadlines). */
  due: string[];
  ongoing: boolean;
}

/** A whole task, as shown when it is added or removed. */
export interface TaskSummary {
  id: string;
  area: number;
  letter: string;
  text: string;
  items: string[];
  lead: AgencyName[];
  support: AgencyName[];
  deadline: DeadlineSummary;
  targets: Target[];
  /** The file, relative to the repository root. */
  file: string;
}

export type TextField = "text" | "note" | "transcription";

/** One change to a task that kept its identity (same id, or renumbered). */
export type TaskChange =
  | { field: TextField; from: string; to: string; words: WordOp[] }
  | { field: "items"; from: string[]; to: string[]; words: WordOp[] }
  | {
      field: "deadline";
      from: DeadlineSummary;
      to: DeadlineSummary;
      /** Days the final due date moved (negative: earlier); null when a side has none. */ shiftDays: number | null;
      /** Present (true) when the due dates moved and the newer version records no new amendment: moved without a decision. */
      withoutDecision?: true;
    }
  | { field: "lead" | "support"; from: AgencyName[]; to: AgencyName[]; added: AgencyName[]; removed: AgencyName[] }
  | { field: "targets"; added: Target[]; removed: Target[]; changed: { id: string; from: Target; to: Target }[] }
  | { field: "bullet"; from: string; to: string };

/** A task present in both versions under the same id, with what changed in it. */
export interface ChangedTask {
  id: string;
  /** Its text in the newer version, to say which task it is. */
  text: string;
  file: string;
  changes: TaskChange[];
}

/** A task that moved to another id (same or nearly the same text), and anything else that changed with it. */
export interface RenumberedTask {
  from: string;
  to: string;
  /** Word similarity of the two texts, 0–1 (1: identical). */
  similarity: number;
  text: string;
  file: string;
  changes: TaskChange[];
}

export interface AgencySummary {
  id: string;
  name: string;
  short?: string;
  kind: string;
  members: string[];
}

export type AgencyChange =
  | { field: "name" | "short" | "nameEn" | "kind" | "parent" | "note"; from: string | null; to: string | null }
  | { field: "members" | "aliases"; added: string[]; removed: string[] };

export interface ChangedAgency {
  id: string;
  /** Its name in the newer version. */
  name: string;
  changes: AgencyChange[];
}

/** A plan metadata value that changed: `path` like "title", "decision.number", "areas.3.name". */
export interface MetaChange {
  path: string;
  from: string | number | null;
  to: string | number | null;
}

export interface PlanDiff {
  /** The plan folder, relative to the repository root. */
  plan: string;
  from: DiffSide;
  to: DiffSide;
  /** True when anything below is non-empty. */
  changed: boolean;
  tasks: {
    added: TaskSummary[];
    removed: TaskSummary[];
    renumbered: RenumberedTask[];
    changed: ChangedTask[];
  };
  agencies: {
    added: AgencySummary[];
    removed: AgencySummary[];
    changed: ChangedAgency[];
  };
  meta: MetaChange[];
  /** Changes in progress files: reports added, changed or removed, by quarter, task and agency. */
  progress: ProgressChange[];
}

/** Tasks whose texts are at least this alike count as the same task under a new id. */
export const RENUMBER_SIMILARITY = 0.8;
/** The head start a task keeping its id has over a candidate under another id. */
const SAME_ID_BONUS = 0.15;

function compareIds(a: { area: number; letter: string }, b: { area: number; letter: string }): number {
  return a.area - b.area || letterIndex(a.letter) - letterIndex(b.letter);
}

function idParts(id: string): { area: number; letter: string } {
  const dot = id.indexOf(".");
  return { area: Number(id.slice(0, dot)), letter: id.slice(dot + 1) };
}

function byId(a: { id: string }, b: { id: string }): number {
  return compareIds(idParts(a.id), idParts(b.id)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function content(t: Task): string {
  return [t.text ?? "", ...t.items].join("\n");
}

function names(refs: AgencyRef[], agencies: Map<string, Agency>): AgencyName[] {
  return refs.map((r) => {
    const a = agencies.get(r.agency);
    const n: AgencyName = { id: r.agency, name: a?.name ?? r.agency };
    if (a?.short) n.short = a.short;
    if (r.qualifier) n.qualifier = r.qualifier;
    return n;
  });
}

function deadlineSummary(d: Deadline): DeadlineSummary {
  return { text: d.text, kind: d.kind, due: dueDates(d).map((x) => x.date), ongoing: isOngoing(d) };
}

function summary(t: Task, agencies: Map<string, Agency>): TaskSummary {
  return {
    id: t.id,
    area: t.area,
    letter: t.letter,
    text: normaliseText(t.text ?? ""),
    items: t.items.map(normaliseText),
    lead: names(t.lead, agencies),
    support: names(t.support, agencies),
    deadline: deadlineSummary(t.deadline),
    targets: t.targets,
    file: t.file,
  };
}

function sameDeadline(a: Deadline, b: Deadline): boolean {
  const key = (d: DeadlineFields) =>
    JSON.stringify([
      normaliseText(d.text),
      d.kind,
      d.date ?? null,
      d.before ?? null,
      d.event ?? null,
      d.month ?? null,
      d.quarter ?? null,
      d.year ?? null,
      (d.milestones ?? []).map((m) => [m.label, m.date, m.before ?? null]),
      d.periods ?? [],
      d.day ?? null,
    ]);
  return key(a) === key(b);
}

function refKey(r: AgencyRef): string {
  return `${r.agency}\u0000${normaliseText(r.qualifier ?? "")}`;
}

function canonicalTarget(t: Target): string {
  const o = t as unknown as Record<string, unknown>;
  return JSON.stringify(
    Object.keys(o)
      .sort()
      .map((k) => [k, typeof o[k] === "string" ? normaliseText(o[k]) : o[k]]),
  );
}

/** True when the newer version of a task records an amendment the older does not (by effective day and document). */
function amendmentAdded(a: Task, b: Task): boolean {
  const key = (m: NonNullable<Task["amendments"]>[number]) => `${m.effective} ${m.decision?.number ?? ""}`;
  const before = new Set((a.amendments ?? []).map(key));
  return (b.amendments ?? []).some((m) => !before.has(key(m)));
}

/** What changed between two versions of the same task. */
export function diffTask(a: Task, b: Task, agenciesA: Map<string, Agency>, agenciesB: Map<string, Agency>): TaskChange[] {
  const changes: TaskChange[] = [];
  if (!sameDeadline(a.deadline, b.deadline)) {
    const from = deadlineSummary(a.deadline);
    const to = deadlineSummary(b.deadline);
    const x = from.due[from.due.length - 1];
    const y = to.due[to.due.length - 1];
    const change: TaskChange = { field: "deadline", from, to, shiftDays: x && y ? daysBetween(x, y) : null };
    if (from.due.join(",") !== to.due.join(",") && !amendmentAdded(a, b)) change.withoutDecision = true;
    changes.push(change);
  }
  for (const field of ["lead", "support"] as const) {
    const ka = new Set(a[field].map(refKey));
    const kb = new Set(b[field].map(refKey));
    const removed = a[field].filter((r) => !kb.has(refKey(r)));
    const added = b[field].filter((r) => !ka.has(refKey(r)));
    if (removed.length || added.length) {
      changes.push({
        field,
        from: names(a[field], agenciesA),
        to: names(b[field], agenciesB),
        added: names(added, agenciesB),
        removed: names(removed, agenciesA),
      });
    }
  }
  const ta = new Map(a.targets.map((t) => [t.id, t]));
  const tb = new Map(b.targets.map((t) => [t.id, t]));
  const tAdded = b.targets.filter((t) => !ta.has(t.id));
  const tRemoved = a.targets.filter((t) => !tb.has(t.id));
  const tChanged = a.targets
    .filter((t) => tb.has(t.id) && canonicalTarget(t) !== canonicalTarget(tb.get(t.id)!))
    .map((t) => ({ id: t.id, from: t, to: tb.get(t.id)! }));
  if (tAdded.length || tRemoved.length || tChanged.length) changes.push({ field: "targets", added: tAdded, removed: tRemoved, changed: tChanged });
  for (const field of ["text"] as const) {
    const x = normaliseText(a[field] ?? "");
    const y = normaliseText(b[field] ?? "");
    if (x !== y) changes.push({ field, from: x, to: y, words: diffWords(x, y) });
  }
  const ia = a.items.map(normaliseText);
  const ib = b.items.map(normaliseText);
  if (ia.join("\n") !== ib.join("\n") || ia.length !== ib.length)
    changes.push({ field: "items", from: ia, to: ib, words: diffWords(ia.join("\n"), ib.join("\n")) });
  for (const field of ["note", "transcription"] as const) {
    const x = normaliseText(a[field] ?? "");
    const y = normaliseText(b[field] ?? "");
    if (x !== y) changes.push({ field, from: x, to: y, words: diffWords(x, y) });
  }
  if (a.bullet !== b.bullet && (a.items.length || b.items.length)) changes.push({ field: "bullet", from: a.bullet, to: b.bullet });
  return changes;
}

function agencySummary(a: Agency): AgencySummary {
  const s: AgencySummary = { id: a.id, name: a.name, kind: a.kind, members: [...a.members] };
  if (a.short) s.short = a.short;
  return s;
}

function diffAgency(a: Agency, b: Agency): AgencyChange[] {
  const changes: AgencyChange[] = [];
  for (const field of ["name", "short", "nameEn", "kind", "parent", "note"] as const) {
    const x = a[field] === undefined ? null : normaliseText(a[field]);
    const y = b[field] === undefined ? null : normaliseText(b[field]);
    if (x !== y) changes.push({ field, from: x, to: y });
  }
  for (const field of ["members", "aliases"] as const) {
    const sa = new Set(a[field].map(normaliseText));
    const sb = new Set(b[field].map(normaliseText));
    const added = [...sb].filter((x) => !sa.has(x));
    const removed = [...sa].filter((x) => !sb.has(x));
    if (added.length || removed.length) changes.push({ field, added, removed });
  }
  return changes;
}

function flattenMeta(m: PlanMeta | undefined): Map<string, string | number | null> {
  const out = new Map<string, string | number | null>();
  if (!m) return out;
  const put = (k: string, v: unknown) => {
    if (v === undefined) return;
    out.set(k, typeof v === "string" ? normaliseText(v) : typeof v === "number" ? v : v === null ? null : JSON.stringify(v));
  };
  put("id", m.id);
  put("province", m.province);
  put("year", m.year);
  put("title", m.title);
  put("goal", m.goal);
  put("reporting", m.reporting);
  for (const k of ["number", "date", "issuer", "title", "basis"] as const) put(`decision.${k}`, m.decision[k]);
  if (m.signer) {
    put("signer.name", m.signer.name);
    put("signer.title", m.signer.title);
  }
  for (const a of m.areas) {
    put(`areas.${a.number}.name`, a.name);
    put(`areas.${a.number}.nameEn`, a.nameEn);
  }
  return out;
}

function diffMeta(a: PlanMeta | undefined, b: PlanMeta | undefined): MetaChange[] {
  if (!a || !b) return [];
  const fa = flattenMeta(a);
  const fb = flattenMeta(b);
  const keys = [...new Set([...fa.keys(), ...fb.keys()])];
  const changes: MetaChange[] = [];
  for (const k of keys) {
    const x = fa.has(k) ? fa.get(k)! : null;
    const y = fb.has(k) ? fb.get(k)! : null;
    if (x !== y) changes.push({ path: k, from: x, to: y });
  }
  return changes;
}

/**
 * Compare two versions of a plan. Tasks are matched by id; a task whose text turns up (at least 80% alike) under a
 * new id is reported as renumbered, also when its old id now holds another task (a task inserted before it).
 */
export function diffPlans(a: PlanSnapshot, b: PlanSnapshot, sides: { plan: string; from: DiffSide; to: DiffSide }): PlanDiff {
  const agA = new Map(a.agencies.map((x) => [x.id, x]));
  const agB = new Map(b.agencies.map((x) => [x.id, x]));
  const tasksA = new Map<string, Task>();
  for (const t of a.tasks) if (!tasksA.has(t.id)) tasksA.set(t.id, t);
  const tasksB = new Map<string, Task>();
  for (const t of b.tasks) if (!tasksB.has(t.id)) tasksB.set(t.id, t);

  // 1. Same id, same content: the same task.
  const pairs: { a: Task; b: Task }[] = [];
  const freeA = new Set<string>();
  const freeB = new Set<string>(tasksB.keys());
  for (const [id, ta] of tasksA) {
    const tb = tasksB.get(id);
    if (tb && normaliseText(content(ta)) === normaliseText(content(tb))) {
      pairs.push({ a: ta, b: tb });
      freeB.delete(id);
    } else freeA.add(id);
  }
  // 2. The rest, most alike first: a pair under the same id (any likeness, with a head start) or under another id
  //    (at least 80% alike: renumbered). A task inserted before others shifts their ids: each is found under its new id.
  const candidates: { ia: string; ib: string; s: number; score: number }[] = [];
  for (const ia of freeA) {
    for (const ib of freeB) {
      const s = textSimilarity(content(tasksA.get(ia)!), content(tasksB.get(ib)!));
      if (ia === ib) candidates.push({ ia, ib, s, score: s + SAME_ID_BONUS });
      else if (s >= RENUMBER_SIMILARITY) candidates.push({ ia, ib, s, score: s });
    }
  }
  candidates.sort((x, y) => y.score - x.score || byId({ id: x.ib }, { id: y.ib }) || byId({ id: x.ia }, { id: y.ia }));
  const renumbered: RenumberedTask[] = [];
  for (const c of candidates) {
    if (!freeA.has(c.ia) || !freeB.has(c.ib)) continue;
    freeA.delete(c.ia);
    freeB.delete(c.ib);
    const ta = tasksA.get(c.ia)!;
    const tb = tasksB.get(c.ib)!;
    if (c.ia === c.ib) pairs.push({ a: ta, b: tb });
    else
      renumbered.push({
        from: c.ia,
        to: c.ib,
        similarity: Math.round(c.s * 1000) / 1000,
        text: normaliseText(content(tb)),
        file: tb.file,
        changes: diffTask(ta, tb, agA, agB),
      });
  }
  const changed: ChangedTask[] = [];
  for (const p of pairs) {
    const changes = diffTask(p.a, p.b, agA, agB);
    if (changes.length) changed.push({ id: p.b.id, text: normaliseText(content(p.b)), file: p.b.file, changes });
  }
  const added = [...freeB].map((id) => summary(tasksB.get(id)!, agB));
  const removed = [...freeA].map((id) => summary(tasksA.get(id)!, agA));

  const agenciesAdded = b.agencies.filter((x) => !agA.has(x.id)).map(agencySummary);
  const agenciesRemoved = a.agencies.filter((x) => !agB.has(x.id)).map(agencySummary);
  const agenciesChanged: ChangedAgency[] = [];
  for (const x of a.agencies) {
    const y = agB.get(x.id);
    if (!y) continue;
    const cs = diffAgency(x, y);
    if (cs.length) agenciesChanged.push({ id: x.id, name: y.name, changes: cs });
  }
  const byAgencyId = (p: { id: string }, q: { id: string }) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0);

  const diff: PlanDiff = {
    plan: sides.plan,
    from: sides.from,
    to: sides.to,
    changed: false,
    tasks: {
      added: added.sort(byId),
      removed: removed.sort(byId),
      renumbered: renumbered.sort((x, y) => byId({ id: x.from }, { id: y.from })),
      changed: changed.sort(byId),
    },
    agencies: { added: agenciesAdded.sort(byAgencyId), removed: agenciesRemoved.sort(byAgencyId), changed: agenciesChanged.sort(byAgencyId) },
    meta: diffMeta(a.meta, b.meta),
    progress: diffProgress(a.progress ?? [], b.progress ?? []),
  };
  diff.changed =
    diff.from.exists !== diff.to.exists ||
    Object.values(diff.tasks).some((l) => l.length > 0) ||
    Object.values(diff.agencies).some((l) => l.length > 0) ||
    diff.meta.length > 0 ||
    diff.progress.length > 0;
  return diff;
}

/** Counts for a one-line summary. */
export function diffCounts(d: PlanDiff): { added: number; removed: number; renumbered: number; changed: number; agencies: number; meta: number } {
  return {
    added: d.tasks.added.length,
    removed: d.tasks.removed.length,
    renumbered: d.tasks.renumbered.length,
    changed: d.tasks.changed.length,
    agencies: d.agencies.added.length + d.agencies.removed.length + d.agencies.changed.length,
    meta: d.meta.length,
  };
}
