import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers.ts';
import { BAR_WIDTH, renderConsole } from '../../adapters/console/render.ts';
import { findCommand, runCommand } from '../../commands/index.ts';
import type { Reply } from '../../src/output/reply.ts';
import { realCatalog } from '../helpers.ts';
import { chatIn } from './run-cli.ts';

const catalog = realCatalog();

describe('GIVEN a score card rendered for the terminal', () => {
  const text = renderConsole(runCommand(findCommand('risk')!, { role: 'backend developer' }, catalog).reply);
  it('THEN the bar is filled in proportion to the score', () => {
    const bar = text.split('\n').find((l) => l.includes('24.5 / 100'))!;
    expect(bar.match(/█/g)).toHaveLength(Math.round(0.245 * BAR_WIDTH));
    expect(bar.match(/░/g)).toHaveLength(BAR_WIDTH - Math.round(0.245 * BAR_WIDTH));
  });
  it('THEN buttons become commands the person can type', () => {
    expect(text).toContain('→ Safer roles: type "transition backend-developer-mid"');
  });
  it('THEN without colour there are no escape codes, and with colour there are', () => {
    expect(text).not.toContain('\u001b[');
    const reply: Reply = { title: 'T', tone: 'red', blocks: [{ type: 'score', score: 10, zone: 'red', label: 'Red' }] };
    expect(renderConsole(reply, { color: true })).toContain('\u001b[31m');
  });
  it('THEN a table lines up its columns', () => {
    const table = renderConsole({
      title: 't',
      tone: 'info',
      blocks: [{ type: 'table', columns: ['A', 'Long column'], rows: [['xxxxx', 'y']] }],
    });
    expect(table).toContain('A      Long column\nxxxxx  y');
  });
});

describe('GIVEN lines typed in the console chat', () => {
  it.each([
    ['compare backend developer vs devsecops', 'compare', { role: 'backend developer', with: 'devsecops' }],
    ['risk data engineer', 'risk', { role: 'data engineer' }],
    ['Backend Developer', 'risk', { role: 'Backend Developer' }],
    ['roles green', 'roles', { filter: 'green' }],
  ])('GIVEN "%s" THEN it runs %s with %o', (line, name, args) => {
    const inbound = parseLine(line);
    expect(inbound.command.name).toBe(name);
    expect(inbound.args).toEqual(args);
  });

  it('GIVEN a button line typed after a card THEN the detail answers and the next follow-up keeps the role', async () => {
    const written = await chatIn(catalog, 'backend developer\nwhy backend-developer-mid\nand for seniors?\nquit\n');
    const answers = written.split(/^> /m).slice(1);
    expect(answers[1]).toMatch(/^Why Backend\/API Developer \(Mid-Level\) scores 24\.5/);
    expect(answers[2]).toMatch(/^Backend\/API Developer \(Senior\)/);
  });

  it('GIVEN a session THEN each line is answered and quit ends it', async () => {
    const written = await chatIn(catalog, 'backend developer\nbanana\nquit\n');
    expect(written).toContain('24.5 / 100');
    expect(written).toContain('I don\'t know a role called "banana"');
  });
});
