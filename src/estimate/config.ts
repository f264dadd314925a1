// Every number the estimation method uses, in one validated place. The task-score table is the
// part `npm run calibrate` fits against the hand-assessed families; the rest are stated rules.
// docs/estimates.md explains each one.
import { z } from 'zod';

const score = z.number().int().min(1).max(5);
/** Thresholds on a percentage, highest first: the first one reached gives its points. */
const steps = z.array(z.object({ from: z.number().min(0).max(100), points: z.number().int() })).min(1);

export const estimateConfigSchema = z.object({
  /** GPT-4's exposure label of a task → task score 1–5; automation from `automationFrom` adds `automationAdd`. */
  taskScore: z
    .object({
      E0: score,
      E2: score,
      E1: score,
      automationFrom: z.number().int().min(0).max(5),
      automationAdd: z.number().int().min(0).max(2),
      /** Exposed tasks (E1, E2) of occupations at or above this routine cognitive percentile add `routineAdd`. */
      routineFrom: z.number().int().min(0).max(100),
      routineAdd: z.number().int().min(0).max(2),
      unlabelled: score,
    })
    .refine((t) => t.E0 <= t.E2 && t.E2 <= t.E1, 'scores must rise with exposure: E0 ≤ E2 ≤ E1'),
  /** Tasks at or above this score count as exposed when listing an occupation's exposed activities. */
  exposedFrom: score,
  /** BLS projected change 2024–34 in percent → job demand points (first threshold reached, else `otherwise`). */
  demand: z.object({
    steps: z.array(z.object({ above: z.number(), points: z.number().int() })).min(1),
    otherwise: z.number().int(),
  }),
  /** Microsoft 2025 AI applicability percentile → tool maturity points. */
  applicability: z.object({ steps, otherwise: z.number().int() }),
  /** O*NET generalised work activities (IWA id prefixes) read as hands-on physical work or deep interpersonal work. */
  activities: z.object({
    physical: z.array(z.string().min(5)).min(1),
    inPerson: z.array(z.string().min(5)).min(1),
    interpersonal: z.array(z.string().min(5)).min(1),
  }),
  physicalPresence: steps,
  physicality: steps,
  interpersonal: steps,
  /** O*NET work context "importance of being exact" (0–1, in percent here) → liability points. */
  liability: steps,
  /** O*NET work context "structured vs unstructured" (0–1, in percent) → moral judgement points; Job Zone 5 adds one. */
  moralJudgment: steps,
  licensing: z.object({
    /** Words in the O*NET title or description saying the work needs a licence or registration. */
    words: z.array(z.string().min(3)).min(1),
    /** BLS typical on-the-job training or entry education → points. */
    training: z.record(z.string(), z.number().int().min(0).max(2)),
    education: z.record(z.string(), z.number().int().min(0).max(2)),
    /** SOC groups licensed by law in every US state, by code prefix; a stated rule, not a data set. */
    licensedGroups: z.array(z.object({ prefix: z.string().regex(/^\d{2}-\d{1,4}$/), what: z.string().min(3) })),
  }),
  /**
   * AI growth from the factor BLS names for an occupation's projected share (Table 1.12): a
   * decrease BLS puts down to AI, or to other software automation, cuts demand; an increase it puts
   * down to AI raises it. Machinery and robots are not AI software, so they count 0.
   */
  growth: z.object({
    /** BLS factor types that are technology (the others are demand, sourcing and occupational substitution). */
    technologyTypes: z.array(z.string().min(3)).min(1),
    ai: z.array(z.string().min(2)).min(1),
    software: z.array(z.string().min(3)).min(1),
    machinery: z.array(z.string().min(3)).min(1),
    /** An increase BLS says AI only partly offsets is mixed, not a rise. */
    offset: z.array(z.string().min(3)).min(1),
    points: z.object({ aiCut: z.number().int(), softwareCut: z.number().int(), aiRaise: z.number().int() }),
  }),
  /** Per-dimension confidence: how much of the task weight must be labelled / mapped to activities. */
  confidence: z.object({
    labelledHigh: z.number(),
    labelledMedium: z.number(),
    mappedHigh: z.number(),
    minTasksHigh: z.number().int(),
  }),
});
export type EstimateConfig = z.infer<typeof estimateConfigSchema>;

export const ESTIMATE_CONFIG: EstimateConfig = estimateConfigSchema.parse({
  // Fitted by `npm run calibrate` (grid search, 5-fold cross-validated); change only by re-running it.
  taskScore: {
    E0: 1,
    E2: 3,
    E1: 3,
    automationFrom: 3,
    automationAdd: 1,
    routineFrom: 80,
    routineAdd: 1,
    unlabelled: 3,
  },
  exposedFrom: 3,
  demand: {
    steps: [
      { above: 10, points: 2 },
      { above: 5, points: 1 },
      { above: -5, points: 0 },
      { above: -10, points: -1 },
    ],
    otherwise: -2,
  },
  applicability: {
    steps: [
      { from: 80, points: -2 },
      { from: 60, points: -1 },
      { from: 20, points: 0 },
    ],
    otherwise: 1,
  },
  activities: {
    // Performing general physical activities, handling objects, operating vehicles, repairing equipment.
    physical: ['4.A.3.a.1', '4.A.3.a.2', '4.A.3.a.4', '4.A.3.b.4', '4.A.3.b.5'],
    // Physical work plus caring for others and working directly with the public: done where people are.
    inPerson: ['4.A.3.a.1', '4.A.3.a.2', '4.A.3.a.4', '4.A.3.b.4', '4.A.3.b.5', '4.A.4.a.5', '4.A.4.a.8'],
    // Relationships, caring, resolving conflicts, the public, teaching, leading, coaching, advising.
    interpersonal: [
      '4.A.4.a.4',
      '4.A.4.a.5',
      '4.A.4.a.7',
      '4.A.4.a.8',
      '4.A.4.b.3',
      '4.A.4.b.4',
      '4.A.4.b.5',
      '4.A.4.b.6',
    ],
  },
  physicalPresence: [
    { from: 40, points: 2 },
    { from: 15, points: 1 },
    { from: 0, points: 0 },
  ],
  physicality: [
    { from: 50, points: 3 },
    { from: 30, points: 2 },
    { from: 10, points: 1 },
    { from: 0, points: 0 },
  ],
  interpersonal: [
    { from: 40, points: 3 },
    { from: 25, points: 2 },
    { from: 10, points: 1 },
    { from: 0, points: 0 },
  ],
  liability: [
    { from: 90, points: 2 },
    { from: 75, points: 1 },
    { from: 0, points: 0 },
  ],
  moralJudgment: [
    { from: 80, points: 2 },
    { from: 60, points: 1 },
    { from: 0, points: 0 },
  ],
  licensing: {
    words: ['licensed', 'licensure', 'registered', 'certified'],
    training: { 'Internship/residency': 2, Apprenticeship: 1 },
    education: { 'Doctoral or professional degree': 1 },
    licensedGroups: [
      { prefix: '29-1', what: 'healthcare diagnosing or treating practitioners' },
      { prefix: '25-2012', what: 'kindergarten teachers' },
      { prefix: '25-202', what: 'elementary and middle school teachers' },
      { prefix: '25-203', what: 'secondary school teachers' },
      { prefix: '25-205', what: 'special education teachers' },
      { prefix: '23-1011', what: 'lawyers' },
      { prefix: '47-2111', what: 'electricians' },
      { prefix: '47-2152', what: 'plumbers, pipefitters and steamfitters' },
    ],
  },
  growth: {
    technologyTypes: ['productivity change', 'capital/labor substitution'],
    ai: [
      'artificial intelligence',
      'AI',
      'machine learning',
      'ML',
      'generative',
      'chatbots',
      'language processing',
      'optical character recognition',
    ],
    software: ['software', 'automated', 'automation', 'automate', 'digital', 'electronic', 'online', 'technology'],
    machinery: [
      'robot',
      'robotic',
      'robotics',
      'CNC',
      'machinery',
      'machines',
      'mechanization',
      '3D printers',
      'drones',
    ],
    offset: ['offset'],
    points: { aiCut: -2, softwareCut: -1, aiRaise: 1 },
  },
  confidence: { labelledHigh: 95, labelledMedium: 70, mappedHigh: 80, minTasksHigh: 5 },
});

/** Points of the first step whose threshold the value reaches. */
export function stepPoints(value: number, table: { from: number; points: number }[]): number {
  return table.find((s) => value >= s.from)?.points ?? 0;
}
