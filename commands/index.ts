// The command registry and the one place a user error becomes a reply.
import { errorDoc } from '../src/documents.ts';
import { isUserError, type UserError } from '../src/errors.ts';
import type { Reply } from '../src/reply.ts';
import type { Catalog } from '../src/role-catalog.ts';
import compare from './compare.ts';
import type { Answer, Command } from './define.ts';
import help, { helpReply } from './help.ts';
import risk from './risk.ts';
import roles from './roles.ts';
import transition from './transition.ts';

const BASE_COMMANDS: Command[] = [risk, compare, transition, roles];
export const COMMANDS: Command[] = [
  ...BASE_COMMANDS,
  { ...help, run: () => ({ reply: helpReply(COMMANDS), doc: { kind: 'help' } }) },
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}

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
        ? [{ type: 'actions' as const, buttons: e.candidates.slice(0, 5).map((c) => ({ label: c.title, action: { command: 'risk' as const, args: [c.id] } })) }]
        : []),
    ],
  };
  return { reply, doc: errorDoc(e) };
}

/** For failures that are our fault: the adapter logs the details; the person gets this. */
export function apologyReply(): Reply {
  return { title: 'Sorry, something went wrong', tone: 'warning', private: true, blocks: [{ type: 'text', text: 'That one failed on our side. Please try again in a moment.' }] };
}

/** Runs a command; user errors come back as answers, anything else is thrown for the adapter to log. */
export function runCommand(command: Command, args: Record<string, string | undefined>, catalog: Catalog): Answer {
  try {
    return command.run({ args, catalog });
  } catch (e) {
    if (isUserError(e)) return errorAnswer(e);
    throw e;
  }
}
