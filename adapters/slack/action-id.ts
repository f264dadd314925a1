// A button's action_id carries the Action it stands for, so a click needs no server-side state:
// "career:compare:backend-developer-mid:devsecops-engineer". Decoding accepts only known commands.
import { findCommand } from '../../commands/index.ts';
import type { Action } from '../../src/output/reply.ts';

const PREFIX = 'career';
export const ACTION_ID_PATTERN = /^career:/;

/** A share button ("career:share:myscore:...", "career:share:plan:...") posts its answer in the channel. */
const SHARE = 'share';

export function encodeAction(action: Action): string {
  return [PREFIX, ...(action.share ? [SHARE] : []), action.command, ...action.args.map(encodeURIComponent)].join(':');
}

export function decodeAction(actionId: string): Action | null {
  const [prefix, ...rest] = actionId.split(':');
  const share = rest[0] === SHARE;
  const [command, ...args] = share ? rest.slice(1) : rest;
  if (prefix !== PREFIX || !command || !findCommand(command)) return null;
  try {
    return { command, args: args.map(decodeURIComponent), ...(share ? { share } : {}) };
  } catch {
    return null; // a malformed %-escape: not one of ours
  }
}
