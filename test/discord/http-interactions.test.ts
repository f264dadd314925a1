import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlatforms, type Running } from '../../adapters/main.ts';
import { defaultCompute, createInteractionsHandler } from '../../adapters/discord/http-interactions.ts';
import { createHttpServer, listen } from '../../adapters/runtime/http-server.ts';
import { loadEnv } from '../../adapters/runtime/config.ts';
import { MemoryRateLimiter } from '../../adapters/runtime/rate-limit.ts';
import { DEFAULT_ROLES_DIR, loadCatalog } from '../../src/load-catalog.ts';
import { realCatalog } from '../helpers.ts';
import {
  APP_ID,
  buttonInteraction,
  FakeDiscord,
  postSigned,
  recordingLog,
  silentLog,
  slashInteraction,
  throwawayKeys,
} from './fakes.ts';

const keys = throwawayKeys();
const fake = new FakeDiscord();
let running: Running;
let url: string;

interface Payload {
  embeds: { title: string; description?: string; fields?: { name: string; value: string }[] }[];
  components: { components: { label: string; custom_id: string }[] }[];
  allowed_mentions: unknown;
  flags?: number;
}
const data = (r: { json: unknown }) => (r.json as { type: number; data: Payload }).data;

beforeAll(async () => {
  await fake.start();
  // One test user asks everything here; the rate limit has its own test below.
  const config = loadEnv({
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: APP_ID,
    PORT: '0',
    DISCORD_API_URL: fake.api,
    RATE_LIMIT_BURST: '1000',
  });
  running = await startPlatforms(realCatalog(), config, silentLog);
  url = `http://127.0.0.1:${running.port}/discord/interactions`;
});
afterAll(async () => {
  await running.stop();
  await fake.stop();
});

describe('GIVEN the HTTP interactions endpoint with a throwaway key pair', () => {
  it('GIVEN a signed PING THEN it answers PONG', async () => {
    expect(await postSigned(url, { type: 1, id: '1', token: 't', application_id: APP_ID }, keys)).toEqual({
      status: 200,
      json: { type: 1 },
    });
  });

  it('GIVEN a tampered body THEN 401 and nothing is answered', async () => {
    const r = await postSigned(
      url,
      slashInteraction('2', 'risk', [{ name: 'role', value: 'backend developer' }]),
      keys,
      true,
    );
    expect(r.status).toBe(401);
  });

  it('GIVEN a request signed with another key THEN 401', async () => {
    expect((await postSigned(url, { type: 1 }, throwawayKeys())).status).toBe(401);
  });

  it('GIVEN /risk role: backend developer THEN a public embed shows 24.5 with mentions disabled', async () => {
    const r = await postSigned(
      url,
      slashInteraction('3', 'risk', [{ name: 'role', value: 'backend developer' }]),
      keys,
    );
    expect(r.json).toMatchObject({ type: 4 });
    const payload = data(r);
    expect(payload.embeds[0]!.description).toMatch(/^🔴 \*\*24\.5 \/ 100\*\*/);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(payload.flags).toBeUndefined();
    expect(payload.components[0]!.components.map((b) => b.label)).toContain('Safer roles');
  });

  it('GIVEN /compare role: backend developer with: security software developer THEN both scores show', async () => {
    const r = await postSigned(
      url,
      slashInteraction('4', 'compare', [
        { name: 'role', value: 'backend developer' },
        { name: 'with', value: 'security software developer' },
      ]),
      keys,
    );
    const text = data(r).embeds[0]!.description!;
    expect(text).toContain('24.5 / 100');
    expect(text).toContain('51.5 / 100');
  });

  it('GIVEN /transition role: backend developer THEN DevSecOps is listed with a Compare button whose click is answered', async () => {
    const r = await postSigned(
      url,
      slashInteraction('5', 'transition', [{ name: 'role', value: 'backend developer' }]),
      keys,
    );
    const payload = data(r);
    expect(payload.embeds[0]!.description).toMatch(/^DevSecOps Engineer +58\.2 Green/m);
    const button = payload.components.flatMap((row) => row.components).find((b) => b.label.includes('DevSecOps'))!;
    expect(button.custom_id).toMatch(/^a1:compare:backend-developer-mid:/);
    const click = await postSigned(url, buttonInteraction('6', button.custom_id), keys);
    expect(click.json).toMatchObject({ type: 4 });
    expect(data(click).embeds[0]!.title).toMatch(/^Backend\/API Developer \(Mid-Level\) vs DevSecOps/);
    expect(data(click).allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN "Why this score" clicked on the public card THEN the items come back to the clicker only (ephemeral)', async () => {
    const card = data(
      await postSigned(url, slashInteraction('6a', 'risk', [{ name: 'role', value: 'backend developer' }]), keys),
    );
    const why = card.components.flatMap((row) => row.components).find((b) => b.label === 'Why this score')!;
    const click = await postSigned(url, buttonInteraction('6b', why.custom_id), keys);
    expect(click.json).toMatchObject({ type: 4 });
    expect(data(click).flags).toBe(64);
    expect(data(click).embeds[0]!.title).toBe('Why Backend/API Developer (Mid-Level) scores 24.5');
    expect(data(click).embeds[0]!.fields!.map((f) => f.name)).toEqual(
      expect.arrayContaining(['Evidence −4 (−10 … +10)', 'Barriers 1 / 10', 'AI Growth −1 (−2 … +2)']),
    );
  });

  it('GIVEN a click on a private "did you mean" THEN the message is updated in place (type 7)', async () => {
    const click = await postSigned(url, buttonInteraction('7', 'a1:risk:backend-developer-mid', 64), keys);
    expect(click.json).toMatchObject({ type: 7 });
    expect(data(click).embeds[0]!.description).toContain('24.5');
  });

  it('GIVEN a forged custom_id THEN a private "no longer works" answer, not a crash', async () => {
    for (const id of [
      'a1:risk:no-such-role',
      'a1:roles:x',
      'x'.repeat(101),
      'a1:compare:backend-developer-mid:backend-developer-mid',
    ]) {
      const click = await postSigned(url, buttonInteraction('8', id), keys);
      expect(data(click)).toMatchObject({ flags: 64, embeds: [{ title: 'That button no longer works' }] });
    }
  });

  it('GIVEN /help THEN a private list of commands', async () => {
    const r = await postSigned(url, slashInteraction('9', 'help', []), keys);
    expect(data(r).flags).toBe(64);
    expect(JSON.stringify(data(r).embeds)).toContain('transition');
  });

  it('GIVEN autocomplete on "backnd" THEN the backend role is offered first, within 25 choices', async () => {
    const r = await postSigned(
      url,
      slashInteraction('10', 'risk', [{ name: 'role', value: 'backnd', focused: true }], 4),
      keys,
    );
    const {
      type,
      data: { choices },
    } = r.json as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(type).toBe(8);
    expect(choices[0]).toEqual({ name: 'Backend/API Developer (Mid-Level)', value: 'backend-developer-mid' });
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) expect(c.name.length).toBeGreaterThanOrEqual(1);
  });

  it('GIVEN a role nobody knows THEN the answer is ephemeral and says so', async () => {
    const r = await postSigned(
      url,
      slashInteraction('11', 'risk', [{ name: 'role', value: 'banana **bold** @everyone' }]),
      keys,
    );
    const payload = data(r);
    expect(payload.flags).toBe(64);
    expect(payload.embeds[0]!.title).toBe('No role by that name');
    expect(payload.embeds[0]!.description).toContain('\\*\\*bold\\*\\*');
    expect(payload.allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN a non-POST THEN 405', async () => {
    expect((await fetch(url)).status).toBe(405);
  });
});

describe('GIVEN a title two roles share on purpose', () => {
  let server: Server;
  let ambiguousUrl: string;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roles-'));
    cpSync(DEFAULT_ROLES_DIR, dir, { recursive: true });
    const file = join(dir, 'backend-developer.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('default: mid\n', 'default: mid\nambiguousAliases: [Engineer]\n'),
    );
    const routes = new Map([
      [
        '/discord/interactions',
        createInteractionsHandler({
          catalog: loadCatalog(dir),
          publicKey: keys.publicKeyHex,
          applicationId: APP_ID,
          rest: new REST({ api: fake.api }),
          log: silentLog,
        }),
      ],
    ]);
    server = createHttpServer(routes, silentLog);
    ambiguousUrl = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/discord/interactions`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('GIVEN /risk role: engineer THEN a private "did you mean" with one button per candidate', async () => {
    const r = await postSigned(
      ambiguousUrl,
      slashInteraction('12', 'risk', [{ name: 'role', value: 'engineer' }]),
      keys,
    );
    const payload = data(r);
    expect(payload.flags).toBe(64);
    expect(payload.embeds[0]!.title).toBe('Which one did you mean?');
    const ids = payload.components[0]!.components.map((b) => b.custom_id);
    expect(ids).toEqual(expect.arrayContaining(['a1:risk:backend-developer-mid', 'a1:risk:software-engineer-mid']));
  });
});

describe('GIVEN an answer slower than the deferral budget', () => {
  let server: Server;
  let slowUrl: string;
  const lines: { level: string; msg: string }[] = [];
  beforeAll(async () => {
    const catalog = realCatalog();
    const handler = createInteractionsHandler({
      catalog,
      publicKey: keys.publicKeyHex,
      applicationId: APP_ID,
      rest: new REST({ api: fake.api }),
      log: recordingLog(lines),
      deferAfterMs: 20,
      compute: async (c, interaction) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        if (interaction.data?.name === 'transition') throw new Error('boom');
        return defaultCompute(c, interaction);
      },
    });
    server = createHttpServer(new Map([['/discord/interactions', handler]]), silentLog);
    slowUrl = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/discord/interactions`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('THEN it defers (type 5) and the answer follows as an edit of the original through REST', async () => {
    const r = await postSigned(
      slowUrl,
      slashInteraction('13', 'risk', [{ name: 'role', value: 'backend developer' }]),
      keys,
    );
    expect(r.json).toEqual({ type: 5 });
    const edit = await fake.waitFor(
      (q) => q.method === 'PATCH' && q.path === `/api/v10/webhooks/${APP_ID}/token-13/messages/@original`,
    );
    expect(JSON.stringify(edit.body)).toContain('24.5 / 100');
    expect((edit.body as Payload).allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN a private answer THEN the public deferral is deleted and an ephemeral follow-up is sent', async () => {
    await postSigned(slowUrl, slashInteraction('14', 'risk', [{ name: 'role', value: 'banana' }]), keys);
    const followUp = await fake.waitFor(
      (q) => q.method === 'POST' && q.path === `/api/v10/webhooks/${APP_ID}/token-14`,
    );
    expect(followUp.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect(fake.requests.some((q) => q.method === 'DELETE' && q.path.endsWith('/token-14/messages/@original'))).toBe(
      true,
    );
  });

  it('GIVEN a failure of ours THEN an ephemeral apology follows and a structured error is logged', async () => {
    await postSigned(
      slowUrl,
      slashInteraction('15', 'transition', [{ name: 'role', value: 'backend developer' }]),
      keys,
    );
    const followUp = await fake.waitFor(
      (q) => q.method === 'POST' && q.path === `/api/v10/webhooks/${APP_ID}/token-15`,
    );
    expect(followUp.body).toMatchObject({ flags: 64, embeds: [{ title: 'Sorry, something went wrong' }] });
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: 'error',
        msg: 'answer failed',
        context: expect.objectContaining({ error: 'boom', command: 'transition' }),
      }),
    );
  });
});

describe('GIVEN one person asking faster than the rate limit', () => {
  let server: Server;
  let limitedUrl: string;
  beforeAll(async () => {
    const handler = createInteractionsHandler({
      catalog: realCatalog(),
      publicKey: keys.publicKeyHex,
      applicationId: APP_ID,
      rest: new REST({ api: fake.api }),
      log: silentLog,
      rateLimiter: new MemoryRateLimiter(),
      limits: { user: { capacity: 2, refillPerMinute: 1 }, channel: { capacity: 100, refillPerMinute: 100 } },
    });
    server = createHttpServer(new Map([['/discord/interactions', handler]]), silentLog);
    limitedUrl = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}/discord/interactions`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('THEN the burst is answered and the next gets a private "slow down", while autocomplete keeps working', async () => {
    const ask = (id: string) =>
      postSigned(limitedUrl, slashInteraction(id, 'risk', [{ name: 'role', value: 'backend developer' }]), keys);
    expect(data(await ask('20')).embeds[0]!.description).toContain('24.5');
    expect(data(await ask('21')).embeds[0]!.description).toContain('24.5');
    expect(data(await ask('22'))).toMatchObject({ flags: 64, embeds: [{ title: 'Slow down a little' }] });
    const complete = await postSigned(
      limitedUrl,
      slashInteraction('23', 'risk', [{ name: 'role', value: 'backnd', focused: true }], 4),
      keys,
    );
    expect(complete.json).toMatchObject({ type: 8 });
  });
});
