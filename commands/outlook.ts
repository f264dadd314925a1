// "Outlook & skills": where the role is heading, what to learn, what carries over, and what the
// score cannot see, from the role's own data. The detail a card's button opens.
import type { Block } from '../src/output/reply.ts';
import type { Role } from '../src/catalog/schema.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Match } from '../src/matching/match.ts';
import { riskDoc } from '../src/output/documents.ts';
import { cardScore, detailButtons } from './card.ts';
import { defineCommand, type Answer } from './define.ts';

const SKILL_GROUPS = [
  ['aiTools', 'AI tools to adopt'],
  ['technical', 'Technical skills to learn'],
  ['human', 'Human skills to learn'],
] as const;

/** The advice a role file holds: shared by the detail view and `--full`. */
export function outlookBlocks(role: Role): Block[] {
  return [
    {
      type: 'fields',
      fields: [
        { label: 'Near term', value: role.outlook.nearTerm },
        { label: 'Longer term', value: role.outlook.longerTerm },
      ],
    },
    ...SKILL_GROUPS.filter(([group]) => role.skillsToLearn[group].length > 0).map(([group, title]): Block => ({
      type: 'list',
      title,
      items: role.skillsToLearn[group],
    })),
    { type: 'list', title: 'Skills that carry over', items: role.skillsCarried },
    { type: 'list', title: 'How to position yourself', items: role.positioning },
    { type: 'text', text: `Who should worry: ${role.commentary.whoShouldWorry}` },
    { type: 'context', text: `What the score cannot see: ${role.commentary.notCaptured}` },
    ...(role.outlook.source ? [{ type: 'context', text: `Outlook source: ${role.outlook.source}` } as Block] : []),
  ];
}

export function outlookAnswer(catalog: Catalog, match: Match): Answer {
  const s = catalog.score(match.role);
  const buttons = detailButtons(s.role).filter((b) => b.action.command !== 'outlook');
  return {
    reply: {
      title: `Outlook & skills: ${s.role.title}`,
      tone: s.zone,
      detail: true,
      blocks: [cardScore(s), ...outlookBlocks(s.role), { type: 'actions', buttons }],
    },
    doc: riskDoc(s),
  };
}

export default defineCommand({
  name: 'outlook',
  description: 'Where a role is heading, the skills to learn and those that carry over',
  // Reached through a card's button on Slack and Discord, so no slash command of its own there.
  surfaces: ['cli'],
  args: { role: { type: 'role', required: true, description: 'Job title, e.g. backend developer' } },
  examples: ['outlook backend developer', 'outlook data engineer'],
  run: ({ args, catalog }) => outlookAnswer(catalog, catalog.resolve(args.role ?? '')),
});
