// Watch notices over the loopback gateway: at start, a channel and a person whose watched role
// changed each get one message through discord.js (the channel fetched, the DM opened), once.
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../adapters/discord/gateway.ts';
import { MemoryOnceStore } from '../../adapters/runtime/once-store.ts';
import { MemoryWatchStore, type Audience } from '../../adapters/runtime/watch-store.ts';
import { catalogSnapshots } from '../../src/catalog/snapshot.ts';
import { MemoryConversationStore } from '../../src/intent/conversation-store.ts';
import { realCatalog } from '../helpers.ts';
import { CHANNEL_ID, DM_CHANNEL_ID, FakeDiscord, GUILD_ID, silentLog, USER } from './fakes.ts';

const catalog = realCatalog();
const fake = new FakeDiscord();
const watches = new MemoryWatchStore();
const now = catalogSnapshots(catalog).get('backend-developer-mid')!;
let client: Client;

const audiences: Audience[] = [
  { platform: 'discord', team: GUILD_ID, kind: 'channel', id: CHANNEL_ID },
  { platform: 'discord', team: '', kind: 'user', id: USER.id },
];

beforeAll(async () => {
  await fake.start();
  // Both heard of backend developer before a re-assessment: three points lower.
  for (const audience of audiences)
    await watches.add({ audience, roleId: 'backend-developer-mid', seen: { ...now, score: now.score - 3 } }, 10);
  client = await startGateway({
    catalog,
    token: 'test-token',
    log: silentLog,
    store: new MemoryConversationStore(),
    api: fake.api,
    watches,
    once: new MemoryOnceStore(),
  });
});
afterAll(async () => {
  await client?.destroy();
  await fake.stop();
});

const postedTo = (channelId: string) =>
  fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/channels/${channelId}/messages`);

describe('GIVEN a channel and a person watching a role that changed while the bot was down', () => {
  it('THEN the channel gets one notice with the old and the new score', async () => {
    const message = JSON.stringify((await postedTo(CHANNEL_ID)).body);
    expect(message).toContain(`${(now.score - 3).toFixed(1)}`);
    expect(message).toContain(now.score.toFixed(1));
  });
  it('THEN the person gets theirs in a DM the bot opens with them', async () => {
    const opened = await fake.waitFor((r) => r.path === '/api/v10/users/@me/channels');
    expect(opened.body).toMatchObject({ recipient_id: USER.id });
    expect(JSON.stringify((await postedTo(DM_CHANNEL_ID)).body)).toContain(now.score.toFixed(1));
  });
  it('THEN each watch now remembers the new assessment, so a restart sends nothing again', async () => {
    for (let i = 0; i < 50 && (await watches.all()).some((w) => w.seen.score !== now.score); i++)
      await new Promise((r) => setTimeout(r, 50));
    expect((await watches.all()).map((w) => w.seen.score)).toEqual([now.score, now.score]);
    const sent = fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));
    expect(sent).toHaveLength(2);
  });
});
