// Fuzz through the real HTTP endpoints (one `startPlatforms` with Slack and the Discord
// interactions endpoint, loopback stand-ins for both Web APIs): random and hostile payloads,
// correctly signed. No crash, no unhandled rejection, every reply within the platform's limits,
// no ping possible, and a 4xx for malformed requests.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/runtime/log.ts';
import { startPlatforms, type Running } from '../../adapters/main.ts';
import { MODAL_COMMANDS, SLASH_COMMANDS } from '../../adapters/slack/app.ts';

/** Slash commands answered in the ack body (a modal command answers with a modal instead). */
const ACK_COMMANDS = SLASH_COMMANDS.filter((c) => !MODAL_COMMANDS.has(c));
import { discordCommands } from '../../adapters/discord/slash-commands.ts';

const DISCORD_COMMAND_NAMES = discordCommands().map((c) => c.name);
import { loadEnv } from '../../adapters/runtime/config.ts';
import { realCatalog } from '../helpers.ts';
import { APP_ID, FakeDiscord, throwawayKeys, USER } from '../discord/fakes.ts';
import { actionBody, BOT, eventBody, postSigned, slashBody, SlackStandIn, type SignedPost } from '../slack/stand-in.ts';
import { FUZZ_RUNS, hostileText, malformedBody, SLACK_PING, WORDS, wrongType } from './arbitraries.ts';
import { choiceViolations, discordViolations, slackViolations } from './limits.ts';
import { sign } from 'node:crypto';

const SECRET = 'fuzz-signing-secret';
const FORM = 'application/x-www-form-urlencoded';
const keys = throwawayKeys();
const slack = new SlackStandIn();
const discord = new FakeDiscord();
const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);
let running: Running;
let base: string;
let cases = 0;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  await slack.start();
  await discord.start();
  const config = loadEnv({
    PORT: '0',
    LOG_LEVEL: 'silent',
    SLACK_BOT_TOKEN: 'xoxb-fuzz',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: slack.apiUrl,
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: discord.api,
    RATE_LIMIT_BURST: '100000',
    RATE_LIMIT_USER_PER_MINUTE: '100000',
    RATE_LIMIT_CHANNEL_PER_MINUTE: '100000',
  });
  running = await startPlatforms(realCatalog(), config, createLogger('silent'));
  base = `http://127.0.0.1:${running.port}`;
});

afterAll(async () => {
  await running?.stop();
  await slack.stop();
  await discord.stop();
  process.off('unhandledRejection', onUnhandled);
  console.log(`endpoint fuzz: ${cases} signed requests (FUZZ_RUNS=${FUZZ_RUNS} per property)`);
});

/** Everything the bot posted to Slack since `from`, once its background answers have finished. */
async function slackSentSince(from: number): Promise<Record<string, unknown>[]> {
  await running.context.inflight.drain(10_000);
  return slack.calls.slice(from).map((c) => c.body);
}

function expectSafeSlack(messages: Record<string, unknown>[]): void {
  for (const m of messages) {
    expect(slackViolations(m)).toEqual([]);
    const visible = JSON.stringify({ text: m.text, blocks: m.blocks });
    expect(visible).not.toMatch(SLACK_PING);
  }
}

const slackPost = (body: string, contentType: string, headers?: Record<string, string>) => {
  cases++;
  return postSigned(`${base}/slack/events`, body, contentType, SECRET, { headers });
};

async function discordPost(raw: string): Promise<{ status: number; json: unknown }> {
  cases++;
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + raw), keys.privateKey).toString('hex');
  const res = await fetch(`${base}/discord/interactions`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': signature,
      'x-signature-timestamp': timestamp,
    },
    body: raw,
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

describe('GIVEN random and hostile Slack payloads, correctly signed, at /slack/events', () => {
  it(`GIVEN slash commands with hostile text THEN 200 with an answer within Block Kit limits and no ping (${FUZZ_RUNS} cases)`, async () => {
    const from = slack.calls.length;
    const acks: Record<string, unknown>[] = [];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ACK_COMMANDS), hostileText, async (command, text) => {
        const res = await slackPost(slashBody(`/${command}`, text, slack.responseUrl('fuzz-slash')), FORM);
        expect(res.status).toBe(200);
        acks.push(res.json() as Record<string, unknown>);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expectSafeSlack([...acks, ...(await slackSentSince(from))]);
  });

  it(`GIVEN mentions and DMs with hostile text and wrong types THEN 200, each answered once within limits, no ping (${FUZZ_RUNS} cases)`, async () => {
    const from = slack.calls.length;
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('app_mention', 'message'),
        fc.oneof(
          hostileText,
          hostileText.map((t) => `<@${BOT.userId}> ${t}`),
          wrongType,
        ),
        fc.boolean(),
        async (type, text, threaded) => {
          const ts = `1700000${String(++n).padStart(3, '0')}.000100`;
          const event = {
            type,
            user: 'U0FUZZ',
            text,
            ts,
            channel: type === 'message' ? 'D0FUZZ' : 'C0FUZZ',
            channel_type: type === 'message' ? 'im' : 'channel',
            event_ts: ts,
            ...(threaded ? { thread_ts: '1700000000.000001' } : {}),
          };
          const res = await slackPost(eventBody(`EvFuzz${n}-${Math.random()}`, event), 'application/json');
          expect(res.status).toBe(200);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    expectSafeSlack(await slackSentSince(from));
  });

  it(`GIVEN block actions with hostile and forged action ids THEN 200 and answers within limits, no ping (${FUZZ_RUNS} cases)`, async () => {
    const from = slack.calls.length;
    const actionId = fc.oneof(
      hostileText,
      hostileText.map((t) => `career:risk:${t}`),
      fc.constantFrom(...WORDS).map((w) => `career:compare:${encodeURIComponent(w)}:%ZZ`),
      fc.constant('career:transition:backend-developer-mid'),
    );
    await fc.assert(
      fc.asyncProperty(actionId, fc.boolean(), async (id, ephemeral) => {
        const res = await slackPost(
          actionBody({
            type: 'block_actions',
            user: { id: 'U0FUZZ', team_id: BOT.team },
            team: { id: BOT.team },
            api_app_id: 'A0APP',
            trigger_id: '1.2.3',
            container: { type: 'message', message_ts: '1700000000.1', channel_id: 'C0FUZZ', is_ephemeral: ephemeral },
            channel: { id: 'C0FUZZ' },
            ...(ephemeral ? {} : { message: { type: 'message', ts: '1700000000.1', text: 'x' } }),
            response_url: slack.responseUrl('fuzz-click'),
            actions: [
              {
                type: 'button',
                action_id: id,
                block_id: 'b',
                text: { type: 'plain_text', text: 'x' },
                action_ts: '1700000001.0',
              },
            ],
          }),
          FORM,
        );
        expect(res.status).toBe(200);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expectSafeSlack(await slackSentSince(from));
  });

  it(`GIVEN malformed JSON and form bodies THEN a 4xx, never a 5xx or a hang (${FUZZ_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(malformedBody, fc.constantFrom('application/json', FORM), async (body, type) => {
        const res: SignedPost = await slackPost(body, type);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('GIVEN random and hostile Discord interactions, correctly signed, at /discord/interactions', () => {
  const option = fc.record({
    name: fc.oneof(fc.constantFrom('role', 'from', 'to', 'a', 'b', 'roles'), hostileText),
    type: fc.constantFrom(3, 4, 5, 99),
    value: fc.oneof(hostileText, fc.integer(), fc.boolean()),
  });
  const interaction = (type: number, data: unknown) =>
    JSON.stringify({
      id: '1',
      application_id: APP_ID,
      type,
      token: 'fuzz-token',
      version: 1,
      channel_id: '2',
      guild_id: '3',
      member: { user: USER },
      data,
    });

  async function expectSafeReply(res: { status: number; json: unknown }): Promise<void> {
    expect(res.status).toBe(200);
    const body = res.json as { type: number; data?: Record<string, unknown> };
    if (body.type === 4 || body.type === 7) expect(discordViolations(body.data!)).toEqual([]);
  }

  it(`GIVEN slash commands with hostile options THEN 200 within Discord limits and allowed_mentions parse [] (${FUZZ_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...DISCORD_COMMAND_NAMES), hostileText),
        fc.array(option, { maxLength: 3 }),
        async (name, options) => {
          await expectSafeReply(await discordPost(interaction(2, { id: '9', name, type: 1, options })));
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
    await running.context.inflight.drain(10_000);
    for (const r of discord.requests.filter((q) => q.method !== 'GET' && typeof q.body === 'object' && q.body))
      expect(discordViolations(r.body as Record<string, unknown>)).toEqual([]);
  });

  it(`GIVEN autocomplete with hostile input THEN at most 25 choices of 1–100 characters (${FUZZ_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...DISCORD_COMMAND_NAMES),
        fc.oneof(hostileText, fc.integer(), fc.boolean()),
        async (name, value) => {
          const res = await discordPost(
            interaction(4, { id: '9', name, type: 1, options: [{ name: 'role', type: 3, value, focused: true }] }),
          );
          expect(res.status).toBe(200);
          expect(choiceViolations((res.json as { data: { choices: unknown } }).data.choices)).toEqual([]);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it(`GIVEN button clicks with hostile and forged custom ids THEN 200 within limits (${FUZZ_RUNS} cases)`, async () => {
    const customId = fc.oneof(
      hostileText,
      hostileText.map((t) => `a1:risk:${t}`),
      fc.constant('a1:compare:backend-developer-mid:devsecops-engineer'),
    );
    await fc.assert(
      fc.asyncProperty(customId, fc.constantFrom(0, 64), async (id, flags) => {
        const raw = JSON.stringify({
          ...JSON.parse(interaction(3, { custom_id: id, component_type: 2 })),
          message: { id: '7', flags },
        });
        await expectSafeReply(await discordPost(raw));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it(`GIVEN malformed bodies and wrongly shaped interactions THEN a 4xx, never a 5xx (${FUZZ_RUNS} cases)`, async () => {
    const wrongShape = fc.oneof(
      malformedBody,
      wrongType.map((v) => JSON.stringify(v)),
      fc.record({ type: wrongType, data: wrongType }).map((v) => JSON.stringify(v)),
      fc
        .record({
          type: fc.constantFrom(2, 3, 4),
          data: fc.oneof(
            wrongType,
            fc.record({
              name: wrongType,
              options: fc.oneof(
                wrongType,
                fc.array(fc.record({ name: wrongType, type: wrongType, value: wrongType }), { maxLength: 2 }),
              ),
              custom_id: wrongType,
            }),
          ),
        })
        .map((v) => JSON.stringify({ ...v, id: '1', token: 't', application_id: APP_ID })),
    );
    await fc.assert(
      fc.asyncProperty(wrongShape, async (raw) => {
        const res = await discordPost(raw);
        expect(res.status, `${raw} → ${JSON.stringify(res.json)}`).toBeGreaterThanOrEqual(200);
        expect(res.status, `${raw} → ${JSON.stringify(res.json)}`).toBeLessThan(500);
        if (res.status === 200) await expectSafeReply(res);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('THEN no promise was left rejected and unhandled', () => {
    expect(unhandled).toEqual([]);
  });
});
