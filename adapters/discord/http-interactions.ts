// The HTTP interactions endpoint (POST /discord/interactions): verify, answer within 3 s or defer
// and follow up through the REST API. It keeps nothing between requests, so any number of
// copies can run behind a load balancer.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType, REST, Routes } from 'discord.js';
import type { Catalog } from '../../src/catalog/catalog.ts';
import type { Answer } from '../../commands/define.ts';
import type { RouteHandler } from '../runtime/http-server.ts';
import { errorContext } from '../runtime/log.ts';
import { adoptRequestId } from '../runtime/request-id.ts';
import { answerInTime } from './deadline.ts';
import { DEFER_AFTER_MS, EPHEMERAL } from './limits.ts';
import type { Reply } from '../../src/output/reply.ts';
import { attachedChart } from './render.ts';
import {
  answerFor,
  chartFile,
  chartOptions,
  clickAnswer,
  commandAnswer,
  interactionResponseJson,
  isEphemeral,
  messagePayload,
  modalAnswer,
  roleChoices,
  track,
  withWatches,
  discordAudience,
  type Services,
} from './respond.ts';
import { MemoryWatchStore, type WatchStore } from '../runtime/watch-store.ts';
import { decodeAction, isShareCustomId } from './custom-id.ts';
import { splitModal } from './split-modal.ts';
import { isSetSplitAction } from '../../commands/myscore.ts';
import { interactionSchema } from './interaction-schema.ts';
import { publicKeyFromHex, verifySignature } from './verify.ts';

/** Interactions are small; anything bigger is not from Discord. */
const MAX_BODY_BYTES = 256 * 1024;

interface RawOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
}
export interface RawInteraction {
  type: number;
  id: string;
  token: string;
  application_id: string;
  data?: {
    name?: string;
    options?: RawOption[];
    custom_id?: string;
    components?: { components?: { custom_id?: string; value?: string }[] }[];
  };
  message?: { flags?: number };
  channel_id?: string;
  guild_id?: string;
  member?: { user?: { id: string } };
  user?: { id: string };
}

export interface InteractionsOptions extends Services {
  catalog: Catalog;
  publicKey: string;
  applicationId: string;
  rest: REST;
  /** Who watches which role (/watch); in memory unless start-up gives the shared store. */
  watches?: WatchStore;
  deferAfterMs?: number;
  /** Seam for tests: how an answer is computed (defaults to the commands). */
  compute?: (catalog: Catalog, interaction: RawInteraction) => Answer | Promise<Answer>;
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(undefined);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Sends JSON already serialised. */
function sendSerialised(res: ServerResponse, status: number, json: string): Promise<void> {
  return new Promise((resolve) =>
    res.writeHead(status, { 'content-type': 'application/json' }).end(json, () => resolve()),
  );
}
const sendJson = (res: ServerResponse, status: number, body: unknown) =>
  sendSerialised(res, status, JSON.stringify(body));

function optionValues(options: RawOption[] = []): Record<string, string | undefined> {
  return Object.fromEntries(options.map((o) => [o.name, o.value === undefined ? undefined : String(o.value)]));
}

export function defaultCompute(catalog: Catalog, interaction: RawInteraction): Answer {
  if (interaction.type === InteractionType.MessageComponent)
    return clickAnswer(catalog, interaction.data?.custom_id ?? '');
  if (interaction.type === InteractionType.ModalSubmit)
    return modalAnswer(catalog, interaction.data?.custom_id ?? '', interaction.data?.components);
  return commandAnswer(catalog, interaction.data?.name ?? '', optionValues(interaction.data?.options));
}

export function createInteractionsHandler(options: InteractionsOptions): RouteHandler {
  const { catalog, applicationId, rest, log } = options;
  const key = publicKeyFromHex(options.publicKey);
  const deferAfterMs = options.deferAfterMs ?? DEFER_AFTER_MS;
  const compute = options.compute ?? defaultCompute;
  const watches = options.watches ?? new MemoryWatchStore();

  return async (req, res) => {
    if (req.method !== 'POST') return sendJson(res, 405, { error: 'POST only' });
    const body = await readBody(req);
    if (!body) return sendJson(res, 413, { error: 'too large' });
    if (!verifySignature(key, header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'), body)) {
      return sendJson(res, 401, { error: 'invalid request signature' });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(res, 400, { error: 'bad JSON' });
    }
    const checked = interactionSchema.safeParse(parsed);
    if (!checked.success) return sendJson(res, 400, { error: 'not an interaction' });
    const interaction = checked.data as RawInteraction;
    adoptRequestId(interaction.id);
    switch (interaction.type) {
      case InteractionType.Ping:
        return sendJson(res, 200, { type: InteractionResponseType.Pong });
      case InteractionType.ApplicationCommandAutocomplete: {
        const focused = interaction.data?.options?.find((o) => o.focused);
        return sendJson(res, 200, {
          type: InteractionResponseType.ApplicationCommandAutocompleteResult,
          data: { choices: roleChoices(catalog, String(focused?.value ?? '')) },
        });
      }
      case InteractionType.MessageComponent: {
        // "Set my split": the modal is the answer, at once (a modal cannot follow a deferral).
        const action = decodeAction(interaction.data?.custom_id ?? '', catalog);
        if (action && isSetSplitAction(action))
          return sendJson(res, 200, {
            type: InteractionResponseType.Modal,
            data: splitModal(catalog.byId.get(action.args[0]!)!),
          });
        return answer(interaction, res);
      }
      case InteractionType.ApplicationCommand:
      case InteractionType.ModalSubmit:
        return answer(interaction, res);
      default:
        log.warn('discord interaction of unknown type', { type: interaction.type });
        return sendJson(res, 400, { error: 'unsupported interaction type' });
    }
  };

  async function answer(interaction: RawInteraction, res: ServerResponse): Promise<void> {
    const isClick = interaction.type === InteractionType.MessageComponent;
    // A click on a private message (a "did you mean") replaces it; other clicks answer anew.
    // A shared card is a new public message, never the private card updated.
    const update =
      isClick &&
      ((interaction.message?.flags ?? 0) & EPHEMERAL) !== 0 &&
      !isShareCustomId(interaction.data?.custom_id ?? '');
    const context = {
      interaction: interaction.id,
      command: interaction.data?.name,
      customId: interaction.data?.custom_id,
    };
    const asker = { userId: interaction.member?.user?.id ?? interaction.user?.id, channelId: interaction.channel_id };
    const name = isClick
      ? 'button'
      : interaction.type === InteractionType.ModalSubmit
        ? 'myscore'
        : (interaction.data?.name ?? 'unknown');
    const audience = discordAudience(interaction.guild_id, interaction.channel_id, asker.userId);
    const reply = answerFor(
      options,
      asker,
      name,
      () => withWatches(compute(catalog, interaction), catalog, watches, audience),
      context,
    );
    const webhook = Routes.webhook(applicationId, interaction.token);
    const original = Routes.webhookMessage(applicationId, interaction.token, '@original');
    const defer = () =>
      sendJson(
        res,
        200,
        isClick
          ? { type: InteractionResponseType.DeferredMessageUpdate }
          : { type: InteractionResponseType.DeferredChannelMessageWithSource },
      );
    const followUp = async (r: Reply) => {
      try {
        // A chart file goes as multipart; Discord takes files on follow-ups, not in this response.
        const file = await chartFile(options, r);
        const payload = messagePayload(r, file ? chartOptions(options) : { publicUrl: options.publicUrl });
        const send = { body: payload, auth: false, ...(file ? { files: [file] } : {}) };
        if (update) await rest.patch(original, send);
        else if (isClick) await rest.post(webhook, send);
        else if (isEphemeral(r)) {
          // The deferral showed publicly; a private answer replaces it with an ephemeral follow-up.
          await rest.delete(original, { auth: false });
          await rest.post(webhook, send);
        } else await rest.patch(original, send);
      } catch (e) {
        log.error('discord follow-up failed', { ...context, ...errorContext(e) });
      }
    };
    await track(
      options,
      answerInTime(reply, deferAfterMs, {
        answer: async (r) => {
          if (attachedChart(r, chartOptions(options))) {
            await defer();
            return followUp(r);
          }
          const type = update
            ? InteractionResponseType.UpdateMessage
            : InteractionResponseType.ChannelMessageWithSource;
          return sendSerialised(res, 200, interactionResponseJson(type, r, chartOptions(options)));
        },
        defer,
        followUp,
      }),
    );
  }
}
