// The shape of a role file in roles/. One file holds one role family; each level inherits any
// field it does not set from the family, and the merged level must be a complete assessment.
import { z } from 'zod';
import { BARRIER_KEYS, EVIDENCE_KEYS, METHOD, PROTECTIVE_KEYS } from '../engine/method.ts';

export const SENIORITIES = ['junior', 'mid', 'senior', 'any'] as const;
export type Seniority = (typeof SENIORITIES)[number];
export const TASK_CLASSES = ['displaced', 'augmented', 'notInvolved'] as const;
export type TaskClass = (typeof TASK_CLASSES)[number];

const text = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');
const onetCode = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'must look like 15-1252.00');

/** Where an item's number comes from: a short citation, or the literal "judgement" when it is ours. */
export const JUDGEMENT = 'judgement';
const source = text.optional();
function scored(min: number, max: number) {
  return z.strictObject({
    score: z.number().int(`must be a whole number from ${min} to ${max}`).min(min).max(max),
    why: text,
    source,
  });
}
function itemGroup<K extends string>(keys: readonly K[], min: number, max: number) {
  const item = scored(min, max);
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, item])) as Record<K, typeof item>);
}

const { itemRanges, taskScore } = METHOD;

export const taskSchema = z.strictObject({
  name: text,
  share: z.number().gt(0, 'must be above 0').max(100),
  score: z
    .number()
    .int(`must be a whole number from ${taskScore.min} to ${taskScore.max}`)
    .min(taskScore.min)
    .max(taskScore.max),
  class: z.enum(TASK_CLASSES).optional(),
  why: text,
});
export type Task = z.infer<typeof taskSchema>;

/** Skills to learn, in three groups a card shows separately; each group needs at least one entry. */
export const skillGroupsSchema = z.strictObject({
  aiTools: z.array(text).min(1, 'needs at least one AI tool or practice to adopt'),
  technical: z.array(text).min(1, 'needs at least one technical skill'),
  human: z.array(text).min(1, 'needs at least one human skill'),
});
export type SkillGroups = z.infer<typeof skillGroupsSchema>;

/** A curated move; one to a lower-scoring role must say why it is still worth listing. */
export const transitionSchema = z.strictObject({ to: slug, why: text, despiteLowerScore: text.optional() });

/** Fields a level may set itself or inherit from its family. */
const assessmentFields = {
  experience: text,
  description: text,
  notThis: text,
  tasks: z.array(taskSchema).min(3, 'needs at least 3 tasks').max(12, 'at most 12 tasks'),
  evidence: itemGroup(EVIDENCE_KEYS, itemRanges.evidence.min, itemRanges.evidence.max),
  barriers: itemGroup(BARRIER_KEYS, itemRanges.barriers.min, itemRanges.barriers.max),
  protective: itemGroup(PROTECTIVE_KEYS, itemRanges.protective.min, itemRanges.protective.max),
  growth: scored(itemRanges.growth.min, itemRanges.growth.max),
  commentary: z.strictObject({ whoShouldWorry: text, notCaptured: text }),
  /** How to position yourself, one move per entry. */
  positioning: z.array(text).min(1),
  /** Next 1–2 years and 3–5 years; source as for items. */
  outlook: z.strictObject({ nearTerm: text, longerTerm: text, source }),
  skillsToLearn: skillGroupsSchema,
  skillsCarried: z.array(text).min(1),
  transitions: z.array(transitionSchema).max(6),
  /** high where published numbers back the assessment; ours are medium unless said otherwise. */
  confidence: z.enum(['high', 'medium', 'low']).default('medium'),
};
type AssessmentShape = typeof assessmentFields;
const optionalAssessment = Object.fromEntries(Object.entries(assessmentFields).map(([k, v]) => [k, v.optional()])) as {
  [K in keyof AssessmentShape]: z.ZodOptional<AssessmentShape[K]>;
};

export const levelFileSchema = z.strictObject({
  seniority: z.enum(SENIORITIES),
  title: text.optional(),
  aliases: z.array(text).optional(),
  sources: z.array(text).optional(),
  published: z.strictObject({ score: z.number().min(0).max(100), label: text.optional() }).optional(),
  ...optionalAssessment,
});

export const familyFileSchema = z.strictObject({
  family: slug,
  title: text,
  onet: onetCode.nullable(),
  default: z.enum(SENIORITIES).optional(),
  aliases: z.array(text).default([]),
  /** Names this family shares on purpose with other families: they lead to "did you mean". */
  ambiguousAliases: z.array(text).default([]),
  sources: z.array(text).default([]),
  ...optionalAssessment,
  levels: z.array(levelFileSchema).min(1, 'needs at least one level'),
});
export type FamilyFile = z.infer<typeof familyFileSchema>;

/** A complete level after inheritance: what the loader checks last. */
export const completeAssessmentSchema = z.object(assessmentFields);
export type Assessment = z.infer<typeof completeAssessmentSchema>;

export interface Role extends Assessment {
  id: string;
  family: string;
  familyTitle: string;
  title: string;
  seniority: Seniority;
  onet: string | null;
  /** Family aliases plus this level's own. */
  aliases: string[];
  /** The names only this level carries ("Graduate Software Engineer"). */
  levelAliases: string[];
  ambiguousAliases: string[];
  sources: string[];
  published?: { score: number; label?: string };
  basis: 'assessed' | 'estimated';
  /** Where the role came from, for error messages: a roles/ file or a derived data set. */
  file: string;
}
