import { transitionDoc } from '../src/output/documents.ts';
import type { Block } from '../src/output/reply.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Role } from '../src/catalog/schema.ts';
import { suggestTransitions } from '../src/engine/transition.ts';
import { signed } from '../src/output/numbers.ts';
import { defineCommand, type Answer } from './define.ts';
import { scoreBlock, sourcesBlock } from './format.ts';

export const MAX_SUGGESTIONS = 5;
const MAX_TASKS_SHOWN = 4;
const few = (items: string[]) =>
  items.length === 0
    ? 'none'
    : items.slice(0, MAX_TASKS_SHOWN).join('; ') +
      (items.length > MAX_TASKS_SHOWN ? `; and ${items.length - MAX_TASKS_SHOWN} more` : '');

export function transitionAnswer(catalog: Catalog, role: Role): Answer {
  const from = catalog.score(role);
  const suggestions = suggestTransitions(catalog, from, MAX_SUGGESTIONS);
  const blocks: Block[] = [scoreBlock(from, `where ${role.title} stands today`)];
  if (suggestions.length === 0) {
    blocks.push({
      type: 'text',
      text: `No role in the catalog scores higher than ${role.title} and shares enough of its skills to suggest.`,
    });
  }
  suggestions.forEach((s, i) => {
    blocks.push({
      type: 'list',
      title: `${i + 1}. ${s.to.role.title}: ${s.to.score.toFixed(1)} ${s.to.label} (${signed(s.gain)})`,
      items: [
        s.reason,
        ...(s.despiteLowerScore ? [`Listed although it scores lower: ${s.despiteLowerScore}`] : []),
        `Tasks you leave behind (${s.tasksLost.length}): ${few(s.tasksLost)}`,
        `Tasks you gain, with AI helping: ${few(s.tasksGained)}`,
        `AI-proof work there: ${few(s.aiProof)}`,
      ],
    });
  });
  if (suggestions[0]) blocks.push({ type: 'text', text: suggestions[0].summary });
  blocks.push(sourcesBlock(role));
  if (suggestions.length) {
    blocks.push({
      type: 'actions',
      buttons: suggestions.map((s) => ({
        label: `Compare with ${s.to.role.title}`,
        action: { command: 'compare' as const, args: [role.id, s.to.role.id] },
      })),
    });
  }
  return {
    reply: { title: `Safer roles from ${role.title}`, tone: from.zone, blocks },
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
