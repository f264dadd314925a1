// Shutdown as a process manager does it: `npm start` for two copies on one Redis, a burst of 40
// signed slash commands to copy A, and SIGTERM to A's whole process group (npm, its shell and the
// bot) in the middle of the burst; npm may pass it on as well, so the bot may hear it twice (the
// counting of repeated signals has its own test in test/runtime/ops.test.ts). Every request must be answered (200) or refused at connect (ECONNREFUSED, which a
// load balancer or Slack retries on copy B); none may meet a reset socket. npm itself dies of the
// signal at once, so the bot's own exit status is read from its last log line.
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasRedis, startRedis, type RedisServer } from '../runtime/redis-server.ts';
import { sign, slashBody, SlackStandIn } from '../slack/stand-in.ts';
import { sleep } from './bot-process.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SECRET = 'drain-signing-secret';
const BURST = 40;
const DRAIN_MS = 1000;
const GRACE_MS = 8000;

interface NpmBot {
  child: ChildProcess;
  port: number;
  stderr: () => string;
  /** When every process of the group has let go of stderr: the bot has exited. */
  done: Promise<void>;
}

/** `npm start` in its own process group, as a service manager runs it. */
async function startNpm(env: Record<string, string>): Promise<NpmBot> {
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout!.resume();
  const done = new Promise<void>((resolve) => child.stderr!.on('close', () => resolve()));
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const line = err.split('\n').find((l) => l.includes('"http server listening"'));
    if (line) return { child, port: (JSON.parse(line) as { port: number }).port, stderr: () => err, done };
    if (child.exitCode !== null) break;
    await sleep(50);
  }
  process.kill(-child.pid!, 'SIGKILL');
  throw new Error(`npm start did not start:\n${err}`);
}

/** /readyz on a connection of its own (not one of the burst's pooled ones); a failure by its code. */
function readyz(port: number): Promise<number | string> {
  return new Promise((resolve) =>
    get({ host: '127.0.0.1', port, path: '/readyz', agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'failed')),
  );
}

type Outcome = { status: number; text: string } | { error: string };

/** A signed /risk; a transport failure is reported by its code (ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET…). */
async function slash(port: number, i: number, standIn: SlackStandIn): Promise<Outcome> {
  const body = slashBody('/risk', 'backend developer', standIn.responseUrl(`drain-${i}`), {
    trigger_id: `drain.${i}`,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  try {
    const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': sign(SECRET, timestamp, body),
      },
      body,
    });
    return { status: res.status, text: await res.text() };
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause;
    return { error: cause?.code ?? String(e) };
  }
}

describe.skipIf(!hasRedis)('GIVEN two copies started with npm start on one Redis', () => {
  const standIn = new SlackStandIn();
  let redis: RedisServer;
  let a: NpmBot;
  let b: NpmBot;

  beforeAll(async () => {
    redis = await startRedis();
    await standIn.start();
    const env = {
      SLACK_BOT_TOKEN: 'xoxb-drain',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: standIn.apiUrl,
      REDIS_URL: redis.url,
      LOG_LEVEL: 'info',
      SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
      SHUTDOWN_GRACE_MS: String(GRACE_MS),
      RATE_LIMIT_BURST: '1000',
      RATE_LIMIT_USER_PER_MINUTE: '1000',
      RATE_LIMIT_CHANNEL_PER_MINUTE: '1000',
    };
    [a, b] = await Promise.all([startNpm(env), startNpm(env)]);
  }, 60_000);

  afterAll(async () => {
    for (const bot of [a, b]) {
      try {
        process.kill(-bot.child.pid!, 'SIGTERM');
      } catch {
        /* the group is gone already */
      }
      await bot?.done;
    }
    await redis?.stop();
    await standIn.stop();
  });

  it('GIVEN SIGTERM to copy A mid-burst THEN each request is answered or refused at connect, never reset, and A exits 0 in time', async () => {
    const outcomes: Promise<Outcome>[] = [];
    let signalledAt = 0;
    let readyAfterSignal: number | string | undefined;
    for (let i = 0; i < BURST; i++) {
      if (i === BURST / 2) {
        process.kill(-a.child.pid!, 'SIGTERM'); // the whole group, as `kill -TERM -pgid` or systemd does
        signalledAt = Date.now();
        await sleep(20);
        readyAfterSignal = await readyz(a.port);
      }
      // The second half lands in the drain window; the last few well after it, once A stopped
      // accepting (not at the instant it stops: a connection the kernel queued just then is reset).
      if (i === BURST - 4) await sleep(Math.max(0, signalledAt + DRAIN_MS + 300 - Date.now()));
      outcomes.push(slash(a.port, i, standIn));
      await sleep(25);
    }
    const results = await Promise.all(outcomes);
    await a.done;
    const exitMs = Date.now() - signalledAt;
    const exitLine = a
      .stderr()
      .split('\n')
      .find((l) => l.includes('"msg":"exited"'));
    const code = exitLine ? (JSON.parse(exitLine) as { code: number }).code : undefined;

    expect(readyAfterSignal).toBe(503);
    const failures = results.filter((r): r is { error: string } => 'error' in r);
    expect(failures.filter((f) => f.error !== 'ECONNREFUSED')).toEqual([]);
    const answered = results.filter((r): r is { status: number; text: string } => 'status' in r);
    for (const r of answered) {
      expect(r.status).toBe(200);
      expect(r.text).toContain('24.5');
    }
    expect(answered.length).toBeGreaterThanOrEqual(BURST / 2);
    // What A refused, the load balancer sends to B, which still answers.
    for (const i of results.flatMap((r, i) => ('error' in r ? [i] : []))) {
      const retry = await slash(b.port, i, standIn);
      expect(retry).toMatchObject({ status: 200 });
    }
    expect(code).toBe(0);
    expect(exitMs).toBeLessThan(DRAIN_MS + GRACE_MS);
    const log = a.stderr();
    expect(log).toMatch(/"stopped"/);
    expect(log).not.toMatch(/still running after the grace period|shutdown forced/);
    console.log(
      `drain: ${answered.length} of ${BURST} answered by A, ${failures.length} refused at connect (answered by B), A exited 0 after ${exitMs} ms`,
    );
  }, 60_000);
});
