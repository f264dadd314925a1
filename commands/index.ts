// The command registry. User errors become replies in commands/errors.ts.
import { isUserError } from '../src/errors.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import advice from './advice.ts';
import compare from './compare.ts';
import type { Answer, Command, Surface } from './define.ts';
import { errorAnswer } from './errors.ts';
import { helpCommand } from './help.ts';
import myscore from './myscore.ts';
import plan from './plan.ts';
import risk from './risk.ts';
import roles from './roles.ts';
import transition from './transition.ts';
import why from './why.ts';
import { unwatch, watch, watching } from './watch.ts';

/** Every command, once: help, the CLI usage, the slash commands and button actions all read it. */
export const COMMANDS: readonly Command[] = [
  risk,
  why,
  advice,
  compare,
  transition,
  roles,
  myscore,
  plan,
  watch,
  unwatch,
  watching,
  helpCommand(() => COMMANDS),
];

/** The commands offered on one surface, in the order above. */
export const commandsOn = (surface: Surface): Command[] => COMMANDS.filter((c) => c.surfaces.includes(surface));

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

export { apologyAnswer, apologyReply, errorAnswer } from './errors.ts';

/** The help answer, as every platform gives it. */
export const helpAnswer = (catalog: Catalog): Answer => runCommand(findCommand('help')!, {}, catalog);
