// Buttons carry their Action in the custom_id ("a1:compare:<roleA>:<roleB>") so a click needs no
// stored state; a click is validated before it runs, since anyone can forge a custom_id.
import type { Action } from '../../src/output/reply.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { CUSTOM_ID_MAX } from './limits.ts';

const PREFIX = 'a1';
/** A share button ("s1:myscore:<role>:<mix>"): its answer is posted for the channel. */
const SHARE_PREFIX = 's1';
const SEPARATOR = ':';
/** How many role ids each command a button may run takes (plan: a role, and a target or not). */
const ROLE_ARGS: Partial<Record<Action['command'], readonly number[]>> = {
  risk: [1],
  transition: [1],
  compare: [2],
  advice: [1],
  plan: [1, 2],
};
/** Commands whose answer is private and may be shared in the channel by its owner. */
const SHAREABLE: readonly Action['command'][] = ['plan'];

/** The custom_id for an action, or undefined when it cannot be carried in 100 characters. */
export function encodeAction(action: Action): string | undefined {
  if (action.args.some((a) => a.includes(SEPARATOR))) return undefined;
  // A mix ("1=50, 2=rest") loses its spaces so it fits in the 100 characters.
  const args = action.command === 'myscore' ? action.args.map((a) => a.replace(/\s+/g, '')) : action.args;
  const id = [action.share ? SHARE_PREFIX : PREFIX, action.command, ...args].join(SEPARATOR);
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/** The action a clicked custom_id asks for, when it names a known command with known roles. */
export function decodeAction(customId: string, catalog: Catalog): Action | undefined {
  if (customId.length > CUSTOM_ID_MAX) return undefined;
  const [prefix, command, ...args] = customId.split(SEPARATOR);
  // myscore: a role, then a split when the card is shared ("Set my split" carries the role only).
  if (command === 'myscore') {
    const ok = prefix === SHARE_PREFIX ? args.length === 2 && args[1] !== '' : prefix === PREFIX && args.length === 1;
    return ok && catalog.byId.has(args[0]!)
      ? { command, args, ...(prefix === SHARE_PREFIX ? { share: true } : {}) }
      : undefined;
  }
  if (!command || !(command in ROLE_ARGS)) return undefined;
  const name = command as Action['command'];
  const share = prefix === SHARE_PREFIX && SHAREABLE.includes(name);
  if (prefix !== PREFIX && !share) return undefined;
  if (!ROLE_ARGS[name]!.includes(args.length) || !args.every((id) => catalog.byId.has(id))) return undefined;
  if ((name === 'compare' || name === 'plan') && args.length === 2 && args[0] === args[1]) return undefined;
  return { command: name, args, ...(share ? { share } : {}) };
}

/** A share button: its answer is a new public message, never an update of the private card. */
export const isShareCustomId = (customId: string) => customId.startsWith(`${SHARE_PREFIX}${SEPARATOR}`);
