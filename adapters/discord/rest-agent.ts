// discord.js sends with an undici of its own (6.x). Without an agent, a request goes through the
// process-wide dispatcher, which belongs to whichever undici loaded first: with Slack's Socket Mode
// (undici 7) loaded before discord.js, a message with a file (a chart sent as an attachment) failed
// with "action is not a function". So every Discord REST client gets an agent of discord.js's undici.
import { createRequire } from 'node:module';
import type { RESTOptions } from 'discord.js';

type Agent = NonNullable<RESTOptions['agent']>;
const fromHere = createRequire(import.meta.url);
const fromDiscord = createRequire(fromHere.resolve('discord.js'));
const fromRest = createRequire(fromDiscord.resolve('@discordjs/rest'));
const { Agent: RestAgent } = fromRest('undici') as { Agent: new () => Agent };

/** An agent of the undici discord.js's REST client is written against. */
export const discordAgent = (): Agent => new RestAgent();
