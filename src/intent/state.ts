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
    case 'risk':
    case 'compare':
    case 'transition':
      return { roles: intentRoleIds(intent), lastKind: intent.kind };
    case 'team': {
      // "Where could they go?" after a team card means the most exposed group.
      const byExposure = [...intent.members].sort(
        (x, y) => catalog.score(x.match.role).score - catalog.score(y.match.role).score,
      );
      return { roles: byExposure.map((m) => m.match.role.id), lastKind: 'team' };
    }
    default:
      return previous;
  }
}
