// A team's exposure: each role with its head count, the head-count-weighted score and week split,
// the share of people in each zone, and the best move for the most exposed group.
import { roleRef } from '../errors.ts';
import type { Role } from '../catalog/schema.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { labelOf, zoneOf, type RoleScore, type Split, type Zone } from './scoring.ts';
import { round1 } from './rounding.ts';
import { suggestTransitions, type Suggestion } from './transition.ts';

export const MAX_TEAM_SIZE = 100_000;

export interface TeamGroup {
  score: RoleScore;
  count: number;
  /** Percent of the team's people. */ peopleShare: number;
}

/** A team's scores, without the best move (which ranks moves over the whole catalog). */
export type TeamScores = Omit<TeamAssessment, 'bestTransition'>;

export interface TeamAssessment {
  groups: TeamGroup[];
  headcount: number;
  score: number;
  zone: Zone;
  label: string;
  split: Split;
  /** Percent of people in each zone. */
  peopleByZone: Record<Zone, number>;
  mostExposed: TeamGroup;
  bestTransition?: Suggestion;
}

/** The team's scores and the best move for its most exposed group. */
export function assessTeam(catalog: Catalog, members: { role: Role; count: number }[]): TeamAssessment {
  const scores = teamScores(catalog, members);
  const bestTransition = suggestTransitions(catalog, scores.mostExposed.score, 5)
    .filter((s) => s.gain > 0)
    .sort((a, b) => Number(b.curated) - Number(a.curated) || b.gain - a.gain)[0];
  return { ...scores, bestTransition };
}

/** Groups with the same role are merged; counts must be whole and positive. */
export function teamScores(catalog: Catalog, members: { role: Role; count: number }[]): TeamScores {
  const merged = new Map<string, { role: Role; count: number }>();
  for (const m of members) {
    const count = Math.min(MAX_TEAM_SIZE, Math.max(1, Math.round(m.count)));
    const entry = merged.get(m.role.id);
    merged.set(m.role.id, { role: m.role, count: (entry?.count ?? 0) + count });
  }
  if (merged.size === 0) throw new Error('assessTeam needs at least one member');
  const headcount = [...merged.values()].reduce((a, m) => a + m.count, 0);
  const share = (n: number) => round1((n / headcount) * 100);
  const groups = [...merged.values()].map(({ role, count }) => ({
    score: catalog.score(role),
    count,
    peopleShare: share(count),
  }));
  const weighted = (f: (s: RoleScore) => number) => groups.reduce((a, g) => a + f(g.score) * g.count, 0) / headcount;
  const score = round1(weighted((s) => s.score));
  const zone = zoneOf(score);
  const split = {
    displaced: round1(weighted((s) => s.split.displaced)),
    augmented: round1(weighted((s) => s.split.augmented)),
    notInvolved: round1(weighted((s) => s.split.notInvolved)),
  };
  const peopleByZone: Record<Zone, number> = { red: 0, yellow: 0, green: 0 };
  for (const g of groups) peopleByZone[g.score.zone] = round1(peopleByZone[g.score.zone] + g.peopleShare);
  // Most exposed: the lowest score; among equals, the group with more people.
  const mostExposed = [...groups].sort((a, b) => a.score.score - b.score.score || b.count - a.count)[0]!;
  return {
    groups,
    headcount,
    score,
    zone,
    label: labelOf(zone, null),
    split,
    peopleByZone,
    mostExposed,
  };
}

/** The `{ kind: "team" }` document (like every JSON document: ids, numbers, no prose formatting). */
export function teamDoc(t: TeamAssessment) {
  return {
    kind: 'team' as const,
    headcount: t.headcount,
    score: t.score,
    zone: t.zone,
    label: t.label,
    split: t.split,
    peopleByZone: t.peopleByZone,
    members: t.groups.map((g) => ({
      role: roleRef(g.score.role),
      count: g.count,
      peopleShare: g.peopleShare,
      score: g.score.score,
      zone: g.score.zone,
      label: g.score.label,
    })),
    mostExposed: {
      role: roleRef(t.mostExposed.score.role),
      count: t.mostExposed.count,
      peopleShare: t.mostExposed.peopleShare,
      score: t.mostExposed.score.score,
      zone: t.mostExposed.score.zone,
    },
    bestTransition: t.bestTransition
      ? {
          role: roleRef(t.bestTransition.to.role),
          score: t.bestTransition.to.score,
          zone: t.bestTransition.to.zone,
          gain: t.bestTransition.gain,
          carryOver: t.bestTransition.carryOver,
          reason: t.bestTransition.reason,
        }
      : null,
  };
}
