// Charts on Slack over real signed HTTP: an image block under PUBLIC_URL that the bot serves, and
// no image at all without PUBLIC_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatforms, type Running } from '../../adapters/main.ts';
import { loadEnv } from '../../adapters/runtime/config.ts';
import { pngSize } from '../../adapters/runtime/charts/png-size.ts';
import { silentLog } from '../discord/fakes.ts';
import { realCatalog } from '../helpers.ts';
import { postSigned, slashBody, SlackStandIn } from './stand-in.ts';

const SECRET = 'charts-signing-secret';
const PUBLIC_URL = 'https://bot.example.com';
const catalog = realCatalog();
const standIn = new SlackStandIn();
interface Block {
  type: string;
  image_url?: string;
  alt_text?: string;
}

async function start(publicUrl: string): Promise<Running> {
  const config = loadEnv({
    SLACK_BOT_TOKEN: 'xoxb-charts',
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: standIn.apiUrl,
    PORT: '0',
    PUBLIC_URL: publicUrl,
  });
  return startPlatforms(catalog, config, silentLog);
}
async function slash(running: Running, command: string, text: string): Promise<Block[]> {
  const url = `http://127.0.0.1:${running.port}/slack/events`;
  const res = await postSigned(
    url,
    slashBody(command, text, standIn.responseUrl('c')),
    'application/x-www-form-urlencoded',
    SECRET,
  );
  expect(res.status).toBe(200);
  return (res.json() as { blocks: Block[] }).blocks;
}

beforeAll(() => standIn.start());
afterAll(() => standIn.stop());

describe('GIVEN PUBLIC_URL is set', () => {
  let running: Running;
  beforeAll(async () => void (running = await start(PUBLIC_URL)));
  afterAll(() => running.stop());

  it('GIVEN /risk backend developer THEN an image block under PUBLIC_URL with alt text, and that URL serves a PNG', async () => {
    const images = (await slash(running, '/risk', 'backend developer')).filter((b) => b.type === 'image');
    expect(images).toHaveLength(1);
    const [image] = images as [Block];
    expect(image.image_url).toMatch(
      /^https:\/\/bot\.example\.com\/charts\/risk\/[0-9a-f]{12}\/backend-developer-mid\.png$/,
    );
    expect(image.alt_text).toContain('Backend/API Developer (Mid-Level): 24.5 out of 100, Red');
    const res = await fetch(`http://127.0.0.1:${running.port}${image.image_url!.slice(PUBLIC_URL.length)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    const png = Buffer.from(await res.arrayBuffer());
    expect(pngSize(png).width).toBeGreaterThanOrEqual(400);
  });

  it('GIVEN /compare THEN its image is the compare chart of both roles', async () => {
    const blocks = await slash(running, '/compare', 'backend developer vs data engineer');
    const image = blocks.find((b) => b.type === 'image')!;
    expect(image.image_url).toMatch(/\/charts\/compare\/[0-9a-f]{12}\/backend-developer-mid\/data-engineer-mid\.png$/);
  });

  it('GIVEN a forged chart path THEN 404', async () => {
    for (const path of ['/charts/risk/abc/backend-developer-mid.png', '/charts/risk/../../package.json'])
      expect((await fetch(`http://127.0.0.1:${running.port}${path}`)).status).toBe(404);
  });
});

describe('GIVEN no PUBLIC_URL (the empty string counts as unset)', () => {
  let running: Running;
  beforeAll(async () => void (running = await start('')));
  afterAll(() => running.stop());

  it('GIVEN /risk THEN the card has no image block and still shows the score', async () => {
    const blocks = await slash(running, '/risk', 'backend developer');
    expect(blocks.some((b) => b.type === 'image')).toBe(false);
    expect(JSON.stringify(blocks)).toContain('24.5');
  });
});
