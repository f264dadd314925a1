// The bot runs as bundled JavaScript (bin/compile.js): checked on a small project of its own, so
// that changing a source does not touch the real one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BOT_NODE_FLAGS } from '../../bench/bot-node.ts';
import { compiled } from '../../bin/compile.js';

const root = mkdtempSync(join(tmpdir(), 'career-bot-compile-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const write = (file: string, text: string) => writeFileSync(join(root, file), text);
write('greeting.txt', 'hello');
write('words.ts', "export const word: string = 'first';\n");
write('lazy.ts', 'export const lazy = (n: number): number => n * 2;\n');
write(
  'entry.ts',
  `import { readFileSync } from 'node:fs';
import { word } from './words.ts';
// A data file found next to this source, as the catalog's files are.
export const greeting = () => readFileSync(new URL('./greeting.txt', import.meta.url), 'utf8');
export const answer = async () => \`\${word} \${(await import('./lazy.ts')).lazy(21)}\`;
`,
);

interface Entry {
  greeting(): string;
  answer(): Promise<string>;
}
const load = async () => {
  const url = await compiled('entry.ts', root);
  return { url, entry: (await import(url)) as Entry };
};

describe('the bundled bot', () => {
  it('runs the sources as JavaScript: data files beside a source, lazy imports', async () => {
    const { url, entry } = await load();
    expect(url).toMatch(/\/node_modules\/\.cache\/career-bot\/js\/[0-9a-f]{16}\/entry\.mjs$/);
    expect(entry.greeting()).toBe('hello');
    expect(await entry.answer()).toBe('first 42');
  });

  it('is reused while no source changes, and bundled again when one does', async () => {
    const first = await load();
    const manifest = readFileSync(join(root, 'node_modules/.cache/career-bot/js/entry.ts.json'), 'utf8');
    expect((await load()).url).toBe(first.url);
    expect(readFileSync(join(root, 'node_modules/.cache/career-bot/js/entry.ts.json'), 'utf8')).toBe(manifest);

    write('words.ts', "export const word: string = 'second';\n");
    const second = await load();
    expect(second.url).not.toBe(first.url);
    expect(await second.entry.answer()).toBe('second 42');
  });

  it('GIVEN several processes bundling the same change at once THEN each gets a whole bundle', async () => {
    write('words.ts', "export const word: string = 'third';\n");
    const loads = await Promise.all([load(), load(), load()]);
    expect(new Set(loads.map((l) => l.url)).size).toBe(1);
    for (const { entry } of loads) expect(await entry.answer()).toBe('third 42');
  });
});

it('runs with the same node flags from `npm start`, the `career-bot` command and `npm run bench`', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const shebang = readFileSync(new URL('../../bin/career-bot.js', import.meta.url), 'utf8').split('\n')[0]!;
  expect(BOT_NODE_FLAGS.join(' ')).toMatch(/--max-semi-space-size=\d+/); // a young generation bounded for memory
  expect(shebang).toBe(`#!/usr/bin/env -S node ${BOT_NODE_FLAGS.join(' ')}`);
  expect(pkg.scripts.bench).toBe(`node ${BOT_NODE_FLAGS.join(' ')} --import tsx bench/bench.ts`);
});
