// The Redis stores against a real redis-server: shared across copies, and degrading when it dies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import {
  connectRedis,
  RedisConversationStore,
  RedisOnceStore,
  RedisRateLimiter,
} from '../../adapters/runtime/redis-stores.ts';
import { createLogger } from '../../adapters/runtime/log.ts';
import { hasRedis, startRedis, type RedisServer } from './redis-server.ts';

const lines: string[] = [];
const log = createLogger('warn', (l) => lines.push(l));
let server: RedisServer;
let copyA: Redis;
let copyB: Redis;

beforeAll(async () => {
  if (!hasRedis) return;
  server = await startRedis();
  copyA = connectRedis(server.url, log);
  copyB = connectRedis(server.url, log);
  await Promise.all(
    [copyA, copyB].map((r) => (r.status === 'ready' ? undefined : new Promise((resolve) => r.once('ready', resolve)))),
  );
});
afterAll(async () => {
  if (!hasRedis) return;
  copyA.disconnect();
  copyB.disconnect();
  await server.stop();
});

describe.runIf(hasRedis)('GIVEN two bot copies sharing one Redis', () => {
  it('GIVEN the same event claimed by both THEN exactly one wins', async () => {
    const [a, b] = [new RedisOnceStore(copyA, log), new RedisOnceStore(copyB, log)];
    const results = await Promise.all([a.claim('Ev42', 60_000), b.claim('Ev42', 60_000)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });
  it('GIVEN thread memory written by one copy THEN the other reads it', async () => {
    await new RedisConversationStore(copyA, 60_000, log).set('T1', {
      roles: ['backend-developer-mid'],
      lastKind: 'risk',
    });
    expect(await new RedisConversationStore(copyB, 60_000, log).get('T1')).toEqual({
      roles: ['backend-developer-mid'],
      lastKind: 'risk',
    });
  });
  it('GIVEN one user flooding through both copies THEN the shared bucket limits the total', async () => {
    const limit = { capacity: 4, refillPerMinute: 1 };
    const [a, b] = [new RedisRateLimiter(copyA, log), new RedisRateLimiter(copyB, log)];
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await a.take('U9', limit), await b.take('U9', limit));
    expect(results.filter(Boolean)).toHaveLength(4);
  });
});

describe.runIf(hasRedis)('GIVEN Redis dies mid-conversation', () => {
  it('THEN reads degrade to no memory, writes are dropped, claims fall back to this copy, and it is logged', async () => {
    const store = new RedisConversationStore(copyA, 60_000, log);
    const once = new RedisOnceStore(copyA, log);
    await server.stop();
    await new Promise((r) => setTimeout(r, 100));
    expect(await store.get('T1')).toBeUndefined();
    await expect(store.set('T1', { roles: [] })).resolves.toBeUndefined();
    expect(await once.claim('Ev99', 60_000)).toBe(true);
    expect(await once.claim('Ev99', 60_000)).toBe(false);
    expect(lines.some((l) => l.includes('degrading') || l.includes('redis unavailable'))).toBe(true);
  });
});
