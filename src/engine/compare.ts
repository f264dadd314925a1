// Comparison: for each of the five dimensions the higher value wins; equal values tie.
import type { Dimensions, RoleScore } from './scoring.ts';
import { planTransition, type TransitionPlan } from './transition.ts';

export const DIMENSION_KEYS = [
  'taskResistance',
  'evidence',
  'barriers',
  'protective',
  'growth',
] as const satisfies readonly (keyof Dimensions)[];
export const DIMENSION_NAMES: Record<keyof Dimensions, string> = {
  taskResistance: 'Task Resistance',
  evidence: 'Evidence',
  barriers: 'Barriers',
  protective: 'Protective Principles',
  growth: 'AI Growth',
};

export type Winner = 'a' | 'b' | 'tie';
export interface DimensionVerdict {
  key: keyof Dimensions;
  a: number;
  b: number;
  winner: Winner;
}
export interface Comparison {
  a: RoleScore;
  b: RoleScore;
  dimensions: DimensionVerdict[];
  wins: { a: number; b: number; ties: number };
  /** What moving from a to b would mean. */
  transition: TransitionPlan;
  summary: string;
}

export function compareRoles(a: RoleScore, b: RoleScore): Comparison {
  const dimensions = DIMENSION_KEYS.map((key): DimensionVerdict => {
    const [va, vb] = [a.dimensions[key], b.dimensions[key]];
    return { key, a: va, b: vb, winner: va > vb ? 'a' : vb > va ? 'b' : 'tie' };
  });
  const count = (w: Winner) => dimensions.filter((d) => d.winner === w).length;
  const wins = { a: count('a'), b: count('b'), ties: count('tie') };
  return { a, b, dimensions, wins, transition: planTransition(a, b), summary: compareSummary(a, b, dimensions, wins) };
}

function compareSummary(a: RoleScore, b: RoleScore, dims: DimensionVerdict[], wins: Comparison['wins']): string {
  if (wins.a === wins.b)
    return `${a.role.title} and ${b.role.title} split the dimensions ${wins.a}–${wins.b}${wins.ties ? ` with ${wins.ties} tied` : ''}.`;
  const [leader, side, n] = wins.a > wins.b ? ([a, 'a', wins.a] as const) : ([b, 'b', wins.b] as const);
  const stronger = dims.filter((d) => d.winner === side).map((d) => DIMENSION_NAMES[d.key]);
  return `${leader.role.title} wins ${n} of 5 dimensions: stronger on ${stronger.join(', ')}.`;
}
