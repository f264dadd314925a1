// Free text from a channel, a DM or `career-bot ask`: decide what was asked and answer it.
// Slack, Discord and the console all call askAnswer; the conversation key scopes follow-ups.
import type { ConversationStore } from '../src/intent/conversation-store.ts';
import { isUserError } from '../src/errors.ts';
import { nextState, parseIntent, warmUpQuestions, type Intent } from '../src/intent/index.ts';
import { parsePersonalStatement, splitRoleAndMix } from '../src/personal/mix-text.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Reply } from '../src/output/reply.ts';
import { whyAnswer } from './why.ts';
import { compareAnswer } from './compare.ts';
import type { Answer } from './define.ts';
import { errorAnswer } from './errors.ts';
import { PLAIN_WORDS_EXAMPLES } from './help.ts';
import { myscoreAnswer } from './myscore.ts';
import { findCommand, helpAnswer, runCommand } from './index.ts';
import { rolesAnswer } from './roles.ts';
import { riskAnswer } from './risk.ts';
import { teamAnswer } from './team.ts';
import { transitionAnswer } from './transition.ts';
import { planAnswer } from './plan.ts';
import { transitionTowardsAnswer } from './transition-towards.ts';

export interface Conversation {
  key: string;
  store: ConversationStore;
}

/** What the bot covers, said the same way wherever it is said. */
export const COVERAGE =
  'every occupation: tech roles assessed by hand, every other O*NET occupation estimated from public data';

const SMALLTALK_OPENERS = {
  greeting: `Hi! I score how exposed a job is to AI and suggest safer roles to move into. I cover ${COVERAGE}.`,
  thanks: "You're welcome! Ask me about another job any time.",
  offtopic: `I answer questions about jobs and how exposed they are to AI (${COVERAGE}), so I can't help with that one.`,
  language:
    'Sorry, I only read English for now. Could you ask again in English, for example "are nurses safe from AI?"',
} as const;

function smalltalkAnswer(topic: keyof typeof SMALLTALK_OPENERS): Answer {
  const reply: Reply = {
    title: 'career-bot',
    tone: 'info',
    private: topic !== 'greeting',
    blocks: [
      { type: 'text', text: SMALLTALK_OPENERS[topic] },
      { type: 'list', title: 'Things you can ask', items: PLAIN_WORDS_EXAMPLES },
    ],
  };
  const doc = { kind: 'smalltalk' as const, topic };
  return { reply, doc };
}

function clarifyAnswer(
  message: string,
  candidates: { id: string; title: string; seniority: string }[],
  then: 'risk' | 'transition' = 'risk',
): Answer {
  const reply: Reply = {
    title: 'Which one did you mean?',
    tone: 'warning',
    private: true,
    blocks: [
      { type: 'text', text: message },
      ...(candidates.length
        ? [
            {
              type: 'actions' as const,
              buttons: candidates.slice(0, 5).map((c) => ({ label: c.title, action: { command: then, args: [c.id] } })),
            },
          ]
        : [{ type: 'list' as const, title: 'You could ask', items: PLAIN_WORDS_EXAMPLES.slice(0, 3) }]),
    ],
  };
  const doc = { kind: 'clarify' as const, message, candidates };
  return { reply, doc };
}

/** The answer for a parsed intent. Throws UserError for input that still cannot be answered. */
export function answerIntent(catalog: Catalog, intent: Intent): Answer {
  switch (intent.kind) {
    case 'risk':
      return riskAnswer(catalog, intent.role);
    case 'compare':
      return compareAnswer(catalog, intent.a.role, intent.b.role);
    case 'transition':
      if (intent.plan) return planAnswer(catalog, intent.from.role, intent.towards?.role);
      return intent.towards
        ? transitionTowardsAnswer(catalog, intent.from.role, intent.towards.role)
        : transitionAnswer(catalog, intent.from.role, { lessSchooling: intent.lessSchooling });
    case 'team':
      return teamAnswer(
        catalog,
        intent.members.map((m) => ({ role: m.match.role, count: m.count })),
      );
    case 'roles':
      return rolesAnswer(catalog, intent.filter);
    case 'help':
      return helpAnswer(catalog);
    case 'clarify':
      return clarifyAnswer(intent.message, intent.candidates, intent.then);
    case 'why':
      return whyAnswer(catalog, intent.role);
    case 'smalltalk':
      return smalltalkAnswer(intent.topic);
  }
}

/** "watch backend developer", "stop watching sre", "what are we watching?": the watch commands. */
export function watchRequest(text: string): { command: 'watch' | 'unwatch' | 'watching'; role?: string } | undefined {
  const t = text.trim().replace(/[.!?]+$/, '');
  if (/^(?:what|which\s+roles?)\s+(?:are\s+(?:we|you)|am\s+i|is\s+(?:this|here))\s+watching$|^watching$/i.test(t))
    return { command: 'watching' };
  const stop = /^(?:please\s+)?(?:stop\s+watching|unwatch)\s+(.+)$/i.exec(t);
  if (stop) return { command: 'unwatch', role: stop[1] };
  const start =
    /^(?:please\s+)?(?:watch|keep\s+an\s+eye\s+on|notify\s+(?:me|us)\s+(?:about|when)\s+)\s*(.+?)(?:\s+changes)?$/i.exec(
      t,
    );
  return start ? { command: 'watch', role: start[1] } : undefined;
}

export async function askAnswer(catalog: Catalog, text: string, conversation?: Conversation): Promise<Answer> {
  try {
    // "I'm a backend dev and I spend half my week on API design, ...": the personal card (private).
    if (parsePersonalStatement(text)) {
      const { role, mix } = splitRoleAndMix(text);
      return myscoreAnswer(catalog, role, mix);
    }
    const watchAsk = watchRequest(text);
    if (watchAsk) return runCommand(findCommand(watchAsk.command)!, { role: watchAsk.role }, catalog);
    const previous = conversation ? await conversation.store.get(conversation.key) : undefined;
    const intent = parseIntent(catalog, text, previous);
    const answer = answerIntent(catalog, intent);
    const next = nextState(catalog, intent, previous);
    if (conversation && next && next !== previous) await conversation.store.set(conversation.key, next);
    return answer;
  } catch (e) {
    if (isUserError(e)) return errorAnswer(e);
    throw e;
  }
}

/**
 * Answers the parser's warm-up questions once, before the bot listens, so the first questions do not
 * pay for what a first run costs: compiling the patterns of the whole path (the personal-statement
 * and watch checks too, for both string widths) and the first run of each card's code.
 */
export async function prepareAsk(catalog: Catalog): Promise<void> {
  for (const text of warmUpQuestions(catalog)) await askAnswer(catalog, text);
}
