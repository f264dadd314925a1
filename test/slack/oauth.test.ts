// Slack OAuth distribution over loopback: Bolt's installer on our HTTP server, a stand-in for
// Slack's Web API (oauth.v2.access, auth.test, chat.postMessage), installations in a private folder.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatforms, type Running } from '../../adapters/main.ts';
import { loadEnv } from '../../adapters/runtime/config.ts';
import { createLogger } from '../../adapters/runtime/log.ts';
import { FileWatchStore, type Audience } from '../../adapters/runtime/watch-store.ts';
import { catalogSnapshots } from '../../src/catalog/snapshot.ts';
import { BOT_SCOPES } from '../../adapters/slack/oauth.ts';
import { realCatalog } from '../helpers.ts';
import { hasRedis, startRedis, type RedisServer } from '../runtime/redis-server.ts';
import { postSigned, SlackStandIn } from './stand-in.ts';

const SECRET = 'oauth-signing-secret';
const CLIENT_ID = '1234.5678';
const COOKIE = 'slack-app-oauth-state';

function oauthEnv(standIn: SlackStandIn, extra: Record<string, string>) {
  return loadEnv({
    PORT: '0',
    SLACK_CLIENT_ID: CLIENT_ID,
    SLACK_CLIENT_SECRET: 'client-secret-value',
    SLACK_STATE_SECRET: 'state-secret-at-least-16',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: standIn.apiUrl,
    LOG_LEVEL: 'debug',
    ...extra,
  });
}

const base = (r: Running) => `http://127.0.0.1:${r.port}`;

/** GET /slack/install: the authorize URL from the page, and the state cookie set with it. */
async function beginInstall(r: Running) {
  const res = await fetch(`${base(r)}/slack/install`);
  const html = await res.text();
  const href = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize\?[^"]+)"/.exec(html)?.[1];
  const cookie = res.headers.get('set-cookie') ?? '';
  return { status: res.status, url: href ? new URL(href.replace(/&amp;/g, '&')) : undefined, cookie };
}

async function finishInstall(r: Running, code: string, state: string, cookieState = state) {
  const res = await fetch(`${base(r)}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
    headers: { cookie: `${COOKIE}=${cookieState}` },
  });
  return { status: res.status, text: await res.text() };
}

async function install(r: Running, team: string) {
  const { url } = await beginInstall(r);
  const state = url!.searchParams.get('state')!;
  return finishInstall(r, `code-${team}`, state);
}

let eventCounter = 0;
/** An Events API envelope for one workspace, with a fresh event id. */
function eventCallback(team: string, event: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    token: 'legacy',
    team_id: team,
    api_app_id: 'A0APP',
    type: 'event_callback',
    event_id: `EvOAuth${++eventCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    ...extra,
    event,
  });
}

const mention = (team: string, ts: string) =>
  eventCallback(
    team,
    { type: 'app_mention', user: 'U0ASKER', text: `<@UBOT${team}> backend developer`, ts, channel: 'C0OAUTH' },
    { authorizations: [{ team_id: team, user_id: `UBOT${team}`, is_bot: true, is_enterprise_install: false }] },
  );

const post = (r: Running, body: string) => postSigned(`${base(r)}/slack/events`, body, 'application/json', SECRET);
const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));

describe('GIVEN the bot in OAuth mode (client id, client secret, state secret, signing secret; no bot token)', () => {
  const standIn = new SlackStandIn();
  const dir = mkdtempSync(join(tmpdir(), 'career-bot-installs-'));
  const installations = join(dir, 'installations');
  const env = () => oauthEnv(standIn, { INSTALLATIONS_DIR: installations, DATA_DIR: dir });
  const lines: string[] = [];
  let running: Running;
  const postsIn = (ts: string) =>
    standIn.calls.filter((c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === ts);

  beforeAll(async () => {
    await standIn.start();
    running = await startPlatforms(
      realCatalog(),
      env(),
      createLogger('debug', (l) => lines.push(l)),
    );
  });
  afterAll(async () => {
    await running?.stop();
    await standIn.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('THEN /slack/install offers the authorize URL with the client id, the manifest scopes and a state also set as a cookie', async () => {
    const { status, url, cookie } = await beginInstall(running);
    expect(status).toBe(200);
    expect(url?.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url?.searchParams.get('scope')?.split(',')).toEqual([...BOT_SCOPES]);
    const state = url?.searchParams.get('state');
    expect(state?.length).toBeGreaterThan(20);
    expect(cookie).toContain(`${COOKIE}=${state}`);
    expect(cookie).toMatch(/HttpOnly/);
  });

  it('THEN the callback exchanges the code once and keeps the installation in a private file', async () => {
    const done = await install(running, 'T0ALPHA');
    expect(done.status).toBe(200);
    const exchanges = standIn.to('/api/oauth.v2.access');
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]!.body).toMatchObject({ code: 'code-T0ALPHA', client_id: CLIENT_ID });
    expect(statSync(installations).mode & 0o777).toBe(0o700);
    const files = readdirSync(installations);
    expect(files).toEqual(['team-T0ALPHA.json']); // no temporary files left behind
    expect(statSync(join(installations, files[0]!)).mode & 0o777).toBe(0o600);
  });

  it('GIVEN a forged state, or a real state without its browser cookie THEN nothing is exchanged', async () => {
    const before = standIn.to('/api/oauth.v2.access').length;
    const forged = await finishInstall(running, 'code-T0FORGED', 'forged-state');
    expect(forged.status).toBe(400);
    const { url } = await beginInstall(running);
    const replayed = await finishInstall(running, 'code-T0FORGED', url!.searchParams.get('state')!, 'other-browser');
    expect(replayed.status).toBe(400);
    expect(standIn.to('/api/oauth.v2.access').length).toBe(before);
    expect(readdirSync(installations)).toEqual(['team-T0ALPHA.json']);
  });

  it("GIVEN two installed workspaces THEN a mention in each is answered with that workspace's own token", async () => {
    await install(running, 'T0BETA');
    expect((await post(running, mention('T0ALPHA', '1700000000.000100'))).status).toBe(200);
    expect((await post(running, mention('T0BETA', '1700000000.000200'))).status).toBe(200);
    const alpha = await standIn.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000000.000100',
    );
    const beta = await standIn.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000000.000200',
    );
    expect(alpha.token).toBe('xoxb-T0ALPHA-secret');
    expect(beta.token).toBe('xoxb-T0BETA-secret');
    expect(JSON.stringify(alpha.body)).toContain('24.5');
  });

  it('GIVEN a workspace that never installed THEN its mention is acknowledged and answered with nothing', async () => {
    expect((await post(running, mention('T0NEVER', '1700000000.000300'))).status).toBe(200);
    await sleep(500);
    expect(postsIn('1700000000.000300')).toEqual([]);
  });

  it('GIVEN a restart with the same INSTALLATIONS_DIR THEN the installed workspace is still answered', async () => {
    await running.stop();
    running = await startPlatforms(
      realCatalog(),
      env(),
      createLogger('debug', (l) => lines.push(l)),
    );
    await post(running, mention('T0ALPHA', '1700000000.000400'));
    const answer = await standIn.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000000.000400',
    );
    expect(answer.token).toBe('xoxb-T0ALPHA-secret');
  });

  it("GIVEN watches whose role changed while the bot was down THEN each installed workspace's notice goes out with its own token", async () => {
    await running.stop();
    // Two channels watch backend developer, as heard of before a re-assessment: one in an installed
    // workspace, one in a workspace that never installed.
    const watches = FileWatchStore.inDataDir(dir);
    const now = catalogSnapshots(realCatalog()).get('backend-developer-mid')!;
    for (const team of ['T0ALPHA', 'T0NEVER']) {
      const audience: Audience = { platform: 'slack', team, kind: 'channel', id: `C0WATCH${team}` };
      await watches.add({ audience, roleId: 'backend-developer-mid', seen: { ...now, score: now.score - 3 } }, 10);
    }
    running = await startPlatforms(
      realCatalog(),
      env(),
      createLogger('debug', (l) => lines.push(l)),
    );
    const notice = await standIn.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'C0WATCHT0ALPHA',
    );
    expect(notice.token).toBe('xoxb-T0ALPHA-secret');
    expect(JSON.stringify(notice.body)).toContain(now.score.toFixed(1));
    for (let i = 0; i < 60 && !lines.some((l) => l.includes('watch notice failed')); i++) await sleep(100);
    expect(standIn.calls.filter((c) => c.body.channel === 'C0WATCHT0NEVER')).toEqual([]);
    expect(lines.some((l) => l.includes('watch notice failed') && l.includes('T0NEVER'))).toBe(true);
  });

  it('GIVEN app_uninstalled (and tokens_revoked for the other) THEN the workspaces are forgotten', async () => {
    expect((await post(running, eventCallback('T0ALPHA', { type: 'app_uninstalled' }))).status).toBe(200);
    expect(
      (
        await post(
          running,
          eventCallback('T0BETA', { type: 'tokens_revoked', tokens: { bot: ['UBOTT0BETA'], oauth: [] } }),
        )
      ).status,
    ).toBe(200);
    await sleep(200);
    expect(readdirSync(installations)).toEqual([]);
    await post(running, mention('T0ALPHA', '1700000000.000500'));
    await sleep(500);
    expect(postsIn('1700000000.000500')).toEqual([]);
  });

  it('THEN no token or secret was ever written to the log', () => {
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(log).toMatch(/slack installation removed/);
    for (const secret of [
      'xoxb-T0ALPHA-secret',
      'xoxb-T0BETA-secret',
      'client-secret-value',
      'state-secret-at-least-16',
    ])
      expect(log).not.toContain(secret);
  });
});

describe.skipIf(!hasRedis)('GIVEN two copies in OAuth mode sharing REDIS_URL', () => {
  const standIn = new SlackStandIn();
  let redis: RedisServer;
  let a: Running;
  let b: Running;

  beforeAll(async () => {
    redis = await startRedis();
    await standIn.start();
    const env = oauthEnv(standIn, { REDIS_URL: redis.url, INSTALLATIONS_DIR: '/nonexistent/not-used' });
    const quiet = createLogger('silent');
    [a, b] = await Promise.all([startPlatforms(realCatalog(), env, quiet), startPlatforms(realCatalog(), env, quiet)]);
    // Both connected to Redis (/readyz says so) before the first install is stored.
    for (const r of [a, b])
      for (let i = 0; i < 100 && (await fetch(`${base(r)}/readyz`)).status !== 200; i++) await sleep(50);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    await standIn.stop();
  });

  it('THEN a workspace installed through copy A is answered by copy B, and forgotten by both after uninstall', async () => {
    expect((await install(a, 'T0SHARED')).status).toBe(200);
    await post(b, mention('T0SHARED', '1700000001.000100'));
    const answer = await standIn.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.thread_ts === '1700000001.000100',
    );
    expect(answer.token).toBe('xoxb-T0SHARED-secret');
    await post(b, eventCallback('T0SHARED', { type: 'app_uninstalled' }));
    await sleep(200);
    await post(a, mention('T0SHARED', '1700000001.000200'));
    await sleep(500);
    expect(standIn.calls.filter((c) => c.body.thread_ts === '1700000001.000200')).toEqual([]);
  });
});
