// The way the bot is checked: `npm start` (node bin/career-bot.js start) with the Discord HTTP
// settings, a loopback REST stand-in, and signed requests.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord, postSigned, slashInteraction, throwawayKeys } from './fakes.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const keys = throwawayKeys();
const fake = new FakeDiscord();
let bot: ChildProcess;
let url: string;

beforeAll(async () => {
  await fake.start();
  bot = spawn(process.execPath, ['bin/career-bot.js', 'start'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      DISCORD_PUBLIC_KEY: keys.publicKeyHex,
      DISCORD_APPLICATION_ID: APP_ID,
      PORT: '0',
      DISCORD_API_URL: fake.api,
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    bot.stderr!.on('data', (d: Buffer) => {
      seen += d.toString();
      const line = seen.split('\n').find((l) => l.includes('"http server listening"'));
      const m = line?.match(/"port":(\d+)/);
      if (m) resolve(Number(m[1]));
    });
    bot.once('exit', (code) => reject(new Error(`bot exited with ${code}: ${seen}`)));
  });
  url = `http://127.0.0.1:${port}/discord/interactions`;
}, 30_000);

afterAll(async () => {
  if (bot.exitCode === null) {
    const exited = new Promise((resolve) => bot.once('exit', resolve));
    bot.kill('SIGTERM');
    await exited;
  }
  await fake.stop();
});

describe('GIVEN npm start with DISCORD_PUBLIC_KEY, DISCORD_APPLICATION_ID, PORT and DISCORD_API_URL', () => {
  it('GIVEN a signed PING THEN PONG, and a tampered one THEN 401', async () => {
    expect(await postSigned(url, { type: 1, id: '1', token: 't', application_id: APP_ID }, keys)).toEqual({
      status: 200,
      json: { type: 1 },
    });
    expect((await postSigned(url, { type: 1, id: '1', token: 't', application_id: APP_ID }, keys, true)).status).toBe(
      401,
    );
  });

  it('GIVEN /risk role: backend developer THEN an embed with 24.5 and allowed_mentions parse []', async () => {
    const r = await postSigned(
      url,
      slashInteraction('2', 'risk', [{ name: 'role', value: 'backend developer' }]),
      keys,
    );
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      type: 4,
      data: { allowed_mentions: { parse: [] }, embeds: [{ description: expect.stringContaining('24.5 / 100') }] },
    });
  });

  it('THEN /healthz answers on the same port', async () => {
    expect(await (await fetch(url.replace('/discord/interactions', '/healthz'))).json()).toEqual({ ok: true });
  });

  it('THEN /metrics counts the Discord answers by command and outcome', async () => {
    const text = await (await fetch(url.replace('/discord/interactions', '/metrics'))).text();
    expect(text).toMatch(/careerbot_answers_total\{platform="discord",command="risk",outcome="answered"\} [1-9]/);
  });

  it('GIVEN SIGTERM THEN it stops cleanly', async () => {
    const exited = new Promise<number | null>((resolve) => bot.once('exit', resolve));
    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
