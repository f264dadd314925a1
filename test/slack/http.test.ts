// The real Bolt app over real HTTP on loopback: signed requests in, a stand-in Slack Web API out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatforms, type Running } from '../../adapters/main.ts';
import { createLogger } from '../../adapters/runtime/log.ts';
import { encodeAction } from '../../adapters/slack/action-id.ts';
import { loadEnv } from '../../adapters/runtime/config.ts';
import {
  actionBody,
  BOT,
  eventBody,
  everythingSent,
  postSigned,
  sign,
  slashBody,
  SlackStandIn,
  type SignedPost,
} from './stand-in.ts';
import { realCatalog } from '../helpers.ts';

const MOVE_INTO = 'what should a backend developer move into?';
const SECRET = 'test-signing-secret-0123456789';
const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

let standIn: SlackStandIn;
let running: Running;
let eventsUrl: string;
const logLines: string[] = [];
const acks: string[] = [];

beforeAll(async () => {
  standIn = new SlackStandIn();
  await standIn.start();
  const config = loadEnv({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: '0',
    LOG_LEVEL: 'info',
    // Many questions from one test user: the limiter is tested in slack-app.test.ts.
    RATE_LIMIT_BURST: '1000',
    RATE_LIMIT_USER_PER_MINUTE: '1000',
    RATE_LIMIT_CHANNEL_PER_MINUTE: '1000',
  });
  running = await startPlatforms(
    realCatalog(),
    config,
    createLogger('info', (l) => logLines.push(l)),
  );
  eventsUrl = `http://127.0.0.1:${running.port}/slack/events`;
});

afterAll(async () => {
  await running?.stop();
  await standIn?.stop();
});

async function slash(
  command: string,
  text: string,
  id = command.slice(1),
): Promise<{ res: SignedPost; body: Record<string, unknown> & { blocks: unknown[] } }> {
  const res = await postSigned(eventsUrl, slashBody(command, text, standIn.responseUrl(id)), FORM, SECRET);
  acks.push(res.text);
  expect(res.status).toBe(200);
  return { res, body: res.json() as Record<string, unknown> & { blocks: unknown[] } };
}

const blocksText = (body: { blocks?: unknown[] }) => JSON.stringify(body.blocks ?? []);
type ButtonJson = { type: string; action_id: string; text: { text: string } };
const buttonsOf = (body: { blocks?: unknown[] }): ButtonJson[] =>
  ((body.blocks ?? []) as { type: string; elements?: ButtonJson[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);

describe('GIVEN the bot started in HTTP mode against a stand-in Slack', () => {
  it('THEN it asked auth.test once for its identity and serves /healthz on the same port', async () => {
    expect(standIn.to('/api/auth.test')).toHaveLength(1);
    const health = await fetch(`http://127.0.0.1:${running.port}/healthz`);
    expect(health.status).toBe(200);
  });
});

describe('GIVEN slash commands', () => {
  it('GIVEN /risk backend developer THEN the channel gets Block Kit showing 24.5 with a text fallback', async () => {
    const { body } = await slash('/risk', 'backend developer');
    expect(body.response_type).toBe('in_channel');
    expect(blocksText(body)).toContain('24.5');
    expect(blocksText(body)).toContain('Red zone');
    expect(body.text).toEqual(expect.stringContaining('24.5'));
    expect(buttonsOf(body).map((b) => b.text.text)).toContain('Safer roles');
  });

  it('GIVEN /compare backend developer vs security software developer THEN it shows 24.5 and 51.5 and one table block', async () => {
    const { body } = await slash('/compare', 'backend developer vs security software developer');
    expect(body.response_type).toBe('in_channel');
    expect(blocksText(body)).toContain('24.5');
    expect(blocksText(body)).toContain('51.5');
    const tables = (body.blocks as { type: string; rows?: { text: string }[][] }[]).filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows!.map((r) => r[0]!.text)).toEqual([
      'Dimension',
      'Task Resistance',
      'Evidence',
      'Barriers',
      'Protective Principles',
      'AI Growth',
    ]);
  });

  it.each(['and', 'or', ',', 'with'])(
    'GIVEN /compare with "%s" between the roles THEN it compares the same two',
    async (sep) => {
      const { body } = await slash('/compare', `backend developer ${sep} security software developer`);
      expect(blocksText(body)).toContain('24.5');
      expect(blocksText(body)).toContain('51.5');
    },
  );

  it('GIVEN /transition backend developer THEN it lists DevSecOps', async () => {
    const { body } = await slash('/transition', 'backend developer');
    expect(body.response_type).toBe('in_channel');
    expect(blocksText(body)).toContain('DevSecOps');
  });

  it.each(['help', ''])('GIVEN /risk "%s" THEN usage help goes only to the asker', async (text) => {
    const { body } = await slash('/risk', text);
    expect(body.response_type).toBe('ephemeral');
    expect(blocksText(body)).toMatch(/compare/i);
  });

  it('GIVEN a title that matches nothing THEN only the asker sees the no-match message', async () => {
    const { body } = await slash('/risk', 'banana');
    expect(body.response_type).toBe('ephemeral');
    expect(blocksText(body)).toMatch(/No role by that name/);
  });

  it('GIVEN an ambiguous title THEN only the asker sees one button per candidate', async () => {
    const { body } = await slash('/risk', 'software');
    expect(body.response_type).toBe('ephemeral');
    const candidates = buttonsOf(body);
    expect(candidates.length).toBeGreaterThanOrEqual(2);
    for (const b of candidates) expect(b.action_id).toMatch(/^career:risk:/);
  });

  it('GIVEN /compare with only one role THEN the asker is told it needs two', async () => {
    const { body } = await slash('/compare', 'backend developer');
    expect(body.response_type).toBe('ephemeral');
    expect(blocksText(body)).toMatch(/two roles/);
  });
});

describe('GIVEN mention injection in the input', () => {
  it.each(['<!channel>', '<!here> backend developer', '<@U123> vs <!everyone>', 'backend <@U123|bob> developer'])(
    'GIVEN "%s" THEN no raw mention is echoed anywhere',
    async (text) => {
      await slash('/risk', text);
      await slash('/compare', text);
      const sent = everythingSent(standIn, acks);
      for (const raw of ['<!channel>', '<!here>', '<!everyone>', '<@U123']) expect(sent).not.toContain(raw);
    },
  );

  it('GIVEN a mention whose text carries <!channel> THEN the threaded reply does not echo it', async () => {
    await postSigned(
      eventsUrl,
      eventBody('Ev-inject', {
        type: 'app_mention',
        user: 'U0ASKER',
        text: `<@${BOT.userId}> <!channel> banana`,
        ts: '1700000000.000300',
        channel: 'C0CHAN',
        event_ts: '1700000000.000300',
      }),
      JSON_TYPE,
      SECRET,
    );
    const sent = await standIn.waitFor(
      (c) => c.path.startsWith('/api/chat.post') && c.body.thread_ts === '1700000000.000300',
    );
    expect(JSON.stringify(sent.body)).not.toContain('<!channel>');
  });
});

describe('GIVEN channel questions', () => {
  const mention = async (eventId: string, ts: string, text: string) => {
    const res = await postSigned(
      eventsUrl,
      eventBody(eventId, {
        type: 'app_mention',
        user: 'U0ASKER',
        text: `<@${BOT.userId}> ${text}`,
        ts,
        channel: 'C0CHAN',
        event_ts: ts,
      }),
      JSON_TYPE,
      SECRET,
    );
    expect(res.status).toBe(200);
    return standIn.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
  };

  it('GIVEN an app_mention naming a role THEN a chat.postMessage in its thread names the best move to a safer role', async () => {
    const post = await mention('Ev-role', '1700000000.000050', 'backend developer?');
    expect(post.body.channel).toBe('C0CHAN');
    expect(JSON.stringify(post.body.blocks)).toContain('*Best move*\\nSenior Software Engineer (7+ years): 55.4');
  });

  // Needs the intent parser (issue: conversation) behind askAnswer; runs by itself once it understands the question.
  it(`GIVEN an app_mention "${MOVE_INTO}" THEN a chat.postMessage in its thread names safer roles`, async () => {
    const post = await mention('Ev-move', '1700000000.000100', MOVE_INTO);
    expect(JSON.stringify(post.body.blocks)).toContain('DevSecOps');
  });

  it('GIVEN a mention then "and for seniors?" mentioned in the same thread THEN the follow-up is answered about the senior level, in that thread', async () => {
    const thread = '1700000000.000400';
    const first = await mention('Ev-thread-1', thread, 'how exposed are backend developers?');
    expect(JSON.stringify(first.body.blocks)).toContain('Backend/API Developer (Mid-Level)');
    const reply = '1700000000.000401';
    const body = eventBody('Ev-thread-2', {
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${BOT.userId}> and for seniors?`,
      ts: reply,
      thread_ts: thread,
      channel: 'C0CHAN',
      event_ts: reply,
    });
    expect((await postSigned(eventsUrl, body, JSON_TYPE, SECRET)).status).toBe(200);
    const second = await standIn.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === thread && c !== first,
    );
    expect(JSON.stringify(second.body.blocks)).toContain('Backend/API Developer (Senior)');
    expect(JSON.stringify(second.body.blocks)).not.toContain('Which one did you mean');
  });

  it('GIVEN the same event delivered twice (a Slack retry) THEN it is answered once', async () => {
    const ts = '1700000000.000200';
    const body = eventBody('Ev-retry', {
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${BOT.userId}> backend developer`,
      ts,
      channel: 'C0CHAN',
      event_ts: ts,
    });
    expect((await postSigned(eventsUrl, body, JSON_TYPE, SECRET)).status).toBe(200);
    expect(
      (
        await postSigned(eventsUrl, body, JSON_TYPE, SECRET, {
          headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
        })
      ).status,
    ).toBe(200);
    await standIn.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
    // A later event in the same channel is answered, so the duplicate had every chance to be.
    const later = '1700000000.000201';
    await postSigned(
      eventsUrl,
      eventBody('Ev-after-retry', {
        type: 'app_mention',
        user: 'U0ASKER',
        text: `<@${BOT.userId}> devsecops`,
        ts: later,
        channel: 'C0CHAN',
        event_ts: later,
      }),
      JSON_TYPE,
      SECRET,
    );
    await standIn.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === later);
    await new Promise((r) => setTimeout(r, 200));
    expect(standIn.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts)).toHaveLength(1);
  });

  it('GIVEN a bare mention THEN usage help goes only to the asker, in the thread', async () => {
    const ts = '1700000000.000500';
    await postSigned(
      eventsUrl,
      eventBody('Ev-bare', {
        type: 'app_mention',
        user: 'U0ASKER',
        text: `<@${BOT.userId}>`,
        ts,
        channel: 'C0CHAN',
        event_ts: ts,
      }),
      JSON_TYPE,
      SECRET,
    );
    const sent = await standIn.waitFor((c) => c.body.thread_ts === ts);
    expect(sent.path).toBe('/api/chat.postEphemeral');
    expect(sent.body.user).toBe('U0ASKER');
    expect(JSON.stringify(sent.body.blocks)).toMatch(/compare/i);
  });

  it('GIVEN a DM written by another bot THEN it is not answered (no bot loops)', async () => {
    const ts = '1700000000.000600';
    await postSigned(
      eventsUrl,
      eventBody('Ev-botdm', {
        type: 'message',
        channel_type: 'im',
        user: 'U0OTHERBOT',
        bot_id: 'B0OTHER',
        text: 'backend developer',
        ts,
        channel: 'D0BOTDM',
        event_ts: ts,
      }),
      JSON_TYPE,
      SECRET,
    );
    // A person's DM sent after it is answered; the bot's never is.
    const later = '1700000000.000601';
    await postSigned(
      eventsUrl,
      eventBody('Ev-persondm', {
        type: 'message',
        channel_type: 'im',
        user: 'U0ASKER',
        text: 'backend developer',
        ts: later,
        channel: 'D0BOTDM',
        event_ts: later,
      }),
      JSON_TYPE,
      SECRET,
    );
    await standIn.waitFor((c) => c.body.thread_ts === later);
    await new Promise((r) => setTimeout(r, 200));
    expect(standIn.calls.filter((c) => c.body.thread_ts === ts)).toHaveLength(0);
  });

  it('GIVEN a DM to the bot THEN it is answered in the DM thread', async () => {
    const ts = '1700000000.000400';
    await postSigned(
      eventsUrl,
      eventBody('Ev-dm', {
        type: 'message',
        channel_type: 'im',
        user: 'U0ASKER',
        text: 'devsecops engineer',
        ts,
        channel: 'D0DM',
        event_ts: ts,
      }),
      JSON_TYPE,
      SECRET,
    );
    const post = await standIn.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'D0DM');
    expect(post.body.thread_ts).toBe(ts);
    expect(JSON.stringify(post.body.blocks)).toContain('DevSecOps');
  });
});

describe('GIVEN button clicks', () => {
  const click = (actionId: string, extra: Record<string, unknown>) =>
    postSigned(
      eventsUrl,
      actionBody({
        type: 'block_actions',
        user: { id: 'U0ASKER', team_id: BOT.team },
        team: { id: BOT.team },
        api_app_id: 'A0APP',
        trigger_id: '1.2.3',
        actions: [
          {
            type: 'button',
            action_id: actionId,
            block_id: 'b1',
            text: { type: 'plain_text', text: 'x' },
            action_ts: '1700000001.0',
          },
        ],
        ...extra,
      }),
      FORM,
      SECRET,
    );

  it('GIVEN "Safer roles" clicked on a channel answer THEN it is acknowledged and answered in that thread', async () => {
    const { body } = await slash('/risk', 'backend developer');
    const safer = buttonsOf(body).find((b) => b.text.text === 'Safer roles')!;
    const ts = '1700000002.000100';
    const res = await click(safer.action_id, {
      container: { type: 'message', message_ts: ts, channel_id: 'C0CHAN', is_ephemeral: false },
      channel: { id: 'C0CHAN' },
      message: { type: 'message', ts, text: 'x' },
      response_url: standIn.responseUrl('click-public'),
    });
    expect(res.status).toBe(200);
    const post = await standIn.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
    expect(JSON.stringify(post.body.blocks)).toContain('DevSecOps');
  });

  it('GIVEN "Why this score" clicked on a channel answer THEN every item goes to that thread', async () => {
    const { body } = await slash('/risk', 'backend developer');
    const why = buttonsOf(body).find((b) => b.text.text === 'Why this score')!;
    const ts = '1700000002.000200';
    const res = await click(why.action_id, {
      container: { type: 'message', message_ts: ts, channel_id: 'C0CHAN', is_ephemeral: false },
      channel: { id: 'C0CHAN' },
      message: { type: 'message', ts, text: 'x' },
      response_url: standIn.responseUrl('click-why'),
    });
    expect(res.status).toBe(200);
    const post = await standIn.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
    const text = JSON.stringify(post.body.blocks);
    for (const item of ['Job posting trends: 0.', 'Liability / accountability: 1/2.', 'AI growth: −1.'])
      expect(text).toContain(item);
  });

  it('GIVEN a "did you mean" candidate clicked THEN its answer replaces the private message', async () => {
    const { body } = await slash('/risk', 'software');
    const candidate = buttonsOf(body)[0]!;
    const res = await click(candidate.action_id, {
      container: { type: 'message', message_ts: '1700000003.0', channel_id: 'C0CHAN', is_ephemeral: true },
      channel: { id: 'C0CHAN' },
      response_url: standIn.responseUrl('click-dym'),
    });
    expect(res.status).toBe(200);
    const answer = await standIn.waitFor((c) => c.path === '/response/click-dym');
    expect(answer.body.replace_original).toBe(true);
    expect(JSON.stringify(answer.body.blocks)).toContain(candidate.text.text.replace(/&/g, '&amp;'));
  });

  it('GIVEN a button whose role no longer exists THEN the asker gets the no-match message, not a crash', async () => {
    const res = await click(encodeAction({ command: 'risk', args: ['no-such-role'] }), {
      container: { type: 'message', message_ts: '1700000004.0', channel_id: 'C0CHAN', is_ephemeral: true },
      channel: { id: 'C0CHAN' },
      response_url: standIn.responseUrl('click-gone'),
    });
    expect(res.status).toBe(200);
    const answer = await standIn.waitFor((c) => c.path === '/response/click-gone');
    expect(JSON.stringify(answer.body.blocks)).toMatch(/No role by that name/);
  });
});

describe('GIVEN requests not signed by Slack', () => {
  const body = slashBody('/risk', 'backend developer', 'http://127.0.0.1:1/unused');

  it('GIVEN a forged signature THEN 401 and nothing is answered', async () => {
    const res = await postSigned(eventsUrl, body, FORM, SECRET, {
      signature: sign('not-the-secret', Math.floor(Date.now() / 1000), body),
    });
    expect(res.status).toBe(401);
    expect(res.text).not.toContain('24.5');
  });

  it('GIVEN a correctly signed but stale request (6 minutes old) THEN 401', async () => {
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await postSigned(eventsUrl, body, FORM, SECRET, { timestamp: stale });
    expect(res.status).toBe(401);
  });

  it('GIVEN a body changed after signing THEN 401', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const res = await postSigned(eventsUrl, body.replace('backend', 'frontend'), FORM, SECRET, {
      timestamp: ts,
      signature: sign(SECRET, ts, body),
    });
    expect(res.status).toBe(401);
  });
});
