// Starts Discord the way the environment asks: the HTTP interactions endpoint when
// DISCORD_PUBLIC_KEY is set, the gateway when DISCORD_TOKEN is set (both may run at once).
import { discordAgent } from './rest-agent.ts';
import { REST } from 'discord.js';
import { discordGatewayConfigured, discordHttpConfigured, type Env } from '../runtime/config.ts';
import type { StartContext, Stop } from '../runtime/start-context.ts';
import { rateLimitsFrom } from '../runtime/answer-pipeline.ts';
import { startGateway } from './gateway.ts';
import { createInteractionsHandler } from './http-interactions.ts';

export const INTERACTIONS_PATH = '/discord/interactions';

/** DISCORD_API_URL without a trailing slash; discord.js appends /v10. */
export const discordApi = (config: Env) => config.DISCORD_API_URL?.replace(/\/+$/, '');

export async function startDiscord({
  catalog,
  config,
  routes,
  log,
  stores,
  metrics,
  inflight,
  charts,
}: StartContext): Promise<Stop> {
  const api = discordApi(config);
  const services = {
    log,
    metrics,
    inflight,
    charts,
    publicUrl: config.PUBLIC_URL,
    rateLimiter: stores.rateLimiter,
    limits: rateLimitsFrom(config),
  };
  const stops: Stop[] = [];
  if (discordHttpConfigured(config)) {
    const rest = new REST({ ...(api ? { api } : {}), agent: discordAgent() });
    routes.set(
      INTERACTIONS_PATH,
      createInteractionsHandler({
        ...services,
        catalog,
        publicKey: config.DISCORD_PUBLIC_KEY!,
        applicationId: config.DISCORD_APPLICATION_ID!,
        rest,
        watches: stores.watches,
      }),
    );
    log.info('discord interactions endpoint ready', { path: INTERACTIONS_PATH });
  }
  if (discordGatewayConfigured(config)) {
    const client = await startGateway({
      ...services,
      catalog,
      token: config.DISCORD_TOKEN!,
      store: stores.conversations,
      watches: stores.watches,
      once: stores.once,
      api,
      shards: config.DISCORD_SHARDS,
    });
    log.info('discord gateway connected', {
      user: client.user?.id,
      shards: client.options.shards,
      shardCount: client.options.shardCount,
    });
    stops.push(() => client.destroy());
  }
  return async () => {
    await Promise.allSettled(stops.map((s) => s()));
  };
}
