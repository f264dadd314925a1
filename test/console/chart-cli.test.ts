// `career-bot chart …`: the same chart a card shows, written to a file; exit codes as elsewhere.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main, type Io } from '../../adapters/console/cli.ts';
import { pngSize } from '../../adapters/runtime/charts/png-size.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const dir = mkdtempSync(join(tmpdir(), 'career-bot-chart-'));
async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), color: false };
  const code = await main(argv, io, {}, catalog);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('GIVEN career-bot chart', () => {
  it('GIVEN risk "backend developer" --out x.png THEN a PNG at least 400 px wide, and the alt text printed', async () => {
    const file = join(dir, 'x.png');
    const r = await run('chart', 'risk', 'backend developer', '--out', file);
    expect(r.code).toBe(EXIT.ok);
    expect(pngSize(readFileSync(file)).width).toBeGreaterThanOrEqual(400);
    expect(r.out).toContain('24.5 out of 100');
  });

  it('GIVEN compare with two roles, team in words and transition THEN each writes its chart (--json says which)', async () => {
    for (const [kind, ...words] of [
      ['compare', 'backend developer', 'data engineer'],
      ['compare', 'devops vs sre'],
      ['team', '4 backend developers, 2 data engineers and a DBA'],
      ['transition', 'manual qa tester'],
    ]) {
      const file = join(dir, `${kind}.png`);
      const r = await run('chart', kind!, ...words, '--out', file, '--json');
      expect(r.code, `${kind} ${r.out}`).toBe(EXIT.ok);
      const doc = JSON.parse(r.out) as { kind: string; chart: string; width: number };
      expect(doc).toMatchObject({ kind: 'chart', chart: kind, file });
      expect(pngSize(readFileSync(file)).width).toBe(doc.width);
    }
  });

  it.each([
    [['chart', 'risk', 'backend developer'], EXIT.usage],
    [['chart', 'pie', 'backend developer', '--out', 'x.png'], EXIT.usage],
    [['chart', 'risk', 'backend developer', '--out', 'x.txt'], EXIT.usage],
    [['chart', 'compare', 'backend developer', '--out', 'x.png'], EXIT.usage],
    [['chart', 'team', 'backend developer', '--out', 'x.png'], EXIT.usage],
    [['chart', 'risk', '', '--out', 'x.png'], EXIT.usage],
    [['chart', 'risk', 'penguin tamer', '--out', 'x.png'], EXIT.noMatch],
    // Mentions are left out of a title, so nothing is left: the same as an empty title.
    [['chart', 'transition', '<!channel> @everyone', '--out', 'x.png'], EXIT.usage],
    [['chart', 'transition', '<!channel> penguin tamer', '--out', 'x.png'], EXIT.noMatch],
  ])('GIVEN %j THEN exit %i with a friendly message', async (argv, code) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(code);
    expect(r.out + r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('GIVEN a file that cannot be written THEN exit 2 with the reason', async () => {
    const r = await run('chart', 'risk', 'backend developer', '--out', join(dir, 'missing', 'dir', 'x.png'));
    expect(r.code).toBe(EXIT.usage);
    expect(r.out).toContain('ENOENT');
  });
});
