// The command registry. User errors become replies in commands/errors.ts.
import { isUserError } from '../src/errors.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import advice from './advice.ts';
import compare from './compare.ts';
import type { Answer, Command } from './define.ts';
import { errorAnswer } from './errors.ts';
import help, { helpReply } from './help.ts';
import myscore from './myscore.ts';
import plan from './plan.ts';
import risk from './risk.ts';
import roles from './roles.ts';
import transition from './transition.ts';

const BASE_COMMANDS: Command[] = [risk, compare, transition, roles, myscore, advice, plan];
export const COMMANDS: Command[] = [
  ...BASE_COMMANDS,
  { ...help, run: () => ({ reply: helpReply(COMMANDS), doc: { kind: 'help' } }) },
];

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
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

export { apologyReply, errorAnswer } from './errors.ts';
