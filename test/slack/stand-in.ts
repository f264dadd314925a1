// Test helpers for Slack: a loopback stand-in for the Slack Web API and response_url that records
// what the bot sent, and signed requests (v0 HMAC-SHA256 as Slack signs them).
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  path: string;
  method: string;
  body: Record<string, unknown>;
  /** The bearer token the call was made with (which workspace's bot spoke). */
  token?: string;
}

export const BOT = { userId: 'UBOT', botId: 'BBOT', team: 'T0TEAM' } as const;

export class SlackStandIn {
  readonly calls: Recorded[] = [];
  private server?: Server;
  private waiters: { test: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  private tsCounter = 1000;
  private readonly spentCodes = new Set<string>();
  port = 0;
  /** Answer auth.test as Slack does for a revoked or mistyped token. */
  refuseAuth = false;
  /** How long every answer waits, so that the bot's posts are still in flight (shutdown tests). */
  delayMs = 0;
  /** What apps.connections.open hands out (Socket Mode): the stand-in's WebSocket URL. */
  socketUrl = '';

  get apiUrl() {
    return `http://127.0.0.1:${this.port}/api/`;
  }
  responseUrl(id: string) {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const body = parseBody(raw, req.headers['content-type'] ?? '');
        const path = (req.url ?? '/').split('?')[0]!;
        const auth = req.headers.authorization;
        const token = auth?.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
        const record = { path, method: req.method ?? 'GET', body, ...(token ? { token } : {}) };
        this.calls.push(record);
        this.waiters = this.waiters.filter((w) => (w.test(record) ? (w.resolve(record), false) : true));
        const reply = () =>
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.answer(path, body)));
        if (this.delayMs > 0) setTimeout(reply, this.delayMs);
        else reply();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  private answer(path: string, body: Record<string, unknown>): object {
    switch (path) {
      case '/api/auth.test':
        return this.refuseAuth
          ? { ok: false, error: 'invalid_auth' }
          : { ok: true, user_id: BOT.userId, bot_id: BOT.botId, team_id: BOT.team, user: 'career-bot' };
      case '/api/chat.postMessage':
        return { ok: true, channel: body.channel, ts: `${++this.tsCounter}.000100`, message: {} };
      case '/api/apps.connections.open':
        return { ok: true, url: this.socketUrl };
      case '/api/oauth.v2.access': {
        // OAuth install: a code `code-T…` is a grant for workspace T…, spent on first use as Slack does.
        const team = /^code-(T[A-Z0-9]+)$/.exec(String(body.code ?? ''))?.[1];
        if (!team || this.spentCodes.has(String(body.code))) return { ok: false, error: 'invalid_code' };
        this.spentCodes.add(String(body.code));
        return {
          ok: true,
          access_token: `xoxb-${team}-secret`,
          token_type: 'bot',
          scope: 'commands,chat:write,chat:write.public,app_mentions:read,im:history',
          bot_user_id: `UBOT${team}`,
          app_id: 'A0APP',
          team: { id: team, name: `Workspace ${team}` },
          enterprise: null,
          is_enterprise_install: false,
          authed_user: { id: 'U0INSTALLER' },
        };
      }
      case '/api/views.publish':
      case '/api/views.open':
        return { ok: true, view: { id: `V${++this.tsCounter}`, ...(body.view as object) } };
      case '/api/chat.postEphemeral':
        return { ok: true, message_ts: `${++this.tsCounter}.000200` };
      default:
        return path.startsWith('/response/') ? { ok: true } : { ok: false, error: 'unknown_method' };
    }
  }

  /** Resolves with the first recorded call (already made or still to come) that passes the test. */
  waitFor(test: (r: Recorded) => boolean, timeoutMs = 5000): Promise<Recorded> {
    const done = this.calls.find(test);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `stand-in: no matching call within ${timeoutMs} ms; saw ${this.calls.map((c) => c.path).join(', ')}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  to(path: string) {
    return this.calls.filter((c) => c.path === path);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

function parseBody(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  // The Web API client sends forms; structured fields (blocks) arrive as JSON strings.
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    try {
      out[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
    } catch {
      out[k] = v;
    }
  }
  return out;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPost {
  status: number;
  text: string;
  json: () => unknown;
}

/** POSTs a body to the bot the way Slack does: signed, with the given content type. */
export async function postSigned(
  url: string,
  body: string,
  contentType: string,
  secret: string,
  opts: { timestamp?: number; signature?: string; headers?: Record<string, string> } = {},
): Promise<SignedPost> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': opts.signature ?? sign(secret, timestamp, body),
      ...opts.headers,
    },
    body,
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) };
}

export function slashBody(
  command: string,
  text: string,
  responseUrl: string,
  extra: Record<string, string> = {},
): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: BOT.team,
    team_domain: 'example',
    channel_id: 'C0CHAN',
    channel_name: 'general',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command,
    text,
    api_app_id: 'A0APP',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
    ...extra,
  }).toString();
}

export function eventBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: BOT.team,
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: BOT.team, user_id: BOT.userId, is_bot: true }],
    event,
  });
}

export function actionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** All text the bot sent anywhere, for checks that hold over everything (mention safety). */
export function everythingSent(standIn: SlackStandIn, extra: string[] = []): string {
  return [...standIn.calls.map((c) => JSON.stringify(c.body)), ...extra].join('\n');
}
