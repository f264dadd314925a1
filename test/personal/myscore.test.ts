// `myscore`: the personal card, its JSON document, the share button, the console and the CLI.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLine } from '../helpers.ts';
import { findCommand, runCommand } from '../../commands/index.ts';
import { actionCommandLine, toPlainText, type Block, type Reply } from '../../src/output/reply.ts';
import { realCatalog } from '../helpers.ts';
import { runCli } from '../console/run-cli.ts';

const catalog = realCatalog();
const run = (args: Record<string, string | undefined>) => runCommand(findCommand('myscore')!, args, catalog);
const blocksOf = <T extends Block['type']>(reply: Reply, type: T) =>
  reply.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
/** The command line in-process: what it prints and its exit status (the binary itself: console/cli.test.ts). */
const cli = (args: string[]) => runCli(args, { catalog });

describe('GIVEN myscore backend developer with half API design, 20% reviews and the rest endpoints', () => {
  const { reply, doc } = run({ role: 'backend developer', mix: 'api design=50, reviews=20, endpoints=rest' });
  const text = toPlainText(reply);

  it('THEN the card is private and shows the personal score beside the role baseline', () => {
    expect(reply.private).toBe(true);
    expect(blocksOf(reply, 'score')[0]).toMatchObject({ score: 28.1, zone: 'yellow' });
    expect(text).toContain('Your score: 28.1 Yellow (Urgent)');
    expect(text).toContain('Role baseline: 24.5 Red');
    expect(text).toContain('Difference: +3.6');
  });
  it("THEN it says which tasks move it up and down, the levers, and that the market evidence is the role's", () => {
    const [up, down, lever] = blocksOf(reply, 'list');
    expect(up!.title).toMatch(/lifts/);
    expect(up!.items[0]).toMatch(/^API design & architecture/);
    expect(down!.items[0]).toMatch(/^Implementing endpoints/);
    expect(lever!.items[0]).toMatch(
      /^Move 10 points of your week from Implementing endpoints & business logic to .+: \+2\.1/,
    );
    expect(text).toContain("Backend/API Developer (Mid-Level)'s market evidence");
  });
  it('THEN the document has the personal score, the baseline risk document and the levers', () => {
    expect(doc).toMatchObject({
      kind: 'personal',
      role: { id: 'backend-developer-mid' },
      baseline: { kind: 'risk', score: 24.5, zone: 'red' },
      personal: {
        score: 28.1,
        zone: 'yellow',
        label: 'Yellow (Urgent)',
        taskResistance: 3.4,
        split: { displaced: 30, augmented: 70, notInvolved: 0 },
      },
      mix: '1=50, 5=20, 2=rest',
    });
    expect((doc as unknown as { levers: { gain: number }[] }).levers.every((l) => l.gain > 0)).toBe(true);
  });
  it('THEN the share button replays the same split for the channel', () => {
    const share = blocksOf(reply, 'actions')[0]!.buttons.find((b) => b.label === 'Share in channel')!;
    expect(share.action).toEqual({
      command: 'myscore',
      args: ['backend-developer-mid', '1=50, 5=20, 2=rest'],
      share: true,
    });
    const again = parseLine(actionCommandLine(share.action));
    expect(again.command.name).toBe('myscore');
    expect(runCommand(again.command, again.args, catalog).doc).toEqual(doc);
  });
});

describe('GIVEN myscore in the console chat', () => {
  it('GIVEN a sentence about the week THEN the personal card comes back', () => {
    const line = parseLine(
      "myscore I'm a backend dev and I spend half my week on API design, 20% on reviews and the rest on endpoints",
    );
    expect(runCommand(line.command, line.args, catalog).doc).toMatchObject({
      kind: 'personal',
      personal: { score: 28.1 },
    });
  });
  it("GIVEN only a role THEN the role's tasks and typical split, privately, with how to give one's own", () => {
    const { reply, doc } = run({ role: 'backend developer' });
    expect(reply.private).toBe(true);
    const { kind, tasks } = doc as unknown as { kind: string; tasks: unknown[] };
    expect(kind).toBe('personal-tasks');
    expect(tasks).toHaveLength(8);
    expect(tasks[0]).toEqual({ number: 1, name: 'API design & architecture', share: 15, score: 2, class: 'augmented' });
    expect(toPlainText(reply)).toContain('--mix');
  });
  it('GIVEN an unknown task THEN a private bad_input answer listing the tasks', () => {
    const { reply, doc } = run({ role: 'backend developer', mix: 'juggling=50' });
    expect(reply.private).toBe(true);
    expect(doc).toMatchObject({ error: { code: 'bad_input' } });
    expect(toPlainText(reply)).toContain('2. Implementing endpoints & business logic (20%)');
  });
});

describe('GIVEN career-bot myscore on the command line', () => {
  it('GIVEN api design=100 --json THEN personal 34.2 (task resistance 4.0) against the baseline 24.5, exit 0', async () => {
    const r = await cli(['myscore', 'backend developer', '--mix', 'api design=100', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.personal.taskResistance).toBe(4);
    expect([34.2, 34.3]).toContain(doc.personal.score);
    expect(doc.baseline.score).toBe(24.5);
    expect(doc.levers).toEqual([]);
  });
  it('GIVEN implementing endpoints=50, writing tests=50 THEN about 13.7 with levers toward augmented tasks', async () => {
    const r = await cli([
      'myscore',
      'backend developer',
      '--mix',
      'implementing endpoints=50, writing tests=50',
      '--json',
    ]);
    const doc = JSON.parse(r.stdout);
    expect(doc.personal.score).toBeCloseTo(13.7, 1);
    expect(doc.levers[0]).toMatchObject({ from: 'Implementing endpoints & business logic', shift: 10, gain: 2.1 });
  });
  it("GIVEN an unknown task THEN exit 2 and the role's task list in the message", async () => {
    const r = await cli(['myscore', 'backend developer', '--mix', 'juggling=50']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('1. API design & architecture (15%)');
    expect(r.stdout).toContain('8. Research, documentation & learning (10%)');
  });
  it('GIVEN shares over 100 with --json THEN exit 2 and a bad_input error document', async () => {
    const r = await cli(['myscore', 'backend developer', '--mix', 'api design=80, tests=40', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({
      code: 'bad_input',
      message: expect.stringContaining('over 100'),
    });
  });
  it('GIVEN an unknown role THEN exit 3', async () => {
    expect((await cli(['myscore', 'underwater welder of dreams', '--mix', 'a=1'])).code).toBe(3);
  });
});

describe('GIVEN random and hostile --mix strings (fuzz)', () => {
  it('THEN myscore never crashes: exit 0, 2 or 3 with one JSON document', async () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        'api design=50',
        'rest',
        '=',
        '%',
        ',',
        '--mix',
        '<!channel>',
        'a'.repeat(700),
        '1=1e309',
        'tests=-5',
        '#99=1',
        'the rest on endpoints',
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 4 }), async (parts) => {
        const r = await cli(['myscore', 'backend developer', '--json', '--mix', parts.join(', ')]);
        expect([0, 2, 3]).toContain(r.code);
        expect(() => JSON.parse(r.stdout)).not.toThrow();
      }),
      { numRuns: 100 },
    );
  });
});
