// What Slack sends, turned into the inputs the commands take: slash command text, mention text.
import type { Command } from '../../commands/define.ts';
import type { Action } from '../../src/output/reply.ts';
import { argsFor } from '../../commands/args.ts';

/** The help scheme: `/risk help`, `/compare help`, `/transition help`, or any of them with no text. */
export const isHelpRequest = (text: string) => /^\s*(help|\?)?\s*$/i.test(text);

/** Slash command text → the command's arguments ("a vs b" split for /compare). */
export const slashArgs = (command: Command, text: string) => argsFor(command, text).args;

/** A button's Action → arguments by position (role ids, which the catalog resolves directly). */
export function actionArgs(command: Command, action: Action): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(command.args).map((name, i) => [name, action.args[i]]));
}

/** Mention text without the bot's own mention, e.g. "<@U0BOT> risk of qa?" → "risk of qa?". */
export function mentionText(text: string, botUserId: string): string {
  return text
    .replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The conversation memory of a Slack thread (and the role last talked about in it). */
export const threadKey = (team: string, channel: string, threadTs: string) => `slack:${team}:${channel}:${threadTs}`;
