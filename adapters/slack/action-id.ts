// A button's action_id carries the Action it stands for, so a click needs no server-side state:
// "career:compare:backend-developer-mid:devsecops-engineer". Decoding accepts only known commands.
import type { Action } from '../../src/reply.ts';

const PREFIX = 'career';
export const ACTION_ID_PATTERN = /^career:/;
const COMMANDS: readonly Action['command'][] = ['risk', 'compare', 'transition', 'roles', 'help', 'myscore'];

export function encodeAction(action: Action): string {
  return [PREFIX, action.command, ...action.args.map(encodeURIComponent)].join(':');
}

export function decodeAction(actionId: string): Action | null {
  const [prefix, command, ...args] = actionId.split(':');
  if (prefix !== PREFIX || !COMMANDS.includes(command as Action['command'])) return null;
  try {
    return { command: command as Action['command'], args: args.map(decodeURIComponent) };
  } catch {
    return null; // a malformed %-escape: not one of ours
  }
}
