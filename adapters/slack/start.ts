// Starts Slack from the validated config: finds the bot's identity once (auth.test), then mounts
// the Bolt receiver on the shared HTTP server (HTTP mode) or connects over Socket Mode.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { webApi } from '@slack/bolt';
import { ConfigError, type Env } from '../runtime/config.ts';
import { errorContext } from '../runtime/log.ts';
import type { StartContext, Stop } from '../runtime/start-context.ts';
import { readSlackBody } from './body-guard.ts';
import { notifyChanges } from '../runtime/watches.ts';
import { renderSlack } from './render.ts';
import { createSlackApp, EVENTS_PATH, type SlackIdentity, type SlackSettings } from './app.ts';

export function slackSettings(config: Env): SlackSettings {
  return {
    botToken: config.SLACK_BOT_TOKEN!,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
  };
}

/** One auth.test at start: a wrong token is a clear start-up message, not a failure on every event. */
export async function fetchIdentity(settings: SlackSettings): Promise<SlackIdentity> {
  const client = new webApi.WebClient(settings.botToken, {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    retryConfig: { retries: 1 },
  });
  try {
    const result = await client.auth.test();
    if (!result.user_id || !result.bot_id) throw new Error('auth.test returned no bot identity');
    return { botId: result.bot_id, botUserId: result.user_id };
  } catch (e) {
    throw new ConfigError([
      `SLACK_BOT_TOKEN: Slack refused it (${errorContext(e).error}). Copy the Bot User OAuth Token (xoxb-…) from the app's "OAuth & Permissions" page.`,
    ]);
  }
}

export async function startSlack({
  catalog,
  config,
  routes,
  log,
  stores,
  metrics,
  inflight,
}: StartContext): Promise<Stop> {
  const settings = slackSettings(config);
  const identity = await fetchIdentity(settings);
  const { app, receiver } = createSlackApp({
    catalog,
    settings,
    identity,
    log,
    once: stores.once,
    conversations: stores.conversations,
    watches: stores.watches,
    metrics,
    inflight,
    rateLimiter: stores.rateLimiter,
    limits: {
      user: { capacity: config.RATE_LIMIT_BURST, refillPerMinute: config.RATE_LIMIT_USER_PER_MINUTE },
      channel: { capacity: config.RATE_LIMIT_BURST, refillPerMinute: config.RATE_LIMIT_CHANNEL_PER_MINUTE },
    },
  });
  // Watchers hear about changed roles once the app can post; shutdown waits for the notices.
  const tellWatchers = () =>
    inflight.track(
      notifyChanges({
        catalog,
        store: stores.watches,
        once: stores.once,
        log,
        platform: 'slack',
        deliver: async (audience, notice) => {
          // A person's watch goes to their DM with the bot: posting to a user id opens it.
          await app.client.chat.postMessage({ channel: audience.id, ...renderSlack(notice) });
        },
      }).catch((e) => log.error('slack watch notices failed', errorContext(e))),
    );
  if (!receiver) {
    await app.start();
    void tellWatchers();
    log.info('slack socket mode connected', { botUserId: identity.botUserId });
    return async () => {
      await app.stop();
    };
  }
  routes.set('/slack', async (req: IncomingMessage, res: ServerResponse) => {
    try {
      if (req.method === 'POST') {
        const body = await readSlackBody(req);
        if (!body.ok)
          return void res
            .writeHead(body.status, { 'content-type': 'text/plain' })
            .end(body.status === 413 ? 'Too large' : 'Malformed body');
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body.raw;
      }
      receiver.requestListener(req, res);
    } catch (e) {
      // Bolt throws for paths and methods it does not serve; answer instead of crashing the server.
      log.debug('slack route not served', { url: req.url, method: req.method, ...errorContext(e) });
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  log.info('slack http mode ready', { path: EVENTS_PATH, botUserId: identity.botUserId });
  void tellWatchers();
  return async () => {};
}
