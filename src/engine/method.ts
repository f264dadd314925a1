// The AI Job Resistance Index method: every weight, threshold and sub-label rule in one
// validated place (docs/method.md). Nothing else in the code holds these numbers.
import { z } from 'zod';

const range = z.object({ min: z.number(), max: z.number() }).refine((r) => r.min < r.max, 'min must be below max');

export const methodSchema = z.object({
  taskScore: range,
  /** Task resistance = trsOffset − Σ(share × score). */
  trsOffset: z.number(),
  itemRanges: z.object({ evidence: range, barriers: range, protective: range, growth: range }),
  /** Each modifier multiplies raw by (1 + weight × dimension). */
  weights: z.object({ evidence: z.number(), barriers: z.number(), growth: z.number() }),
  /** score = (raw − offset) / divisor × 100, clamped to 0…100. */
  normalise: z.object({ offset: z.number(), divisor: z.number().positive() }),
  zones: z
    .object({ green: z.number(), yellow: z.number() })
    .refine((z) => z.green > z.yellow, 'green must be above yellow'),
  taskClasses: z.object({ displacedFrom: z.number().int(), notInvolvedAt: z.number().int() }),
  /** Tasks scored at or above this count as exposed time. */
  exposedFrom: z.number().int(),
  subLabels: z.object({
    greenAcceleratedGrowth: z.number(),
    greenTransformingExposed: z.number(),
    yellowUrgentGrowthAtMost: z.number(),
    yellowUrgentDisplacedFrom: z.number(),
    redImminentExposedFrom: z.number(),
    redImminentGrowthAtMost: z.number(),
    redImminentEvidenceAtMost: z.number(),
  }),
  /** The quick screen: protective at most this and growth negative → almost certainly Red. */
  quickScreenProtectiveAtMost: z.number(),
});
export type Method = z.infer<typeof methodSchema>;

export const METHOD: Method = methodSchema.parse({
  taskScore: { min: 1, max: 5 },
  trsOffset: 6,
  itemRanges: {
    evidence: { min: -2, max: 2 },
    barriers: { min: 0, max: 2 },
    protective: { min: 0, max: 3 },
    growth: { min: -2, max: 2 },
  },
  weights: { evidence: 0.04, barriers: 0.02, growth: 0.05 },
  normalise: { offset: 0.54, divisor: 7.93 },
  zones: { green: 48, yellow: 25 },
  taskClasses: { displacedFrom: 4, notInvolvedAt: 1 },
  exposedFrom: 3,
  subLabels: {
    greenAcceleratedGrowth: 2,
    greenTransformingExposed: 20,
    yellowUrgentGrowthAtMost: -1,
    yellowUrgentDisplacedFrom: 40,
    redImminentExposedFrom: 80,
    redImminentGrowthAtMost: -1,
    redImminentEvidenceAtMost: -5,
  },
  quickScreenProtectiveAtMost: 2,
});

export const EVIDENCE_KEYS = [
  'jobPostings',
  'companyActions',
  'wageTrends',
  'toolMaturity',
  'expertConsensus',
] as const;
export const BARRIER_KEYS = ['regulatory', 'physicalPresence', 'union', 'liability', 'cultural'] as const;
export const PROTECTIVE_KEYS = ['physicality', 'interpersonal', 'moralJudgment'] as const;

export const ITEM_LABELS: Record<string, string> = {
  jobPostings: 'Job posting trends',
  companyActions: 'Company actions',
  wageTrends: 'Wage trends',
  toolMaturity: 'AI tool maturity',
  expertConsensus: 'Expert consensus',
  regulatory: 'Regulatory / licensing',
  physicalPresence: 'Physical presence',
  union: 'Union / collective bargaining',
  liability: 'Liability / accountability',
  cultural: 'Cultural / ethical',
  physicality: 'Embodied physicality',
  interpersonal: 'Deep interpersonal connection',
  moralJudgment: 'Goal-setting & moral judgment',
};
