// npm run bench:load — signed requests over loopback against the real bot (`career-bot start`),
// side by side in one run with bare servers that only verify and acknowledge:
//   Slack /risk  vs a bare Bolt app;   Discord /risk interaction  vs a bare Ed25519 server.
// Prints requests per second, p50 / p99 latency and the ratio. Loopback only; bounded in time.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, generateKeyPairSync, sign, verify, createPublicKey } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { freePort } from '../test/runtime/redis-server.ts';

const DURATION_S = Number(process.env.LOAD_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);
const BIN = fileURLToPath(new URL('../bin/career-bot.js', import.meta.url));
const SIGNING_SECRET = 'load-test-signing-secret';

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function hammer(url: string, headers: Record<string, string>, body: string): Promise<Figures> {
  const r = await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: DURATION_S });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

function slackRequest() {
  const body = new URLSearchParams({
    command: '/risk',
    text: 'backend developer',
    user_id: 'U1',
    user_name: 'load',
    channel_id: 'C1',
    channel_name: 'load',
    team_id: 'T1',
    team_domain: 'load',
    response_url: 'http://127.0.0.1:9/none',
    trigger_id: '1.2.3',
    api_app_id: 'A1',
    token: 'x',
  }).toString();
  // One fresh timestamp serves the whole run: Slack allows five minutes.
  const ts = Math.floor(Date.now() / 1000).toString();
  const sig = `v0=${createHmac('sha256', SIGNING_SECRET).update(`v0:${ts}:${body}`).digest('hex')}`;
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': ts,
      'x-slack-signature': sig,
    },
  };
}

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const PUBLIC_KEY_HEX = (publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(12).toString('hex');
function discordRequest() {
  const body = JSON.stringify({
    id: '1',
    application_id: '100000000000000001',
    type: 2,
    token: 'tok',
    version: 1,
    channel_id: '2',
    guild_id: '3',
    member: { user: { id: '4', username: 'load' } },
    data: { id: '5', name: 'risk', type: 1, options: [{ name: 'role', type: 3, value: 'backend developer' }] },
  });
  const ts = Math.floor(Date.now() / 1000).toString();
  const signature = sign(null, Buffer.from(ts + body), privateKey).toString('hex');
  return {
    body,
    headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': ts },
  };
}

async function startBareBolt(port: number): Promise<() => Promise<void>> {
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, endpoints: '/slack/events' });
  const app = new App({
    receiver,
    token: 'xoxb-load',
    tokenVerificationEnabled: false,
    botId: 'B1',
    botUserId: 'U0',
    logLevel: LogLevel.ERROR,
  });
  app.command('/risk', async ({ ack }) => ack());
  await app.start(port);
  return () => app.stop().then(() => undefined);
}

async function startBareDiscord(port: number): Promise<() => Promise<void>> {
  const key = createPublicKey({
    key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(PUBLIC_KEY_HEX, 'hex')]),
    format: 'der',
    type: 'spki',
  });
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req
      .on('data', (c) => chunks.push(c))
      .on('end', () => {
        const body = Buffer.concat(chunks);
        const ok = verify(
          null,
          Buffer.concat([Buffer.from(String(req.headers['x-signature-timestamp'])), body]),
          key,
          Buffer.from(String(req.headers['x-signature-ed25519']), 'hex'),
        );
        if (!ok) return res.writeHead(401).end();
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 5 }));
      });
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return () => new Promise((r) => server.close(() => r()));
}

async function startBot(port: number, apiPort: number): Promise<() => Promise<void>> {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      LOG_LEVEL: 'error',
      SLACK_BOT_TOKEN: 'xoxb-load',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `http://127.0.0.1:${apiPort}/api/`,
      DISCORD_PUBLIC_KEY: PUBLIC_KEY_HEX,
      DISCORD_APPLICATION_ID: '100000000000000001',
      DISCORD_API_URL: `http://127.0.0.1:${apiPort}/api`,
      // Every request comes from one user in one channel: lift the per-user limits for the run.
      RATE_LIMIT_BURST: '100000000',
      RATE_LIMIT_USER_PER_MINUTE: '100000000',
      RATE_LIMIT_CHANNEL_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    const ready = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (child.exitCode !== null) throw new Error(`career-bot start exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return () =>
    new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** A stand-in for the platforms' Web APIs: every call succeeds; auth.test names a bot, as start-up needs. */
async function startApiStandIn(port: number): Promise<() => Promise<void>> {
  const server = createServer((req, res) => {
    const answer = req.url?.includes('auth.test')
      ? '{"ok":true,"user_id":"U0","bot_id":"B1","team_id":"T1"}'
      : '{"ok":true}';
    req.resume().on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(answer));
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return () => new Promise((r) => server.close(() => r()));
}

const row = (name: string, f: Figures) =>
  `${name.padEnd(34)} ${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   non-2xx ${f.non2xx}, errors ${f.errors}`;

const [botPort, barePort, apiPort] = [await freePort(), await freePort(), await freePort()];
const stopApi = await startApiStandIn(apiPort);
console.log(`${DURATION_S} s per run, ${CONNECTIONS} connections, loopback\n`);

const slack = slackRequest();
let stop = await startBareBolt(barePort);
const bareSlack = await hammer(`http://127.0.0.1:${barePort}/slack/events`, slack.headers, slack.body);
await stop();
stop = await startBot(botPort, apiPort);
const botSlack = await hammer(`http://127.0.0.1:${botPort}/slack/events`, slack.headers, slack.body);
const discord = discordRequest();
const botDiscord = await hammer(`http://127.0.0.1:${botPort}/discord/interactions`, discord.headers, discord.body);
await stop();
stop = await startBareDiscord(barePort);
const bareDiscord = await hammer(`http://127.0.0.1:${barePort}/discord/interactions`, discord.headers, discord.body);
await stop();
await stopApi();

console.log(row('bare Bolt app (ack only)', bareSlack));
console.log(row('career-bot Slack /risk', botSlack));
console.log(`  ratio: ${((100 * botSlack.rps) / bareSlack.rps).toFixed(1)}% of the bare app's throughput\n`);
console.log(row('bare Ed25519 server (defer only)', bareDiscord));
console.log(row('career-bot Discord /risk', botDiscord));
console.log(`  ratio: ${((100 * botDiscord.rps) / bareDiscord.rps).toFixed(1)}% of the bare server's throughput`);
