// The Bolt app: slash commands, button clicks, mentions and DMs. Thin on purpose: Slack input →
// command or askAnswer → renderSlack → ack / respond / chat.postMessage. Nothing here formats.
import {
  App,
  ErrorCode,
  HTTPReceiver,
  SocketModeReceiver,
  type AllMiddlewareArgs,
  type BlockAction,
  type ButtonAction,
  type SlackActionMiddlewareArgs,
} from '@slack/bolt';
import { askAnswer } from '../../commands/ask.ts';
import type { Answer } from '../../commands/define.ts';
import { commandsOn, findCommand, helpAnswer, runCommand } from '../../commands/index.ts';
import { cachedRunCommand, renderOnce } from '../runtime/answer-cache.ts';
import { answerRequest, track, type Asker, type RateLimits, type Services } from '../runtime/answer-pipeline.ts';
import { MemoryConversationStore, type ConversationStore } from '../../src/intent/conversation-store.ts';
import { MemoryOnceStore, type OnceStore } from '../runtime/once-store.ts';
import { MemoryWatchStore, type Audience, type WatchStore } from '../runtime/watch-store.ts';
import { settleEffect } from '../runtime/watches.ts';
import { MemoryRateLimiter, type RateLimiter } from '../runtime/rate-limit.ts';
import type { Reply } from '../../src/output/reply.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { InFlight } from '../runtime/inflight.ts';
import { errorContext, type Logger } from '../runtime/log.ts';
import type { Metrics } from '../runtime/metrics.ts';
import { ACTION_ID_PATTERN, decodeAction } from './action-id.ts';
import { boltLogger } from './bolt-logger.ts';
import { withRequestId } from '../runtime/request-id.ts';
import { slackRequestId } from './request-id.ts';
import { registerHome } from './home.ts';
import { forgetOnUninstall, oauthReceiver, type OAuthSettings } from './oauth.ts';
import { actionArgs, isHelpRequest, mentionText, slashArgs, threadKey } from './inbound.ts';
import { renderSlack as renderSlackFresh } from './render.ts';
import { readMeta, splitModal, submittedMix, SPLIT_VIEW_ID } from './split-modal.ts';
import { isSetSplitAction, sharedReply } from '../../commands/myscore.ts';
import type { personalTasksDoc } from '../../src/personal/document.ts';

/** Every slash command in the manifest; /myscore opens a modal, the others answer in the ack. */
export const SLASH_COMMANDS = commandsOn('slack').map((c) => c.name);
export const MODAL_COMMANDS = new Set(['myscore']);
export const EVENTS_PATH = '/slack/events';

export interface SlackIdentity {
  botId: string;
  botUserId: string;
}
export interface SlackSettings {
  /** One workspace: its bot token. Absent with `oauth`, where each workspace's token is looked up. */
  botToken?: string;
  oauth?: OAuthSettings;
  signingSecret?: string;
  appToken?: string;
  apiUrl?: string;
}
export interface SlackAppOptions {
  catalog: Catalog;
  settings: SlackSettings;
  /** The bot's identity in its one workspace (token mode); with OAuth each installation carries its own. */
  identity?: SlackIdentity;
  log: Logger;
  /** Retried events are claimed here by event_id (Redis when REDIS_URL is set). */
  once?: OnceStore;
  conversations?: ConversationStore;
  /** Who watches which role (/watch); in memory unless start-up gives the shared store. */
  watches?: WatchStore;
  /** Work after the ack, so shutdown can wait for it. */
  inflight?: InFlight;
  metrics?: Metrics;
  /** Token buckets per user and per channel, so one person or a bot loop cannot flood a channel. */
  rateLimiter?: RateLimiter;
  limits?: RateLimits;
  /** PUBLIC_URL: cards show their chart as an image fetched from there; without it, no image. */
  publicUrl?: string;
}
/** receiver is the HTTP receiver to mount; absent in Socket Mode, where app.start() connects. */
export interface SlackApp {
  app: App;
  receiver?: HTTPReceiver;
}

/** A failed Web API call is retried a little, not for half an hour (the client's default). */
const CLIENT_RETRIES = { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 };

/** The role's tasks and typical split when the answer is myscore without a split. */
const tasksDoc = (answer: Answer) =>
  'kind' in answer.doc && answer.doc.kind === 'personal-tasks'
    ? (answer.doc as ReturnType<typeof personalTasksDoc>)
    : undefined;
const visibility = (reply: Reply) => (reply.private ? 'ephemeral' : 'in_channel') as 'ephemeral' | 'in_channel';

/** HTTP mode when there is a signing secret and no app token; Socket Mode when the app token is set. */
export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { settings, identity, log } = options;
  const logger = boltLogger(log);
  const clientOptions = { ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}), retryConfig: CLIENT_RETRIES };
  const common = {
    ...(identity && {
      token: settings.botToken,
      botId: identity.botId,
      botUserId: identity.botUserId,
      tokenVerificationEnabled: false, // the start-up auth.test already found the identity
    }),
    logger,
    clientOptions,
    // The bot keeps its own thread memory; Bolt's store would make and catch an Error on every event.
    convoStore: false as const,
  };
  let slack: SlackApp;
  if (settings.oauth) {
    if (!settings.signingSecret) throw new Error('OAuth mode needs SLACK_SIGNING_SECRET');
    const receiver = oauthReceiver({
      signingSecret: settings.signingSecret,
      oauth: settings.oauth,
      endpoints: EVENTS_PATH,
      logger,
      clientOptions,
    });
    slack = { app: new App({ ...common, receiver }), receiver };
    forgetOnUninstall(slack.app, settings.oauth.installationStore, log);
  } else if (settings.appToken) {
    // Built here, not by App, so SLACK_API_URL also reaches apps.connections.open.
    const receiver = new SocketModeReceiver({
      appToken: settings.appToken,
      logger,
      installerOptions: { clientOptions },
    });
    slack = { app: new App({ ...common, receiver }) };
  } else {
    if (!settings.signingSecret) throw new Error('HTTP mode needs SLACK_SIGNING_SECRET');
    const receiver = new HTTPReceiver({ signingSecret: settings.signingSecret, endpoints: EVENTS_PATH, logger });
    slack = { app: new App({ ...common, receiver }), receiver };
  }
  // Socket Mode has no HTTP request to name: each event runs under Slack's id for it (request-id.ts).
  slack.app.use(async ({ body, next }) => withRequestId(slackRequestId(body as Record<string, unknown>), next));
  // One conversation store and one in-flight tracker for the Home tab and the answers.
  const shared = {
    ...options,
    conversations: options.conversations ?? new MemoryConversationStore(),
    inflight: options.inflight ?? new InFlight(),
    rateLimiter: options.rateLimiter ?? new MemoryRateLimiter(),
    limits: options.limits ?? DEFAULT_LIMITS,
  };
  registerHome(slack.app, shared);
  registerHandlers(slack.app, shared);
  return slack;
}

/** Slack retries for at most about an hour; remembering ids that long covers every retry. */
export const EVENT_ID_TTL_MS = 60 * 60 * 1000;

export const DEFAULT_LIMITS: RateLimits = {
  user: { capacity: 10, refillPerMinute: 20 },
  channel: { capacity: 10, refillPerMinute: 60 },
};

function registerHandlers(app: App, options: SlackAppOptions): void {
  const {
    catalog,
    identity,
    log,
    once = new MemoryOnceStore(),
    conversations = new MemoryConversationStore(),
    watches = new MemoryWatchStore(),
  } = options;
  /** Cached answers are rendered once (runtime/answer-cache.ts). */
  const renderSlack = renderOnce((reply: Reply) => renderSlackFresh(reply, { publicUrl: options.publicUrl }));
  const services: Services = {
    log,
    metrics: options.metrics,
    inflight: options.inflight ?? new InFlight(),
    rateLimiter: options.rateLimiter ?? new MemoryRateLimiter(),
    limits: options.limits ?? DEFAULT_LIMITS,
  };
  const asker = (team: string | undefined, user: string | undefined, channel: string | undefined): Asker => ({
    platform: 'slack',
    team,
    userId: user,
    channelId: channel,
  });
  /** Who hears about a watched role: the channel, or the person in a DM (ids starting with D). */
  const audience = (team: string | undefined, user: string, channel: string | undefined): Audience =>
    channel && !channel.startsWith('D')
      ? { platform: 'slack', team: team ?? '', kind: 'channel', id: channel }
      : { platform: 'slack', team: team ?? '', kind: 'user', id: user };
  const settle = (answer: Answer, where: Audience) => settleEffect(answer, catalog, watches, where);
  /** A command's answer, or the help when the text asks for it (`/risk help`, or nothing). */
  const commandAnswer = (name: string, text: string): Answer => {
    const spec = findCommand(name)!;
    // An empty text asks for help only where the command needs something (/watching needs nothing).
    const needsText = Object.values(spec.args).some((a) => a.required);
    if (isHelpRequest(text) && (needsText || /\S/.test(text))) return helpAnswer(catalog);
    return MODAL_COMMANDS.has(name)
      ? runCommand(spec, slashArgs(spec, text), catalog)
      : cachedRunCommand(spec, slashArgs(spec, text), catalog);
  };

  // Retried deliveries of one event carry the same event_id: answer the first only.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await once.claim(`slack:event:${eventId}`, EVENT_ID_TTL_MS))) {
      log.info('slack duplicate event ignored', { eventId });
      services.metrics?.answered('slack', 'event', 'duplicate');
      return;
    }
    await next();
  });

  // One listener for every slash command: Bolt runs each listener's matching middleware on every
  // request, so one per command would cost every request a dozen chains (bench:load's profile).
  const slashCommand = new RegExp(`^/(${SLASH_COMMANDS.join('|')})$`);
  app.command(slashCommand, async ({ command, ack, client }) => {
    const name = command.command.slice(1);
    const context = { command: command.command, user: command.user_id, channel: command.channel_id };
    const answer = await answerRequest(
      services,
      asker(command.team_id, command.user_id, command.channel_id),
      name,
      () => settle(commandAnswer(name, command.text), audience(command.team_id, command.user_id, command.channel_id)),
      context,
    );
    const tasks = MODAL_COMMANDS.has(name) ? tasksDoc(answer) : undefined;
    if (!tasks) {
      // Answered in the ack body: one round trip, well inside Slack's 3 seconds.
      await ack({ response_type: visibility(answer.reply), ...renderSlack(answer.reply) });
      return;
    }
    await ack();
    await client.views
      .open({ trigger_id: command.trigger_id, view: splitModal(tasks, command.channel_id) })
      .catch((e) => log.error('slack modal failed to open', { ...context, ...errorContext(e) }));
  });

  // Action ids that are not ours (forged, or from another app version): acknowledge and answer
  // nothing, rather than leave the request waiting for Bolt's 3-second unhandled timeout.
  app.action(/^(?!career:)/, async ({ ack }) => ack());

  // The split modal submitted: field errors back in the modal, or the card to the asker only.
  app.view(SPLIT_VIEW_ID, async ({ ack, view, body, client }) => {
    const meta = readMeta(view.private_metadata);
    const checked = submittedMix(view.state.values as Parameters<typeof submittedMix>[0]);
    if (!meta) return void (await ack());
    if ('errors' in checked) return void (await ack({ response_action: 'errors', errors: checked.errors }));
    const answer = await answerRequest(services, asker(body.team?.id, body.user.id, meta.channel), 'myscore', () =>
      runCommand(findCommand('myscore')!, { role: meta.role, mix: checked.mix }, catalog),
    );
    if ('error' in answer.doc) {
      const first = Object.keys(view.state.values)[0] ?? 'task-1';
      return void (await ack({
        response_action: 'errors',
        errors: { [first]: answer.doc.error.message.slice(0, 1000) },
      }));
    }
    await ack();
    await track(services, postPersonalCard(client, meta.channel, body.user.id, answer.reply));
  });

  async function postPersonalCard(client: App['client'], channel: string, user: string, reply: Reply) {
    try {
      await client.chat.postEphemeral({ channel, user, ...renderSlack(reply) });
    } catch (e) {
      // Not a member of that channel: the card goes to the person's DM with the bot instead.
      log.warn('slack ephemeral card failed, sending it by DM', errorContext(e));
      await client.chat
        .postMessage({ channel: user, ...renderSlack(reply) })
        .catch((dmErr) => log.error('slack personal card failed', errorContext(dmErr)));
    }
  }

  app.action<BlockAction<ButtonAction>>(ACTION_ID_PATTERN, async (args) => {
    await args.ack();
    await track(
      services,
      answerClick(args).catch((e) =>
        log.error('slack button failed', {
          actionId: args.action.action_id,
          user: args.body.user.id,
          ...errorContext(e),
        }),
      ),
    );
  });

  async function answerClick({
    action,
    body,
    respond,
    client,
  }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> {
    const decoded = decodeAction(action.action_id);
    const spec = decoded && findCommand(decoded.command);
    const channel = body.channel?.id ?? body.user.id;
    if (decoded && isSetSplitAction(decoded))
      return openSplitModal(decoded.args[0]!, body.trigger_id, channel, respond, client);
    const answer = await answerRequest(
      services,
      asker(body.team?.id, body.user.id, channel),
      decoded?.share ? 'share' : (decoded?.command ?? 'button'),
      () =>
        settle(
          spec ? cachedRunCommand(spec, actionArgs(spec, decoded), catalog) : helpAnswer(catalog),
          audience(body.team?.id, body.user.id, body.channel?.id),
        ),
      { action: action.action_id, user: body.user.id },
    );
    if (decoded?.share) return shareCard(answer, body, respond, client);
    const reply = answer.reply;
    const message = body.message;
    const fromEphemeral = Boolean(body.container?.is_ephemeral) || !message;
    if (fromEphemeral) {
      // "Did you mean" and other private messages: the answer takes their place.
      await respond({ replace_original: true, ...renderSlack(reply) });
    } else if (reply.private) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlack(reply) });
    } else {
      const threadTs = (message.thread_ts as string | undefined) ?? (message.ts as string);
      try {
        await client.chat.postMessage({ channel: body.channel!.id, thread_ts: threadTs, ...renderSlack(reply) });
      } catch (e) {
        // A slash-command answer can sit in a channel the bot has not joined: reply through
        // response_url, a detail to the clicker only (it would be a stray message in the channel).
        log.warn('slack thread reply failed, answering through response_url', errorContext(e));
        await respond({
          response_type: reply.detail ? 'ephemeral' : 'in_channel',
          replace_original: false,
          ...renderSlack(reply),
        });
      }
    }
  }

  /** "Set my split" clicked: the same modal as /myscore. */
  async function openSplitModal(
    role: string,
    triggerId: string,
    channel: string,
    respond: SlackActionMiddlewareArgs['respond'],
    client: App['client'],
  ): Promise<void> {
    const answer = runCommand(findCommand('myscore')!, { role }, catalog);
    const tasks = tasksDoc(answer);
    if (tasks) await client.views.open({ trigger_id: triggerId, view: splitModal(tasks, channel) });
    else await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlack(answer.reply) });
  }

  /** "Share in channel": the person chose to show their card, so it is posted for everyone. */
  async function shareCard(
    answer: Answer,
    body: BlockAction<ButtonAction>,
    respond: SlackActionMiddlewareArgs['respond'],
    client: App['client'],
  ): Promise<void> {
    if ('error' in answer.doc || !body.channel) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlack(answer.reply) });
      return;
    }
    const reply = sharedReply(answer.reply);
    try {
      await client.chat.postMessage({ channel: body.channel.id, ...renderSlack(reply) });
    } catch (e) {
      log.warn('slack share failed, posting through response_url', errorContext(e));
      await respond({ response_type: 'in_channel', replace_original: false, ...renderSlack(reply) });
    }
  }

  /** A mention or DM: answered in its thread; private answers only to the asker. */
  async function answerInThread(
    client: App['client'],
    e: { channel: string; user?: string; text?: string; ts: string; thread_ts?: string },
    team: string,
    isDm: boolean,
    botUserId = identity?.botUserId ?? '',
  ): Promise<void> {
    const threadTs = e.thread_ts ?? e.ts;
    const where = { channel: e.channel, thread_ts: threadTs };
    const answer = await answerRequest(
      services,
      asker(team, e.user, e.channel),
      'ask',
      () => {
        // Inside the pipeline: an event whose text is not text gets the apology, not a crash.
        const text = mentionText(e.text ?? '', botUserId);
        return isHelpRequest(text) || /^help\b/i.test(text)
          ? helpAnswer(catalog)
          : askAnswer(catalog, text, { key: threadKey(team, e.channel, threadTs), store: conversations }).then(
              (answer) => settle(answer, audience(team, e.user ?? '', isDm ? undefined : e.channel)),
            );
      },
      { channel: e.channel, user: e.user, dm: isDm },
    );
    await send(client, where, answer.reply, isDm ? undefined : e.user).catch((sendErr) =>
      log.error('slack answer could not be sent', { channel: e.channel, ...errorContext(sendErr) }),
    );
  }

  async function send(
    client: App['client'],
    where: { channel: string; thread_ts: string },
    reply: Reply,
    user: string | undefined,
  ): Promise<void> {
    if (reply.private && user) await client.chat.postEphemeral({ ...where, user, ...renderSlack(reply) });
    else await client.chat.postMessage({ ...where, ...renderSlack(reply) });
  }

  app.event('app_mention', async ({ event, body, client, context }) => {
    // With OAuth each workspace has its own bot user, found with the installation.
    await track(services, answerInThread(client, event, body.team_id, false, context.botUserId));
  });

  app.message(async ({ message, body, client }) => {
    // Only what a person writes in a DM to the bot; edits, joins and bot posts carry a subtype.
    if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id) return;
    await track(services, answerInThread(client, message, (body as { team_id?: string }).team_id ?? '', true));
  });

  app.error(async (e) => {
    // OAuth mode: an event from a workspace with no installation (never installed, or removed).
    if (e.code === ErrorCode.AuthorizationError)
      return log.warn('slack event from a workspace without an installation: not answered', { error: e.message });
    log.error('slack handler error', errorContext(e));
  });
}
