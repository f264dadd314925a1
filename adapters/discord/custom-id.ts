// Buttons carry their Action in the custom_id ("a1:compare:<roleA>:<roleB>") so a click needs no
// stored state; a click is validated before it runs, since anyone can forge a custom_id.
import type { Action } from '../../src/reply.ts';
import type { Catalog } from '../../src/role-catalog.ts';
import { CUSTOM_ID_MAX } from './limits.ts';

const PREFIX = 'a1';
const SEPARATOR = ':';
/** How many role ids each command a button may run takes. */
const ROLE_ARGS: Partial<Record<Action['command'], number>> = { risk: 1, transition: 1, compare: 2 };

/** The custom_id for an action, or undefined when it cannot be carried in 100 characters. */
export function encodeAction(action: Action): string | undefined {
  if (action.args.some((a) => a.includes(SEPARATOR))) return undefined;
  const id = [PREFIX, action.command, ...action.args].join(SEPARATOR);
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/** The action a clicked custom_id asks for, when it names a known command with known roles. */
export function decodeAction(customId: string, catalog: Catalog): Action | undefined {
  if (customId.length > CUSTOM_ID_MAX) return undefined;
  const [prefix, command, ...args] = customId.split(SEPARATOR);
  if (prefix !== PREFIX || !command || !(command in ROLE_ARGS)) return undefined;
  const name = command as Action['command'];
  if (args.length !== ROLE_ARGS[name] || !args.every((id) => catalog.byId.has(id))) return undefined;
  if (name === 'compare' && args[0] === args[1]) return undefined;
  return { command: name, args };
}
