import { transitionDoc } from '../src/output/documents.ts';
import type { Block, Reply } from '../src/output/reply.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Role } from '../src/catalog/schema.ts';
import type { RoleScore } from '../src/engine/scoring.ts';
import { suggestTransitions, type SuggestOptions, type Suggestion } from '../src/engine/transition.ts';
import type { MoveFacts } from '../src/engine/feasibility.ts';
import { changeText, usd } from '../src/engine/market.ts';
import { signed } from '../src/output/numbers.ts';
import { cardScore, planButton, whyButton } from './card.ts';
import { chartBlocks } from './chart-slot.ts';
import { defineCommand, type Answer } from './define.ts';
import { sourcesBlock } from './format.ts';

export const MAX_SUGGESTIONS = 5;
const MAX_TASKS_SHOWN = 4;
const few = (items: string[]) =>
  items.length === 0
    ? 'none'
    : items.slice(0, MAX_TASKS_SHOWN).join('; ') +
      (items.length > MAX_TASKS_SHOWN ? `; and ${items.length - MAX_TASKS_SHOWN} more` : '');

/** Pay then and now, the education it takes, and the outlook: one line per move. */
export function factsLine(f: MoveFacts): string {
  const parts = [
    f.wage ? `Pay ${usd(f.wage.from)} → ${usd(f.wage.to)} (${changeText(f.wage.change)})` : 'Pay: no BLS data',
    `entry: ${f.education ?? 'no data'}${f.jobZone ? ` (Job Zone ${f.jobZone.from} → ${f.jobZone.to})` : ''}`,
    ...(f.projectedChange === null ? [] : [`${changeText(f.projectedChange)} jobs projected 2024–34`]),
  ];
  return parts.join(' · ');
}

/** What carries over: shared skills, and O*NET's word that the occupations are related. */
export function carriesLine(s: Suggestion): string {
  const skills = s.sharedSkills.slice(0, 4).join(', ');
  return `Carries over (${Math.round(s.carryOver * 100)}%): ${skills || 'some of your task wording'}${s.facts.related ? '; O*NET lists it as related' : ''}`;
}

/** The median pay there and the change from today, short enough for a table cell. */
const payCell = (f: MoveFacts) => (f.wage ? `${usd(f.wage.to)} (${changeText(f.wage.change)})` : 'no data');

/** The compact card: the moves as one table, the first one's reason, and a button per move. */
function compactBlocks(suggestions: Suggestion[]): Block[] {
  const best = suggestions[0]!;
  const labelled = suggestions.filter((s) => s.facts.caveats.length);
  return [
    {
      type: 'table',
      columns: ['Move to', 'Score', 'Gain', 'Pay', 'Skills kept'],
      rows: suggestions.map((s) => [
        s.to.role.title,
        `${s.to.score.toFixed(1)} ${s.to.label}`,
        signed(s.gain),
        payCell(s.facts),
        `${Math.round(s.carryOver * 100)}%`,
      ]),
    },
    { type: 'text', text: `Best move, ${best.to.role.title}: ${best.reason}` },
    // Only moves the person asked for (less schooling) carry caveats; they are never shown unlabelled.
    ...(labelled.length
      ? [
          {
            type: 'list' as const,
            title: 'Not a first choice',
            items: labelled.map((s) => `${s.to.role.title}: ${s.facts.caveats.join('; ')}`),
          },
        ]
      : []),
  ];
}

/** Everything: for each move what you leave behind, gain and keep, and the shift of the week. */
function fullBlocks(suggestions: Suggestion[]): Block[] {
  const blocks: Block[] = suggestions.map((s, i) => ({
    type: 'list',
    title: `${i + 1}. ${s.to.role.title}: ${s.to.score.toFixed(1)} ${s.to.label} (${signed(s.gain)})`,
    items: [
      s.reason,
      ...s.facts.caveats.map((c) => `Not a first choice: ${c}`),
      factsLine(s.facts),
      carriesLine(s),
      ...(s.despiteLowerScore ? [`Listed although it scores lower: ${s.despiteLowerScore}`] : []),
      `Tasks you leave behind (${s.tasksLost.length}): ${few(s.tasksLost)}`,
      `Tasks you gain, with AI helping: ${few(s.tasksGained)}`,
      `AI-proof work there: ${few(s.aiProof)}`,
    ],
  }));
  if (suggestions[0]) blocks.push({ type: 'text', text: suggestions[0].summary });
  return blocks;
}

function transitionReply(
  catalog: Catalog,
  from: RoleScore,
  suggestions: Suggestion[],
  options: SuggestOptions,
  full: boolean,
): Reply {
  const role = from.role;
  const blocks: Block[] = [cardScore(from, `where ${role.title} stands today`)];
  if (options.lessSchooling)
    blocks.push({
      type: 'context',
      text: 'Moves that need no degree or less preparation than today. Those we would not offer first are labelled.',
    });
  if (suggestions.length === 0) {
    blocks.push({
      type: 'text',
      text: options.lessSchooling
        ? `No role needing less schooling than ${role.title} scores higher and shares enough of its skills to suggest.`
        : `No role in the catalog scores higher than ${role.title}, shares enough of its skills and keeps pay, preparation and outlook within reach.`,
    });
  } else {
    blocks.push(...chartBlocks(catalog, { kind: 'transition', from, moves: suggestions }));
    blocks.push(...(full ? fullBlocks(suggestions) : compactBlocks(suggestions)));
  }
  if (full) blocks.push(sourcesBlock(role));
  const buttons = suggestions.map((s) => ({
    label: `Compare with ${s.to.role.title}`,
    action: { command: 'compare' as const, args: [role.id, s.to.role.id] },
  }));
  blocks.push({ type: 'actions', buttons: suggestions.length ? buttons : [whyButton(role)] });
  // Five compare buttons fill a Discord row: the plan goes on a second.
  if (suggestions.length) blocks.push({ type: 'actions', buttons: [planButton(role)] });
  return { title: `Safer roles from ${role.title}`, tone: from.zone, blocks };
}

export function transitionAnswer(catalog: Catalog, role: Role, options: SuggestOptions = {}): Answer {
  const from = catalog.score(role);
  const suggestions = suggestTransitions(catalog, from, MAX_SUGGESTIONS, options);
  return {
    reply: transitionReply(catalog, from, suggestions, options, false),
    full: () => transitionReply(catalog, from, suggestions, options, true),
    doc: transitionDoc(from, suggestions),
  };
}

export default defineCommand({
  name: 'transition',
  description: 'Safer roles to move into, with what you lose, gain and keep',
  surfaces: ['cli', 'slack', 'discord'],
  args: { role: { type: 'role', required: true, description: 'Your job title today' } },
  examples: ['transition backend developer', 'transition manual qa tester'],
  // lessSchooling is set by the CLI's --less-schooling and by "something without a degree" in conversation.
  run: ({ args, catalog }) =>
    transitionAnswer(catalog, catalog.resolve(args.role ?? '').role, { lessSchooling: Boolean(args.lessSchooling) }),
});
