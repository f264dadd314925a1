// The one-way import rule (adapters → commands → src) is enforced by the linter; prove it bites.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
async function ruleHits(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('GIVEN the lint rules for layers', () => {
  it.each([
    ["import { Client } from 'discord.js';", 'src/fake.ts'],
    ["import { App } from '@slack/bolt';", 'src/fake.ts'],
    ["import { riskAnswer } from '../commands/risk.ts';", 'src/fake.ts'],
    ["import { renderConsole } from '../adapters/console/render.ts';", 'commands/fake.ts'],
    ["import { Client } from 'discord.js';", 'commands/fake.ts'],
    ["import { renderConsole } from '../console/render.ts';", 'adapters/slack/fake.ts'],
    ["import { renderSlack } from '../slack/render.ts';", 'adapters/discord/fake.ts'],
    ["import { renderDiscord } from '../discord/render.ts';", 'adapters/console/fake.ts'],
  ])('GIVEN %s in %s THEN lint refuses it', async (code, file) => {
    expect(await ruleHits(`${code}\nexport {};\n`, file)).toHaveLength(1);
  });

  it('GIVEN an adapter importing discord.js and commands THEN lint allows it', async () => {
    expect(
      await ruleHits(
        "import { Client } from 'discord.js';\nimport { COMMANDS } from '../../commands/index.ts';\nexport {};\n",
        'adapters/discord/fake.ts',
      ),
    ).toEqual([]);
  });
});
