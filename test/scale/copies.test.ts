// Two copies of `career-bot start` behind one Redis, as behind a load balancer: Slack's retry of an
// event lands on the other copy and is not answered twice; a thread started on one copy continues
// on the other; losing Redis mid-conversation leaves both answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedis, startRedis, type RedisServer } from '../runtime/redis-server.ts';
import { BOT, eventBody, postSigned, SlackStandIn } from '../slack/stand-in.ts';
import { sleep, startBotProcess, stopBotProcess, type BotProcess } from './bot-process.ts';

const SECRET = 'scale-signing-secret';

describe.skipIf(!hasRedis)('GIVEN two copies of career-bot start sharing REDIS_URL and one Slack stand-in', () => {
  const standIn = new SlackStandIn();
  let redis: RedisServer;
  let a: BotProcess;
  let b: BotProcess;

  beforeAll(async () => {
    redis = await startRedis();
    await standIn.start();
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-scale',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.apiUrl,
      REDIS_URL: redis.url,
      LOG_LEVEL: 'info',
    };
    [a, b] = await Promise.all([startBotProcess(env), startBotProcess(env)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([stopBotProcess(a), stopBotProcess(b)]);
    await redis?.stop();
    await standIn.stop();
  });

  const url = (bot: BotProcess) => `http://127.0.0.1:${bot.port}/slack/events`;
  const mention = (eventId: string, text: string, ts: string, threadTs?: string) =>
    eventBody(eventId, {
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${BOT.userId}> ${text}`,
      ts,
      channel: 'C0SCALE',
      event_ts: ts,
      ...(threadTs ? { thread_ts: threadTs } : {}),
    });
  const postsIn = (threadTs: string) =>
    standIn.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === threadTs);

  it("GIVEN the same signed app_mention sent to copy A and, as Slack's retry, to copy B THEN exactly one chat.postMessage", async () => {
    const ts = '1800000000.000100';
    const body = mention('EvScaleOnce', 'backend developer', ts);
    const first = await postSigned(url(a), body, 'application/json', SECRET);
    const retry = await postSigned(url(b), body, 'application/json', SECRET, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await standIn.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
    await sleep(800); // room for a second answer, were there one
    expect(postsIn(ts)).toHaveLength(1);
  });

  it('GIVEN a question asked on copy A THEN a follow-up in the same thread sent to copy B is answered in context', async () => {
    const ts = '1800000000.000200';
    await postSigned(
      url(a),
      mention('EvScaleQ1', 'is backend development going to be automated?', ts),
      'application/json',
      SECRET,
    );
    await standIn.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
    await postSigned(
      url(b),
      mention('EvScaleQ2', 'and for seniors?', '1800000000.000201', ts),
      'application/json',
      SECRET,
    );
    await standIn.waitFor(() => postsIn(ts).length === 2);
    const followUp = JSON.stringify(postsIn(ts)[1]!.body);
    // Without A's memory, "and for seniors?" names no role; with it, B answers for senior backend developers.
    expect(followUp).toMatch(/Backend[^"]*Developer \(Senior\)/);
    expect(b.stderr()).not.toMatch(/redis .* failed/);
  });

  it('GIVEN Redis is killed mid-conversation THEN both copies keep answering, once per event, without crashing', async () => {
    const ts = '1800000000.000300';
    await postSigned(
      url(a),
      mention('EvScaleR1', 'is data engineering going to be automated?', ts),
      'application/json',
      SECRET,
    );
    await standIn.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);
    await redis.stop();
    await postSigned(
      url(b),
      mention('EvScaleR2', 'devops engineer', '1800000000.000301', ts),
      'application/json',
      SECRET,
    );
    await postSigned(
      url(a),
      mention('EvScaleR3', 'frontend developer', '1800000000.000302', ts),
      'application/json',
      SECRET,
    );
    await standIn.waitFor(() => postsIn(ts).length === 3, 8000);
    await sleep(500);
    expect(postsIn(ts)).toHaveLength(3);
    // Two processes answer concurrently, so the order of their posts is not fixed; each is answered once.
    const later = postsIn(ts)
      .slice(1)
      .map((p) => JSON.stringify(p.body));
    expect(later.filter((t) => /devops/i.test(t))).toHaveLength(1);
    expect(later.filter((t) => /frontend/i.test(t))).toHaveLength(1);
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();
    expect(a.stderr() + b.stderr()).toMatch(/redis/i);
    expect(a.stderr() + b.stderr()).not.toMatch(/\n\s+at /);
  }, 20_000);
});
