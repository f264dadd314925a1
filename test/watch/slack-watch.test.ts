// Watching a role through the real Bolt app over signed HTTP: /watch in a channel, a restart with a
// re-assessed role, exactly one notice (also with two copies on one Redis), nothing when nothing
// changed, nothing after /unwatch.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startPlatforms, type Running } from '../../adapters/main.ts';
import { loadEnv } from '../../adapters/runtime/config.ts';
import { createLogger } from '../../adapters/runtime/log.ts';
import { loadCatalog } from '../../src/load-catalog.ts';
import { hasRedis, startRedis, type RedisServer } from '../runtime/redis-server.ts';
import { postSigned, slashBody, SlackStandIn } from '../slack/stand-in.ts';

const SECRET = 'test-signing-secret-watch';
const FORM = 'application/x-www-form-urlencoded';
const ROLES = new URL('../../roles', import.meta.url).pathname;
const OLD_LINE = 'jobPostings: { score: 0, why: "Mid-level backend postings are roughly flat';

let standIn: SlackStandIn;
let work: string;
const running: Running[] = [];

beforeAll(async () => {
  standIn = new SlackStandIn();
  await standIn.start();
});
afterAll(async () => {
  await standIn.stop();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((r) => r.stop()));
  if (work) rmSync(work, { recursive: true, force: true });
});

function newWorkspace(): { roles: string; data: string } {
  work = mkdtempSync(join(tmpdir(), 'career-bot-watch-'));
  const roles = join(work, 'roles');
  cpSync(ROLES, roles, { recursive: true });
  return { roles, data: join(work, 'data') };
}

/** The backend mid level re-assessed: postings improve, with a new reason. */
function reassessBackend(roles: string): void {
  const file = join(roles, 'backend-developer.yaml');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(OLD_LINE);
  writeFileSync(
    file,
    text.replace(
      /jobPostings: \{ score: 0, why: "Mid-level backend postings are roughly flat[^}]*\}/,
      'jobPostings: { score: 2, why: "Backend postings grew sharply in the latest data release.", source: "judgement" }',
    ),
  );
}

async function startBot(roles: string, data: string, redisUrl?: string): Promise<Running> {
  const config = loadEnv({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: '0',
    DATA_DIR: data,
    ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
  });
  const bot = await startPlatforms(loadCatalog(roles), config, createLogger(process.env.WATCH_LOG ? 'info' : 'silent'));
  running.push(bot);
  return bot;
}

const slash = (bot: Running, command: string, text: string) =>
  postSigned(
    `http://127.0.0.1:${bot.port}/slack/events`,
    slashBody(command, text, standIn.responseUrl(command)),
    FORM,
    SECRET,
  );

const notices = () => standIn.to('/api/chat.postMessage').filter((c) => JSON.stringify(c.body).includes('changed'));

/** Resolves once more than `count` notices were sent (or after the bound, for the assertion to tell). */
async function noticesBeyond(count: number, timeoutMs = 8000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (notices().length <= count && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
}

/** Waits for the notices a start sends (they go out after start-up, in the background). */
async function settled(bot: Running): Promise<void> {
  await bot.context.inflight.drain(5000);
  await new Promise((r) => setTimeout(r, 300));
}

describe('GIVEN a channel that ran /watch backend developer', () => {
  it('THEN a restart with the role re-assessed posts exactly one notice there, with the old and the new score', async () => {
    const { roles, data } = newWorkspace();
    const first = await startBot(roles, data);
    const watched = await slash(first, '/watch', 'backend developer');
    expect(watched.status).toBe(200);
    expect(watched.text).toContain('Watching Backend/API Developer (Mid-Level)');
    await first.stop();
    running.length = 0;
    const before = notices().length;

    reassessBackend(roles);
    const second = await startBot(roles, data);
    await noticesBeyond(before);
    await settled(second);
    const sent = notices().slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body.channel).toBe('C0CHAN');
    const text = JSON.stringify(sent[0]!.body);
    expect(text).toContain('24.5');
    expect(text).toMatch(/\b2[5-9]\.\d|3\d\.\d/); // the new score, above the old
    expect(text).toContain('Backend postings grew sharply');
    await second.stop();
    running.length = 0;

    // The same catalog again: nobody is told twice.
    const third = await startBot(roles, data);
    await settled(third);
    expect(notices().slice(before)).toHaveLength(1);

    // /unwatch, then another change: nothing more.
    const stopped = await slash(third, '/unwatch', 'backend developer');
    expect(stopped.text).toContain('No more updates here');
    await third.stop();
    running.length = 0;
    writeFileSync(
      join(roles, 'backend-developer.yaml'),
      readFileSync(join(roles, 'backend-developer.yaml'), 'utf8').replace(
        'jobPostings: { score: 2,',
        'jobPostings: { score: 1,',
      ),
    );
    const fourth = await startBot(roles, data);
    await settled(fourth);
    expect(notices().slice(before)).toHaveLength(1);
  });

  it('THEN /watching lists it, a second /watch says it is already watched, and an unknown role asks back', async () => {
    const { roles, data } = newWorkspace();
    const bot = await startBot(roles, data);
    await slash(bot, '/watch', 'backend developer');
    expect((await slash(bot, '/watch', 'backend engineer')).text).toContain('already watched');
    expect((await slash(bot, '/watching', '')).text).toContain('Backend/API Developer (Mid-Level)');
    const unknown = await slash(bot, '/watch', 'penguin wrangler');
    expect(unknown.status).toBe(200);
    expect(unknown.text).toContain('"response_type":"ephemeral"');
    expect(unknown.text).toContain('penguin wrangler');
    expect(unknown.text).not.toContain('Watching');
  });
});

describe.skipIf(!hasRedis)('GIVEN two copies on one Redis starting together with a changed role', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it('THEN the watching channel gets exactly one notice', async () => {
    const { roles, data } = newWorkspace();
    const first = await startBot(roles, data, redis.url);
    await slash(first, '/watch', 'backend developer');
    await first.stop();
    running.length = 0;
    const before = notices().length;

    reassessBackend(roles);
    const [a, b] = await Promise.all([
      startBot(roles, join(data, 'a'), redis.url),
      startBot(roles, join(data, 'b'), redis.url),
    ]);
    await noticesBeyond(before);
    await Promise.all([settled(a), settled(b)]);
    expect(notices().slice(before)).toHaveLength(1);
  });
});
