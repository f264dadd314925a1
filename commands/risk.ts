import { riskDoc } from '../src/output/documents.ts';
import type { Match } from '../src/matching/match.ts';
import type { Block, Button, Reply } from '../src/output/reply.ts';
import type { Role } from '../src/catalog/schema.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import { ZONE_NAMES, type RoleScore } from '../src/engine/scoring.ts';
import { suggestTransitions, type Suggestion } from '../src/engine/transition.ts';
import { signed } from '../src/output/numbers.ts';
import { cardScore, detailButtons, highlightFields, verdictText } from './card.ts';
import { chartBlocks } from './chart-slot.ts';
import { defineCommand, type Answer } from './define.ts';
import {
  dimensionFields,
  estimateBlocks,
  researchBlock,
  riskButton,
  sourcesBlock,
  splitLabel,
  splitText,
  portionText,
  taskLine,
} from './format.ts';
import { adviceBlocks } from './advice.ts';
import { whyBlocks } from './why.ts';

/** Follow the role: its owner is told when its score changes (the watch command). */
const watchButton = (role: Role): Button => ({ label: 'Watch', action: { command: 'watch', args: [role.id] } });

/** Safer roles the full answer lists. */
const FULL_SUGGESTIONS = 3;

/** The phone-sized card: score, what it means, a verdict, the chart, four tasks, the best move. */
function compactReply(catalog: Catalog, s: RoleScore, match: Match, next: Suggestion[]): Reply {
  const blocks: Block[] = [cardScore(s)];
  if (match.note) blocks.push({ type: 'context', text: match.note });
  blocks.push(
    { type: 'text', text: verdictText(s) },
    ...chartBlocks(catalog, { kind: 'risk', score: s }),
    { type: 'fields', fields: highlightFields(s, next[0]) },
    // Five buttons fill a Discord row: Watch goes on a second.
    { type: 'actions', buttons: detailButtons(s.role, next[0]?.to.role) },
    { type: 'actions', buttons: [watchButton(s.role)] },
  );
  return { title: s.role.title, tone: s.zone, blocks };
}

/** Everything: the card's facts with every task, every item's reason, the advice and the sources. */
function fullReply(catalog: Catalog, s: RoleScore, match: Match, next: Suggestion[]): Reply {
  const role = s.role;
  const others = catalog.levelsOf(role.family).filter((r) => r !== role);
  const blocks: Block[] = [cardScore(s)];
  if (match.note) blocks.push({ type: 'context', text: match.note });
  blocks.push(
    ...estimateBlocks(catalog, role),
    { type: 'text', text: verdictText(s) },
    { type: 'text', text: role.description },
    { type: 'fields', fields: dimensionFields(s) },
    {
      type: 'fields',
      fields: [
        { label: splitLabel(role), value: splitText(s.split) },
        {
          label: 'Exposed',
          value: `${portionText(role, s.exposed)} in tasks AI can do much of`,
        },
      ],
    },
    {
      type: 'list',
      title: 'Tasks, most exposed first',
      items: [...role.tasks].sort((a, b) => b.score - a.score || b.share - a.share).map((t) => taskLine(t, role)),
    },
    ...whyBlocks(s),
  );
  if (s.quickScreenRed && s.zone === 'red')
    blocks.push({
      type: 'context',
      text: 'Quick screen: low protective principles and negative AI growth put a role in the Red zone almost every time.',
    });
  blocks.push(...adviceBlocks(catalog, role));
  if (others.length) {
    blocks.push({
      type: 'fields',
      fields: [
        {
          label: 'Other levels',
          value: others
            .map((o) => `${o.title}: ${catalog.score(o).score.toFixed(1)} ${ZONE_NAMES[catalog.score(o).zone]}`)
            .join(' · '),
        },
      ],
    });
  }
  if (next.length) {
    blocks.push({
      type: 'list',
      title: 'Where to look next',
      items: next.map(
        (n) => `${n.to.role.title}: ${n.to.score.toFixed(1)} ${n.to.label} (${signed(n.gain)}). ${n.reason}`,
      ),
    });
  }
  const research = researchBlock(catalog, role);
  if (research) blocks.push(research);
  blocks.push(
    sourcesBlock(role),
    { type: 'actions', buttons: detailButtons(role, next[0]?.to.role) },
    { type: 'actions', buttons: [watchButton(role), ...others.map((o) => riskButton(o))] },
  );
  return { title: role.title, tone: s.zone, blocks };
}

export function riskAnswer(catalog: Catalog, match: Match): Answer {
  const s = catalog.score(match.role);
  const next = suggestTransitions(catalog, s, FULL_SUGGESTIONS);
  return {
    reply: compactReply(catalog, s, match, next),
    full: () => fullReply(catalog, s, match, next),
    doc: riskDoc(s, catalog),
  };
}

export default defineCommand({
  name: 'risk',
  description: 'How exposed a role is to AI, and why',
  surfaces: ['cli', 'slack', 'discord'],
  args: { role: { type: 'role', required: true, description: 'Job title, e.g. backend developer' } },
  examples: ['risk backend developer', 'risk senior data engineer'],
  run: ({ args, catalog }) => riskAnswer(catalog, catalog.resolve(args.role ?? '')),
});
