// What the bot answers to each kind of interaction, the same for the gateway and the HTTP
// endpoint: a neutral inbound in, a rendered payload out. No sending here.
import { findCommand, runCommand, apologyReply } from '../../commands/index.ts';
import type { Answer } from '../../commands/define.ts';
import type { Reply } from '../../src/reply.ts';
import type { Catalog } from '../../src/role-catalog.ts';
import { decodeAction } from './custom-id.ts';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX, EPHEMERAL } from './limits.ts';
import { clip, renderDiscord, type DiscordMessage } from './render.ts';
import { DISCORD_COMMAND_NAMES } from './slash-commands.ts';

/** The body of every message the bot sends: nobody is ever pinged by what it echoes. */
export interface MessagePayload extends DiscordMessage { allowed_mentions: { parse: [] }; flags?: number }
export interface Choice { name: string; value: string }

export function messagePayload(reply: Reply): MessagePayload {
  return { ...renderDiscord(reply), allowed_mentions: { parse: [] }, ...(reply.private ? { flags: EPHEMERAL } : {}) };
}

const staleButton: Reply = {
  title: 'That button no longer works',
  tone: 'warning',
  private: true,
  blocks: [{ type: 'text', text: 'It may come from an older version of the bot. Ask again with /risk, /compare or /transition.' }],
};

const unknownCommand: Reply = {
  title: 'I do not know that command',
  tone: 'warning',
  private: true,
  blocks: [{ type: 'text', text: 'Try /help to see what I can do. The commands may need registering again (npm run register).' }],
};

/** A slash command with its options (role ids from autocomplete or free text). */
export function commandReply(catalog: Catalog, name: string, options: Record<string, string | undefined>): Reply {
  const command = (DISCORD_COMMAND_NAMES as readonly string[]).includes(name) ? findCommand(name) : undefined;
  return command ? runCommand(command, options, catalog).reply : unknownCommand;
}

/** A button click: the action its custom_id carries, once checked against the catalog. */
export function clickReply(catalog: Catalog, customId: string): Reply {
  const action = decodeAction(customId, catalog);
  const command = action && findCommand(action.command);
  if (!action || !command) return staleButton;
  const names = Object.keys(command.args);
  return runCommand(command, Object.fromEntries(action.args.map((id, i) => [names[i]!, id])), catalog).reply;
}

/** Autocomplete for a role option: the matcher's ranking, as many as Discord shows. */
export function roleChoices(catalog: Catalog, typed: string): Choice[] {
  return catalog.matcher.suggest(typed, AUTOCOMPLETE_CHOICES_MAX)
    .filter((r) => r.id.length <= CHOICE_VALUE_MAX)
    .map((r) => ({ name: clip(r.title, CHOICE_NAME_MAX) || r.id, value: r.id }));
}

/** Runs an answer and turns a failure of ours into the apology, after logging it. */
export async function safely(compute: () => Reply | Answer | Promise<Reply | Answer>, onError: (e: unknown) => void): Promise<Reply> {
  try {
    const result = await compute();
    return 'reply' in result ? result.reply : result;
  } catch (e) {
    onError(e);
    return apologyReply();
  }
}
