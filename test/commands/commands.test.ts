import { describe, expect, it } from 'vitest';
import { askAnswer } from '../../commands/ask.ts';
import { COMMANDS, findCommand, runCommand } from '../../commands/index.ts';
import { normalizeTitle } from '../../src/matching/normalize.ts';
import { toPlainText, type Block, type Reply } from '../../src/output/reply.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const run = (name: string, args: Record<string, string>) => runCommand(findCommand(name)!, args, catalog);
const blocksOf = <T extends Block['type']>(reply: Reply, type: T) =>
  reply.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);

describe('GIVEN risk for backend developer', () => {
  const { reply, doc, full } = run('risk', { role: 'backend developer' });
  const text = toPlainText(reply);
  const fullText = toPlainText(full!());

  it('THEN the score block shows 24.5, Red, and says higher means safer', () => {
    expect(blocksOf(reply, 'score')[0]).toMatchObject({
      score: 24.5,
      zone: 'red',
      label: 'Red',
      note: expect.stringContaining('higher means safer'),
    });
    expect(reply.tone).toBe('red');
  });
  it('THEN the full answer shows the five dimensions and the split, and the card does not', () => {
    for (const part of [
      'Task Resistance',
      '3.05 / 5',
      'Evidence',
      '−4',
      'Barriers',
      '1 / 10',
      'Protective Principles',
      '2 / 9',
      'AI Growth',
      '30% displaced · 70% augmented · 0% not involved',
    ])
      expect(fullText).toContain(part);
    expect(text).not.toContain('3.05 / 5');
  });
  it('THEN the card names the two most exposed tasks (endpoints first) and the two most protected (API design first)', () => {
    const fields = blocksOf(reply, 'fields')[0]!.fields;
    const exposed = fields.find((f) => f.label === 'Most exposed')!.value.split('\n');
    const protectedTasks = fields.find((f) => f.label === 'Most protected')!.value.split('\n');
    expect(exposed).toHaveLength(2);
    expect(exposed[0]).toMatch(/^Implementing endpoints/);
    expect(protectedTasks).toHaveLength(2);
    expect(protectedTasks[0]).toMatch(/^API design/);
  });
  it('THEN the full answer explains the score with parts that add up to it', () => {
    expect(fullText).toContain('Why 24.5: task resistance gives 31.7, evidence −6.1, barriers +0.7, AI growth −1.8');
  });
  it('THEN the full answer lists the other levels, where to look next and the sources', () => {
    expect(fullText).toMatch(/Backend\/API Developer \(Junior\): \d+\.\d Red/);
    expect(fullText).toContain('Senior Software Engineer (7+ years): 55.4');
    expect(fullText).toMatch(/Sources: .*BLS Employment Projections/);
  });
  it('THEN the card offers the details one click away, in order', () => {
    const labels = blocksOf(reply, 'actions').flatMap((a) => a.buttons.map((b) => b.label));
    expect(labels).toEqual([
      'Why this score',
      'Outlook & skills',
      'Safer roles',
      '12-week plan',
      'Compare with Senior Software Engineer (7+ years)',
      'Watch',
    ]);
  });
  it('THEN the document carries the contract fields', () => {
    expect(doc).toMatchObject({
      kind: 'risk',
      role: { id: 'backend-developer-mid', onet: '15-1252.00' },
      basis: 'assessed',
      confidence: 'high',
    });
  });
});

describe('GIVEN compare backend developer with security software developer', () => {
  const { reply, doc } = run('compare', { role: 'backend developer', with: 'security software developer' });
  it('THEN security software developer wins 4 and 1 ties', () => {
    expect(doc).toMatchObject({ kind: 'compare', wins: { a: 0, b: 4, ties: 1 } });
    expect(toPlainText(reply)).toContain(
      'Security Software Developer (Mid-Level) wins 4 of 5 dimensions: stronger on Task Resistance, Evidence, Barriers, AI Growth.',
    );
  });
  it('THEN the table has one row per dimension with a winner mark, Protective tied', () => {
    const table = blocksOf(reply, 'table')[0]!;
    expect(table.rows).toHaveLength(5);
    expect(table.rows.find((r) => r[0] === 'Protective Principles')![3]).toBe('=');
  });
  it('THEN the full answer states the transition from the first to the second', () => {
    expect(
      toPlainText(run('compare', { role: 'backend developer', with: 'security software developer' }).full!()),
    ).toContain(
      'from 30% displaced / 70% augmented / 0% not involved to 10% displaced / 85% augmented / 5% not involved: +27.0 points',
    );
  });
  it('GIVEN the same role twice THEN it asks for two different roles', () => {
    expect(run('compare', { role: 'backend engineer', with: 'backend developer' }).doc).toMatchObject({
      error: { code: 'bad_input' },
    });
  });
  it('GIVEN only one role THEN it explains compare needs two', () => {
    expect(run('compare', { role: 'backend developer', with: '' }).doc).toMatchObject({
      error: { code: 'bad_input', message: expect.stringMatching(/two roles/) },
    });
  });
});

describe('GIVEN transition from backend developer', () => {
  const { reply, doc } = run('transition', { role: 'backend developer' });
  const d = doc as unknown as {
    suggestions: { role: { id: string }; gain: number; score: number; tasksLost: string[] }[];
    from: { score: number };
  };
  it('THEN the curated moves come first with their gains', () => {
    expect(d.suggestions.slice(0, 3).map((s) => s.role.id)).toEqual([
      'software-engineer-senior',
      'devsecops-engineer',
      'security-software-developer-mid',
    ]);
    expect(d.suggestions[0]!.gain).toBe(30.9);
  });
  it('THEN every suggestion scores higher and loses the two displaced tasks', () => {
    for (const s of d.suggestions) {
      expect(s.score).toBeGreaterThan(d.from.score);
      expect(s.tasksLost).toEqual(['Implementing endpoints & business logic', 'Writing unit & integration tests']);
    }
  });
  it('THEN each suggestion has a Compare button', () => {
    expect(blocksOf(reply, 'actions')[0]!.buttons).toHaveLength(d.suggestions.length);
  });
});

describe('GIVEN roles', () => {
  it('GIVEN no filter THEN every role is in the document', () => {
    const roles = (run('roles', {}).doc as unknown as { roles: { id: string; score: number | null }[] }).roles;
    expect(roles.filter((r) => r.score !== null)).toHaveLength(catalog.roles.length);
  });
  it('GIVEN no filter THEN every O*NET occupation is listed, those without tasks with no score', () => {
    const roles = (run('roles', {}).doc as unknown as { roles: { id: string; score: number | null }[] }).roles;
    expect(roles.length).toBeGreaterThanOrEqual(1000);
    expect(roles.filter((r) => r.score === null)).toHaveLength(
      [...catalog.estimates!.occupations.values()].filter((o) => o.taskCount === 0).length,
    );
  });
  it('GIVEN the filter "backend" THEN only backend roles are listed', () => {
    const roles = (run('roles', { filter: 'backend' }).doc as unknown as { roles: { id: string }[] }).roles;
    const assessed = roles.filter((r) => catalog.get(r.id)?.basis === 'assessed');
    expect(assessed.map((r) => r.id).sort()).toEqual([
      'backend-developer-junior',
      'backend-developer-mid',
      'backend-developer-senior',
    ]);
    expect(
      roles.every((r) =>
        normalizeTitle(JSON.stringify(catalog.get(r.id)!.aliases) + catalog.get(r.id)!.title).includes('backend'),
      ),
    ).toBe(true);
  });
  it('GIVEN the filter "green" THEN only Green roles are listed', () => {
    const roles = (run('roles', { filter: 'green' }).doc as unknown as { roles: { zone: string }[] }).roles;
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.every((r) => r.zone === 'green')).toBe(true);
  });
  it('GIVEN a filter nothing matches THEN it says so', () => {
    expect(toPlainText(run('roles', { filter: 'zzzz' }).reply)).toMatch(/No role matching/);
  });
});

describe('GIVEN help', () => {
  it('THEN every command is listed with an example, privately', () => {
    const { reply } = run('help', {});
    expect(reply.private).toBe(true);
    for (const c of COMMANDS) expect(toPlainText(reply)).toContain(`${c.name}: ${c.description}`);
  });
});

describe('GIVEN user errors', () => {
  it('GIVEN an unknown role THEN the reply is private with the no_match message', () => {
    const { reply, doc } = run('risk', { role: 'banana' });
    expect(reply.private).toBe(true);
    expect(doc).toMatchObject({ error: { code: 'no_match' } });
  });
});

describe('GIVEN free text asked through askAnswer', () => {
  it('GIVEN "backend developer vs devsecops" THEN it compares them in that order', async () => {
    expect((await askAnswer(catalog, 'backend developer vs devsecops')).doc).toMatchObject({
      kind: 'compare',
      a: { role: { id: 'backend-developer-mid' } },
      b: { role: { id: 'devsecops-engineer' } },
    });
  });
});

describe('GIVEN a move question whose role word names several roles', () => {
  it('THEN it asks back, and each candidate leads to safer roles rather than a score card', async () => {
    const { reply, doc } = await askAnswer(catalog, 'what should our QA folks move into?');
    expect(doc).toMatchObject({ kind: 'clarify' });
    const buttons = blocksOf(reply, 'actions')[0]!.buttons;
    expect(buttons.length).toBeGreaterThanOrEqual(2);
    expect(buttons.every((b) => b.action.command === 'transition')).toBe(true);
  });
  it('THEN a plain question about the same word leads to score cards', async () => {
    const { reply } = await askAnswer(catalog, 'is QA safe?');
    const actions = blocksOf(reply, 'actions')[0];
    if (actions) expect(actions.buttons.every((b) => b.action.command !== 'transition')).toBe(true);
  });
});
