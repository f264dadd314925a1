import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_INTENTS, mentionText, startGateway } from '../../adapters/discord/gateway.ts';
import { commandAnswer } from '../../adapters/discord/respond.ts';
import { MemoryConversationStore } from '../../src/intent/conversation-store.ts';
import { realCatalog } from '../helpers.ts';
import {
  APP_ID,
  BOT_ID,
  buttonInteraction,
  CHANNEL_ID,
  FakeDiscord,
  GUILD_ID,
  guildCreate,
  silentLog,
  slashInteraction,
  USER,
} from './fakes.ts';

const fake = new FakeDiscord();
let client: Client;

interface Body {
  type?: number;
  data?: {
    embeds: { description?: string; title?: string }[];
    allowed_mentions: unknown;
    flags?: number;
    choices?: { value: string }[];
  };
  embeds?: { description?: string }[];
  allowed_mentions?: unknown;
  message_reference?: { message_id: string };
}

beforeAll(async () => {
  await fake.start();
  client = await startGateway({
    catalog: realCatalog(),
    token: 'test-token',
    log: silentLog,
    store: new MemoryConversationStore(),
    api: fake.api,
    deferAfterMs: 100,
    // /transition is made slower than the deferral budget to exercise defer + edit through discord.js.
    answerCommand: async (catalog, name, options) => {
      if (name === 'transition') await new Promise((resolve) => setTimeout(resolve, 300));
      return commandAnswer(catalog, name, options);
    },
  });
  await new Promise<void>((resolve) => (client.isReady() ? resolve() : client.once('clientReady', () => resolve())));
  const joined = new Promise((resolve) => client.once('guildCreate', resolve));
  fake.dispatch('GUILD_CREATE', guildCreate());
  await joined;
});
afterAll(async () => {
  await client.destroy();
  await fake.stop();
});

describe('GIVEN the discord.js client on a loopback gateway', () => {
  it('THEN it asks for no privileged intent (mentions carry their content without MessageContent)', () => {
    expect(client.options.intents.bitfield).toBe(GATEWAY_INTENTS.reduce((a, b) => a | b, 0));
    expect(client.options.intents.has('MessageContent')).toBe(false);
  });

  it('GIVEN /risk backend developer THEN the callback carries an embed with 24.5 and no mentions', async () => {
    fake.dispatch(
      'INTERACTION_CREATE',
      slashInteraction('900000000000000001', 'risk', [{ name: 'role', value: 'backend developer' }]),
    );
    const callback = await fake.waitFor(
      (r) => r.path === '/api/v10/interactions/900000000000000001/token-900000000000000001/callback',
    );
    const body = callback.body as Body;
    expect(body.type).toBe(4);
    expect(body.data!.embeds[0]!.description).toContain('24.5 / 100');
    expect(body.data!.allowed_mentions).toEqual({ parse: [] });
    expect(body.data!.flags ?? 0).toBe(0);
  });

  it('GIVEN an answer slower than the budget THEN discord.js defers (type 5) and edits the original with the answer', async () => {
    fake.dispatch(
      'INTERACTION_CREATE',
      slashInteraction('900000000000000004', 'transition', [{ name: 'role', value: 'backend developer' }]),
    );
    const callback = await fake.waitFor(
      (r) => r.path === '/api/v10/interactions/900000000000000004/token-900000000000000004/callback',
    );
    expect((callback.body as Body).type).toBe(5);
    const edit = await fake.waitFor(
      (r) =>
        r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/token-900000000000000004/messages/@original`,
    );
    expect(JSON.stringify(edit.body)).toContain('DevSecOps');
    expect((edit.body as Body).allowed_mentions).toEqual({ parse: [] });
  });

  it('GIVEN autocomplete on "backnd" THEN the backend role comes first', async () => {
    fake.dispatch(
      'INTERACTION_CREATE',
      slashInteraction('900000000000000002', 'risk', [{ name: 'role', value: 'backnd', focused: true }], 4),
    );
    const callback = await fake.waitFor(
      (r) => r.path === '/api/v10/interactions/900000000000000002/token-900000000000000002/callback',
    );
    expect((callback.body as Body).type).toBe(8);
    expect((callback.body as Body).data!.choices![0]!.value).toBe('backend-developer-mid');
  });

  it('GIVEN a Safer roles click THEN a new message answers with the transitions', async () => {
    fake.dispatch('INTERACTION_CREATE', buttonInteraction('900000000000000003', 'a1:transition:backend-developer-mid'));
    const callback = await fake.waitFor(
      (r) => r.path === '/api/v10/interactions/900000000000000003/token-900000000000000003/callback',
    );
    expect((callback.body as Body).type).toBe(4);
    expect((callback.body as Body).data!.embeds[0]!.title).toBe('Safer roles from Backend/API Developer (Mid-Level)');
  });

  it('GIVEN an "Outlook & skills" click THEN the detail is an ephemeral reply for the clicker', async () => {
    fake.dispatch('INTERACTION_CREATE', buttonInteraction('900000000000000031', 'a1:advice:backend-developer-mid'));
    const callback = await fake.waitFor(
      (r) => r.path === '/api/v10/interactions/900000000000000031/token-900000000000000031/callback',
    );
    expect((callback.body as Body).type).toBe(4);
    expect((callback.body as Body).data!.flags).toBe(64);
    expect((callback.body as Body).data!.embeds[0]!.title).toBe('Outlook & skills: Backend/API Developer (Mid-Level)');
  });

  it('GIVEN a mention in a channel THEN it replies to that message with the score card, pinging nobody', async () => {
    fake.dispatch('MESSAGE_CREATE', {
      id: '910000000000000001',
      channel_id: CHANNEL_ID,
      guild_id: GUILD_ID,
      author: USER,
      content: `<@${BOT_ID}> backend developer`,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [{ id: BOT_ID, username: 'career-bot', discriminator: '0', avatar: null, bot: true }],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
    });
    const sent = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/api/v10/channels/${CHANNEL_ID}/messages`,
    );
    const body = sent.body as Body;
    expect(body.message_reference?.message_id).toBe('910000000000000001');
    expect(body.embeds![0]!.description).toContain('24.5 / 100');
    expect(body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
  });
  it('GIVEN a personal statement in a channel mention THEN the open reply has the baseline and a /myscore invitation, not the personal score', async () => {
    fake.dispatch('MESSAGE_CREATE', {
      id: '910000000000000009',
      channel_id: CHANNEL_ID,
      guild_id: GUILD_ID,
      author: USER,
      content: `<@${BOT_ID}> I'm a backend dev and I spend half my week on API design, 20% on reviews and the rest on endpoints`,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [{ id: BOT_ID, username: 'career-bot', discriminator: '0', avatar: null, bot: true }],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
    });
    const sent = await fake.waitFor(
      (r) =>
        r.method === 'POST' &&
        r.path === `/api/v10/channels/${CHANNEL_ID}/messages` &&
        (r.body as Body).message_reference?.message_id === '910000000000000009',
    );
    const description = (sent.body as Body).embeds![0]!.description!;
    expect(description).toContain('24.5 / 100');
    expect(description).toContain('/myscore role:');
    expect(description).not.toMatch(/Your score as/);
  });

  it('GIVEN "Set my split" clicked THEN discord.js answers with the modal (type 9)', async () => {
    fake.dispatch(
      'INTERACTION_CREATE',
      buttonInteraction('900000000000000011', 'a1:myscore:backend-developer-mid', 64),
    );
    const callback = await fake.waitFor(
      (r) => r.path === '/api/v10/interactions/900000000000000011/token-900000000000000011/callback',
    );
    expect(callback.body as { type: number; data: { custom_id: string } }).toMatchObject({
      type: 9,
      data: { custom_id: 'm1:backend-developer-mid' },
    });
  });

  it('GIVEN the split modal submitted THEN the personal card comes back ephemerally', async () => {
    const { data: _data, ...base } = buttonInteraction('900000000000000013', 'x');
    fake.dispatch('INTERACTION_CREATE', {
      ...base,
      type: 5,
      data: {
        custom_id: 'm1:backend-developer-mid',
        components: [{ type: 1, components: [{ type: 4, custom_id: 'mix', value: 'api design=100' }] }],
      },
    });
    const callback = await fake.waitFor(
      (r) => r.path === '/api/v10/interactions/900000000000000013/token-900000000000000013/callback',
    );
    const body = callback.body as Body;
    expect(body.type).toBe(4);
    expect(body.data!.flags).toBe(64);
    expect(body.data!.embeds[0]!.description).toMatch(/34\.[23] \/ 100/);
  });

  it('GIVEN Share clicked on a private card THEN a new public message (type 4, no ephemeral flag)', async () => {
    fake.dispatch(
      'INTERACTION_CREATE',
      buttonInteraction('900000000000000012', 's1:myscore:backend-developer-mid:1=100', 64),
    );
    const callback = await fake.waitFor(
      (r) => r.path === '/api/v10/interactions/900000000000000012/token-900000000000000012/callback',
    );
    const body = callback.body as Body;
    expect(body.type).toBe(4);
    expect(body.data!.flags ?? 0).toBe(0);
    expect(body.data!.embeds[0]!.description).toMatch(/34\.[23] \/ 100/);
  });

  it('GIVEN a direct message without a mention THEN it answers in the DM', async () => {
    const dm = '920000000000000001';
    fake.dispatch('MESSAGE_CREATE', {
      id: '920000000000000002',
      channel_id: dm,
      channel_type: 1,
      author: USER,
      content: 'devsecops',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
    });
    const sent = await fake.waitFor((r) => r.method === 'POST' && r.path === `/api/v10/channels/${dm}/messages`);
    expect((sent.body as Body).embeds![0]!.description).toContain('58.2 / 100');
  });

  it('GIVEN a channel message that does not mention the bot THEN it stays silent', async () => {
    const before = fake.requests.length;
    fake.dispatch('MESSAGE_CREATE', {
      id: '930000000000000001',
      channel_id: CHANNEL_ID,
      guild_id: GUILD_ID,
      author: USER,
      content: 'backend developer',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fake.requests.slice(before).filter((r) => r.path.includes('/messages'))).toEqual([]);
  });
});

describe('GIVEN a mention', () => {
  it.each([
    [`<@${BOT_ID}> backend developer`, 'backend developer'],
    [`hey <@!${BOT_ID}>   devops or sre?`, 'hey devops or sre?'],
    [`<@${BOT_ID}>`, ''],
  ])('GIVEN "%s" THEN the query is "%s"', (content, text) => expect(mentionText(content, BOT_ID)).toBe(text));
});
