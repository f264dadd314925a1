// "I'm a backend dev, should I move into devops?": one named move, with what it changes.
import { transitionDoc } from '../src/output/documents.ts';
import { UserError } from '../src/errors.ts';
import type { Role } from '../src/catalog/schema.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import { suggestion, type TransitionPlan } from '../src/engine/transition.ts';
import { signed } from '../src/output/numbers.ts';
import type { Reply } from '../src/output/reply.ts';
import type { Answer } from './define.ts';
import { factsLine } from './transition.ts';
import { cardScores, whyButton } from './card.ts';
import { chartBlocks } from './chart-slot.ts';
import { riskButton, sourcesBlock } from './format.ts';

/** Why a move the person named is or is not worth it, when no role file says. */
export const namedReason = (plan: TransitionPlan) =>
  plan.gain > 0
    ? `It scores ${plan.gain.toFixed(1)} points higher; ${Math.round(plan.carryOver * 100)}% of your skills and tasks carry over.`
    : `It scores ${Math.abs(plan.gain).toFixed(1)} points lower, so it would not make you safer.`;

export function transitionTowardsAnswer(catalog: Catalog, from: Role, to: Role): Answer {
  if (from.id === to.id)
    throw new UserError(
      'bad_input',
      `That is the role you are in: ${from.title}. Name another, or ask "where could I go next?"`,
    );
  const curated = from.transitions.find((t) => t.to === to.id || t.to === to.family);
  const move = suggestion(catalog, catalog.score(from), catalog.score(to), namedReason, curated);
  const plan = move;
  const reply = (full: boolean): Reply => ({
    title: `From ${from.title} to ${to.title}`,
    tone: plan.to.zone,
    blocks: [
      ...cardScores([
        [plan.from, `${from.title} today`],
        [plan.to, `${to.title} (${signed(plan.gain)})`],
      ]),
      ...chartBlocks(catalog, { kind: 'transition', from: plan.from, moves: [move] }),
      { type: 'text', text: move.reason },
      // A named move is shown whatever its gates say; its caveats say what to weigh.
      ...move.facts.caveats.map((c) => ({ type: 'context' as const, text: `Worth weighing: ${c}` })),
      {
        type: 'list',
        title: 'What changes',
        items: [
          `Tasks you leave behind: ${plan.tasksLost.slice(0, 4).join('; ') || 'none'}`,
          `Tasks you gain, with AI helping: ${plan.tasksGained.slice(0, 4).join('; ') || 'none'}`,
          `AI-proof work there: ${plan.aiProof.slice(0, 4).join('; ') || 'none'}`,
          `Skills that carry over: ${plan.sharedSkills.join(', ') || 'few of the listed ones'}`,
          factsLine(move.facts),
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
          { label: '12-week plan', action: { command: 'plan', args: [from.id, to.id] } },
        ],
      },
    ],
  });
  return { reply: reply(false), full: () => reply(true), doc: transitionDoc(plan.from, [move]) };
}
