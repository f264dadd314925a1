// Every log line of one request carries one id: Slack's event_id or trigger_id, Discord's
// interaction id, else one made up (or the caller's X-Request-Id); concurrent requests never mix.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatforms, type Running } from '../../adapters/main.ts';
import { loadEnv } from '../../adapters/runtime/config.ts';
import { createLogger } from '../../adapters/runtime/log.ts';
import { realCatalog } from '../helpers.ts';
import { APP_ID, FakeDiscord, postSigned as postDiscord, slashInteraction, throwawayKeys } from '../discord/fakes.ts';
import { BOT, eventBody, postSigned, sign, slashBody, SlackStandIn } from '../slack/stand-in.ts';

const SECRET = 'request-id-secret';
type Line = Record<string, unknown> & { msg: string; requestId?: string };

describe('GIVEN Slack and Discord on one server, logging at debug level', () => {
  const standIn = new SlackStandIn();
  const fake = new FakeDiscord();
  const keys = throwawayKeys();
  const lines: Line[] = [];
  let running: Running;
  let started = 0;

  beforeAll(async () => {
    await Promise.all([standIn.start(), fake.start()]);
    running = await startPlatforms(
      realCatalog(),
      loadEnv({
        PORT: '0',
        SLACK_BOT_TOKEN: 'xoxb-ids',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: standIn.apiUrl,
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_API_URL: fake.api,
      }),
      createLogger('debug', (l) => lines.push(JSON.parse(l) as Line)),
    );
    started = lines.length;
  });
  afterAll(async () => {
    await running?.stop();
    await Promise.all([standIn.stop(), fake.stop()]);
  });

  const url = (path: string) => `http://127.0.0.1:${running.port}${path}`;
  const mention = (eventId: string, channel: string, ts: string) =>
    eventBody(eventId, { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT.userId}> data engineer`, ts, channel });

  it('GIVEN two mentions at once THEN each line of each carries its own event_id, and nothing else does', async () => {
    const [a, b] = await Promise.all([
      postSigned(url('/slack/events'), mention('EvIdOne', 'C0ONE', '1700000200.000100'), 'application/json', SECRET),
      postSigned(url('/slack/events'), mention('EvIdTwo', 'C0TWO', '1700000200.000200'), 'application/json', SECRET),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await standIn.waitFor(() => standIn.to('/api/chat.postMessage').length >= 2);
    await new Promise((r) => setTimeout(r, 100));
    const during = lines.slice(started);
    expect(during.filter((l) => l.requestId === undefined)).toEqual([]);
    const one = during.filter((l) => l.requestId === 'EvIdOne');
    const two = during.filter((l) => l.requestId === 'EvIdTwo');
    expect(one.length).toBeGreaterThanOrEqual(3); // Bolt's own lines as well as ours
    expect(two.length).toBeGreaterThanOrEqual(3);
    expect(one.find((l) => l.msg === 'answered')).toMatchObject({ channel: 'C0ONE' });
    expect(two.find((l) => l.msg === 'answered')).toMatchObject({ channel: 'C0TWO' });
    expect(during.filter((l) => l.channel === 'C0ONE').every((l) => l.requestId === 'EvIdOne')).toBe(true);
  });

  it("GIVEN a slash command THEN its lines carry Slack's trigger_id, also sent back as X-Request-Id", async () => {
    const from = lines.length;
    const body = slashBody('/risk', 'qa engineer', standIn.responseUrl('ids'), { trigger_id: '123.456.abc' });
    const res = await fetch(url('/slack/events'), { method: 'POST', headers: signedHeaders(body), body });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('123.456.abc');
    const answered = lines.slice(from).find((l) => l.msg === 'answered');
    expect(answered?.requestId).toBe('123.456.abc');
  });

  it("GIVEN a Discord interaction THEN its lines carry Discord's interaction id", async () => {
    const from = lines.length;
    // An interaction type this bot does not handle: answered 400 with a warning line.
    const odd = { ...slashInteraction('987654321098765432', 'risk', []), type: 42 };
    const res = await postDiscord(url('/discord/interactions'), odd, keys);
    expect(res.status).toBe(400);
    const mine = lines.slice(from);
    expect(mine.find((l) => l.msg === 'discord interaction of unknown type')?.requestId).toBe('987654321098765432');
    expect(mine.filter((l) => l.requestId !== '987654321098765432')).toEqual([]);
  });

  it("GIVEN a plain HTTP request THEN it is named by the caller's X-Request-Id, or a new id", async () => {
    const given = await fetch(url('/healthz'), { headers: { 'x-request-id': 'lb-trace-42' } });
    expect(given.headers.get('x-request-id')).toBe('lb-trace-42');
    const made = await fetch(url('/healthz'), { headers: { 'x-request-id': 'not an id <script>' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

function signedHeaders(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': sign(SECRET, timestamp, body),
  };
}
