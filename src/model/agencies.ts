// The agency registry as a lookup: finding an agency from what a person types, groups and their members,
// and which tasks an agency is assigned (directly or through a group it belongs to).
import { distance } from "fastest-levenshtein";
import type { Agency, Plan, Task } from "./types";
import { fold, foldLoose } from "./vietnamese";

export type Role = "lead" | "support";

/** One assignment of a task to an agency. `via` is the group the task names when the agency is a member of it. */
export interface Assignment {
  task: Task;
  role: Role;
  via?: string;
  qualifier?: string;
}

/** An index over a plan's agencies. */
export interface Registry {
  byId: Map<string, Agency>;
  /** group id → ids of its members (transitively). */
  members: Map<string, Set<string>>;
  /** agency id → ids of the groups it belongs to (transitively). */
  groups: Map<string, Set<string>>;
}

/** Build the lookup for a list of agencies. */
export function buildRegistry(agencies: readonly Agency[]): Registry {
  const byId = new Map(agencies.map((a) => [a.id, a] as const));
  const members = new Map<string, Set<string>>();
  const groups = new Map<string, Set<string>>();
  for (const a of agencies) {
    if (!a.members.length) continue;
    const all = new Set<string>();
    const stack = [...a.members];
    while (stack.length) {
      const m = stack.pop()!;
      if (all.has(m) || m === a.id) continue;
      all.add(m);
      stack.push(...(byId.get(m)?.members ?? []));
    }
    members.set(a.id, all);
    for (const m of all) {
      const g = groups.get(m) ?? new Set<string>();
      g.add(a.id);
      groups.set(m, g);
    }
  }
  return { byId, members, groups };
}

/** Every name an agency answers to: id, name, short name, English name, aliases. */
export function namesOf(a: Agency): string[] {
  return [a.id, a.name, ...(a.short ? [a.short] : []), ...(a.nameEn ? [a.nameEn] : []), ...a.aliases];
}

export type AgencyMatch =
  | { kind: "found"; agency: Agency }
  | { kind: "ambiguous"; candidates: Agency[] }
  | { kind: "unknown"; suggestions: Agency[]; /** The suggestions are a few typing mistakes away (not only sharing words). */ typo?: boolean };

/**
 * Find the agency a person means, ignoring case, diacritics and punctuation ("so noi vu", "SNV", "Sở Nội vụ").
 * An exact name wins; else the agencies whose names contain every word typed; one → found, several → ambiguous,
 * none → unknown with the nearest names as suggestions.
 */
export function matchAgency(query: string, agencies: readonly Agency[]): AgencyMatch {
  const q = foldLoose(query);
  if (!q) return { kind: "unknown", suggestions: [] };
  const exact = agencies.filter((a) => namesOf(a).some((n) => foldLoose(n) === q || fold(n) === fold(query)));
  if (exact.length === 1) return { kind: "found", agency: exact[0]! };
  if (exact.length > 1) return { kind: "ambiguous", candidates: exact };
  const words = q.split(" ");
  const contains = agencies.filter((a) =>
    namesOf(a).some((n) => {
      const nw = foldLoose(n).split(" ");
      return words.every((w) => nw.some((x) => x.startsWith(w)));
    }),
  );
  if (contains.length === 1) return { kind: "found", agency: contains[0]! };
  if (contains.length > 1) return { kind: "ambiguous", candidates: contains };
  // Suggestions: names a few typing mistakes away (about one in three characters, and never the whole query, so that
  // "xyz" suggests nothing), else the names sharing the most typed words ("so noi vu tinh" → Sở Nội vụ).
  const limit = Math.max(1, Math.floor(q.length / 3));
  // The distance is at least the difference in length: a name that far off is not measured, so a pasted document
  // in --agency is not compared with every name.
  const near = agencies
    .map((a) => ({
      a,
      d: Math.min(
        ...namesOf(a)
          .map((n) => foldLoose(n))
          .map((n) => (Math.abs(n.length - q.length) > limit ? Infinity : distance(q, n))),
      ),
    }))
    .filter((x) => x.d <= limit && x.d < q.length)
    .sort((x, y) => x.d - y.d);
  if (near.length) return { kind: "unknown", suggestions: near.slice(0, 3).map((x) => x.a), typo: true };
  const significant = words.filter((w) => w.length >= 2);
  const shared = agencies
    .map((a) => ({
      a,
      n: Math.max(
        ...namesOf(a).map((n) => {
          const nw = foldLoose(n).split(" ");
          return significant.filter((w) => nw.some((x) => x.startsWith(w))).length;
        }),
      ),
    }))
    .filter((x) => x.n >= 2 && x.n * 2 >= significant.length);
  const most = Math.max(0, ...shared.map((x) => x.n));
  return {
    kind: "unknown",
    suggestions: shared
      .filter((x) => x.n === most)
      .slice(0, 3)
      .map((x) => x.a),
  };
}

/** True when what a person typed reads like a department's name: "Sở Y tế", "so giao duc" (case and diacritics ignored). */
export function looksLikeDepartment(query: string): boolean {
  return /^so [a-z0-9]/.test(foldLoose(query));
}

/** The group through which the plan assigns provincial departments ("Các sở, ban, ngành"), if it has one. */
export function departmentsGroup(agencies: readonly Agency[]): Agency | undefined {
  return agencies.find((a) => a.kind === "group" && namesOf(a).some((n) => /^(cac )?so ban nganh\b/.test(foldLoose(n))));
}

/**
 * For a department the plan never names (Sở Y tế, Sở Giáo dục và Đào tạo…): the departments' group, whose tasks are
 * the department's too. Undefined when the query does not look like a department, matches an agency, or is a typing
 * mistake away from one (then the suggestions say more).
 */
export function departmentFallback(query: string, agencies: readonly Agency[], match: AgencyMatch = matchAgency(query, agencies)): Agency | undefined {
  if (match.kind !== "unknown" || match.typo || !looksLikeDepartment(query)) return undefined;
  return departmentsGroup(agencies);
}

/**
 * The tasks assigned to an agency: named directly in a lead or support cell, or (unless `direct`) through a group
 * it belongs to. An agency named both directly and through a group gets the direct assignment only, and an agency
 * that a task names as lead does not also support it through a group ("Sở Nội vụ" leads 1.đ; "Các sở, ban, ngành"
 * supporting it does not make Sở Nội vụ its own supporter).
 */
export function assignmentsOf(agencyId: string, plan: Plan, reg: Registry, opts: { role?: Role; direct?: boolean } = {}): Assignment[] {
  const out: Assignment[] = [];
  const groups = reg.groups.get(agencyId) ?? new Set<string>();
  for (const task of plan.tasks) {
    const leads = task.lead.some((r) => r.agency === agencyId);
    for (const role of ["lead", "support"] as const) {
      if (opts.role && opts.role !== role) continue;
      const direct = task[role].find((r) => r.agency === agencyId);
      if (direct) {
        out.push(direct.qualifier ? { task, role, qualifier: direct.qualifier } : { task, role });
        continue;
      }
      if (opts.direct || (role === "support" && leads)) continue;
      const viaRef = task[role].find((r) => groups.has(r.agency));
      if (viaRef) out.push(viaRef.qualifier ? { task, role, via: viaRef.agency, qualifier: viaRef.qualifier } : { task, role, via: viaRef.agency });
    }
  }
  return out;
}

/** True when the plan assigns the task to the agency in any role, directly or through a group. */
export function isAssigned(agencyId: string, task: Task, reg: Registry): boolean {
  const groups = reg.groups.get(agencyId);
  return [...task.lead, ...task.support].some((r) => r.agency === agencyId || (groups?.has(r.agency) ?? false));
}

/** The agency's name as a narrow table shows it. */
export function shortName(a: Agency | undefined, id: string): string {
  return a?.short ?? a?.name ?? id;
}
