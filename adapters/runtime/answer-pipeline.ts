// The one way every platform answers a request: rate limit, compute, count, and turn a failure of
// ours into the apology after logging it with context. Slack, Discord and the console all use it,
// so the limits, the wording and the metrics are the same everywhere.
import type { Answer } from '../../commands/define.ts';
import { apologyAnswer, errorAnswer } from '../../commands/index.ts';
import { UserError } from '../../src/errors.ts';
import type { Env } from './config.ts';
import type { InFlight } from './inflight.ts';
import { errorContext, type Logger } from './log.ts';
import type { Metrics, Outcome } from './metrics.ts';
import type { RateLimit, RateLimiter } from './rate-limit.ts';

export type Platform = 'slack' | 'discord' | 'console';

export interface RateLimits {
  user: RateLimit;
  channel: RateLimit;
}

/** The buckets the environment sets (RATE_LIMIT_*), the same for every platform. */
export const rateLimitsFrom = (config: Env): RateLimits => ({
  user: { capacity: config.RATE_LIMIT_BURST, refillPerMinute: config.RATE_LIMIT_USER_PER_MINUTE },
  channel: { capacity: config.RATE_LIMIT_BURST, refillPerMinute: config.RATE_LIMIT_CHANNEL_PER_MINUTE },
});

/** What the pipeline needs from start-up; all but the logger are optional so tests can leave them out. */
export interface Services {
  log: Logger;
  metrics?: Metrics;
  inflight?: InFlight;
  rateLimiter?: RateLimiter;
  limits?: RateLimits;
}

/** Who asked, where: the keys of the rate-limit buckets. */
export interface Asker {
  platform: Platform;
  /** The workspace or server, where the platform has one (user ids are per workspace on Slack). */
  team?: string;
  userId?: string;
  channelId?: string;
}

export const SLOW_DOWN_MESSAGE = 'That is a lot of questions in a short time. Please wait a minute and ask again.';
const slowDown = () => errorAnswer(new UserError('rate_limited', SLOW_DOWN_MESSAGE));

/**
 * Both buckets must have a token. The person's is taken first, and the channel's only when the
 * person still has one, so one person cannot drain a channel's bucket for everyone else. A failing
 * shared store must not silence the bot: the request goes through.
 */
async function allowed({ rateLimiter, limits }: Services, asker: Asker): Promise<boolean> {
  if (!rateLimiter || !limits) return true;
  const take = (key: string, limit: RateLimit) => rateLimiter.take(key, limit).catch(() => true);
  const prefix = `${asker.platform}:${asker.team ?? ''}`;
  if (asker.userId && !(await take(`${prefix}:user:${asker.userId}`, limits.user))) return false;
  return asker.channelId ? take(`${prefix}:channel:${asker.channelId}`, limits.channel) : true;
}

function outcomeOf(answer: Answer): Outcome {
  if (!('error' in answer.doc)) return 'answered';
  return answer.doc.error.code === 'rate_limited' ? 'rate_limited' : 'user_error';
}

/** Answers one request. Never rejects: a failure of ours becomes the apology. */
export async function answerRequest(
  services: Services,
  asker: Asker,
  command: string,
  compute: () => Answer | Promise<Answer>,
  context: object = {},
): Promise<Answer> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const answer = (await allowed(services, asker)) ? await compute() : slowDown();
    const code = 'error' in answer.doc ? answer.doc.error.code : undefined;
    if (code === 'no_match' || code === 'ambiguous') services.metrics?.matcherMiss(code);
    services.metrics?.answered(asker.platform, command, outcomeOf(answer), seconds());
    services.log.info('answered', {
      platform: asker.platform,
      command,
      ...context,
      outcome: outcomeOf(answer),
      private: Boolean(answer.reply.private),
    });
    return answer;
  } catch (e) {
    services.log.error('answer failed', { platform: asker.platform, command, ...context, ...errorContext(e) });
    services.metrics?.answered(asker.platform, command, 'failed', seconds());
    return apologyAnswer();
  }
}

/** Work that outlives the request (follow-ups, posts after the ack): shutdown waits for it. */
export const track = <T>(services: Services, work: Promise<T>): Promise<T> =>
  services.inflight ? services.inflight.track(work) : work;
