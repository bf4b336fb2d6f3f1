// Agency lineage: dated events (renamed, merged, split, transferred, dissolved) and what follows from them at a date —
// which agencies are in force, who succeeds whom, and which tasks a successor inherits. Pure functions of the events.
import type { Agency, LineageEvent, LineageKind, Plan } from "./types";
import { assignmentsOf, type Assignment, type Registry } from "./agencies";

/** One step of lineage between two agencies: the event, and the functions that moved (empty: all of them). */
export interface LineageLink {
  /** The other agency: a successor (for successorsAt) or a predecessor (for predecessorsAt). */
  agency: string;
  event: LineageEvent;
  /** What moved in this step, as the event words it; empty when the whole agency moved. */
  functions: string[];
  /** True when the whole agency passed into this one (its tasks are inherited), false for a share of its functions. */
  whole: boolean;
}

/** A task the agency inherits from a predecessor that passed wholly into it. */
export interface InheritedAssignment extends Assignment {
  inherited: { from: string; kind: LineageKind; date: string; confirmed: boolean };
}

/** Events in the order they took effect (ties in file order). */
export function eventsInOrder(events: readonly LineageEvent[]): LineageEvent[] {
  return events
    .map((e, i) => [e, i] as const)
    .sort((a, b) => (a[0].date < b[0].date ? -1 : a[0].date > b[0].date ? 1 : a[1] - b[1]))
    .map(([e]) => e);
}

/** The event that ended the agency (it stands as a whole predecessor, not a successor of the same event), if any. */
export function endOf(id: string, events: readonly LineageEvent[]): LineageEvent | undefined {
  return eventsInOrder(events).find((e) => e.from.some((p) => p.agency === id && p.functions.length === 0) && !e.to.some((s) => s.agency === id));
}

/** The event that brought the agency into being (a successor marked new), if any. */
export function startOf(id: string, events: readonly LineageEvent[]): LineageEvent | undefined {
  return eventsInOrder(events).find((e) => e.to.some((s) => s.agency === id && s.new));
}

/** True when the agency exists at the date (ISO): started on or before it (or always there) and not yet ended. */
export function inForceAt(id: string, date: string, events: readonly LineageEvent[]): boolean {
  const start = startOf(id, events);
  const end = endOf(id, events);
  return (!start || start.date <= date) && (!end || end.date > date);
}

/** The agencies in force at a date (ISO), in registry order. */
export function agenciesInForce(agencies: readonly Agency[], date: string, events: readonly LineageEvent[]): Agency[] {
  return agencies.filter((a) => inForceAt(a.id, date, events));
}

/** The registry as it stands at a date (ISO): every agency, each group's members narrowed to those in force then. */
export function registryAt(agencies: readonly Agency[], date: string, events: readonly LineageEvent[]): Agency[] {
  if (!events.length) return [...agencies];
  return agencies.map((a) => (a.members.length ? { ...a, members: a.members.filter((m) => inForceAt(m, date, events)) } : a));
}

function whole(e: LineageEvent, from: string, to: string): boolean {
  const p = e.from.find((x) => x.agency === from);
  const s = e.to.find((x) => x.agency === to);
  return !!p && !!s && p.functions.length === 0 && s.functions.length === 0;
}

/**
 * The agencies that carry on an agency's functions at a date (ISO): itself when in force, else its successors by every
 * event up to that date, followed through later events to those in force. Shares of functions are links too (whole:
 * false). Lineage that loops is followed once.
 */
export function successorsAt(id: string, date: string, events: readonly LineageEvent[]): LineageLink[] {
  const out: LineageLink[] = [];
  const seen = new Set<string>([id]);
  const walk = (from: string, upstreamWhole: boolean) => {
    for (const e of eventsInOrder(events)) {
      if (e.date > date || !e.from.some((p) => p.agency === from)) continue;
      for (const s of e.to) {
        if (s.agency === from || seen.has(s.agency)) continue;
        seen.add(s.agency);
        const p = e.from.find((x) => x.agency === from)!;
        const w = upstreamWhole && whole(e, from, s.agency);
        if (inForceAt(s.agency, date, events)) out.push({ agency: s.agency, event: e, functions: s.functions.length ? s.functions : p.functions, whole: w });
        else walk(s.agency, w);
      }
    }
  };
  walk(id, true);
  return out;
}

/**
 * The agencies whose functions passed into this one by events up to a date (ISO), nearest first, followed back through
 * their own predecessors (the chain is kept: a predecessor of a predecessor is a link whose event is the earlier one).
 */
export function predecessorsAt(id: string, date: string, events: readonly LineageEvent[]): LineageLink[] {
  const out: LineageLink[] = [];
  const seen = new Set<string>([id]);
  const walk = (to: string, downstreamWhole: boolean) => {
    for (const e of [...eventsInOrder(events)].reverse()) {
      if (e.date > date || !e.to.some((s) => s.agency === to)) continue;
      for (const p of e.from) {
        if (p.agency === to || seen.has(p.agency)) continue;
        seen.add(p.agency);
        const s = e.to.find((x) => x.agency === to)!;
        const w = downstreamWhole && whole(e, p.agency, to);
        out.push({ agency: p.agency, event: e, functions: s.functions.length ? s.functions : p.functions, whole: w });
        walk(p.agency, w);
      }
    }
  };
  walk(id, true);
  return out;
}

/**
 * The tasks an agency inherits at a date (ISO): those named directly for every predecessor that passed wholly into it,
 * in a role the agency does not already hold for that task (a share of functions brings no task: which tasks it covers
 * is not written anywhere).
 */
export function inheritedAssignments(id: string, date: string, plan: Plan, reg: Registry, opts: { role?: "lead" | "support" } = {}): InheritedAssignment[] {
  const own = new Set(assignmentsOf(id, plan, reg, opts).map((a) => `${a.task.id} ${a.role}`));
  const out: InheritedAssignment[] = [];
  for (const link of predecessorsAt(id, date, plan.lineage)) {
    if (!link.whole) continue;
    for (const a of assignmentsOf(link.agency, plan, reg, { ...opts, direct: true })) {
      const key = `${a.task.id} ${a.role}`;
      if (own.has(key)) continue;
      own.add(key);
      out.push({ ...a, inherited: { from: link.agency, kind: link.event.kind, date: link.event.date, confirmed: link.event.confirmed } });
    }
  }
  return out;
}

/** The last date any recorded event takes effect (ISO), or undefined when there is no lineage: "all lineage followed". */
export function lastEventDate(events: readonly LineageEvent[]): string | undefined {
  return eventsInOrder(events).at(-1)?.date;
}

/**
 * A loop in the lineage: an agency that passes wholly into another and, following such steps, comes back to itself.
 * The agencies of the loop, or undefined. (Shares of functions may go back and forth: that is no loop.)
 */
export function lineageCycle(events: readonly LineageEvent[]): string[] | undefined {
  const next = new Map<string, Set<string>>();
  for (const e of events)
    for (const p of e.from)
      for (const s of e.to) {
        if (p.agency === s.agency || p.functions.length) continue;
        const set = next.get(p.agency) ?? new Set<string>();
        set.add(s.agency);
        next.set(p.agency, set);
      }
  const state = new Map<string, 1 | 2>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 1);
    path.push(id);
    for (const n of next.get(id) ?? []) {
      if (state.get(n) === 1) return [...path.slice(path.indexOf(n)), n];
      if (!state.has(n)) {
        const found = visit(n);
        if (found) return found;
      }
    }
    path.pop();
    state.set(id, 2);
    return undefined;
  };
  for (const id of next.keys()) {
    if (state.has(id)) continue;
    const found = visit(id);
    if (found) return found;
  }
  return undefined;
}
