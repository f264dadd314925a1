// How sure an estimate is, per dimension and overall, by rules stated in the README.
import type { Item } from './items.ts';
import type { Occupation } from './occupation-data.ts';

export type Confidence = 'high' | 'medium' | 'low';
const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };
export const lowest = (...cs: Confidence[]): Confidence => cs.reduce((a, b) => (RANK[b] < RANK[a] ? b : a));

export interface DimensionConfidence {
  tasks: Confidence;
  evidence: Confidence;
  barriers: Confidence;
  protective: Confidence;
  growth: Confidence;
}

/** High: ≥ 95% of task time labelled, raters agree on ≥ 60% of it, ≥ 5 tasks. Medium: ≥ 70% labelled. */
export function taskConfidence(o: Pick<Occupation, 'labelledShare' | 'agreement' | 'taskCount'>): Confidence {
  if (o.labelledShare >= 95 && (o.agreement ?? 0) >= 0.6 && o.taskCount >= 5) return 'high';
  return o.labelledShare >= 70 ? 'medium' : 'low';
}

const hasData = (items: Record<string, Item>) =>
  Object.values(items).filter((i) => !i.why.startsWith('no data')).length;

/** Items are proxies, so never high: medium when at least `needed` items have a source. */
export function itemConfidence(items: Record<string, Item>, needed: number): Confidence {
  return hasData(items) >= needed ? 'medium' : 'low';
}

/**
 * Overall: the lower of tasks and evidence, the two that move the score most. Barriers move it
 * at most 20% and growth is always 0 (neutral) for estimates, so they are shown but not counted.
 */
export function overallConfidence(d: DimensionConfidence): Confidence {
  return lowest(d.tasks, d.evidence);
}
