// Turns one occupation of data/occupations.json into the Role the catalog, scoring, compare and
// transition already use: basis 'estimated', seniority 'any', every `why` naming its source.
import type { Role } from '../catalog/schema.ts';
import { itemConfidence, overallConfidence, taskConfidence, type DimensionConfidence } from './confidence.ts';
import { barrierItems, evidenceItems, growthItem, protectiveItems } from './items.ts';
import type { Occupation } from './occupation-data.ts';
import { ESTIMATE_CONFIG, type EstimateConfig } from './config.ts';
import { SharedTexts } from './shared-texts.ts';
import { mixScore, taskScore, type Routine } from './task-method.ts';

export const ESTIMATE_SOURCES = [
  'O*NET 30.1 (USDOL/ETA, CC BY 4.0)',
  'Eloundou et al. 2023, GPTs are GPTs (MIT)',
  'Microsoft 2025, Working with AI (CC BY 4.0)',
  'BLS Employment Projections 2024–34',
];
export const ESTIMATE_HEADLINE =
  'Estimated from public data: O*NET 30.1, Eloundou et al. 2023, Microsoft 2025, BLS 2024–34';

export const estimatedRoleId = (code: string) => `onet-${code.replace(/[^0-9]/g, '-')}`;

export interface EstimateInfo {
  dimensions: DimensionConfidence;
  occupation: Occupation;
}

export type EstimatedRole = Role & { estimate: EstimateInfo };

/** Fewer than this many tasks is not enough to estimate (the schema's own minimum). */
export const MIN_TASKS = 3;

export function canEstimate(o: Occupation): boolean {
  return o.tasks.length >= MIN_TASKS;
}

/** Score of one stored task: its own labels, or for the merged entry the weight-averaged mix. */
export function storedTaskScore(
  t: Occupation['tasks'][number],
  config: EstimateConfig = ESTIMATE_CONFIG,
  routine: Routine = null,
): number {
  return t.mix ? Math.round(mixScore(t.mix, config, routine)) : taskScore(t, config, routine).score;
}

/** The occupation's routine percentile, or null without O*NET work context. */
export const routineOf = (o: Occupation): Routine => o.context?.routinePercentile ?? null;

/** `shared` keeps one copy of the texts and items that many estimates repeat (estimateRoles passes one for all). */
export function occupationToRole(
  o: Occupation,
  jobZones: Record<string, string>,
  config: EstimateConfig = ESTIMATE_CONFIG,
  shared: SharedTexts = new SharedTexts(),
): EstimatedRole {
  const evidence = shared.group(evidenceItems(o, config));
  const barriers = shared.group(barrierItems(o, config));
  const protective = shared.group(protectiveItems(o, config));
  const growth = shared.item(growthItem(o, config));
  // "needed" = the items a source can give: 2 of 5 evidence, 3 of 5 barriers, 3 of 3 protective, the 1 growth item.
  const dimensions: DimensionConfidence = {
    tasks: taskConfidence(o, config),
    evidence: itemConfidence(evidence, 2),
    barriers: itemConfidence(barriers, 3),
    protective: itemConfidence(protective, 3),
    growth: itemConfidence({ growth }, 1),
  };
  const id = estimatedRoleId(o.code);
  const zone = o.jobZone ? `Job Zone ${o.jobZone}: ${jobZones[String(o.jobZone)] ?? ''}`.trim() : 'Job zone: no data';
  return {
    id,
    family: id,
    familyTitle: o.title,
    title: o.title,
    seniority: 'any',
    onet: o.code,
    aliases: o.titles,
    levelAliases: [],
    ambiguousAliases: [],
    sources: ESTIMATE_SOURCES,
    basis: 'estimated',
    file: `data/occupations.json#${o.code}`,
    experience: shared.text(`${ESTIMATE_HEADLINE}. ${zone}`),
    description: o.description,
    notThis: 'Not assessed by hand: estimated from public research data by a stated method.',
    tasks: o.tasks.map((t) => ({
      name: t.text,
      share: t.share,
      score: storedTaskScore(t, config, routineOf(o)),
      why: shared.text(
        t.merged
          ? `${t.merged} further tasks combined; their weight-averaged score`
          : taskScore(t, config, routineOf(o)).why,
      ),
    })),
    evidence,
    barriers,
    protective,
    growth,
    commentary: {
      whoShouldWorry: 'Those whose work is mostly the tasks labelled exposed below.',
      notCaptured:
        'Employer, region and specialism; O*NET task frequency ratings (not available, so task weights are not shares of time: Core tasks count double Supplemental ones); anything after the sources were published.',
    },
    positioning: [
      'Spend more of the week on the tasks labelled unexposed, and learn the AI tools for the exposed ones.',
    ],
    outlook: {
      nearTerm: shared.text(
        o.projection?.changePct != null
          ? `BLS projects ${o.projection.changePct > 0 ? '+' : ''}${o.projection.changePct}% employment change 2024–34.`
          : 'no data: no BLS projection.',
      ),
      longerTerm: 'no data: the sources do not forecast beyond 2034.',
    },
    skillsCarried: o.activities.length ? o.activities : [o.title],
    skillsToLearn: {
      aiTools: o.exposedActivities.length
        ? o.exposedActivities.map((a) => shared.text(`AI tools for: ${a}`))
        : ['no data'],
      technical: [],
      human: [],
    },
    transitions: [],
    confidence: overallConfidence(dimensions),
    estimate: { dimensions, occupation: o },
  };
}
