// The Bolt app built directly (no auth.test: identity given), for failures and limits.
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, listen } from '../../adapters/runtime/http-server.ts';
import { createLogger } from '../../adapters/runtime/log.ts';
import { createSlackApp, type SlackAppOptions } from '../../adapters/slack/app.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { realCatalog } from '../helpers.ts';
import { BOT, eventBody, postSigned, slashBody, SlackStandIn } from './stand-in.ts';

const SECRET = 'app-test-secret';
const FORM = 'application/x-www-form-urlencoded';
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function harness(overrides: Partial<SlackAppOptions> = {}) {
  const standIn = new SlackStandIn();
  await standIn.start();
  const logs: Record<string, unknown>[] = [];
  const log = createLogger('info', (l) => logs.push(JSON.parse(l) as Record<string, unknown>));
  const { receiver } = createSlackApp({
    catalog: realCatalog(),
    settings: { botToken: 'xoxb-t', signingSecret: SECRET, apiUrl: standIn.apiUrl },
    identity: { botId: BOT.botId, botUserId: BOT.userId },
    log,
    ...overrides,
  });
  const server: Server = createHttpServer(new Map([['/slack', receiver!.requestListener]]), log);
  const port = await listen(server, 0, '127.0.0.1');
  cleanup.push(async () => {
    await new Promise((r) => server.close(r));
    await standIn.stop();
  });
  const url = `http://127.0.0.1:${port}/slack/events`;
  return {
    standIn,
    logs,
    url,
    slash: (text: string, user = 'U0ASKER') =>
      postSigned(url, slashBody('/risk', text, standIn.responseUrl('x'), { user_id: user }), FORM, SECRET),
  };
}

/** The logger writes pino lines (level 50 is error) or named levels. */
const isErrorLevel = (level: unknown) => level === 'error' || level === 50;

/** The real catalog, except that scoring fails as an unexpected bug would. */
function brokenCatalog(): Catalog {
  const broken = Object.create(realCatalog()) as Catalog;
  broken.score = () => {
    throw new Error('scoring exploded');
  };
  return broken;
}

describe('GIVEN an unexpected error inside a handler', () => {
  it('GIVEN /risk THEN the asker gets a short private apology and an error log line with context, no stack in the reply', async () => {
    const h = await harness({ catalog: brokenCatalog() });
    const res = await h.slash('backend developer');
    expect(res.status).toBe(200);
    const body = res.json() as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/^Sorry, something went wrong/);
    expect(body.text).not.toContain('exploded');
    const line = h.logs.find((l) => l.msg === 'answer failed');
    expect(line).toMatchObject({ command: '/risk', user: 'U0ASKER', error: 'scoring exploded' });
    expect(isErrorLevel(line!.level)).toBe(true);
  });

  it('GIVEN a mention THEN the apology goes to the asker in the thread and the failure is logged', async () => {
    const h = await harness({ catalog: brokenCatalog() });
    const ts = '1700000100.000100';
    await postSigned(
      h.url,
      eventBody('Ev-broken', {
        type: 'app_mention',
        user: 'U0ASKER',
        text: `<@${BOT.userId}> backend developer`,
        ts,
        channel: 'C0CHAN',
        event_ts: ts,
      }),
      'application/json',
      SECRET,
    );
    const sent = await h.standIn.waitFor((c) => c.path === '/api/chat.postEphemeral');
    expect(sent.body).toMatchObject({ channel: 'C0CHAN', user: 'U0ASKER', thread_ts: ts });
    expect(String(sent.body.text)).toMatch(/^Sorry/);
    const line = h.logs.find((l) => l.msg === 'answer failed');
    expect(line).toMatchObject({ channel: 'C0CHAN', error: 'scoring exploded' });
    expect(isErrorLevel(line!.level)).toBe(true);
  });
});

describe('GIVEN one user asking faster than the limit', () => {
  it('GIVEN a burst of 2 THEN the third /risk is refused privately while another user is still answered', async () => {
    const h = await harness({
      limits: { user: { capacity: 2, refillPerMinute: 1 }, channel: { capacity: 100, refillPerMinute: 100 } },
    });
    const answers = [];
    for (let i = 0; i < 3; i++)
      answers.push((await h.slash('backend developer')).json() as { response_type: string; text: string });
    expect(answers.map((a) => a.response_type)).toEqual(['in_channel', 'in_channel', 'ephemeral']);
    expect(answers[2]!.text).toMatch(/Slow down/);
    expect(((await h.slash('backend developer', 'U0OTHER')).json() as { response_type: string }).response_type).toBe(
      'in_channel',
    );
  });
});
