// How sure an estimate is, per dimension and overall, from how much of each dimension has data
// (rules in docs/estimates.md; thresholds in config.ts).
import { ESTIMATE_CONFIG, type EstimateConfig } from './config.ts';
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

/**
 * High: nearly all task weight labelled, enough tasks, and most of it mapped to O*NET work
 * activities (which the barriers and protective items read). Medium: most of it labelled.
 */
export function taskConfidence(
  o: Pick<Occupation, 'labelledShare' | 'mappedShare' | 'taskCount'>,
  config: EstimateConfig = ESTIMATE_CONFIG,
): Confidence {
  const c = config.confidence;
  if (o.labelledShare >= c.labelledHigh && o.mappedShare >= c.mappedHigh && o.taskCount >= c.minTasksHigh)
    return 'high';
  return o.labelledShare >= c.labelledMedium ? 'medium' : 'low';
}

export const hasData = (i: Item) => !i.why.startsWith('no data');

/** Items are proxies, so never high: medium when all `needed` items a source can give have data, else low. */
export function itemConfidence(items: Record<string, Item>, needed: number): Confidence {
  return Object.values(items).filter(hasData).length >= needed ? 'medium' : 'low';
}

/**
 * Overall: the lowest of tasks, evidence and barriers. A missing market source lowers evidence,
 * missing work context or activities lower barriers. Growth has data only where BLS names a factor
 * for the occupation's share (about one in five), so it is shown but not counted.
 */
export function overallConfidence(d: DimensionConfidence): Confidence {
  return lowest(d.tasks, d.evidence, d.barriers);
}
