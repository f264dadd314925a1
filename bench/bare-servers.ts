// The baselines of `npm run bench:load`, in a process of their own (as the bot is), so neither side
// shares a core with the load generator: a Bolt app that only verifies and acknowledges /risk, and
// an Ed25519 server that only verifies and defers. Beside each, the same server answering with the
// bot's own card (given as JSON): what sending a card costs any server, so the rest of the gap is the
// bot's own work. Ports, keys and cards come from the environment; the parent is told over IPC when
// everything listens.
import { createPublicKey, verify } from 'node:crypto';
import { createServer } from 'node:http';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';

const env = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`bare-servers: ${name} is not set`);
  return value;
};

/** A Bolt app on `port` whose /risk acknowledges with `body` (nothing when undefined). */
async function boltApp(port: number, body?: object): Promise<App> {
  const receiver = new HTTPReceiver({ signingSecret: env('BARE_SLACK_SIGNING_SECRET'), endpoints: '/slack/events' });
  const app = new App({
    receiver,
    token: 'xoxb-load',
    tokenVerificationEnabled: false,
    botId: 'B1',
    botUserId: 'U0',
    logLevel: LogLevel.ERROR,
  });
  app.command('/risk', async ({ ack }) => ack(body));
  await app.start(port);
  return app;
}
const slackCard = JSON.parse(env('BARE_SLACK_CARD')) as object;
const apps = [
  await boltApp(Number(env('BARE_SLACK_PORT'))),
  await boltApp(Number(env('BARE_SLACK_CARD_PORT')), slackCard),
];

const key = createPublicKey({
  key: Buffer.concat([
    Buffer.from('302a300506032b6570032100', 'hex'),
    Buffer.from(env('BARE_DISCORD_PUBLIC_KEY'), 'hex'),
  ]),
  format: 'der',
  type: 'spki',
});
const discordCard = JSON.parse(env('BARE_DISCORD_CARD')) as object;
const discord = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req
    .on('data', (c: Buffer) => chunks.push(c))
    .on('end', () => {
      const body = Buffer.concat(chunks);
      const ok = verify(
        null,
        Buffer.concat([Buffer.from(String(req.headers['x-signature-timestamp'])), body]),
        key,
        Buffer.from(String(req.headers['x-signature-ed25519']), 'hex'),
      );
      if (!ok) return res.writeHead(401).end();
      // /discord/card answers with the card as the bot does; anything else defers.
      const answer = req.url === '/discord/card' ? discordCard : { type: 5 };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
});
await new Promise<void>((r) => discord.listen(Number(env('BARE_DISCORD_PORT')), '127.0.0.1', r));

process.send?.('ready');
process.on('SIGTERM', () => {
  discord.close();
  void Promise.allSettled(apps.map((a) => a.stop())).finally(() => process.exit(0));
});
