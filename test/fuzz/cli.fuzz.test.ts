// Hostile and random arguments to the CLI entry point: no crash, a known exit code, and with
// --json always one parseable document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../../adapters/console/cli.ts';
import { realCatalog } from '../helpers.ts';

const HOSTILE = [
  '<!channel>',
  '<!here>',
  '<@U123>',
  '@everyone',
  '`code`',
  '*bold*',
  '\u0000',
  '\u202e',
  '😀'.repeat(50),
  'a'.repeat(5000),
  '--',
  '-x',
  '"',
  "'",
  '\\',
  '%s%n',
  '{{7*7}}',
  '../../etc/passwd',
];
const word = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom('risk', 'compare', 'transition', 'roles', 'ask', 'help', 'backend developer', 'vs', 'devsecops'),
);
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 150);

describe('GIVEN random and hostile CLI arguments', () => {
  it(`THEN every run exits 0, 2 or 3 with JSON output that parses (${FUZZ_RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('risk', 'compare', 'transition', 'roles', 'ask', 'help', 'nope'),
        fc.array(word, { maxLength: 4 }),
        async (command, words) => {
          let out = '';
          const io: Io = { out: (t) => (out += t), err: () => {}, color: false };
          // --json goes first: after a bare -- every word is positional, as in any POSIX CLI.
          const code = await main(
            [command, '--json', ...words.filter((w) => w !== 'chat' && w !== 'start')],
            io,
            {},
            realCatalog(),
          );
          expect([0, 2, 3]).toContain(code);
          expect(() => JSON.parse(out)).not.toThrow();
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
