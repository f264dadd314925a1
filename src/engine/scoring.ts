// The scoring engine: the method of docs/method.md as pure functions over a role's data and METHOD.
import { METHOD, type Method } from './method.ts';
import type { Role, Task, TaskClass } from '../catalog/schema.ts';
import { round1, roundTo, roundToTotal } from './rounding.ts';

export type Zone = 'red' | 'yellow' | 'green';
export const ZONE_NAMES: Record<Zone, string> = { red: 'Red', yellow: 'Yellow', green: 'Green' };

export interface Split {
  displaced: number;
  augmented: number;
  notInvolved: number;
}
export interface Dimensions {
  taskResistance: number;
  evidence: number;
  barriers: number;
  protective: number;
  growth: number;
}
/** The score attributed to each factor; the parts add up exactly to the shown score. */
export interface Explanation {
  taskResistance: number;
  evidence: number;
  barriers: number;
  growth: number;
}

export interface RoleScore {
  role: Role;
  dimensions: Dimensions;
  raw: number;
  score: number;
  zone: Zone;
  subLabel: string | null;
  label: string;
  split: Split;
  /** Share of time (percent) in tasks scored at or above METHOD.exposedFrom. */
  exposed: number;
  explanation: Explanation;
  /** The method's quick screen: protective low and growth negative. */
  quickScreenRed: boolean;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export function taskClass(task: Pick<Task, 'score' | 'class'>, method: Method = METHOD): TaskClass {
  if (task.class) return task.class;
  if (task.score >= method.taskClasses.displacedFrom) return 'displaced';
  if (task.score <= method.taskClasses.notInvolvedAt) return 'notInvolved';
  return 'augmented';
}

/** 6 − Σ(share × score), shares in percent. Rounded to 4 places so float noise never shows. */
export function taskResistance(tasks: Pick<Task, 'share' | 'score'>[], method: Method = METHOD): number {
  const weighted = sum(tasks.map((t) => (t.share / 100) * t.score));
  return roundTo(method.trsOffset - weighted, 4);
}

export function taskSplit(tasks: Pick<Task, 'share' | 'score' | 'class'>[], method: Method = METHOD): Split {
  const split: Split = { displaced: 0, augmented: 0, notInvolved: 0 };
  for (const t of tasks) split[taskClass(t, method)] += t.share;
  return {
    displaced: round1(split.displaced),
    augmented: round1(split.augmented),
    notInvolved: round1(split.notInvolved),
  };
}

export function exposedShare(tasks: Pick<Task, 'share' | 'score'>[], method: Method = METHOD): number {
  return round1(sum(tasks.filter((t) => t.score >= method.exposedFrom).map((t) => t.share)));
}

interface Modifiers {
  evidence: number;
  barriers: number;
  growth: number;
}

function modifierFactors(m: Modifiers, method: Method): Modifiers {
  return {
    evidence: 1 + method.weights.evidence * m.evidence,
    barriers: 1 + method.weights.barriers * m.barriers,
    growth: 1 + method.weights.growth * m.growth,
  };
}

function normalise(raw: number, method: Method): number {
  const score = ((raw - method.normalise.offset) / method.normalise.divisor) * 100;
  return Math.min(100, Math.max(0, score));
}

/** The unrounded composite: raw and the clamped 0–100 score. */
export function composite(trs: number, m: Modifiers, method: Method = METHOD): { raw: number; exact: number } {
  const f = modifierFactors(m, method);
  const raw = trs * f.evidence * f.barriers * f.growth;
  return { raw, exact: normalise(raw, method) };
}

export function zoneOf(score: number, method: Method = METHOD): Zone {
  if (score >= method.zones.green) return 'green';
  if (score >= method.zones.yellow) return 'yellow';
  return 'red';
}

export function subLabelOf(
  zone: Zone,
  facts: { growth: number; evidence: number; exposed: number; displaced: number },
  method: Method = METHOD,
): string | null {
  const r = method.subLabels;
  switch (zone) {
    case 'green':
      if (facts.growth >= r.greenAcceleratedGrowth) return 'Accelerated';
      return facts.exposed >= r.greenTransformingExposed ? 'Transforming' : 'Stable';
    case 'yellow':
      return facts.growth <= r.yellowUrgentGrowthAtMost || facts.displaced >= r.yellowUrgentDisplacedFrom
        ? 'Urgent'
        : 'Moderate';
    case 'red':
      return facts.exposed >= r.redImminentExposedFrom &&
        facts.growth <= r.redImminentGrowthAtMost &&
        facts.evidence <= r.redImminentEvidenceAtMost
        ? 'Imminent'
        : null;
  }
}

export function labelOf(zone: Zone, subLabel: string | null): string {
  return subLabel ? `${ZONE_NAMES[zone]} (${subLabel})` : ZONE_NAMES[zone];
}

const MODIFIER_KEYS = ['evidence', 'barriers', 'growth'] as const;

/**
 * Shapley attribution over the three modifiers: each gets its average marginal effect over every
 * order, so the parts do not depend on the order of the factors. Task Resistance gets the score
 * the role would have with neutral modifiers. Parts are rounded to tenths by largest remainder so
 * that they add up exactly to the rounded score.
 */
export function explain(trs: number, m: Modifiers, method: Method = METHOD): Explanation {
  const valueOf = (present: ReadonlySet<string>) =>
    composite(
      trs,
      {
        evidence: present.has('evidence') ? m.evidence : 0,
        barriers: present.has('barriers') ? m.barriers : 0,
        growth: present.has('growth') ? m.growth : 0,
      },
      method,
    ).exact;
  const n = MODIFIER_KEYS.length;
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  const subsets = (items: readonly string[]): string[][] =>
    items.reduce<string[][]>((acc, item) => acc.concat(acc.map((s) => [...s, item])), [[]]);

  const exact: Record<keyof Explanation, number> = {
    taskResistance: valueOf(new Set()),
    evidence: 0,
    barriers: 0,
    growth: 0,
  };
  for (const player of MODIFIER_KEYS) {
    const others = MODIFIER_KEYS.filter((k) => k !== player);
    for (const s of subsets(others)) {
      const weight = (factorial(s.length) * factorial(n - s.length - 1)) / factorial(n);
      exact[player] += weight * (valueOf(new Set([...s, player])) - valueOf(new Set(s)));
    }
  }
  return roundPartsToTotal(exact, round1(composite(trs, m, method).exact));
}

/** Each part rounded to tenths so the rounded parts sum exactly to `total`. */
function roundPartsToTotal<K extends string>(parts: Record<K, number>, total: number): Record<K, number> {
  const keys = Object.keys(parts) as K[];
  const rounded = roundToTotal(
    keys.map((k) => parts[k]),
    total,
  );
  return Object.fromEntries(keys.map((k, i) => [k, rounded[i]!])) as Record<K, number>;
}

const itemSum = (items: Record<string, { score: number }>) => sum(Object.values(items).map((i) => i.score));

/** Score any task mix against a role's market evidence, barriers and growth (used by personal scores too). */
export function scoreTasks(
  role: Role,
  tasks: Pick<Task, 'share' | 'score' | 'class'>[],
  method: Method = METHOD,
): Omit<RoleScore, 'role'> {
  const dims: Dimensions = {
    taskResistance: taskResistance(tasks, method),
    evidence: itemSum(role.evidence),
    barriers: itemSum(role.barriers),
    protective: itemSum(role.protective),
    growth: role.growth.score,
  };
  const modifiers = { evidence: dims.evidence, barriers: dims.barriers, growth: dims.growth };
  const { raw, exact } = composite(dims.taskResistance, modifiers, method);
  const score = round1(exact);
  const zone = zoneOf(score, method);
  const split = taskSplit(tasks, method);
  const exposed = exposedShare(tasks, method);
  const subLabel = subLabelOf(
    zone,
    { growth: dims.growth, evidence: dims.evidence, exposed, displaced: split.displaced },
    method,
  );
  return {
    dimensions: dims,
    raw,
    score,
    zone,
    subLabel,
    label: labelOf(zone, subLabel),
    split,
    exposed,
    explanation: explain(dims.taskResistance, modifiers, method),
    quickScreenRed: dims.protective <= method.quickScreenProtectiveAtMost && dims.growth < 0,
  };
}

export function scoreRole(role: Role, method: Method = METHOD): RoleScore {
  return { role, ...scoreTasks(role, role.tasks, method) };
}
