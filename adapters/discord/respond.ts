// What the bot answers to each kind of interaction, the same for the gateway and the HTTP
// endpoint: a neutral inbound in, a rendered payload out. No sending here.
import { commandsOn, findCommand, runCommand } from '../../commands/index.ts';
import { cachedRunCommand, renderOnce } from '../runtime/answer-cache.ts';
import type { Answer } from '../../commands/define.ts';
import {
  answerRequest,
  type Asker as PipelineAsker,
  type Services as PipelineServices,
} from '../runtime/answer-pipeline.ts';
import type { Reply } from '../../src/output/reply.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { sharedReply } from '../../commands/myscore.ts';
import { riskAnswer } from '../../commands/risk.ts';
import type { personalDoc } from '../../src/personal/document.ts';
import { decodeAction } from './custom-id.ts';
import { submittedSplit } from './split-modal.ts';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX, EPHEMERAL } from './limits.ts';
import { attachedChart, CHART_FILE_NAME, renderDiscord, type DiscordMessage, type DiscordOptions } from './render.ts';
import type { ChartStore } from '../runtime/charts/store.ts';
import { errorContext } from '../runtime/log.ts';
import { truncate } from '../../src/output/text.ts';
import type { Audience, WatchStore } from '../runtime/watch-store.ts';
import { settleEffect } from '../runtime/watches.ts';

/** The body of every message the bot sends: nobody is ever pinged by what it echoes. */
export interface MessagePayload extends DiscordMessage {
  allowed_mentions: { parse: [] };
  flags?: number;
}
export interface Choice {
  name: string;
  value: string;
}

/**
 * Only the asker sees it: private answers, and details opened from a card ("Why this score"),
 * which would otherwise fill the channel with one copy per curious reader.
 */
export const isEphemeral = (reply: Reply) => Boolean(reply.private || reply.detail);

/** Rendered once per reply and per chart setting (runtime/answer-cache.ts). */
const renderers = new Map<string, (reply: Reply) => DiscordMessage>();
function renderDiscordOnce(reply: Reply, options: DiscordOptions): DiscordMessage {
  const key = `${options.publicUrl ?? ''}\u0000${Boolean(options.attachCharts)}`;
  let render = renderers.get(key);
  if (!render) renderers.set(key, (render = renderOnce((r) => renderDiscord(r, options))));
  return render(reply);
}

/** How this bot shows charts: linked under PUBLIC_URL, else attached when it can draw them. */
export const chartOptions = (services: Pick<Services, 'publicUrl' | 'charts'>): DiscordOptions => ({
  publicUrl: services.publicUrl,
  attachCharts: Boolean(services.charts),
});

export function messagePayload(reply: Reply, options: DiscordOptions = {}): MessagePayload {
  return {
    ...renderDiscordOnce(reply, options),
    allowed_mentions: { parse: [] },
    ...(isEphemeral(reply) ? { flags: EPHEMERAL } : {}),
  };
}

/**
 * The JSON of an interaction response carrying `reply`, serialised once per reply (answers and
 * their replies are shared per catalog version: runtime/answer-cache.ts), response type and chart
 * setting. Under load this string was rebuilt for every request of the same card.
 */
const serialised = new WeakMap<Reply, Map<string, string>>();
export function interactionResponseJson(type: number, reply: Reply, options: DiscordOptions = {}): string {
  const key = `${type}\u0000${options.publicUrl ?? ''}\u0000${Boolean(options.attachCharts)}`;
  let forReply = serialised.get(reply);
  if (!forReply) serialised.set(reply, (forReply = new Map()));
  let json = forReply.get(key);
  if (json === undefined) forReply.set(key, (json = JSON.stringify({ type, data: messagePayload(reply, options) })));
  return json;
}

const notice = (title: string, text: string): Answer => ({
  reply: { title, tone: 'warning', private: true, blocks: [{ type: 'text', text }] },
  doc: { error: { code: 'bad_input', message: text, suggestions: [] } },
});
const staleButton = notice(
  'That button no longer works',
  'It may come from an older version of the bot. Ask again with /risk, /compare or /transition.',
);
const unknownCommand = notice(
  'I do not know that command',
  'Try /help to see what I can do. The commands may need registering again (npm run register).',
);

/** A slash command with its options (role ids from autocomplete or free text). */
export function commandAnswer(catalog: Catalog, name: string, options: Record<string, string | undefined>): Answer {
  const command = commandsOn('discord').find((c) => c.name === name);
  return command ? cachedRunCommand(command, options, catalog) : unknownCommand;
}

/** A button click: the action its custom_id carries, once checked against the catalog. */
export function clickAnswer(catalog: Catalog, customId: string): Answer {
  const action = decodeAction(customId, catalog);
  const command = action && findCommand(action.command);
  if (!action || !command) return staleButton;
  const names = Object.keys(command.args);
  const answer = cachedRunCommand(command, Object.fromEntries(action.args.map((id, i) => [names[i]!, id])), catalog);
  // The owner chose to share their card: the same score, for everyone.
  return action.share && !('error' in answer.doc) ? { ...answer, reply: sharedReply(answer.reply) } : answer;
}

/** The split modal submitted: the personal card (private), or a friendly error about the split. */
export function modalAnswer(catalog: Catalog, customId: string, rows?: Parameters<typeof submittedSplit>[1]): Answer {
  const split = submittedSplit(customId, rows);
  if (!split || !catalog.byId.has(split.role)) return staleButton;
  return runCommand(findCommand('myscore')!, { role: split.role, mix: split.mix || undefined }, catalog);
}

/**
 * A mention is answered in the open and cannot be private, so a personal statement there gets the
 * role's baseline and an invitation to /myscore, which answers privately; the split stays unshown.
 */
export function mentionAnswer(catalog: Catalog, answer: Answer): Answer {
  if (!('kind' in answer.doc) || answer.doc.kind !== 'personal') return answer;
  const doc = answer.doc as ReturnType<typeof personalDoc>;
  const baseline = riskAnswer(catalog, catalog.resolve(doc.role.id));
  const invite = `A personal score is only shown to you, and a reply here is seen by everyone, so here is the role's baseline. For your own score, privately, use /myscore role: ${doc.role.title} mix: ${doc.mix}`;
  return {
    ...baseline,
    reply: { ...baseline.reply, blocks: [{ type: 'text', text: invite }, ...baseline.reply.blocks] },
  };
}

/** Who hears about a watched role: the channel in a server, the person in a DM. */
export function discordAudience(
  guildId: string | null | undefined,
  channelId: string | null | undefined,
  userId: string | undefined,
): Audience | undefined {
  if (guildId && channelId) return { platform: 'discord', team: guildId, kind: 'channel', id: channelId };
  return userId ? { platform: 'discord', team: '', kind: 'user', id: userId } : undefined;
}

/** The answer, with any watch it asks for carried out against the store. */
export const withWatches = async (
  answer: Answer | Promise<Answer>,
  catalog: Catalog,
  watches: WatchStore,
  audience: Audience | undefined,
) => settleEffect(await answer, catalog, watches, audience);

/** Autocomplete for a role option: the matcher's ranking, as many as Discord shows. */
export function roleChoices(catalog: Catalog, typed: string): Choice[] {
  return catalog.matcher
    .suggest(typed, AUTOCOMPLETE_CHOICES_MAX)
    .filter((r) => r.id.length <= CHOICE_VALUE_MAX)
    .map((r) => ({ name: truncate(r.title, CHOICE_NAME_MAX) || r.id, value: r.id }));
}

/** The pipeline's services, and how this bot shows charts on Discord. */
export interface Services extends PipelineServices {
  /** PUBLIC_URL: charts are linked there. */
  publicUrl?: string;
  /** Draws charts; without PUBLIC_URL they are sent with the message as a file. */
  charts?: ChartStore;
}
export { track } from '../runtime/answer-pipeline.ts';

export interface ChartFile {
  name: string;
  data: Buffer;
  description: string;
}

/** The chart file a message carries when charts are attached rather than linked. */
export async function chartFile(services: Services, reply: Reply): Promise<ChartFile | undefined> {
  const chart = services.charts && attachedChart(reply, chartOptions(services));
  if (!chart || !services.charts) return undefined;
  try {
    return { name: CHART_FILE_NAME, data: await services.charts.png(chart.ref), description: chart.alt };
  } catch (e) {
    services.log.error('chart drawing failed', { chart: chart.path, ...errorContext(e) });
    return undefined;
  }
}

/** Who asked, where: Discord's user and channel (the pipeline adds the platform). */
export type Asker = Omit<PipelineAsker, 'platform'>;

/** Answers one request through the shared pipeline and hands back the reply to render. */
export async function answerFor(
  services: Services,
  asker: Asker,
  command: string,
  compute: () => Answer | Promise<Answer>,
  context: object = {},
): Promise<Reply> {
  return (await answerRequest(services, { platform: 'discord', ...asker }, command, compute, context)).reply;
}
