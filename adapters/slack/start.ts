// Starts Slack from the validated config: finds the bot's identity once (auth.test), then mounts
// the Bolt receiver on the shared HTTP server (HTTP mode) or connects over Socket Mode.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { webApi, type InstallationStore } from '@slack/bolt';
import { ConfigError, slackOAuthConfigured, type Env } from '../runtime/config.ts';
import type { RecordStore } from '../runtime/file-store.ts';
import { SlackInstallationStore } from './installations.ts';
import { INSTALL_PATH, REDIRECT_PATH } from './oauth.ts';
import { errorContext } from '../runtime/log.ts';
import type { StartContext, Stop } from '../runtime/start-context.ts';
import { rateLimitsFrom } from '../runtime/answer-pipeline.ts';
import { readSlackBody } from './body-guard.ts';
import { withRequestId } from '../runtime/request-id.ts';
import { slackRequestIdOfRaw } from './request-id.ts';
import { notifyChanges } from '../runtime/watches.ts';
import { renderSlack } from './render.ts';
import { createSlackApp, EVENTS_PATH, type SlackIdentity, type SlackSettings } from './app.ts';

export function slackSettings(config: Env, installations?: RecordStore): SlackSettings {
  return {
    botToken: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
    ...(slackOAuthConfigured(config) &&
      installations && {
        oauth: {
          clientId: config.SLACK_CLIENT_ID!,
          clientSecret: config.SLACK_CLIENT_SECRET!,
          stateSecret: config.SLACK_STATE_SECRET!,
          installationStore: new SlackInstallationStore(installations),
        },
      }),
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

/** The bot token a workspace installed with; throws (a failed notice, logged) when it is not installed. */
async function installedBotToken(store: InstallationStore, teamId: string): Promise<string> {
  const installation = await store.fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });
  if (!installation.bot?.token) throw new Error(`no bot token for ${teamId}`);
  return installation.bot.token;
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
  const settings = slackSettings(config, stores.installations);
  // OAuth: no token at start; each workspace's bot identity comes with its installation.
  const identity = settings.oauth ? undefined : await fetchIdentity(settings);
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
    publicUrl: config.PUBLIC_URL,
    rateLimiter: stores.rateLimiter,
    limits: rateLimitsFrom(config),
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
          // A person's watch goes to their DM with the bot: posting to a user id opens it. With OAuth
          // each workspace has its own bot token, kept with its installation.
          const token = settings.oauth
            ? await installedBotToken(settings.oauth.installationStore, audience.team)
            : undefined;
          await app.client.chat.postMessage({ channel: audience.id, ...renderSlack(notice), ...(token && { token }) });
        },
      }).catch((e) => log.error('slack watch notices failed', errorContext(e))),
    );
  if (!receiver) {
    await app.start();
    void tellWatchers();
    log.info('slack socket mode connected', { botUserId: identity?.botUserId });
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
        const id = slackRequestIdOfRaw(body.raw.toString('utf8'), req.headers['content-type']);
        return withRequestId(id, () => receiver.requestListener(req, res));
      }
      receiver.requestListener(req, res);
    } catch (e) {
      // Bolt throws for paths and methods it does not serve; answer instead of crashing the server.
      log.debug('slack route not served', { url: req.url, method: req.method, ...errorContext(e) });
      if (!res.headersSent) res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  if (settings.oauth)
    log.info('slack oauth mode ready', { path: EVENTS_PATH, install: INSTALL_PATH, redirect: REDIRECT_PATH });
  else log.info('slack http mode ready', { path: EVENTS_PATH, botUserId: identity?.botUserId });
  void tellWatchers();
  return async () => {};
}
