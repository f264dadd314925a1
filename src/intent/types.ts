// What a free-text message asks for, decided by parseIntent. Roles are already resolved.
import type { RoleRef } from '../errors.ts';
import type { Match } from '../matching/match.ts';
import type { ConversationState } from './conversation-store.ts';

export interface TeamMember {
  match: Match;
  count: number;
}

export type Intent =
  | { kind: 'risk'; role: Match; followUp: boolean }
  | { kind: 'compare'; a: Match; b: Match; followUp: boolean }
  | {
      kind: 'transition';
      from: Match;
      towards?: Match;
      followUp: boolean;
      /** "make me a plan to get into SRE": the 12-week plan for the move. */
      plan?: boolean;
      /** "something without a degree": moves needing less schooling, labelled when they step down. */
      lessSchooling?: boolean;
    }
  | { kind: 'team'; members: TeamMember[] }
  | { kind: 'roles'; filter: string }
  | { kind: 'help' }
  /** `then`: what choosing a candidate answers, so a move question stays a move question. */
  | {
      kind: 'clarify';
      message: string;
      candidates: RoleRef[];
      then?: 'risk' | 'transition';
      /** The vague words, so an answer like "high school" can complete them. */
      text?: string;
      /** A team with one vague member: the members already known, the vague one's head count and place. */
      team?: TeamMember[];
      count?: number;
      at?: number;
    }
  /** "why?": the reasons behind a role's score. */
  | { kind: 'why'; role: Match }
  | { kind: 'smalltalk'; topic: 'greeting' | 'thanks' | 'offtopic' | 'language' };

export type IntentKind = Intent['kind'];

/** What the parser needs from the conversation so far. */
export type IntentContext = ConversationState;

/** Role ids an intent is about, in the order the person gave them. */
export function intentRoleIds(intent: Intent): string[] {
  switch (intent.kind) {
    case 'risk':
      return [intent.role.role.id];
    case 'compare':
      return [intent.a.role.id, intent.b.role.id];
    case 'transition':
      return intent.towards ? [intent.from.role.id, intent.towards.role.id] : [intent.from.role.id];
    case 'team':
      return intent.members.map((m) => m.match.role.id);
    case 'clarify':
      return intent.candidates.map((c) => c.id);
    case 'why':
      return [intent.role.role.id];
    default:
      return [];
  }
}
