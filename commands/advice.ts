// `advice "<role>"`: the detail behind a card: outlook, skills to learn, positioning, market facts.
import { adviceOf } from '../src/advice/role-advice.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Role } from '../src/catalog/schema.ts';
import { changeText, marketOf, wageText } from '../src/engine/market.ts';
import { adviceRoleDoc } from '../src/output/documents.ts';
import type { Block, Field } from '../src/output/reply.ts';
import { cardScore, planButton, whyButton } from './card.ts';
import { defineCommand, type Answer } from './define.ts';
import { riskButton } from './format.ts';

/** The advice itself, shared by this view and the risk card's `--full`. */
export function adviceBlocks(catalog: Catalog, role: Role): Block[] {
  const advice = adviceOf(catalog, role);
  const market = marketOf(catalog, role);
  const blocks: Block[] = [];
  if (market) {
    const facts: Field[] = [
      { label: 'Median pay', value: `${wageText(market)} a year`, inline: true },
      {
        label: 'Projected change',
        value: market.projectedChange === null ? 'no data' : `${changeText(market.projectedChange)} (2024–34)`,
        inline: true,
      },
      {
        label: 'Openings a year',
        value: market.openings === null ? 'no data' : market.openings.toLocaleString('en-US'),
        inline: true,
      },
      {
        label: 'Typical entry education',
        value: `${market.education ?? 'no data'}${market.jobZone === null ? '' : ` (Job Zone ${market.jobZone})`}`,
        inline: true,
      },
    ];
    blocks.push({ type: 'fields', fields: facts }, { type: 'context', text: `Source: ${market.source}.` });
  }
  if (advice.outlook) {
    blocks.push({
      type: 'fields',
      fields: [
        { label: 'Next 1–2 years', value: advice.outlook.nearTerm },
        ...(advice.outlook.longerTerm ? [{ label: '3–5 years', value: advice.outlook.longerTerm }] : []),
      ],
    });
    if (advice.outlook.source) blocks.push({ type: 'context', text: `Outlook source: ${advice.outlook.source}` });
  }
  const groups: [string, string[]][] = [
    ['AI tools to adopt', advice.skillsToLearn.aiTools],
    ['Technical skills to learn', advice.skillsToLearn.technical],
    ['Human skills to grow', advice.skillsToLearn.human],
    ['How to position yourself', advice.positioning],
  ];
  for (const [title, items] of groups) if (items.length) blocks.push({ type: 'list', title, items });
  if (role.skillsCarried.length)
    blocks.push({ type: 'list', title: 'Skills that carry over', items: role.skillsCarried });
  const commentary: Field[] = [
    ...(advice.whoShouldWorry ? [{ label: 'Who should worry', value: advice.whoShouldWorry }] : []),
    ...(advice.notCaptured ? [{ label: 'What the score does not capture', value: advice.notCaptured }] : []),
  ];
  if (commentary.length) blocks.push({ type: 'fields', fields: commentary });
  blocks.push({ type: 'context', text: `Advice from ${advice.basis}.` });
  return blocks;
}

export function adviceAnswer(catalog: Catalog, role: Role): Answer {
  const s = catalog.score(role);
  const buttons = [
    { ...planButton(role), primary: true },
    { label: 'Safer roles', action: { command: 'transition' as const, args: [role.id] } },
    whyButton(role),
    riskButton(role, 'Score card'),
  ];
  return {
    reply: {
      title: `Outlook & skills: ${role.title}`,
      tone: s.zone,
      detail: true,
      blocks: [cardScore(s), ...adviceBlocks(catalog, role), { type: 'actions', buttons }],
    },
    doc: adviceRoleDoc(role, adviceOf(catalog, role), marketOf(catalog, role)),
  };
}

export default defineCommand({
  name: 'advice',
  description: 'Outlook, skills to learn, how to position yourself and market facts for a role',
  // Reached on Slack and Discord through the cards' buttons.
  surfaces: ['cli'],
  args: { role: { type: 'role', required: true, description: 'Job title, e.g. registered nurse' } },
  examples: ['advice backend developer', 'advice registered nurse'],
  run: ({ args, catalog }) => adviceAnswer(catalog, catalog.resolve(args.role ?? '').role),
});
