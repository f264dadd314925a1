// Buttons carry their Action in the custom_id ("a1:compare:<roleA>:<roleB>") so a click needs no
// stored state; a click is validated before it runs, since anyone can forge a custom_id.
import { findCommand } from '../../commands/index.ts';
import type { Action } from '../../src/output/reply.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { CUSTOM_ID_MAX } from './limits.ts';

const PREFIX = 'a1';
/** A share button ("s1:myscore:<role>:<mix>"): its answer is posted for the channel. */
const SHARE_PREFIX = 's1';
const SEPARATOR = ':';
/** A button may run a command whose arguments are all roles: how many it needs, how many it takes. */
function roleArity(name: string): { min: number; max: number } | undefined {
  const args = Object.values(findCommand(name)?.args ?? {});
  if (args.length === 0 || args.some((a) => a.type !== 'role')) return undefined;
  return { min: args.filter((a) => a.required).length, max: args.length };
}

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
  const arity = command ? roleArity(command) : undefined;
  // A share button posts the owner's private answer (a plan) for the channel.
  const share = prefix === SHARE_PREFIX;
  if ((prefix !== PREFIX && !share) || !command || !arity) return undefined;
  if (args.length < arity.min || args.length > arity.max || !args.every((id) => catalog.byId.has(id))) return undefined;
  if (new Set(args).size !== args.length) return undefined; // the same role twice is no comparison
  return { command, args, ...(share ? { share } : {}) };
}

/** A share button: its answer is a new public message, never an update of the private card. */
export const isShareCustomId = (customId: string) => customId.startsWith(`${SHARE_PREFIX}${SEPARATOR}`);
