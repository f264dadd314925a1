// Task-level estimation: weights from task type, scores 1–5 from GPT-4's Eloundou et al. labels.
// O*NET's task frequency/importance ratings (Task Ratings.txt) were not available, so task type
// is the only proxy we have; Core weighs twice Supplemental, the weights Eloundou et al.
// themselves used to roll tasks up to occupations. The weights are not shares of time.
// The human annotators' labels are deliberately not used: they are the independent check.
import { roundToTotal } from '../engine/rounding.ts';
import { ESTIMATE_CONFIG, type EstimateConfig } from './config.ts';

export type TaskType = 'Core' | 'Supplemental' | null;
export type Exposure = 'E0' | 'E1' | 'E2';

export const TASK_TYPE_WEIGHT = { Core: 2, Supplemental: 1, unrated: 1 } as const;

/** Percent weights (one decimal) in proportion to the type weights, summing to exactly 100. */
export function taskShares(types: TaskType[]): number[] {
  if (types.length === 0) return [];
  const weights = types.map((t) => (t === null ? TASK_TYPE_WEIGHT.unrated : TASK_TYPE_WEIGHT[t]));
  const total = weights.reduce((a, b) => a + b, 0);
  return roundToTotal(
    weights.map((w) => (w / total) * 100),
    100,
  );
}

/** GPT-4's labels of one task: exposure E0–E2 and automation level T0–T4 as 0–4. */
export interface TaskLabels {
  gpt4: Exposure | null;
  automation?: number | null;
}

/** The occupation's routine cognitive intensity percentile (O*NET work context), or null for no data. */
export type Routine = number | null;

/** Whether the table's routine step applies: exposed work in an occupation at or above its routine percentile. */
export const isRoutine = (routine: Routine, config: EstimateConfig = ESTIMATE_CONFIG) =>
  routine !== null && config.taskScore.routineAdd > 0 && routine >= config.taskScore.routineFrom;

/** The key a task's labels are counted under when tasks are merged ("E1T3", "--" for none). */
export const labelKey = (l: TaskLabels) => `${l.gpt4 ?? '-'}${l.automation == null ? '-' : `T${l.automation}`}`;
export function parseLabelKey(key: string): TaskLabels {
  const gpt4 = /^E[012]/.test(key) ? (key.slice(0, 2) as Exposure) : null;
  const t = /T([0-4])$/.exec(key);
  return { gpt4, automation: t ? Number(t[1]) : null };
}

/** Labels → task score by the calibrated table; a task without a label gets the stated middle. */
export function taskScore(
  labels: TaskLabels,
  config: EstimateConfig = ESTIMATE_CONFIG,
  routine: Routine = null,
): { score: number; why: string } {
  const c = config.taskScore;
  const { gpt4, automation } = labels;
  if (!gpt4)
    return {
      score: c.unlabelled,
      why: 'no data: this task has no Eloundou et al. label (newer than the labelling); middle of the scale assumed',
    };
  const automated = automation != null && automation >= c.automationFrom;
  // Exposed work that follows set procedures to exact results is what software can run without
  // a person checking each result (routine cognitive work in the task literature).
  const routineStep = gpt4 !== 'E0' && automated && isRoutine(routine, config);
  const score = Math.min(5, c[gpt4] + (automated ? c.automationAdd : 0) + (routineStep ? c.routineAdd : 0));
  return {
    score,
    why: `Eloundou et al. 2023, GPT-4 label ${gpt4} (${describe(gpt4)})${automation != null ? `, automation T${automation}` : ''}${routineStep ? `; routine, structured work (O*NET work context: more routine than ${routine}% of occupations)` : ''}`,
  };
}

function describe(e: Exposure): string {
  return e === 'E1'
    ? 'an LLM alone could halve the time'
    : e === 'E2'
      ? 'exposed through LLM-powered software'
      : 'no LLM exposure';
}

/** Weight-averaged score of merged tasks from their label mix (label key → percent weight). */
export function mixScore(
  mix: Record<string, number>,
  config: EstimateConfig = ESTIMATE_CONFIG,
  routine: Routine = null,
): number {
  const entries = Object.entries(mix);
  const total = entries.reduce((a, [, w]) => a + w, 0);
  return total > 0
    ? entries.reduce((a, [k, w]) => a + w * taskScore(parseLabelKey(k), config, routine).score, 0) / total
    : config.taskScore.unlabelled;
}
