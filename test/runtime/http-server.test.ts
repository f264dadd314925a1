// The shared HTTP server over real loopback HTTP: health, readiness (with a real Redis), metrics,
// and shutdown that waits for accepted work.
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/runtime/log.ts';
import { startPlatforms } from '../../adapters/main.ts';
import { InFlight } from '../../adapters/runtime/inflight.ts';
import { loadEnv } from '../../adapters/runtime/config.ts';
import { realCatalog } from '../helpers.ts';
import { hasRedis, startRedis } from './redis-server.ts';

const quiet = createLogger('silent');
const get = async (port: number, path: string) => {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: res.status, text: await res.text() };
};

describe('GIVEN the bot started with no Redis', async () => {
  const running = await startPlatforms(realCatalog(), loadEnv({ PORT: '0' }), quiet);
  afterAll(() => running.stop());

  it('THEN /healthz answers ok', async () => {
    expect(await get(running.port!, '/healthz')).toEqual({ status: 200, text: '{"ok":true}' });
  });
  it('THEN /readyz says the catalog is loaded', async () => {
    const r = await get(running.port!, '/readyz');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ ready: true, checks: { catalog: true } });
  });
  it('THEN /metrics serves Prometheus text with the answer counters', async () => {
    running.context.metrics.answered('slack', 'risk', 'answered', 0.002);
    running.context.metrics.matcherMiss('no_match');
    const r = await get(running.port!, '/metrics');
    expect(r.status).toBe(200);
    expect(r.text).toContain('careerbot_answers_total{platform="slack",command="risk",outcome="answered"} 1');
    expect(r.text).toContain('careerbot_matcher_misses_total{code="no_match"} 1');
    expect(r.text).toContain('careerbot_answer_seconds_bucket');
  });
  it('THEN an unknown path is a 404', async () => {
    expect((await get(running.port!, '/nope')).status).toBe(404);
  });
});

describe.runIf(hasRedis)('GIVEN the bot started with REDIS_URL', async () => {
  it('THEN /readyz reports Redis, and 503 once Redis is gone', async () => {
    const redis = await startRedis();
    const running = await startPlatforms(realCatalog(), loadEnv({ PORT: '0', REDIS_URL: redis.url }), quiet);
    try {
      await new Promise((r) => setTimeout(r, 200));
      expect(JSON.parse((await get(running.port!, '/readyz')).text)).toEqual({
        ready: true,
        checks: { catalog: true, redis: true },
      });
      await redis.stop();
      await new Promise((r) => setTimeout(r, 200));
      const after = await get(running.port!, '/readyz');
      expect(after.status).toBe(503);
      expect(JSON.parse(after.text).checks.redis).toBe(false);
    } finally {
      await running.stop();
    }
  });
});

describe('GIVEN work in flight at shutdown', () => {
  it('GIVEN it finishes within the bound THEN drain waits for it', async () => {
    const inflight = new InFlight();
    let finished = false;
    inflight.track(new Promise((r) => setTimeout(r, 50)).then(() => (finished = true)));
    expect(await inflight.drain(1000)).toBe(true);
    expect(finished).toBe(true);
  });
  it('GIVEN it outlasts the bound THEN drain gives up at the bound', async () => {
    const inflight = new InFlight();
    inflight.track(new Promise((r) => setTimeout(r, 500)));
    const start = Date.now();
    expect(await inflight.drain(50)).toBe(false);
    expect(Date.now() - start).toBeLessThan(400);
  });
});
