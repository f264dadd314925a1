// Redis implementations of the core's store interfaces, for several copies behind a load balancer.
// Every call degrades instead of failing: a lost Redis means answering without memory (and a log
// line), never a crash; duplicate checks fall back to this copy's own memory.
import { Redis } from 'ioredis';
import type { ConversationState, ConversationStore } from '../../src/intent/conversation-store.ts';
import { MemoryOnceStore, type OnceStore } from './once-store.ts';
import { MemoryRateLimiter, type RateLimit, type RateLimiter } from './rate-limit.ts';
import { errorContext, type Logger } from './log.ts';
import type { RecordStore } from './file-store.ts';

const PREFIX = 'career-bot:';

export function connectRedis(url: string, log: Logger): Redis {
  const redis = new Redis(url, {
    // Fail fast while disconnected instead of queueing answers behind a dead connection.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
  });
  let down = false;
  redis.on('error', (e) => {
    if (!down) log.warn('redis unavailable: answering without shared memory until it returns', errorContext(e));
    down = true;
  });
  redis.on('ready', () => {
    if (down) log.info('redis is back');
    down = false;
  });
  return redis;
}

/** Runs `op`; on a Redis failure logs once per failure and returns the fallback. */
async function orFallback<T>(
  log: Logger,
  what: string,
  op: () => Promise<T>,
  fallback: () => T | Promise<T>,
): Promise<T> {
  try {
    return await op();
  } catch (e) {
    log.warn(`redis ${what} failed; degrading`, errorContext(e));
    return fallback();
  }
}

export class RedisConversationStore implements ConversationStore {
  constructor(
    private readonly redis: Redis,
    private readonly ttlMs: number,
    private readonly log: Logger,
  ) {}

  get(key: string): Promise<ConversationState | undefined> {
    return orFallback(
      this.log,
      'get',
      async () => {
        const raw = await this.redis.get(`${PREFIX}conv:${key}`);
        return raw ? (JSON.parse(raw) as ConversationState) : undefined;
      },
      () => undefined,
    );
  }

  set(key: string, state: ConversationState): Promise<void> {
    return orFallback(
      this.log,
      'set',
      async () => {
        await this.redis.set(`${PREFIX}conv:${key}`, JSON.stringify(state), 'PX', this.ttlMs);
      },
      () => undefined,
    );
  }
}

export class RedisOnceStore implements OnceStore {
  private readonly local = new MemoryOnceStore();
  constructor(
    private readonly redis: Redis,
    private readonly log: Logger,
  ) {}

  claim(key: string, ttlMs: number): Promise<boolean> {
    // SET NX is atomic across copies: exactly one copy wins the claim.
    return orFallback(
      this.log,
      'claim',
      async () => (await this.redis.set(`${PREFIX}once:${key}`, '1', 'PX', ttlMs, 'NX')) === 'OK',
      () => this.local.claim(key, ttlMs),
    );
  }
}

// Token bucket in one atomic step: refill by elapsed time, take a token if there is one.
const TAKE = `
local capacity = tonumber(ARGV[1]); local perMs = tonumber(ARGV[2]); local now = tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(b[1]) or capacity; local at = tonumber(b[2]) or now
tokens = math.min(capacity, tokens + (now - at) * perMs)
local allowed = 0
if tokens >= 1 then tokens = tokens - 1; allowed = 1 end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / perMs))
return allowed`;

export class RedisRateLimiter implements RateLimiter {
  private readonly local = new MemoryRateLimiter();
  constructor(
    private readonly redis: Redis,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string, limit: RateLimit): Promise<boolean> {
    return orFallback(
      this.log,
      'rate limit',
      async () =>
        (await this.redis.eval(
          TAKE,
          1,
          `${PREFIX}rl:${key}`,
          limit.capacity,
          limit.refillPerMinute / 60_000,
          this.now(),
        )) === 1,
      () => this.local.take(key, limit),
    );
  }
}

/**
 * Records every copy must see (Slack installations). Unlike the stores above a failure is not
 * papered over: without the record there is nothing right to fall back to, so the caller hears of it.
 */
export class RedisRecordStore implements RecordStore {
  constructor(
    private readonly redis: Redis,
    private readonly namespace: string,
  ) {}
  private key(key: string) {
    return `${PREFIX}${this.namespace}:${key}`;
  }
  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.key(key))) ?? undefined;
  }
  async set(key: string, value: string): Promise<void> {
    await this.redis.set(this.key(key), value);
  }
  async delete(key: string): Promise<void> {
    await this.redis.del(this.key(key));
  }
}
