// What the bot answers to each kind of interaction, the same for the gateway and the HTTP
// endpoint: a neutral inbound in, a rendered payload out. No sending here.
import { apologyReply, errorAnswer, findCommand, runCommand } from '../../commands/index.ts';
import { cachedRunCommand, renderOnce } from '../runtime/answer-cache.ts';
import type { Answer } from '../../commands/define.ts';
import { UserError } from '../../src/errors.ts';
import type { RateLimit, RateLimiter } from '../runtime/rate-limit.ts';
import type { Reply } from '../../src/output/reply.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import type { InFlight } from '../runtime/inflight.ts';
import { errorContext, type Logger } from '../runtime/log.ts';
import type { Metrics } from '../runtime/metrics.ts';
import { sharedReply } from '../../commands/myscore.ts';
import { riskAnswer } from '../../commands/risk.ts';
import type { personalDoc } from '../../src/personal/document.ts';
import { decodeAction } from './custom-id.ts';
import { submittedSplit } from './split-modal.ts';
import { AUTOCOMPLETE_CHOICES_MAX, CHOICE_NAME_MAX, CHOICE_VALUE_MAX, EPHEMERAL } from './limits.ts';
import { clip, renderDiscord, type DiscordMessage } from './render.ts';
import { DISCORD_COMMAND_NAMES } from './slash-commands.ts';

/** The body of every message the bot sends: nobody is ever pinged by what it echoes. */
export interface MessagePayload extends DiscordMessage {
  allowed_mentions: { parse: [] };
  flags?: number;
}
export interface Choice {
  name: string;
  value: string;
}

const renderDiscordOnce = renderOnce(renderDiscord);
export function messagePayload(reply: Reply): MessagePayload {
  return {
    ...renderDiscordOnce(reply),
    allowed_mentions: { parse: [] },
    ...(reply.private ? { flags: EPHEMERAL } : {}),
  };
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
  const command = (DISCORD_COMMAND_NAMES as readonly string[]).includes(name) ? findCommand(name) : undefined;
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

/** Autocomplete for a role option: the matcher's ranking, as many as Discord shows. */
export function roleChoices(catalog: Catalog, typed: string): Choice[] {
  return catalog.matcher
    .suggest(typed, AUTOCOMPLETE_CHOICES_MAX)
    .filter((r) => r.id.length <= CHOICE_VALUE_MAX)
    .map((r) => ({ name: clip(r.title, CHOICE_NAME_MAX) || r.id, value: r.id }));
}

/** What both modes share from start-up; all but the logger are optional so tests can leave them out. */
export interface Services {
  log: Logger;
  metrics?: Metrics;
  inflight?: InFlight;
  rateLimiter?: RateLimiter;
  limits?: { user: RateLimit; channel: RateLimit };
}

export interface Asker {
  userId?: string;
  channelId?: string;
}

async function allowed(services: Services, asker: Asker): Promise<boolean> {
  const { rateLimiter, limits } = services;
  if (!rateLimiter || !limits) return true;
  // A failing shared store must not silence the bot: let the request through.
  const take = (key: string, limit: RateLimit) => rateLimiter.take(key, limit).catch(() => true);
  const [user, channel] = await Promise.all([
    asker.userId ? take(`discord:user:${asker.userId}`, limits.user) : true,
    asker.channelId ? take(`discord:channel:${asker.channelId}`, limits.channel) : true,
  ]);
  return user && channel;
}

/**
 * Answers one request: rate limit, compute, count, and turn a failure of ours into the apology
 * after logging it with context. Never rejects.
 */
export async function answerFor(
  services: Services,
  asker: Asker,
  command: string,
  compute: () => Answer | Promise<Answer>,
  context: object = {},
): Promise<Reply> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    if (!(await allowed(services, asker))) {
      services.metrics?.answered('discord', command, 'rate_limited', seconds());
      return errorAnswer(
        new UserError(
          'rate_limited',
          'That is a lot of questions in a short time. Please wait a minute and ask again.',
        ),
      ).reply;
    }
    const answer = await compute();
    const code = 'error' in answer.doc ? answer.doc.error.code : undefined;
    if (code === 'no_match' || code === 'ambiguous') services.metrics?.matcherMiss(code);
    services.metrics?.answered('discord', command, code ? 'user_error' : 'answered', seconds());
    return answer.reply;
  } catch (e) {
    services.log.error('discord answer failed', { command, ...context, ...errorContext(e) });
    services.metrics?.answered('discord', command, 'failed', seconds());
    return apologyReply();
  }
}

/** Work that outlives the request (follow-ups): shutdown waits for it. */
export const track = <T>(services: Services, work: Promise<T>): Promise<T> =>
  services.inflight ? services.inflight.track(work) : work;
