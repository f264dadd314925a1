// npm run bench:load — signed /risk requests over loopback against the real bot (`career-bot start`)
// and, in the same run, against bare servers that only verify and acknowledge (bench/bare-servers.ts):
//   Slack /risk  vs a bare Bolt app;   Discord /risk interaction  vs a bare Ed25519 server.
// The bot and the baselines each run in a process of their own, the load generator in this one.
// The four are measured in interleaved rounds, bot right after its baseline, and the figures are
// the medians over the rounds: on a shared machine the load of the moment hits both sides of a
// ratio alike. Prints requests per second, p50 / p99 latency and the two ratios.
//   LOAD_SECONDS      seconds per measurement (default 5)
//   LOAD_ROUNDS       rounds (default 3): the run takes about 4 × rounds × seconds, plus start-up
//   LOAD_CONNECTIONS  concurrent connections (default 10)
//   LOAD_PROFILE=DIR  the bot writes a CPU profile there (node --cpu-prof) when it stops
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../test/runtime/redis-server.ts';
import { BOT_NODE_FLAGS } from './bot-node.ts';

const DURATION_S = Number(process.env.LOAD_SECONDS ?? 5);
const ROUNDS = Number(process.env.LOAD_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);
const PROFILE_DIR = process.env.LOAD_PROFILE;
const BIN = fileURLToPath(new URL('../bin/career-bot.js', import.meta.url));
const BARE = fileURLToPath(new URL('./bare-servers.ts', import.meta.url));
const SIGNING_SECRET = 'load-test-signing-secret';
const APPLICATION_ID = '100000000000000001';
const STOP_WAIT_MS = 15_000;

interface Figures {
  rps: number;
  /** CPU time the server's process spent per request (user + system), in µs: steadier than rps on a busy machine. */
  cpuUs: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}
interface Target {
  name: string;
  url: string;
  process: () => ChildProcess;
  request: () => { headers: Record<string, string>; body: string };
}

/** User + system CPU seconds a process has used so far (Linux /proc; 0 where there is none). */
function cpuSeconds(child: ChildProcess): number {
  try {
    // Fields 14 and 15 of /proc/PID/stat, after the command name in parentheses; in clock ticks of 1/100 s.
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function hammer(target: Target, seconds: number): Promise<Figures> {
  // Signed afresh for every run: Slack refuses timestamps older than five minutes.
  const { headers, body } = target.request();
  const cpuBefore = cpuSeconds(target.process());
  const r = await autocannon({
    url: target.url,
    method: 'POST',
    headers,
    body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  const cpuUs = (1e6 * (cpuSeconds(target.process()) - cpuBefore)) / Math.max(1, r.requests.total);
  return { rps: r.requests.average, cpuUs, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

function slackRequest(apiPort: number) {
  const body = new URLSearchParams({
    command: '/risk',
    text: 'backend developer',
    user_id: 'U1',
    user_name: 'load',
    channel_id: 'C1',
    channel_name: 'load',
    team_id: 'T1',
    team_domain: 'load',
    response_url: `http://127.0.0.1:${apiPort}/response`,
    trigger_id: '1.2.3',
    api_app_id: 'A1',
    token: 'x',
  }).toString();
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
    application_id: APPLICATION_ID,
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

/** Resolves once the child has exited; SIGTERM first, SIGKILL if it takes too long. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      console.error(`pid ${child.pid} did not stop within ${STOP_WAIT_MS / 1000} s: killed`);
      child.kill('SIGKILL');
    }, STOP_WAIT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

interface BarePorts {
  slack: number;
  slackCard: number;
  discord: number;
}

async function startBare(ports: BarePorts, cards: { slack: string; discord: string }): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', BARE], {
    env: {
      ...process.env,
      BARE_SLACK_PORT: String(ports.slack),
      BARE_SLACK_CARD_PORT: String(ports.slackCard),
      BARE_DISCORD_PORT: String(ports.discord),
      BARE_SLACK_CARD: cards.slack,
      BARE_DISCORD_CARD: cards.discord,
      BARE_SLACK_SIGNING_SECRET: SIGNING_SECRET,
      BARE_DISCORD_PUBLIC_KEY: PUBLIC_KEY_HEX,
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the bare servers exited with ${code} before listening`)));
  });
  return child;
}

async function startBot(port: number, apiPort: number): Promise<ChildProcess> {
  const profile = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...BOT_NODE_FLAGS, ...profile, BIN, 'start'], {
    env: {
      ...process.env,
      PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-load',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `http://127.0.0.1:${apiPort}/api/`,
      DISCORD_PUBLIC_KEY: PUBLIC_KEY_HEX,
      DISCORD_APPLICATION_ID: APPLICATION_ID,
      DISCORD_API_URL: `http://127.0.0.1:${apiPort}/api`,
      // The interactions endpoint is reachable from Discord, so it has a public URL: cards link
      // their chart and answer in the interaction response. (Without one, each card is deferred
      // and its chart follows as a file upload, a different workload.)
      PUBLIC_URL: 'https://career-bot.example',
      // Every request comes from one user in one channel: lift the per-user limits for the run.
      RATE_LIMIT_BURST: '100000000',
      RATE_LIMIT_USER_PER_MINUTE: '100000000',
      RATE_LIMIT_CHANNEL_PER_MINUTE: '100000000',
      // Nobody routes traffic here: no need to keep answering while the load balancer notices.
      SHUTDOWN_DRAIN_MS: '0',
    },
    // Logs at the bot's own level (LOG_LEVEL, info by default), written as in production and dropped.
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`career-bot start exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  await stopChild(child);
  throw new Error('career-bot start was not ready within 120 s');
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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const medianFigures = (runs: Figures[]): Figures => ({
  rps: median(runs.map((r) => r.rps)),
  cpuUs: median(runs.map((r) => r.cpuUs)),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  non2xx: runs.reduce((n, r) => n + r.non2xx, 0),
  errors: runs.reduce((n, r) => n + r.errors, 0),
});
const row = (name: string, f: Figures) =>
  `${name.padEnd(34)} ${f.rps.toFixed(0).padStart(7)} req/s   ${f.cpuUs.toFixed(0).padStart(4)} µs CPU/req   p50 ${String(f.p50).padStart(4)} ms   p99 ${String(f.p99).padStart(4)} ms   non-2xx ${f.non2xx}, errors ${f.errors}`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** The bot's answer to one request of the kind the load sends: what the card baselines answer with. */
async function fetchCard(target: Target): Promise<string> {
  const { headers, body } = target.request();
  const res = await fetch(target.url, { method: 'POST', headers, body });
  if (!res.ok) throw new Error(`${target.name} answered ${res.status}`);
  return res.text();
}

const began = performance.now();
const [botPort, apiPort, slackPort, slackCardPort, discordPort] = (await Promise.all(
  [1, 2, 3, 4, 5].map(() => freePort()),
)) as [number, number, number, number, number];
const ports: BarePorts = { slack: slackPort, slackCard: slackCardPort, discord: discordPort };
const stopApi = await startApiStandIn(apiPort);
const bot = await startBot(botPort, apiPort);
let bare: ChildProcess | undefined;
const [ofBare, ofBot] = [() => bare!, () => bot];
const slack = () => slackRequest(apiPort);
const botSlack: Target = {
  name: 'career-bot Slack /risk',
  url: `http://127.0.0.1:${botPort}/slack/events`,
  process: ofBot,
  request: slack,
};
const botDiscord: Target = {
  name: 'career-bot Discord /risk',
  url: `http://127.0.0.1:${botPort}/discord/interactions`,
  process: ofBot,
  request: discordRequest,
};
/** Per platform: the bare server, the bare server answering with the bot's card, the bot. */
const groups: [Target, Target, Target][] = [
  [
    {
      name: 'bare Bolt app (ack only)',
      url: `http://127.0.0.1:${ports.slack}/slack/events`,
      process: ofBare,
      request: slack,
    },
    {
      name: 'bare Bolt app acking the card',
      url: `http://127.0.0.1:${ports.slackCard}/slack/events`,
      process: ofBare,
      request: slack,
    },
    botSlack,
  ],
  [
    {
      name: 'bare Ed25519 server (defer only)',
      url: `http://127.0.0.1:${ports.discord}/discord/interactions`,
      process: ofBare,
      request: discordRequest,
    },
    {
      name: 'bare Ed25519 server sending the card',
      url: `http://127.0.0.1:${ports.discord}/discord/card`,
      process: ofBare,
      request: discordRequest,
    },
    botDiscord,
  ],
];
const results = new Map<string, Figures[]>();
/** Per group and round: the bot's throughput over the bare server's, and over the card-sending one's. */
const ratios = groups.map(() => ({ bare: [] as number[], card: [] as number[] }));
try {
  bare = await startBare(ports, { slack: await fetchCard(botSlack), discord: await fetchCard(botDiscord) });
  console.log(
    `started in ${seconds(began)}; ${ROUNDS} rounds of ${DURATION_S} s per server, ${CONNECTIONS} connections, loopback\n`,
  );
  // One second each first, uncounted: the JIT and the answer cache warm up on every side alike.
  for (const group of groups) for (const target of group) await hammer(target, 1);
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [i, group] of groups.entries()) {
      const figures: Figures[] = [];
      for (const target of group) {
        const f = await hammer(target, DURATION_S);
        figures.push(f);
        results.set(target.name, [...(results.get(target.name) ?? []), f]);
      }
      const [b, c, s] = figures as [Figures, Figures, Figures];
      ratios[i]!.bare.push(s.rps / b.rps);
      ratios[i]!.card.push(s.rps / c.rps);
    }
    console.error(`round ${round} of ${ROUNDS} done at ${seconds(began)}`);
  }
} finally {
  const stopping = performance.now();
  await Promise.all([stopChild(bot), ...(bare ? [stopChild(bare)] : [])]);
  await stopApi();
  console.error(`servers stopped in ${seconds(stopping)}`);
}

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;
const rounds = (xs: number[]) => xs.map((x) => `${(100 * x).toFixed(0)}%`).join(', ');
for (const [i, group] of groups.entries()) {
  const [b, c, s] = group.map((t) => medianFigures(results.get(t.name)!)) as [Figures, Figures, Figures];
  for (const [t, f] of group.map((t, j) => [t, [b, c, s][j]!] as const)) console.log(row(t.name, f));
  const { bare: overBare, card: overCard } = ratios[i]!;
  console.log(`  ratio: ${percent(median(overBare))} of the bare server's throughput (rounds: ${rounds(overBare)})`);
  console.log(`  against the same server sending the card: ${percent(median(overCard))} (rounds: ${rounds(overCard)})`);
  if (b.cpuUs > 0)
    console.log(
      `  CPU per request: bare ${b.cpuUs.toFixed(0)} µs, sending the card ${c.cpuUs.toFixed(0)} µs, the bot ${s.cpuUs.toFixed(0)} µs\n`,
    );
  else console.log('');
}
console.log(`whole run ${seconds(began)}`);
