import { riskDoc } from '../src/output/documents.ts';
import { taskShareMeaning } from '../src/output/score-items.ts';
import type { Match } from '../src/matching/match.ts';
import type { Block, Button } from '../src/output/reply.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import { ZONE_NAMES } from '../src/engine/scoring.ts';
import { suggestTransitions } from '../src/engine/transition.ts';
import { signed } from '../src/output/numbers.ts';
import { defineCommand, type Answer } from './define.ts';
import {
  dimensionFields,
  estimateBlocks,
  explanationText,
  researchBlock,
  riskButton,
  scoreBlock,
  sourcesBlock,
  splitText,
  taskHighlights,
  taskLine,
} from './format.ts';

export function riskAnswer(catalog: Catalog, match: Match): Answer {
  const s = catalog.score(match.role);
  const role = s.role;
  const { exposed, protectedTasks } = taskHighlights(role);
  const others = catalog.levelsOf(role.family).filter((r) => r !== role);
  const next = suggestTransitions(catalog, s, 3);
  const blocks: Block[] = [scoreBlock(s, role.experience)];
  if (match.note) blocks.push({ type: 'context', text: match.note });
  blocks.push(...estimateBlocks(catalog, role));
  blocks.push(
    { type: 'text', text: role.description },
    { type: 'fields', fields: dimensionFields(s) },
    {
      type: 'fields',
      fields: [
        { label: 'How the week splits', value: splitText(s.split) },
        { label: 'Exposed time', value: `${s.exposed}% of the week in tasks AI can do much of` },
      ],
    },
  );
  if (exposed.length)
    blocks.push({
      type: 'list',
      title: 'Most exposed tasks',
      items: exposed.map((t) => taskLine(t, taskShareMeaning(role))),
    });
  if (protectedTasks.length)
    blocks.push({
      type: 'list',
      title: 'Most protected tasks',
      items: protectedTasks.map((t) => taskLine(t, taskShareMeaning(role))),
    });
  blocks.push({ type: 'text', text: explanationText(s) });
  if (s.quickScreenRed && s.zone === 'red')
    blocks.push({
      type: 'context',
      text: 'Quick screen: low protective principles and negative AI growth put a role in the Red zone almost every time.',
    });
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
  blocks.push(sourcesBlock(role));
  const buttons: Button[] = [
    { label: 'Safer roles', action: { command: 'transition', args: [role.id] }, primary: true },
  ];
  if (next[0])
    buttons.push({
      label: `Compare with ${next[0].to.role.title}`,
      action: { command: 'compare', args: [role.id, next[0].to.role.id] },
    });
  buttons.push({ label: 'Watch', action: { command: 'watch', args: [role.id] } });
  for (const o of others) buttons.push(riskButton(o));
  blocks.push({ type: 'actions', buttons: buttons.slice(0, 5) });
  return { reply: { title: role.title, tone: s.zone, blocks }, doc: riskDoc(s, catalog) };
}

export default defineCommand({
  name: 'risk',
  description: 'How exposed a role is to AI, and why',
  surfaces: ['cli', 'slack', 'discord'],
  args: { role: { type: 'role', required: true, description: 'Job title, e.g. backend developer' } },
  examples: ['risk backend developer', 'risk senior data engineer'],
  run: ({ args, catalog }) => riskAnswer(catalog, catalog.resolve(args.role ?? '')),
});
