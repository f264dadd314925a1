// "Why this score": every number behind a role's score with its reason and source. The detail a
// card's button opens, `career-bot risk <role> --why` prints, and a "why?" follow-up can call.
import { DIMENSION_NAMES } from '../src/engine/compare.ts';
import { scoreItems, type ItemDimension, type ScoreItem } from '../src/output/score-items.ts';
import { METHOD } from '../src/engine/method.ts';
import type { RoleScore } from '../src/engine/scoring.ts';
import { round2 } from '../src/engine/rounding.ts';
import type { Block } from '../src/output/reply.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Match } from '../src/matching/match.ts';
import { riskDoc } from '../src/output/documents.ts';
import { cardScore, detailButtons, sentence } from './card.ts';
import { defineCommand, type Answer } from './define.ts';
import { signed } from '../src/output/numbers.ts';
import { confidenceBlocks, dimensionValue, explanationText, portionText, sourcesBlock } from './format.ts';

const ITEM_MAX: Record<ItemDimension, number> = {
  evidence: METHOD.itemRanges.evidence.max,
  barriers: METHOD.itemRanges.barriers.max,
  protective: METHOD.itemRanges.protective.max,
  growth: METHOD.itemRanges.growth.max,
};
const SIGNED = new Set<ItemDimension>(['evidence', 'growth']);
const NO_DATA_PREFIX = /^no data:?\s*/i;

export function itemLine(item: ScoreItem): string {
  const value = SIGNED.has(item.dimension) ? signed(item.value, 0) : `${item.value}/${ITEM_MAX[item.dimension]}`;
  if (item.source === null) return `${item.name}: ${value}, no data (${item.why.replace(NO_DATA_PREFIX, '')}).`;
  return `${item.name}: ${value}. ${sentence(item.why)}${item.source ? ` Source: ${item.source}.` : ''}`;
}

/** How the tasks make the task resistance: the one dimension without items. */
function taskResistanceText(s: RoleScore): string {
  const weighted = round2(METHOD.trsOffset - s.dimensions.taskResistance);
  return `Task resistance ${s.dimensions.taskResistance.toFixed(2)}: ${METHOD.trsOffset} minus the share-weighted task score (${weighted.toFixed(2)} on 1–5); ${portionText(s.role, s.exposed)} is in tasks scored ${METHOD.exposedFrom} or more.`;
}

/** The explanation and every item, grouped by dimension: shared by the detail view and `--full`. */
export function whyBlocks(s: RoleScore): Block[] {
  const items = scoreItems(s.role);
  const groups = (['evidence', 'barriers', 'protective', 'growth'] as const).map((d): Block => ({
    type: 'list',
    title: `${DIMENSION_NAMES[d]} ${dimensionValue(d, s.dimensions[d])}`,
    items: items.filter((i) => i.dimension === d).map(itemLine),
  }));
  return [
    { type: 'text', text: explanationText(s) },
    { type: 'text', text: taskResistanceText(s) },
    ...groups,
    ...confidenceBlocks(s.role),
  ];
}

export function whyAnswer(catalog: Catalog, match: Match): Answer {
  const s = catalog.score(match.role);
  const blocks: Block[] = [cardScore(s), ...whyBlocks(s), sourcesBlock(s.role)];
  const buttons = detailButtons(s.role).filter((b) => b.action.command !== 'why');
  blocks.push({ type: 'actions', buttons });
  return {
    reply: { title: `Why ${s.role.title} scores ${s.score.toFixed(1)}`, tone: s.zone, blocks, detail: true },
    doc: riskDoc(s, catalog),
  };
}

export default defineCommand({
  name: 'why',
  description: "Every number behind a role's score, with its reason and source",
  // Reached through a card's button on Slack and Discord, so no slash command of its own there.
  surfaces: ['cli'],
  args: { role: { type: 'role', required: true, description: 'Job title, e.g. backend developer' } },
  examples: ['why backend developer', 'why registered nurse'],
  run: ({ args, catalog }) => whyAnswer(catalog, catalog.resolve(args.role ?? '')),
});
