// Charts on Discord over the real HTTP interactions endpoint: linked under PUBLIC_URL (and served
// there), or sent with the message as a PNG file when there is no PUBLIC_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatforms, type Running } from '../../adapters/main.ts';
import { loadEnv } from '../../adapters/runtime/config.ts';
import { pngSize } from '../../adapters/runtime/charts/png-size.ts';
import { realCatalog } from '../helpers.ts';
import { APP_ID, FakeDiscord, postSigned, silentLog, slashInteraction, throwawayKeys } from './fakes.ts';

const keys = throwawayKeys();
const PUBLIC_URL = 'https://bot.example.com/career';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const catalog = realCatalog();
const fake = new FakeDiscord();

async function start(publicUrl?: string): Promise<Running> {
  const env = { DISCORD_PUBLIC_KEY: keys.publicKeyHex, DISCORD_APPLICATION_ID: APP_ID, PORT: '0' };
  const config = loadEnv({ ...env, DISCORD_API_URL: fake.api, RATE_LIMIT_BURST: '1000', PUBLIC_URL: publicUrl ?? '' });
  return startPlatforms(catalog, config, silentLog);
}
const risk = (id: string) => slashInteraction(id, 'risk', [{ name: 'role', value: 'backend developer' }]);
interface Embed {
  image?: { url: string };
}

beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe('GIVEN PUBLIC_URL is set', () => {
  let running: Running;
  beforeAll(async () => void (running = await start(PUBLIC_URL)));
  afterAll(() => running.stop());

  it('GIVEN /risk THEN the embed image is under PUBLIC_URL, and the bot serves a PNG at that path', async () => {
    const r = await postSigned(`http://127.0.0.1:${running.port}/discord/interactions`, risk('c1'), keys);
    expect(r.json).toMatchObject({ type: 4 });
    const embed = (r.json as { data: { embeds: Embed[]; attachments?: unknown } }).data.embeds[0]!;
    expect(embed.image?.url).toMatch(
      /^https:\/\/bot\.example\.com\/career\/charts\/risk\/[0-9a-f]{12}\/backend-developer-mid\.png$/,
    );
    const path = embed.image!.url.slice(PUBLIC_URL.length);
    const res = await fetch(`http://127.0.0.1:${running.port}${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(PNG);
    expect(pngSize(png).width).toBeGreaterThanOrEqual(400);
  });

  it('GIVEN a forged chart path THEN 404', async () => {
    const res = await fetch(`http://127.0.0.1:${running.port}/charts/risk/000000000000/backend-developer-mid.png`);
    expect(res.status).toBe(404);
  });
});

describe('GIVEN no PUBLIC_URL', () => {
  let running: Running;
  beforeAll(async () => void (running = await start()));
  afterAll(() => running.stop());

  it('GIVEN /risk THEN the answer is deferred and the card follows with the chart as a PNG file it shows as its image', async () => {
    const r = await postSigned(`http://127.0.0.1:${running.port}/discord/interactions`, risk('c2'), keys);
    expect(r.json).toEqual({ type: 5 });
    const edit = await fake.waitFor((q) => q.method === 'PATCH' && q.path.includes('/token-c2/messages/@original'));
    expect(edit.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    const raw = edit.raw!;
    const text = raw.toString('latin1');
    const payload = JSON.parse(
      /name="payload_json"\r\n(?:Content-Type: application\/json\r\n)?\r\n(.*)\r\n--/.exec(text)![1]!,
    );
    expect(payload.embeds[0].image).toEqual({ url: 'attachment://chart.png' });
    expect(payload.embeds[0].description).toContain('24.5');
    expect(payload.attachments[0]).toMatchObject({ id: 0, filename: 'chart.png' });
    expect(payload.attachments[0].description).toContain('24.5 out of 100');
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(text).toMatch(/filename="chart\.png"\r\nContent-Type: image\/png/);
    const start = raw.indexOf(PNG);
    expect(start).toBeGreaterThan(0);
    expect(pngSize(raw.subarray(start)).width).toBeGreaterThanOrEqual(400);
  });

  it('GIVEN /roles-like answers without a chart THEN they still answer at once', async () => {
    const r = await postSigned(
      `http://127.0.0.1:${running.port}/discord/interactions`,
      slashInteraction('c3', 'help', []),
      keys,
    );
    expect(r.json).toMatchObject({ type: 4 });
  });
});
