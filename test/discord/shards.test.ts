// DISCORD_SHARDS through the real start-up path (startPlatforms → discord.js Client) against the
// loopback gateway: the client opens one connection per shard and identifies each with its
// [shard_id, num_shards]; `auto` takes the count Discord recommends from GET /gateway/bot.
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/runtime/log.ts';
import { startPlatforms, type Running } from '../../adapters/main.ts';
import { ConfigError, loadEnv } from '../../adapters/runtime/config.ts';
import { realCatalog } from '../helpers.ts';
import { APP_ID, FakeDiscord } from './fakes.ts';

let running: Running | undefined;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  await running?.stop();
  await fake?.stop();
  running = fake = undefined;
});

async function startWithShards(shards: string | undefined, recommended = 1): Promise<FakeDiscord> {
  fake = await new FakeDiscord().start();
  fake.recommendedShards = recommended;
  const env = {
    PORT: '0',
    DISCORD_TOKEN: 'test-token',
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: fake.api,
    ...(shards ? { DISCORD_SHARDS: shards } : {}),
  };
  running = await startPlatforms(realCatalog(), loadEnv(env), createLogger('silent'));
  const until = Date.now() + 10_000;
  while (fake.identifies.length < (Number(shards) || recommended) && Date.now() < until)
    await new Promise((r) => setTimeout(r, 20));
  return fake;
}

const shardsOf = (f: FakeDiscord) => f.identifies.map((i) => i.shard).sort((a, b) => a![0] - b![0]);

describe('GIVEN the Discord gateway configured with DISCORD_SHARDS', () => {
  it('GIVEN DISCORD_SHARDS=2 THEN the client identifies as shard 0 of 2 and shard 1 of 2', async () => {
    // Discord lets two identify at once here (max_concurrency 2), so neither waits out the 5 s bucket.
    expect(shardsOf(await startWithShards('2', 2))).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('GIVEN DISCORD_SHARDS=auto and Discord recommending 3 THEN the client identifies as shards 0, 1 and 2 of 3', async () => {
    expect(shardsOf(await startWithShards('auto', 3))).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
  });

  it('GIVEN no DISCORD_SHARDS THEN one connection, identified as shard 0 of 1', async () => {
    expect(shardsOf(await startWithShards(undefined))).toEqual([[0, 1]]);
  });

  it('GIVEN DISCORD_SHARDS=lots or 0 THEN start-up stops with a message naming it', () => {
    expect(() => loadEnv({ DISCORD_SHARDS: 'lots' })).toThrow(ConfigError);
    expect(() => loadEnv({ DISCORD_SHARDS: 'lots' })).toThrow(
      /DISCORD_SHARDS: must be a whole number of shards \(1 or more\) or auto/,
    );
    expect(() => loadEnv({ DISCORD_SHARDS: '0' })).toThrow(/DISCORD_SHARDS: /);
  });
});
