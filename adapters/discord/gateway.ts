// Gateway mode: a discord.js Client that answers slash commands, autocomplete, button clicks,
// mentions and DMs. Intents: Guilds (the guilds and channels the bot is in), GuildMessages and
// DirectMessages (to see mentions and DMs). No MessageContent: Discord delivers the content of
// messages that mention the bot, and of DMs, without that privileged intent.
import { Client, Events, GatewayIntentBits, MessageFlags, Partials, type Interaction, type Message } from 'discord.js';
import { askAnswer } from '../../commands/ask.ts';
import type { Answer } from '../../commands/define.ts';
import type { ConversationStore } from '../../src/intent/conversation-store.ts';
import type { Reply } from '../../src/output/reply.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { runAsRequest } from '../runtime/request-id.ts';
import type { OnceStore } from '../runtime/once-store.ts';
import { errorContext } from '../runtime/log.ts';
import { answerInTime } from './deadline.ts';
import { DEFER_AFTER_MS, EPHEMERAL } from './limits.ts';
import {
  answerFor,
  chartFile,
  chartOptions,
  clickAnswer,
  commandAnswer,
  isEphemeral,
  mentionAnswer,
  messagePayload,
  modalAnswer,
  roleChoices,
  track,
  withWatches,
  discordAudience,
  type Services,
} from './respond.ts';
import { MemoryWatchStore, type WatchStore } from '../runtime/watch-store.ts';
import { notifyChanges } from '../runtime/watches.ts';
import { discordAgent } from './rest-agent.ts';
import { decodeAction, isShareCustomId } from './custom-id.ts';
import { splitModal } from './split-modal.ts';
import { isSetSplitAction } from '../../commands/myscore.ts';

export const GATEWAY_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

export interface GatewayOptions extends Services {
  catalog: Catalog;
  token: string;
  store: ConversationStore;
  /** Who watches which role (/watch); in memory unless start-up gives the shared store. */
  watches?: WatchStore;
  /** Needed for watch notices: claims so that one copy tells each watcher. */
  once?: OnceStore;
  /** REST base URL such as https://discord.com/api (DISCORD_API_URL); discord.js adds the version. */
  api?: string;
  deferAfterMs?: number;
  /** DISCORD_SHARDS: gateway shards run by this client (a count, or `auto`); one when unset. */
  shards?: number | 'auto';
  /** Seam for tests: how a slash command is answered (defaults to the commands). */
  answerCommand?: (
    catalog: Catalog,
    name: string,
    options: Record<string, string | undefined>,
  ) => Answer | Promise<Answer>;
}

/** A mention's text without the mention itself: "<@123> backend developer" → "backend developer". */
export function mentionText(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * discord.js's own sharding inside this client: `auto` asks Discord (GET /gateway/bot) for the
 * recommended count; a number N runs shards 0…N-1 of N. Every shard shares this process's stores.
 */
export function shardOptions(shards: number | 'auto' | undefined): { shards?: number[] | 'auto'; shardCount?: number } {
  if (shards === undefined) return {};
  if (shards === 'auto') return { shards: 'auto' };
  return { shards: Array.from({ length: shards }, (_, i) => i), shardCount: shards };
}

export async function startGateway(options: GatewayOptions): Promise<Client> {
  const { catalog, log, store } = options;
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const answerCommand = options.answerCommand ?? commandAnswer;
  /** discord.js takes camelCase allowedMentions and the same embeds/components JSON; edits carry no flags. */
  async function editPayload(reply: Reply) {
    // Without PUBLIC_URL the chart goes with the message as a file; discord.js builds `attachments`.
    const file = await chartFile(options, reply);
    const { embeds, components } = messagePayload(
      reply,
      file ? chartOptions(options) : { publicUrl: options.publicUrl },
    );
    const files = file ? [{ attachment: file.data, name: file.name, description: file.description }] : [];
    return { embeds, components, files, allowedMentions: { parse: [] as [] } };
  }
  /** Draws the chart to attach (if any) while the 3-second clock runs, so a slow drawing defers. */
  const withChart = (reply: Promise<Reply>) => reply.then(async (r) => (await chartFile(options, r), r));
  async function djsPayload(reply: Reply) {
    return { ...(await editPayload(reply)), ...(isEphemeral(reply) ? { flags: MessageFlags.Ephemeral as const } : {}) };
  }
  const watches = options.watches ?? new MemoryWatchStore();
  const client = new Client({
    intents: GATEWAY_INTENTS,
    // DM channels are not cached until used; without this partial the first DM is dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: { ...(options.api ? { api: options.api } : {}), agent: discordAgent() },
    ...shardOptions(options.shards),
  });

  // Each interaction and message is one request, named by Discord's own id in every log line.
  client.on(Events.InteractionCreate, (interaction) =>
    runAsRequest(interaction.id, () =>
      track(options, onInteraction(interaction)).catch((e) =>
        log.error('discord interaction failed', { interaction: interaction.id, ...errorContext(e) }),
      ),
    ),
  );
  client.on(Events.MessageCreate, (message) =>
    runAsRequest(message.id, () =>
      track(options, onMessage(message)).catch((e) =>
        log.error('discord mention failed', { message: message.id, ...errorContext(e) }),
      ),
    ),
  );
  client.on(Events.Error, (e) => log.error('discord client error', errorContext(e)));

  async function onInteraction(interaction: Interaction): Promise<void> {
    const context = { interaction: interaction.id };
    const asker = { userId: interaction.user.id, channelId: interaction.channelId ?? undefined };
    if (interaction.isAutocomplete()) {
      await interaction.respond(roleChoices(catalog, String(interaction.options.getFocused())));
      return;
    }
    if (interaction.isChatInputCommand()) {
      const args = Object.fromEntries(
        interaction.options.data.map((o) => [o.name, o.value === undefined ? undefined : String(o.value)]),
      );
      const reply = withChart(
        answerFor(
          options,
          asker,
          interaction.commandName,
          () =>
            withWatches(
              answerCommand(catalog, interaction.commandName, args),
              catalog,
              watches,
              discordAudience(interaction.guildId, interaction.channelId, interaction.user.id),
            ),
          context,
        ),
      );
      await answerInTime(reply, deferAfterMs, {
        answer: async (r) => {
          await interaction.reply(await djsPayload(r));
        },
        defer: async () => {
          await interaction.deferReply();
        },
        followUp: async (r) => {
          if (isEphemeral(r)) {
            await interaction.deleteReply();
            await interaction.followUp(await djsPayload(r));
          } else await interaction.editReply(await editPayload(r));
        },
      });
      return;
    }
    if (interaction.isModalSubmit()) {
      const rows = interaction.fields.fields.map((f) => ({
        components: [{ custom_id: f.customId, value: 'value' in f ? String(f.value) : '' }],
      }));
      const r = await answerFor(
        options,
        asker,
        'myscore',
        () => modalAnswer(catalog, interaction.customId, rows),
        context,
      );
      await interaction.reply(await djsPayload(r));
      return;
    }
    if (interaction.isButton()) {
      const action = decodeAction(interaction.customId, catalog);
      if (action && isSetSplitAction(action))
        return void (await interaction.showModal(splitModal(catalog.byId.get(action.args[0]!)!)));
      // A shared card is a new public message, never the private card updated.
      const update = (interaction.message.flags.bitfield & EPHEMERAL) !== 0 && !isShareCustomId(interaction.customId);
      const audience = discordAudience(interaction.guildId, interaction.channelId, interaction.user.id);
      const reply = withChart(
        answerFor(
          options,
          asker,
          'button',
          () => withWatches(clickAnswer(catalog, interaction.customId), catalog, watches, audience),
          context,
        ),
      );
      await answerInTime(reply, deferAfterMs, {
        answer: async (r) => {
          await (update ? interaction.update(await editPayload(r)) : interaction.reply(await djsPayload(r)));
        },
        defer: async () => {
          await interaction.deferUpdate();
        },
        followUp: async (r) => {
          await (update ? interaction.editReply(await editPayload(r)) : interaction.followUp(await djsPayload(r)));
        },
      });
    }
  }

  async function onMessage(message: Message): Promise<void> {
    const me = client.user;
    if (!me || message.author.bot) return;
    // Only an explicit @mention (not the ping of a reply to the bot) or a DM asks something.
    const mentioned = new RegExp(`<@!?${me.id}>`).test(message.content);
    if (!mentioned && !message.channel.isDMBased()) return;
    const text = mentionText(message.content, me.id);
    if (!text) return;
    const key = `discord:${message.channelId}:${message.author.id}`;
    const reply = await answerFor(
      options,
      { userId: message.author.id, channelId: message.channelId },
      'mention',
      async () => {
        const audience = discordAudience(message.guildId, message.channelId, message.author.id);
        const answer = await withWatches(askAnswer(catalog, text, { key, store }), catalog, watches, audience);
        return message.channel.isDMBased() ? answer : mentionAnswer(catalog, answer);
      },
      { message: message.id },
    );
    // A channel message cannot be ephemeral, so a mention is always answered in the open.
    await message.reply({ ...(await editPayload(reply)), allowedMentions: { parse: [], repliedUser: false } });
  }

  await client.login(options.token);
  if (options.once) {
    const once = options.once;
    void track(
      options,
      // Not before the client is ready: posting needs the session that READY opens.
      ready(client)
        .then(() =>
          notifyChanges({
            catalog,
            store: watches,
            once,
            log,
            platform: 'discord',
            deliver: async (audience, notice) => {
              // A guild's channel may be fetched before that guild has arrived over the gateway.
              const channel =
                audience.kind === 'channel'
                  ? await client.channels.fetch(audience.id, { allowUnknownGuild: true })
                  : await client.users.createDM(audience.id);
              if (!channel?.isSendable()) throw new Error(`cannot post in ${audience.kind} ${audience.id}`);
              await channel.send(await editPayload(notice));
            },
          }),
        )
        .catch((e) => log.error('discord watch notices failed', errorContext(e))),
    );
  }
  return client;
}

const ready = (client: Client) =>
  new Promise<void>((resolve) => (client.isReady() ? resolve() : client.once(Events.ClientReady, () => resolve())));
