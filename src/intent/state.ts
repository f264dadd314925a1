// What a conversation remembers after an answer: the roles it was about, most relevant first.
import type { ConversationState } from './conversation-store.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { intentRoleIds, type Intent } from './types.ts';

export function nextState(
  catalog: Catalog,
  intent: Intent,
  previous: ConversationState | undefined,
): ConversationState | undefined {
  switch (intent.kind) {
    case 'risk': {
      // The role asked about before stays second, so "compare the two" can follow two answers.
      const ids = intentRoleIds(intent);
      const earlier = (previous?.roles ?? []).filter((id) => !ids.includes(id)).slice(0, 1);
      return { roles: [...ids, ...earlier], lastKind: intent.kind, ...teamKept(intent, previous) };
    }
    case 'compare':
    case 'transition':
      return { roles: intentRoleIds(intent), lastKind: intent.kind, ...teamKept(intent, previous) };
    case 'team': {
      // "Where could they go?" after a team card means the most exposed group.
      const byExposure = [...intent.members].sort(
        (x, y) => catalog.score(x.match.role).score - catalog.score(y.match.role).score,
      );
      return {
        roles: byExposure.map((m) => m.match.role.id),
        lastKind: 'team',
        team: intent.members.map((m) => ({ id: m.match.role.id, count: m.count })),
      };
    }
    case 'clarify':
      if (intent.candidates.length === 0) return previous;
      return {
        ...previous,
        roles: previous?.roles ?? [],
        pending: {
          candidates: intent.candidates.map((c) => c.id),
          text: intent.text ?? '',
          then: intent.team ? 'team' : (intent.then ?? 'risk'),
          ...(intent.team
            ? {
                team: intent.team.map((m) => ({ id: m.match.role.id, count: m.count })),
                count: intent.count,
                at: intent.at,
              }
            : {}),
        },
      };
    default:
      return previous;
  }
}

/** A follow-up about a team member ("which of them…", "where should our testers go?") keeps the team the topic. */
function teamKept(intent: Intent & { followUp: boolean }, previous: ConversationState | undefined) {
  const team = previous?.team;
  const onTeam = team && intentRoleIds(intent).every((id) => team.some((m) => m.id === id));
  return intent.followUp && onTeam ? { team } : {};
}
