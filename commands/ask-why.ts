// "why?" after a card: the reasons behind the role's score, from the role's own items (tasks,
// evidence, barriers, protective principles), in a short reply.
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Role } from '../src/catalog/schema.ts';
import { roleRef } from '../src/errors.ts';
import type { Match } from '../src/matching/match.ts';
import type { Answer } from './define.ts';
import { cardScore } from './card.ts';
import { explanationText, riskButton, taskHighlights, taskLine } from './format.ts';
import { taskShareMeaning } from '../src/output/score-items.ts';

const MAX_REASONS = 3;

/** The strongest items of a group, with their reasons, highest score first. */
function strongest(group: Record<string, { score: number; why: string }>): string[] {
  return Object.entries(group)
    .sort((a, b) => b[1].score - a[1].score)
    .slice(0, MAX_REASONS)
    .map(([key, item]) => `${key.replace(/([A-Z])/g, ' $1').toLowerCase()} (${item.score}): ${item.why}`);
}

export function whyAnswer(catalog: Catalog, match: Match): Answer {
  const s = catalog.score(match.role);
  const role: Role = s.role;
  const { exposed, protectedTasks } = taskHighlights(role);
  const barriers = strongest(role.barriers as Record<string, { score: number; why: string }>);
  const protective = strongest(role.protective as Record<string, { score: number; why: string }>);
  const reply = {
    title: `Why ${role.title} scores ${s.score.toFixed(1)}`,
    tone: 'info' as const,
    blocks: [
      cardScore(s, role.experience),
      { type: 'text' as const, text: explanationText(s) },
      ...(exposed.length
        ? [
            {
              type: 'list' as const,
              title: 'What AI can do much of',
              items: exposed.map((t) => taskLine(t, taskShareMeaning(role))),
            },
          ]
        : []),
      ...(protectedTasks.length
        ? [
            {
              type: 'list' as const,
              title: 'What stays with people',
              items: protectedTasks.map((t) => taskLine(t, taskShareMeaning(role))),
            },
          ]
        : []),
      ...(barriers.length ? [{ type: 'list' as const, title: 'Barriers to adoption', items: barriers }] : []),
      ...(protective.length ? [{ type: 'list' as const, title: 'Protective principles', items: protective }] : []),
      { type: 'actions' as const, buttons: [riskButton(role, 'Full card')] },
    ],
  };
  const doc = { kind: 'why', role: roleRef(role), score: s.score, zone: s.zone, explanation: explanationText(s) };
  return { reply, doc };
}
