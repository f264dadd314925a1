// The one place a user error becomes a reply, and the apology for failures that are ours.
import { errorDoc } from '../src/output/documents.ts';
import type { UserError } from '../src/errors.ts';
import type { Reply } from '../src/output/reply.ts';
import type { Answer } from './define.ts';

const ERROR_TITLES: Record<UserError['code'], string> = {
  no_match: 'No role by that name',
  ambiguous: 'Which one did you mean?',
  bad_input: 'I need a little more',
  rate_limited: 'Slow down a little',
  not_enough_data: 'Not enough data',
};

export function errorAnswer(e: UserError): Answer {
  const reply: Reply = {
    title: ERROR_TITLES[e.code],
    tone: 'warning',
    private: true,
    blocks: [
      { type: 'text', text: e.message },
      ...(e.candidates.length
        ? [
            {
              type: 'actions' as const,
              buttons: e.candidates
                .slice(0, 5)
                .map((c) => ({ label: c.title, action: { command: 'risk' as const, args: [c.id] } })),
            },
          ]
        : []),
    ],
  };
  return { reply, doc: errorDoc(e) };
}

/** For failures that are our fault: the adapter logs the details; the person gets this. */
export function apologyReply(): Reply {
  return {
    title: 'Sorry, something went wrong',
    tone: 'warning',
    private: true,
    blocks: [{ type: 'text', text: 'That one failed on our side. Please try again in a moment.' }],
  };
}

export const apologyAnswer = (): Answer => ({ reply: apologyReply(), doc: { kind: 'failed' } });
