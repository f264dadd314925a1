// Starts what the environment asks for: Slack and Discord when their credentials are set, the
// console chat otherwise (the embedded default). HTTP-based adapters share one server on PORT.
import type { Server } from 'node:http';
import type { Redis } from 'ioredis';
import {
  discordGatewayConfigured,
  discordHttpConfigured,
  installationsDir,
  slackConfigured,
  type Env,
} from './runtime/config.ts';
import { FileRecordStore } from './runtime/file-store.ts';
import { MemoryConversationStore } from '../src/intent/conversation-store.ts';
import { MemoryOnceStore } from './runtime/once-store.ts';
import { MemoryRateLimiter } from './runtime/rate-limit.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import { warmUp } from '../src/load-catalog.ts';
import { prepareAsk } from '../commands/ask.ts';
import { runChat } from './console/chat.ts';
import { createHttpServer, listen } from './runtime/http-server.ts';
import { InFlight } from './runtime/inflight.ts';
import { ChartStore } from './runtime/charts/store.ts';
import { chartRoute, CHARTS_ROUTE } from './runtime/charts/route.ts';
import { createLogger, errorContext, type Logger } from './runtime/log.ts';
import { Metrics } from './runtime/metrics.ts';
import { awaitShutdownSignal, drainAndClose } from './runtime/shutdown.ts';
import { FileWatchStore, RedisWatchStore } from './runtime/watch-store.ts';
// Slack (Bolt), Discord (discord.js) and Redis (ioredis) are imported only when the environment asks
// for them: each library costs 25–45 MiB of memory and tens of milliseconds to load.
import type { StartContext, Stop, Stores } from './runtime/start-context.ts';

const CONVERSATION_TTL_MS = 60 * 60 * 1000;

export interface Running {
  port?: number;
  server?: Server;
  context: StartContext;
  /** Stops now: closes idle connections at once (tests and embedding, where nobody is still sending). */
  stop: Stop;
  /** Stops on a signal: drains first and lets idle connections expire (adapters/runtime/shutdown.ts). */
  shutdown: Stop;
}

export function anyPlatform(config: Env): boolean {
  return slackConfigured(config) || discordGatewayConfigured(config) || discordHttpConfigured(config);
}

async function createStores(config: Env, log: Logger): Promise<{ stores: Stores; redis?: Redis }> {
  if (!config.REDIS_URL) {
    return {
      stores: {
        conversations: new MemoryConversationStore({ maxEntries: 10_000, ttlMs: CONVERSATION_TTL_MS }),
        once: new MemoryOnceStore(),
        rateLimiter: new MemoryRateLimiter(),
        installations: new FileRecordStore(installationsDir(config)),
        watches: FileWatchStore.inDataDir(config.DATA_DIR),
      },
    };
  }
  const { connectRedis, RedisConversationStore, RedisOnceStore, RedisRateLimiter, RedisRecordStore } =
    await import('./runtime/redis-stores.ts');
  const redis = connectRedis(config.REDIS_URL, log);
  return {
    redis,
    stores: {
      conversations: new RedisConversationStore(redis, CONVERSATION_TTL_MS, log),
      once: new RedisOnceStore(redis, log),
      rateLimiter: new RedisRateLimiter(redis, log),
      installations: new RedisRecordStore(redis, 'slack:installation'),
      watches: new RedisWatchStore(redis),
    },
  };
}

/** Starts the configured platform adapters and the shared HTTP server; returns how to stop them. */
export async function startPlatforms(
  catalog: Catalog,
  config: Env,
  log: Logger = createLogger(config.LOG_LEVEL),
): Promise<Running> {
  // What early questions would otherwise wait for, built before the bot listens (a one-off command
  // skips it). Before the stores too: connections opened first would sit unserved meanwhile. A
  // failure here only means the first questions build it themselves.
  try {
    warmUp(catalog);
    await prepareAsk(catalog);
  } catch (e) {
    log.error('warm-up failed', errorContext(e));
  }
  const { stores, redis } = await createStores(config, log);
  const context: StartContext = {
    catalog,
    config,
    routes: new Map(),
    log,
    stores,
    metrics: new Metrics(),
    inflight: new InFlight(),
    charts: new ChartStore(catalog),
  };
  context.routes.set(CHARTS_ROUTE, chartRoute(context.charts));
  const stops: Stop[] = [];
  // Platform adapters register here: stops.push(await startX(context)).
  if (slackConfigured(config)) stops.push(await (await import('./slack/start.ts')).startSlack(context));
  if (discordGatewayConfigured(config) || discordHttpConfigured(config))
    stops.push(await (await import('./discord/start.ts')).startDiscord(context));
  const readiness = async () => {
    const checks: Record<string, boolean> = { catalog: catalog.roles.length > 0 };
    if (redis)
      checks.redis = await redis.ping().then(
        () => true,
        () => false,
      );
    return { ready: Object.values(checks).every(Boolean), checks };
  };
  const lifecycle = { draining: false };
  const server = createHttpServer(context.routes, log, { readiness, metrics: context.metrics, lifecycle });
  const port = await listen(server, config.PORT);
  log.info('http server listening', { port, routes: [...context.routes.keys(), '/healthz', '/readyz', '/metrics'] });

  const close = async (drainMs: number, idle: 'expire' | 'close') => {
    const options = { drainMs, graceMs: config.SHUTDOWN_GRACE_MS, inflight: context.inflight, log, idle };
    await drainAndClose(server, lifecycle, options);
    await Promise.allSettled(stops.map((s) => s()));
    if (redis) await redis.quit().catch(() => redis.disconnect());
  };
  return {
    server,
    port,
    context,
    stop: () => close(0, 'close'),
    shutdown: () => close(config.SHUTDOWN_DRAIN_MS, 'expire'),
  };
}

export async function start(catalog: Catalog, config: Env, chatOnly: boolean): Promise<number> {
  if (chatOnly || !anyPlatform(config)) {
    await runChat(catalog, {
      input: process.stdin,
      output: process.stdout,
      color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    });
    return 0;
  }
  const log = createLogger(config.LOG_LEVEL);
  // Listening before the start, so a signal during start-up is not the default (instant) exit.
  const signals = awaitShutdownSignal(log);
  const running = await startPlatforms(catalog, config, log);
  const signal = await signals;
  log.info('shutting down', { signal });
  // The real exit status, for whoever reads the log (under npm, the process manager sees npm's).
  process.once('exit', (code) => log.info('exited', { code }));
  await running.shutdown();
  log.info('stopped');
  return 0;
}
