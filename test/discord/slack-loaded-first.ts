// Run as its own process by rest-agent.test.ts: Slack's code (and its undici 7) loads before
// discord.js, as in a bot configured for both, then a message with a file goes to a local server.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

await import('../../adapters/slack/start.ts');
const { REST } = await import('discord.js');
const { discordAgent } = await import('../../adapters/discord/rest-agent.ts');

const received: string[] = [];
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    received.push(Buffer.concat(chunks).toString('latin1'));
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
}).listen(0, '127.0.0.1');
await once(server, 'listening');
const rest = new REST({ api: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, agent: discordAgent() });
try {
  await rest.patch('/webhooks/1/token/messages/@original', {
    auth: false,
    body: { content: 'chart' },
    files: [{ name: 'chart.png', data: Buffer.from('png bytes') }],
  });
  console.log(JSON.stringify({ sent: true, file: received.some((b) => b.includes('filename="chart.png"')) }));
} catch (e) {
  console.log(JSON.stringify({ sent: false, error: (e as Error).message }));
}
server.close();
process.exit(0);
