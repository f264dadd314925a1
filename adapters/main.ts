// Starts what the environment asks for: Slack and Discord when their credentials are set, the
// console chat otherwise (the embedded default). HTTP-based adapters share one server on PORT.
import type { Server } from 'node:http';
import { discordGatewayConfigured, discordHttpConfigured, slackConfigured, type Env } from '../src/config.ts';
import type { Catalog } from '../src/role-catalog.ts';
import { runChat } from './console/chat.ts';
import { createHttpServer, listen, type Routes } from './http/server.ts';
import { createLogger, type Logger } from './log.ts';

/** What each platform adapter gets to start itself; it adds HTTP routes and returns its stop. */
export interface StartContext { catalog: Catalog; config: Env; routes: Routes; log: Logger }
export type Stop = () => Promise<void>;

export interface Running { port?: number; server?: Server; stop: Stop }

export function anyPlatform(config: Env): boolean {
  return slackConfigured(config) || discordGatewayConfigured(config) || discordHttpConfigured(config);
}

/** Starts the configured platform adapters and the shared HTTP server; returns how to stop them. */
export async function startPlatforms(catalog: Catalog, config: Env, log: Logger = createLogger(config.LOG_LEVEL)): Promise<Running> {
  const routes: Routes = new Map();
  const stops: Stop[] = [];
  const ctx: StartContext = { catalog, config, routes, log };
  void ctx; // Platform adapters register here: stops.push(await startX(ctx)).
  let server: Server | undefined;
  let port: number | undefined;
  if (routes.size > 0) {
    server = createHttpServer(routes, log);
    port = await listen(server, config.PORT);
    log.info('http server listening', { port, routes: [...routes.keys(), '/healthz'] });
  }
  return {
    server,
    port,
    stop: async () => {
      await Promise.allSettled(stops.map((s) => s()));
      if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export async function start(catalog: Catalog, config: Env, chatOnly: boolean): Promise<number> {
  if (chatOnly || !anyPlatform(config)) {
    await runChat(catalog, { input: process.stdin, output: process.stdout, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
    return 0;
  }
  const running = await startPlatforms(catalog, config);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await running.stop();
  return 0;
}
