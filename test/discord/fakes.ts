// Loopback stand-ins for Discord: signed interaction requests, the REST API (records every
// request) and the gateway WebSocket (HELLO, IDENTIFY → READY, heartbeats).
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Logger } from '../../adapters/runtime/log.ts';

export const APP_ID = '111111111111111111';
export const BOT_ID = '222222222222222222';
export const GUILD_ID = '333333333333333333';
export const CHANNEL_ID = '444444444444444444';
export const DM_CHANNEL_ID = '666666666666666666';
export const USER = { id: '555555555555555555', username: 'ada', discriminator: '0', avatar: null, global_name: 'Ada' };

export interface KeyPair {
  publicKeyHex: string;
  privateKey: KeyObject;
}
export function throwawayKeys(): KeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  // The last 32 bytes of the SPKI DER form are the raw key Discord shows as hex.
  return { publicKeyHex: publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex'), privateKey };
}

export interface Posted {
  status: number;
  json: unknown;
}
export async function postSigned(url: string, body: unknown, keys: KeyPair, tamper = false): Promise<Posted> {
  const raw = JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + raw), keys.privateKey).toString('hex');
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
    body: tamper ? raw.replace('}', ' }') : raw,
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
  headers: IncomingMessage['headers'];
  /** The body's bytes, for multipart uploads (files). */
  raw?: Buffer;
}

export const silentLog: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLog,
};
export function recordingLog(lines: { level: string; msg: string; context?: object }[]): Logger {
  const at = (level: string) => (msg: string, context?: object) => void lines.push({ level, msg, context });
  const log: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => log };
  return log;
}

/** A message object as Discord returns it, enough for discord.js to build a Message. */
function messageJson(channelId: string, body: Record<string, unknown>) {
  return {
    id: String(Date.now()),
    channel_id: channelId,
    author: { id: BOT_ID, username: 'career-bot', discriminator: '0', avatar: null, bot: true },
    content: body.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    pinned: false,
    type: 0,
    flags: 0,
  };
}

/** The REST API and the gateway on one loopback port. */
export class FakeDiscord {
  readonly requests: Recorded[] = [];
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private socket?: WebSocket;
  private seq = 0;
  private waiters: { match: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  port = 0;
  /** What GET /gateway/bot recommends (and allows to identify at once), for the sharding tests. */
  recommendedShards = 1;
  /** The `d` of every IDENTIFY received, in order. */
  readonly identifies: { shard?: [number, number] }[] = [];

  constructor() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const text = raw.toString('utf8');
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          /* multipart or empty: keep the text */
        }
        const recorded = { method: req.method ?? '', path, body, headers: req.headers, raw };
        this.requests.push(recorded);
        this.waiters = this.waiters.filter((w) => (w.match(recorded) ? (w.resolve(recorded), false) : true));
        const json = (status: number, value: unknown) =>
          res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
        if (path === '/api/v10/gateway/bot') {
          return json(200, {
            url: `ws://127.0.0.1:${this.port}`,
            shards: this.recommendedShards,
            session_start_limit: {
              total: 1000,
              remaining: 1000,
              reset_after: 0,
              max_concurrency: this.recommendedShards,
            },
          });
        }
        if (path.endsWith('/callback')) return res.writeHead(204).end();
        // A guild text channel the bot can fetch, and a DM it can open (watch notices post to them).
        const channel = path.match(/^\/api\/v10\/channels\/(\d+)$/);
        if (channel && req.method === 'GET')
          return json(200, { id: channel[1], type: 0, guild_id: GUILD_ID, name: 'general', position: 0 });
        if (path === '/api/v10/users/@me/channels' && req.method === 'POST')
          return json(200, { id: DM_CHANNEL_ID, type: 1, recipients: [USER] });
        const channelMessages = path.match(/^\/api\/v10\/channels\/(\d+)\/messages$/);
        if (channelMessages && req.method === 'POST')
          return json(200, messageJson(channelMessages[1]!, body as Record<string, unknown>));
        if (path.includes('/webhooks/') && req.method === 'DELETE') return res.writeHead(204).end();
        if (path.includes('/webhooks/'))
          return json(200, messageJson(CHANNEL_ID, (body ?? {}) as Record<string, unknown>));
        if (req.method === 'PUT' && path.includes('/commands')) return json(200, body);
        return json(404, { message: 'Unknown route in the stand-in', code: 0 });
      });
    });
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.onSocket(socket));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get api(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Resolves with the first request (already made or still to come) that matches. */
  waitFor(match: (r: Recorded) => boolean): Promise<Recorded> {
    const done = this.requests.find(match);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  dispatch(t: string, d: unknown): void {
    this.socket?.send(JSON.stringify({ op: 0, t, s: ++this.seq, d }));
  }

  private onSocket(socket: WebSocket): void {
    this.socket = socket;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 }, s: null, t: null }));
    socket.on('message', (data) => {
      const packet = JSON.parse(String(data)) as { op: number; d?: unknown };
      if (packet.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (packet.op === 2) {
        const identify = packet.d as { shard?: [number, number] };
        this.identifies.push(identify);
        socket.send(
          JSON.stringify({
            op: 0,
            t: 'READY',
            s: ++this.seq,
            d: {
              v: 10,
              user: {
                id: BOT_ID,
                username: 'career-bot',
                discriminator: '0',
                avatar: null,
                bot: true,
                global_name: null,
              },
              guilds: [],
              session_id: 'session',
              resume_gateway_url: `ws://127.0.0.1:${this.port}`,
              application: { id: APP_ID, flags: 0 },
              shard: identify.shard ?? [0, 1],
            },
          }),
        );
      }
    });
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A guild with one text channel, as the gateway sends it when the bot joins. */
export function guildCreate() {
  return {
    id: GUILD_ID,
    name: 'Test guild',
    icon: null,
    owner_id: USER.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    features: [],
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [],
    presences: [],
    threads: [],
    stickers: [],
    emojis: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    roles: [
      {
        id: GUILD_ID,
        name: '@everyone',
        permissions: '0',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    channels: [
      {
        id: CHANNEL_ID,
        type: 0,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        guild_id: GUILD_ID,
        nsfw: false,
        parent_id: null,
        topic: null,
      },
    ],
  };
}

export function slashInteraction(
  id: string,
  name: string,
  options: { name: string; value: string; focused?: boolean }[],
  type = 2,
) {
  return {
    id,
    application_id: APP_ID,
    type,
    token: `token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID },
    member: {
      user: USER,
      roles: [],
      joined_at: new Date().toISOString(),
      deaf: false,
      mute: false,
      permissions: '0',
      flags: 0,
    },
    data: { id: '666666666666666666', name, type: 1, options: options.map((o) => ({ type: 3, ...o })) },
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    context: 0,
  };
}

export function buttonInteraction(id: string, customId: string, messageFlags = 0) {
  const { data: _data, ...base } = slashInteraction(id, 'x', [], 3);
  return {
    ...base,
    data: { custom_id: customId, component_type: 2 },
    message: { ...messageJson(CHANNEL_ID, {}), flags: messageFlags },
  };
}
