import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCommands } from '../../adapters/discord/register.ts';
import { loadEnv } from '../../adapters/runtime/config.ts';
import { APP_ID, FakeDiscord, GUILD_ID } from './fakes.ts';

const fake = new FakeDiscord();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

interface CommandBody {
  name: string;
  description: string;
  options?: { name: string; type: number; required: boolean; autocomplete?: boolean; max_length?: number }[];
}

describe('GIVEN npm run register against a loopback REST stand-in', () => {
  it('GIVEN DISCORD_GUILD_ID THEN it PUTs every Discord command of the spec to that guild, role options autocompleted', async () => {
    const config = loadEnv({
      DISCORD_TOKEN: 'bot-token',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_GUILD_ID: GUILD_ID,
      DISCORD_API_URL: `${fake.api}/`,
    });
    expect(await registerCommands(config)).toEqual({ scope: `guild ${GUILD_ID}`, count: 9 });
    const put = await fake.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.headers.authorization).toBe('Bot bot-token');
    const body = put.body as CommandBody[];
    expect(body.map((c) => c.name)).toEqual([
      'risk',
      'compare',
      'transition',
      'myscore',
      'plan',
      'watch',
      'unwatch',
      'watching',
      'help',
    ]);
    expect(body.find((c) => c.name === 'myscore')!.options).toEqual([
      expect.objectContaining({ name: 'role', type: 3, required: true, autocomplete: true }),
      expect.objectContaining({ name: 'mix', type: 3, required: false, autocomplete: false, max_length: 600 }),
    ]);
    const compare = body.find((c) => c.name === 'compare')!;
    expect(compare.options).toEqual([
      expect.objectContaining({ name: 'role', type: 3, required: true, autocomplete: true, max_length: 120 }),
      expect.objectContaining({ name: 'with', type: 3, required: true, autocomplete: true, max_length: 120 }),
    ]);
    // /plan: the role, then an optional target, both autocompleted.
    expect(body.find((c) => c.name === 'plan')!.options).toEqual([
      expect.objectContaining({ name: 'role', type: 3, required: true, autocomplete: true }),
      expect.objectContaining({ name: 'to', type: 3, required: false, autocomplete: true }),
    ]);
    expect(body.find((c) => c.name === 'help')!.options ?? []).toEqual([]);
    for (const c of body) expect(c.description.length).toBeLessThanOrEqual(100);
  });

  it('GIVEN no guild THEN it registers globally', async () => {
    await registerCommands(
      loadEnv({ DISCORD_TOKEN: 'bot-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.api }),
    );
    expect(fake.requests.some((r) => r.method === 'PUT' && r.path === `/api/v10/applications/${APP_ID}/commands`)).toBe(
      true,
    );
  });

  it('GIVEN no token THEN a configuration message, no request', async () => {
    await expect(registerCommands(loadEnv({ DISCORD_API_URL: fake.api }))).rejects.toThrow(
      /DISCORD_TOKEN and DISCORD_APPLICATION_ID/,
    );
  });
});
