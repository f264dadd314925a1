// Evidence, barriers, protective principles and growth for an estimated occupation. Every item
// names its source, or says "no data" (no source, and then it is 0, the neutral value).
import { ESTIMATE_CONFIG, stepPoints, type EstimateConfig } from './config.ts';
import type { Occupation } from './occupation-data.ts';

/** source: where the number comes from; absent when there is no data. */
export interface Item {
  score: number;
  why: string;
  source?: string;
}
export const NO_DATA = (what: string): Item => ({ score: 0, why: `no data: ${what}` });

export const SOURCES = {
  bls: 'BLS Employment Projections 2024–34',
  blsFactors: 'BLS Employment Projections 2024–34, Table 1.12 factors affecting occupational utilization',
  microsoft: 'Microsoft 2025, Working with AI',
  onetActivities: 'O*NET 30.1 tasks to work activities',
  onetContext: 'O*NET work context (via Eloundou et al. 2023)',
  onet: 'O*NET 30.1',
  rule: 'stated rule: licensed by law in every US state',
} as const;

const signed = (n: number) => `${n > 0 ? '+' : ''}${n}`;

/** BLS projected change 2024–34 (all occupations: +3.1%) → job demand signal −2…+2. */
export function demandFromProjection(changePct: number | null, config: EstimateConfig = ESTIMATE_CONFIG): Item {
  if (changePct === null) return NO_DATA('no BLS projection for this occupation');
  const score = config.demand.steps.find((s) => changePct > s.above)?.points ?? config.demand.otherwise;
  return {
    score,
    why: `BLS projects ${signed(changePct)}% employment change 2024–34 (all occupations +3.1%)`,
    source: SOURCES.bls,
  };
}

/** Microsoft 2025 AI applicability percentile → −2…+1: the more AI is already used for the work, the weaker the signal. */
export function toolMaturity(
  o: Pick<Occupation, 'applicability' | 'applicabilityPercentile'>,
  config: EstimateConfig = ESTIMATE_CONFIG,
): Item {
  if (o.applicabilityPercentile === null || o.applicability === null)
    return NO_DATA('no Microsoft 2025 score for this occupation');
  const pct = o.applicabilityPercentile;
  const score = config.applicability.steps.find((s) => pct >= s.from)?.points ?? config.applicability.otherwise;
  return {
    score,
    why: `Microsoft 2025: AI applicability ${o.applicability.toFixed(2)}, higher than ${pct}% of occupations`,
    source: SOURCES.microsoft,
  };
}

export function evidenceItems(
  o: Occupation,
  config: EstimateConfig = ESTIMATE_CONFIG,
): Record<'jobPostings' | 'companyActions' | 'wageTrends' | 'toolMaturity' | 'expertConsensus', Item> {
  return {
    jobPostings: demandFromProjection(o.projection?.changePct ?? null, config),
    companyActions: NO_DATA('no public source of company actions per occupation'),
    wageTrends: NO_DATA("no wage trend per occupation in the sources (BLS gives one year's median, not a trend)"),
    toolMaturity: toolMaturity(o, config),
    // Eloundou et al.'s occupation scores come from the same labels as the task scores: counting them again would double them.
    expertConsensus: NO_DATA('no independent expert forecast per occupation'),
  };
}

/** Percent of the task weight O*NET maps to the given work-activity groups. */
export function activityShare(o: Pick<Occupation, 'activityWeights'>, groups: string[]): number {
  const total = Object.entries(o.activityWeights)
    .filter(([k]) => groups.some((g) => k.startsWith(g)))
    .reduce((a, [, v]) => a + v, 0);
  return Math.round(total * 10) / 10;
}

const noActivities = (o: Occupation) => o.mappedShare === 0;

function fromActivities(
  o: Occupation,
  groups: string[],
  table: { from: number; points: number }[],
  what: string,
): Item {
  if (noActivities(o)) return NO_DATA('O*NET maps none of its tasks to work activities');
  const share = activityShare(o, groups);
  return {
    score: stepPoints(share, table),
    why: `${share}% of task weight is ${what} (O*NET work activities)`,
    source: SOURCES.onetActivities,
  };
}

export function licensing(o: Occupation, config: EstimateConfig = ESTIMATE_CONFIG): Item {
  const c = config.licensing;
  const reasons: { points: number; why: string; source: string }[] = [];
  const group = c.licensedGroups.find((g) => o.code.startsWith(g.prefix));
  if (group) reasons.push({ points: 2, why: `${group.what} need a state licence to practise`, source: SOURCES.rule });
  const text = `${o.title} ${o.description}`.toLowerCase();
  const word = c.words.find((w) => new RegExp(`\\b${w}\\b`).test(text));
  if (word) reasons.push({ points: 2, why: `O*NET title or description says "${word}"`, source: SOURCES.onet });
  const training = o.projection?.training ?? null;
  if (training && c.training[training])
    reasons.push({ points: c.training[training]!, why: `BLS: ${training.toLowerCase()} needed`, source: SOURCES.bls });
  const education = o.projection?.education ?? null;
  if (education && c.education[education])
    reasons.push({
      points: c.education[education]!,
      why: `BLS: ${education.toLowerCase()} needed for entry`,
      source: SOURCES.bls,
    });
  if (reasons.length === 0) {
    if (o.jobZone === null && training === null && education === null)
      return NO_DATA('no licensing, education or training data');
    return {
      score: 0,
      why: `no licence implied: BLS entry education "${education ?? 'no data'}", training "${training ?? 'no data'}", O*NET Job Zone ${o.jobZone ?? 'no data'}`,
      source: SOURCES.bls,
    };
  }
  reasons.sort((a, b) => b.points - a.points);
  return {
    score: Math.min(2, reasons[0]!.points),
    why: reasons.map((r) => r.why).join('; '),
    source: reasons[0]!.source,
  };
}

/** Below this Job Zone exactness is a matter of care, not of answering for the outcome. */
const ACCOUNTABLE_JOB_ZONE = 3;

function accountability(o: Occupation, config: EstimateConfig): Item {
  if (!o.context) return NO_DATA('no O*NET work-context values for this occupation');
  const exact = o.context.exact;
  // Keying data exactly is not being answerable for a result: only work that takes preparation
  // (Job Zone 3 and up) counts its need for exactness as accountability.
  if (o.jobZone !== null && o.jobZone < ACCOUNTABLE_JOB_ZONE)
    return {
      score: 0,
      why: `O*NET Job Zone ${o.jobZone}: exact work (${exact.toFixed(2)}) but little personal accountability for outcomes`,
      source: SOURCES.onetContext,
    };
  return {
    score: stepPoints(exact * 100, config.liability),
    why: `O*NET work context: importance of being exact ${exact.toFixed(2)} (0–1) in work that takes preparation (Job Zone ${o.jobZone ?? '?'})`,
    source: SOURCES.onetContext,
  };
}

export function barrierItems(
  o: Occupation,
  config: EstimateConfig = ESTIMATE_CONFIG,
): Record<'regulatory' | 'physicalPresence' | 'union' | 'liability' | 'cultural', Item> {
  return {
    regulatory: licensing(o, config),
    physicalPresence: fromActivities(
      o,
      config.activities.inPerson,
      config.physicalPresence,
      'hands-on work or care and service in person',
    ),
    union: NO_DATA('no union coverage per occupation in the sources'),
    liability: accountability(o, config),
    cultural: NO_DATA('no source rates cultural resistance per occupation'),
  };
}

export function protectiveItems(
  o: Occupation,
  config: EstimateConfig = ESTIMATE_CONFIG,
): Record<'physicality' | 'interpersonal' | 'moralJudgment', Item> {
  let moralJudgment: Item;
  if (!o.context) moralJudgment = NO_DATA('no O*NET work-context values for this occupation');
  else {
    const s = o.context.structured;
    const score = Math.min(3, stepPoints(s * 100, config.moralJudgment) + (o.jobZone === 5 ? 1 : 0));
    moralJudgment = {
      score,
      why: `O*NET work context: freedom to set one's own goals (unstructured work) ${s.toFixed(2)}${o.jobZone === 5 ? ', Job Zone 5' : ''}`,
      source: SOURCES.onetContext,
    };
  }
  return {
    physicality: fromActivities(o, config.activities.physical, config.physicality, 'hands-on physical work'),
    interpersonal: fromActivities(
      o,
      config.activities.interpersonal,
      config.interpersonal,
      'caring, teaching, leading, advising or dealing with people',
    ),
    moralJudgment,
  };
}

export const GROWTH_NO_DATA: Item = NO_DATA(
  "BLS names no factor for this occupation's projected share, and no other source says whether AI adoption raises or cuts its demand; 0 (neutral)",
);

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether the text uses any of the words (whole words, any case). */
const mentions = (text: string, words: string[]) =>
  new RegExp(`\\b(${words.map(escape).join('|')})\\b`, 'i').test(text);

/**
 * AI growth from the factor BLS names for the occupation's projected share of employment
 * (Table 1.12, all industries). "Productivity change" and "capital/labor substitution" are the
 * factor types BLS uses for technology; the words say which technology.
 */
export function growthItem(o: Occupation, config: EstimateConfig = ESTIMATE_CONFIG): Item {
  const factor = o.projection?.factor ?? null;
  if (!factor) return GROWTH_NO_DATA;
  const g = config.growth;
  const [types = '', reason = ''] = factor.split(/\s+-{1,2}\s+/, 2);
  const technology = g.technologyTypes.some((t) => types.toLowerCase().includes(t));
  const falls = /share decreases/i.test(reason);
  const rises = /share increases/i.test(reason);
  const ai = mentions(reason, g.ai);
  const [score, what] =
    falls && technology && ai
      ? [g.points.aiCut, 'puts the fall in its share down to AI']
      : falls && technology && !mentions(reason, g.machinery) && mentions(reason, g.software)
        ? [g.points.softwareCut, 'puts the fall in its share down to software automation']
        : rises && ai && !mentions(reason, g.offset)
          ? [g.points.aiRaise, 'puts the rise in its share down to AI']
          : [0, 'names a factor other than AI software (0, neutral)'];
  return { score, why: `BLS ${what}: "${factor.replace(/\.$/, '')}"`, source: SOURCES.blsFactors };
}
