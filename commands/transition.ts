import { transitionDoc } from '../src/output/documents.ts';
import type { Block, Reply } from '../src/output/reply.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Role } from '../src/catalog/schema.ts';
import type { RoleScore } from '../src/engine/scoring.ts';
import { suggestTransitions, type Suggestion } from '../src/engine/transition.ts';
import { signed } from '../src/output/numbers.ts';
import { cardScore, whyButton } from './card.ts';
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

/** The compact card: the moves as one table, the first one's reason, and a button per move. */
function compactBlocks(suggestions: Suggestion[]): Block[] {
  const best = suggestions[0]!;
  return [
    {
      type: 'table',
      columns: ['Move to', 'Score', 'Gain', 'Skills kept'],
      rows: suggestions.map((s) => [
        s.to.role.title,
        `${s.to.score.toFixed(1)} ${s.to.label}`,
        signed(s.gain),
        `${Math.round(s.carryOver * 100)}%`,
      ]),
    },
    { type: 'text', text: `Best move, ${best.to.role.title}: ${best.reason}` },
  ];
}

/** Everything: for each move what you leave behind, gain and keep, and the shift of the week. */
function fullBlocks(suggestions: Suggestion[]): Block[] {
  const blocks: Block[] = suggestions.map((s, i) => ({
    type: 'list',
    title: `${i + 1}. ${s.to.role.title}: ${s.to.score.toFixed(1)} ${s.to.label} (${signed(s.gain)})`,
    items: [
      s.reason,
      ...(s.despiteLowerScore ? [`Listed although it scores lower: ${s.despiteLowerScore}`] : []),
      `Tasks you leave behind (${s.tasksLost.length}): ${few(s.tasksLost)}`,
      `Tasks you gain, with AI helping: ${few(s.tasksGained)}`,
      `AI-proof work there: ${few(s.aiProof)}`,
    ],
  }));
  if (suggestions[0]) blocks.push({ type: 'text', text: suggestions[0].summary });
  return blocks;
}

function transitionReply(from: RoleScore, suggestions: Suggestion[], full: boolean): Reply {
  const role = from.role;
  const blocks: Block[] = [cardScore(from, `where ${role.title} stands today`)];
  if (suggestions.length === 0) {
    blocks.push({
      type: 'text',
      text: `No role in the catalog scores higher than ${role.title} and shares enough of its skills to suggest.`,
    });
  } else {
    blocks.push(...chartBlocks({ kind: 'transition', from, moves: suggestions }));
    blocks.push(...(full ? fullBlocks(suggestions) : compactBlocks(suggestions)));
  }
  if (full) blocks.push(sourcesBlock(role));
  const buttons = suggestions.map((s) => ({
    label: `Compare with ${s.to.role.title}`,
    action: { command: 'compare' as const, args: [role.id, s.to.role.id] },
  }));
  blocks.push({ type: 'actions', buttons: suggestions.length ? buttons : [whyButton(role)] });
  return { title: `Safer roles from ${role.title}`, tone: from.zone, blocks };
}

export function transitionAnswer(catalog: Catalog, role: Role): Answer {
  const from = catalog.score(role);
  const suggestions = suggestTransitions(catalog, from, MAX_SUGGESTIONS);
  return {
    reply: transitionReply(from, suggestions, false),
    full: () => transitionReply(from, suggestions, true),
    doc: transitionDoc(from, suggestions),
  };
}

export default defineCommand({
  name: 'transition',
  description: 'Safer roles to move into, with what you lose, gain and keep',
  surfaces: ['cli', 'slack', 'discord'],
  args: { role: { type: 'role', required: true, description: 'Your job title today' } },
  examples: ['transition backend developer', 'transition manual qa tester'],
  run: ({ args, catalog }) => transitionAnswer(catalog, catalog.resolve(args.role ?? '').role),
});
