// End to end: `node bin/career-bot.js start` as a user runs it, with a loopback stand-in for Slack.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSigned, slashBody, SlackStandIn } from './stand-in.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECRET = 'e2e-signing-secret';

function startBot(env: Record<string, string>): {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['bin/career-bot.js', 'start'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stderr: () => err, exited };
}

async function listeningPort(stderr: () => string, timeoutMs = 15_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const line = stderr()
      .split('\n')
      .find((l) => l.includes('"http server listening"'));
    if (line) return (JSON.parse(line) as { port: number }).port;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`bot did not start:\n${stderr()}`);
}

describe('GIVEN npm start with Slack credentials and SLACK_API_URL at a stand-in', () => {
  const standIn = new SlackStandIn();
  let bot: ReturnType<typeof startBot>;
  let port: number;

  beforeAll(async () => {
    await standIn.start();
    bot = startBot({
      SLACK_BOT_TOKEN: 'xoxb-e2e',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.apiUrl,
      PORT: '0',
    });
    port = await listeningPort(bot.stderr);
  });

  afterAll(async () => {
    bot?.child.kill('SIGTERM');
    await bot?.exited;
    await standIn.stop();
  });

  it('GIVEN a signed /risk backend developer THEN the answer shows 24.5 in Block Kit with a text fallback, in the channel', async () => {
    const res = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      slashBody('/risk', 'backend developer', standIn.responseUrl('e2e')),
      'application/x-www-form-urlencoded',
      SECRET,
    );
    expect(res.status).toBe(200);
    const body = res.json() as { response_type: string; text: string; blocks: unknown[] };
    expect(body.response_type).toBe('in_channel');
    expect(JSON.stringify(body.blocks)).toContain('24.5');
    expect(body.text).toContain('24.5');
  });

  it('GIVEN a signed /plan backend developer to devsecops engineer THEN a private 12-week plan with a Share button', async () => {
    const res = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      slashBody('/plan', 'backend developer to devsecops engineer', standIn.responseUrl('e2e-plan')),
      'application/x-www-form-urlencoded',
      SECRET,
    );
    expect(res.status).toBe(200);
    const body = res.json() as { response_type: string; text: string; blocks: unknown[] };
    expect(body.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(body.blocks);
    expect(blocks).toContain('Week 12');
    expect(blocks).toContain('career:share:plan:backend-developer-mid:devsecops-engineer');
  });

  it('GIVEN a stale signature THEN 401', async () => {
    const res = await postSigned(
      `http://127.0.0.1:${port}/slack/events`,
      slashBody('/risk', 'backend developer', standIn.responseUrl('e2e')),
      'application/x-www-form-urlencoded',
      SECRET,
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
    );
    expect(res.status).toBe(401);
  });

  it('THEN /healthz answers on the same port', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });
});

describe('GIVEN a bad Slack configuration', () => {
  it('GIVEN a malformed SLACK_BOT_TOKEN THEN start-up stops with a message naming it', async () => {
    const bot = startBot({ SLACK_BOT_TOKEN: 'not-a-token', SLACK_SIGNING_SECRET: SECRET, PORT: '0' });
    expect(await bot.exited).toBe(1);
    expect(bot.stderr()).toMatch(/SLACK_BOT_TOKEN: must be a bot token/);
  });

  it('GIVEN a token Slack refuses (auth.test invalid_auth) THEN start-up stops with a message naming SLACK_BOT_TOKEN, no stack', async () => {
    const standIn = new SlackStandIn();
    standIn.refuseAuth = true;
    await standIn.start();
    try {
      const bot = startBot({
        SLACK_BOT_TOKEN: 'xoxb-revoked',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: standIn.apiUrl,
        PORT: '0',
      });
      expect(await bot.exited).toBe(1);
      expect(bot.stderr()).toMatch(/SLACK_BOT_TOKEN: Slack refused it \(.*invalid_auth/);
      expect(bot.stderr()).not.toMatch(/\n\s+at /);
    } finally {
      await standIn.stop();
    }
  });
});
