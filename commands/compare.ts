import { compareRoles, DIMENSION_NAMES, type Comparison } from '../src/engine/compare.ts';
import { compareDoc } from '../src/output/documents.ts';
import { UserError } from '../src/errors.ts';
import type { Block, Button, Reply } from '../src/output/reply.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Role } from '../src/catalog/schema.ts';
import { cardScores, whyButton } from './card.ts';
import { chartBlocks } from './chart-slot.ts';
import { defineCommand, type Answer } from './define.ts';
import { dimensionValue, riskButton, sourcesBlock, splitLabel, splitText } from './format.ts';

const WINNER_MARK = { a: '◀', b: '▶', tie: '=' } as const;

function compareReply(c: Comparison, full: boolean): Reply {
  const [a, b] = [c.a.role, c.b.role];
  const blocks: Block[] = [
    ...cardScores([
      [c.a, a.title],
      [c.b, b.title],
    ]),
    ...chartBlocks({ kind: 'compare', a: c.a, b: c.b }),
    {
      type: 'table',
      columns: ['Dimension', a.title, b.title, 'Stronger'],
      rows: c.dimensions.map((d) => [
        DIMENSION_NAMES[d.key],
        dimensionValue(d.key, d.a),
        dimensionValue(d.key, d.b),
        WINNER_MARK[d.winner],
      ]),
    },
    { type: 'text', text: c.summary },
  ];
  const buttons: Button[] = [
    whyButton(a, `Why ${a.title}`),
    whyButton(b, `Why ${b.title}`),
    { label: `Safer roles from ${a.title}`, action: { command: 'transition', args: [a.id] }, primary: true },
  ];
  if (full) {
    blocks.push(
      {
        type: 'fields',
        fields: [
          { label: `${a.title}: ${splitLabel(a).toLowerCase()}`, value: splitText(c.a.split) },
          { label: `${b.title}: ${splitLabel(b).toLowerCase()}`, value: splitText(c.b.split) },
        ],
      },
      { type: 'text', text: c.transition.summary },
      sourcesBlock(a),
      sourcesBlock(b),
    );
    buttons.push(riskButton(a), riskButton(b));
  }
  blocks.push({ type: 'actions', buttons });
  return { title: `${a.title} vs ${b.title}`, tone: c.b.score >= c.a.score ? c.b.zone : c.a.zone, blocks };
}

export function compareAnswer(catalog: Catalog, a: Role, b: Role): Answer {
  if (a.id === b.id)
    throw new UserError(
      'bad_input',
      `Both names lead to ${a.title}. Compare two different roles, for example "backend developer vs data engineer".`,
    );
  const c = compareRoles(catalog.score(a), catalog.score(b));
  return { reply: compareReply(c, false), full: () => compareReply(c, true), doc: compareDoc(c) };
}

export default defineCommand({
  name: 'compare',
  description: 'Two roles side by side, dimension by dimension',
  surfaces: ['cli', 'slack', 'discord'],
  args: {
    role: { type: 'role', required: true, description: 'First job title' },
    with: { type: 'role', required: true, description: 'Second job title' },
  },
  examples: ['compare backend developer vs security software developer', 'compare devops or sre'],
  run: ({ args, catalog }) => {
    if (!args.role?.trim() || !args.with?.trim()) {
      throw new UserError('bad_input', 'Compare needs two roles, for example "backend developer vs data engineer".');
    }
    return compareAnswer(catalog, catalog.resolve(args.role).role, catalog.resolve(args.with).role);
  },
});
