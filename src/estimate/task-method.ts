// Task-level estimation: time shares from task type, scores 1–5 from the Eloundou et al. labels.
// O*NET's task frequency/importance ratings (Task Ratings.txt) were not available, so task type
// is the only time proxy we have; Core weighs twice Supplemental, the weights Eloundou et al.
// themselves used to roll tasks up to occupations.

import { roundToTotal } from '../engine/rounding.ts';
export type TaskType = 'Core' | 'Supplemental' | null;
export type Exposure = 'E0' | 'E1' | 'E2';

export const TASK_TYPE_WEIGHT = { Core: 2, Supplemental: 1, unrated: 1 } as const;

/** Exposure points per rater: E0 none, E2 through LLM-powered software, E1 the model alone. */
export const EXPOSURE_POINTS: Record<Exposure, number> = { E0: 0, E2: 1, E1: 2 };
/** A task with no label gets the middle of the scale and says so. */
export const UNLABELLED_TASK_SCORE = 3;

/** Percent shares (one decimal) in proportion to the type weights, summing to exactly 100. */
export function taskShares(types: TaskType[]): number[] {
  if (types.length === 0) return [];
  const weights = types.map((t) => (t === null ? TASK_TYPE_WEIGHT.unrated : TASK_TYPE_WEIGHT[t]));
  const total = weights.reduce((a, b) => a + b, 0);
  return roundToTotal(
    weights.map((w) => (w / total) * 100),
    100,
  );
}

export interface TaskLabels {
  gpt4: Exposure | null;
  human: Exposure | null;
  /** GPT-4 automation level T0–T4 as 0–4 */ automation?: number | null;
}

/**
 * Exposure points of the two raters added (0–4) → task score. The labels measure whether an LLM
 * could halve a task's time, which is exposure, not replacement: so both raters saying E1 gives 4
 * (displaced), and 5 (fully automatable) needs GPT-4's automation label T4 on top.
 */
export const SCORE_BY_POINTS = [1, 2, 3, 3, 4] as const;

/** With one rater missing, that rater counts as the other; with none, the middle of the scale. */
export function taskScore(labels: TaskLabels): { score: number; why: string } {
  const { gpt4, human, automation } = labels;
  if (!gpt4 && !human)
    return {
      score: UNLABELLED_TASK_SCORE,
      why: 'no data: this task has no Eloundou et al. label (newer than the labelling); middle of the scale assumed',
    };
  const points = EXPOSURE_POINTS[(gpt4 ?? human)!] + EXPOSURE_POINTS[(human ?? gpt4)!];
  const fullAutomation = points === 4 && automation === 4;
  const score = fullAutomation ? 5 : SCORE_BY_POINTS[points]!;
  return {
    score,
    why: `Eloundou et al. 2023 labels: GPT-4 ${gpt4 ?? 'none'}, human ${human ?? 'none'} (${describe(gpt4 ?? human!)})${fullAutomation ? ', GPT-4 automation T4' : ''}`,
  };
}

function describe(e: Exposure): string {
  return e === 'E1'
    ? 'an LLM alone could halve the time'
    : e === 'E2'
      ? 'exposed through LLM-powered software'
      : 'no LLM exposure';
}
