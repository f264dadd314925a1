import { describe, expect, it } from 'vitest';
import { MemoryConversationStore } from '../../src/intent/conversation-store.ts';
import { MemoryOnceStore } from '../../adapters/runtime/once-store.ts';
import { MemoryRateLimiter } from '../../adapters/runtime/rate-limit.ts';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('GIVEN the in-process conversation store', () => {
  it('GIVEN an entry older than the TTL THEN it is forgotten', async () => {
    const c = clock();
    const store = new MemoryConversationStore({ maxEntries: 10, ttlMs: 1000, now: c.now });
    await store.set('t1', { roles: ['backend-developer-mid'] });
    expect(await store.get('t1')).toEqual({ roles: ['backend-developer-mid'] });
    c.advance(1001);
    expect(await store.get('t1')).toBeUndefined();
  });
  it('GIVEN more entries than its bound THEN the oldest go first', async () => {
    const store = new MemoryConversationStore({ maxEntries: 2, ttlMs: 60_000 });
    for (const k of ['a', 'b', 'c']) await store.set(k, { roles: [k] });
    expect(store.size).toBe(2);
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('c')).toEqual({ roles: ['c'] });
  });
});

describe('GIVEN the in-process once store', () => {
  it('GIVEN the same event id twice THEN only the first claim wins, until it expires', async () => {
    const c = clock();
    const once = new MemoryOnceStore(100, c.now);
    expect(await once.claim('Ev1', 1000)).toBe(true);
    expect(await once.claim('Ev1', 1000)).toBe(false);
    expect(await once.claim('Ev2', 1000)).toBe(true);
    c.advance(1001);
    expect(await once.claim('Ev1', 1000)).toBe(true);
  });
});

describe('GIVEN the token-bucket rate limiter', () => {
  const limit = { capacity: 3, refillPerMinute: 6 };
  it('GIVEN a burst THEN it allows the capacity and refuses the rest', async () => {
    const limiter = new MemoryRateLimiter(100, clock().now);
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await limiter.take('U1', limit));
    expect(results).toEqual([true, true, true, false, false]);
  });
  it('GIVEN time passing THEN tokens come back at the refill rate', async () => {
    const c = clock();
    const limiter = new MemoryRateLimiter(100, c.now);
    for (let i = 0; i < 3; i++) await limiter.take('U1', limit);
    expect(await limiter.take('U1', limit)).toBe(false);
    c.advance(10_000); // 6 a minute: one token every 10 s
    expect(await limiter.take('U1', limit)).toBe(true);
    expect(await limiter.take('U1', limit)).toBe(false);
  });
  it('GIVEN two users THEN one flooding does not slow the other', async () => {
    const limiter = new MemoryRateLimiter(100, clock().now);
    for (let i = 0; i < 10; i++) await limiter.take('U1', limit);
    expect(await limiter.take('U2', limit)).toBe(true);
  });
});
