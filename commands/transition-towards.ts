// "I'm a backend dev, should I move into devops?": one named move, with what it changes.
import { transitionDoc } from '../src/output/documents.ts';
import { UserError } from '../src/errors.ts';
import type { Role } from '../src/catalog/schema.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import { planTransition, type Suggestion } from '../src/engine/transition.ts';
import { signed } from '../src/output/numbers.ts';
import type { Reply } from '../src/output/reply.ts';
import type { Answer } from './define.ts';
import { cardScores, whyButton } from './card.ts';
import { chartBlocks } from './chart-slot.ts';
import { riskButton, sourcesBlock } from './format.ts';

export function transitionTowardsAnswer(catalog: Catalog, from: Role, to: Role): Answer {
  if (from.id === to.id)
    throw new UserError(
      'bad_input',
      `That is the role you are in: ${from.title}. Name another, or ask "where could I go next?"`,
    );
  const plan = planTransition(catalog.score(from), catalog.score(to));
  const curated = from.transitions.find((t) => t.to === to.id || t.to === to.family);
  const move: Suggestion = {
    ...plan,
    curated: Boolean(curated),
    reason:
      curated?.why ??
      (plan.gain > 0
        ? `It scores ${plan.gain.toFixed(1)} points higher; ${Math.round(plan.carryOver * 100)}% of your skills and tasks carry over.`
        : `It scores ${Math.abs(plan.gain).toFixed(1)} points lower, so it would not make you safer.`),
  };
  const reply = (full: boolean): Reply => ({
    title: `From ${from.title} to ${to.title}`,
    tone: plan.to.zone,
    blocks: [
      ...cardScores([
        [plan.from, `${from.title} today`],
        [plan.to, `${to.title} (${signed(plan.gain)})`],
      ]),
      ...chartBlocks({ kind: 'transition', from: plan.from, moves: [move] }),
      { type: 'text', text: move.reason },
      {
        type: 'list',
        title: 'What changes',
        items: [
          `Tasks you leave behind: ${plan.tasksLost.slice(0, 4).join('; ') || 'none'}`,
          `Tasks you gain, with AI helping: ${plan.tasksGained.slice(0, 4).join('; ') || 'none'}`,
          `AI-proof work there: ${plan.aiProof.slice(0, 4).join('; ') || 'none'}`,
          `Skills that carry over: ${plan.sharedSkills.join(', ') || 'few of the listed ones'}`,
        ],
      },
      ...(full ? [{ type: 'text' as const, text: plan.summary }, sourcesBlock(to)] : []),
      {
        type: 'actions',
        buttons: [
          {
            label: `Other safer roles from ${from.title}`,
            action: { command: 'transition', args: [from.id] },
            primary: true,
          },
          riskButton(to),
          whyButton(to, `Why ${to.title}`),
        ],
      },
    ],
  });
  return { reply: reply(false), full: () => reply(true), doc: transitionDoc(plan.from, [move]) };
}
