// Free text from a channel, a DM or `career-bot ask`: decide what was asked and answer it.
// Slack, Discord and the console all call askAnswer; the conversation key scopes follow-ups.
import type { ConversationStore } from '../src/conversation-store.ts';
import { splitPair } from '../src/pair.ts';
import type { Catalog } from '../src/role-catalog.ts';
import type { Answer } from './define.ts';
import { errorAnswer } from './errors.ts';
import { compareAnswer } from './compare.ts';
import { riskAnswer } from './risk.ts';
import { isUserError } from '../src/errors.ts';

export interface Conversation { key: string; store: ConversationStore }

/** Until the intent parser lands: two roles joined by vs/or/and are compared, anything else is scored. */
export async function askAnswer(catalog: Catalog, text: string, _conversation?: Conversation): Promise<Answer> {
  try {
    const pair = splitPair(text);
    if (pair) return compareAnswer(catalog, catalog.resolve(pair[0]).role, catalog.resolve(pair[1]).role);
    return riskAnswer(catalog, catalog.resolve(text));
  } catch (e) {
    if (isUserError(e)) return errorAnswer(e);
    throw e;
  }
}
