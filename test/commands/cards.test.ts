// Compact cards, the full answers behind them, and the details one click away.
import { describe, expect, it } from 'vitest';
import { renderConsole } from '../../adapters/console/render.ts';
import { ESTIMATE_NOTE, verdictText } from '../../commands/card.ts';
import { findCommand, runCommand } from '../../commands/index.ts';
import { teamAnswer } from '../../commands/team.ts';
import { itemLine } from '../../commands/why.ts';
import { scoreItems, type ScoreItem } from '../../src/output/score-items.ts';
import { toPlainText, type Block, type Reply } from '../../src/output/reply.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const run = (name: string, args: Record<string, string>) => runCommand(findCommand(name)!, args, catalog);
const blocksOf = <T extends Block['type']>(reply: Reply, type: T) =>
  reply.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
const assessed = catalog.roles.filter((r) => r.basis === 'assessed');
const estimated = catalog.roles.filter((r) => r.basis === 'estimated');
// Every hand-assessed role and every 20th estimate (all 900 would add time, not cover more cases).
const sample = [...assessed, ...estimated.filter((_, i) => i % 20 === 0)];
const MAX_RISK_LINES = 20;

describe('GIVEN the compact risk card for every hand-assessed role and a sample of estimates', () => {
  it.each(sample.map((r) => [r.id, r] as const))(
    'GIVEN %s THEN it prints in at most 20 lines with its score, what the score means and the details one click away',
    (_id, role) => {
      const { reply } = run('risk', { role: role.id });
      const text = renderConsole(reply);
      expect(text.split('\n').length).toBeLessThanOrEqual(MAX_RISK_LINES);
      expect(text).toContain(`${catalog.score(role).score.toFixed(1)} / 100`);
      expect(text).toContain('higher means safer');
      const commands = blocksOf(reply, 'actions')[0]!.buttons.map((b) => b.action.command);
      expect(commands.slice(0, 3)).toEqual(['why', 'advice', 'transition']);
    },
  );
});

describe('GIVEN what a card says it measures', () => {
  it('GIVEN a hand-assessed role THEN it says higher is safer and nothing about robots', () => {
    const text = toPlainText(run('risk', { role: 'backend developer' }).reply);
    expect(text).toContain('higher means safer');
    expect(text).not.toContain(ESTIMATE_NOTE);
  });
  it('GIVEN an estimated role THEN every view says it measures AI software, not robots or self-driving vehicles', () => {
    const id = 'onet-29-1141-00';
    for (const name of ['risk', 'why', 'advice', 'transition'])
      expect(toPlainText(run(name, { role: id }).reply), name).toContain(ESTIMATE_NOTE);
    expect(toPlainText(run('compare', { role: id, with: 'backend-developer-mid' }).reply)).toContain(ESTIMATE_NOTE);
  });
  it('GIVEN an estimated role THEN task shares read as weights, never as time, compact and full', () => {
    const answer = run('risk', { role: 'onet-29-1141-00' });
    for (const text of [toPlainText(answer.reply), toPlainText(answer.full!())]) {
      expect(text).toMatch(/weight \d/);
      // One wording for a weight: "weight 4.8%", never "4.8% weight", and never time.
      expect(text).not.toMatch(/\d% weight|% of (the week|time)/);
    }
    expect(toPlainText(answer.full!())).toContain('How the task weights split');
  });
  it('GIVEN every card kind THEN each says higher means safer', () => {
    const team = teamAnswer(catalog, [
      { role: catalog.byId.get('backend-developer-mid')!, count: 3 },
      { role: catalog.byId.get('devsecops-engineer')!, count: 1 },
    ]);
    const replies = [
      run('risk', { role: 'devsecops' }).reply,
      run('why', { role: 'devsecops' }).reply,
      run('advice', { role: 'devsecops' }).reply,
      run('compare', { role: 'devsecops', with: 'backend developer' }).reply,
      run('transition', { role: 'devsecops' }).reply,
      run('myscore', { role: 'backend developer', mix: 'api design=60, 2=rest' }).reply,
      team.reply,
    ];
    for (const reply of replies) expect(toPlainText(reply), reply.title).toContain('higher means safer');
  });
});

describe('GIVEN the plain verdict', () => {
  it('GIVEN backend developer THEN it names its exposed share and the market signals that pull it down', () => {
    const s = catalog.score(catalog.byId.get('backend-developer-mid')!);
    expect(verdictText(s)).toBe(
      `High risk: ${s.exposed}% of the week is in tasks AI can already do much of, and market signals (postings, pay, employers) point down.`,
    );
  });
  it('GIVEN a role whose evidence lifts it most THEN the verdict says the signals point up', () => {
    const lifted = assessed
      .map((r) => catalog.score(r))
      .find((s) => s.explanation.evidence >= 1 && s.explanation.evidence >= Math.abs(s.explanation.growth))!;
    expect(lifted).toBeDefined();
    expect(verdictText(lifted)).toContain('point up');
  });
  it('THEN each zone has its own lead word', () => {
    const leads = new Set(assessed.map((r) => verdictText(catalog.score(r)).split(':')[0]));
    expect(leads).toEqual(new Set(['High risk', 'Some risk', 'Lower risk']));
  });
});

describe('GIVEN "Why this score"', () => {
  it('GIVEN backend developer THEN all 14 items show with their value and reason, and the score explained', () => {
    const { reply } = run('why', { role: 'backend developer' });
    const text = toPlainText(reply);
    const items = scoreItems(catalog.byId.get('backend-developer-mid')!);
    expect(items).toHaveLength(14);
    for (const item of items) expect(text).toContain(itemLine(item));
    expect(text).toContain('Company actions: −1. Employers cite AI coding tools');
    expect(text).toContain('Why 24.5: task resistance gives 31.7');
    expect(text).toContain('Task resistance 3.05: 6 minus the share-weighted task score (2.95 on 1–5)');
    expect(reply.detail).toBe(true);
  });
  it('GIVEN an estimate THEN it lists items with their sources and items that say "no data"', () => {
    const text = toPlainText(run('why', { role: 'onet-29-1141-00' }).reply);
    expect(text).toMatch(/Job posting trends: [+−]?\d\. BLS projects/);
    expect(text).toMatch(/Company actions: 0, no data \(/);
  });
  it('GIVEN items with a cited source, "judgement" or no data THEN each line says so', () => {
    const base: ScoreItem = {
      dimension: 'evidence',
      key: 'wageTrends',
      name: 'Wage trends',
      value: -1,
      why: 'Pay is flat',
      source: 'BLS OEWS 2024',
    };
    expect(itemLine(base)).toBe('Wage trends: −1. Pay is flat. Source: BLS OEWS 2024.');
    expect(itemLine({ ...base, source: 'judgement' })).toBe('Wage trends: −1. Pay is flat. Source: judgement.');
    expect(itemLine({ ...base, dimension: 'barriers', value: 1, source: null, why: 'no data: no wage series' })).toBe(
      'Wage trends: 1/2, no data (no wage series).',
    );
  });
});

describe('GIVEN --full behind each compact card', () => {
  it('GIVEN backend developer THEN the full answer holds every task with its reason, every item, the advice and the sources', () => {
    const role = catalog.byId.get('backend-developer-mid')!;
    const text = toPlainText(run('risk', { role: role.id }).full!());
    for (const t of role.tasks) expect(text).toContain(t.why);
    for (const item of scoreItems(role)) expect(text).toContain(itemLine(item));
    expect(text).toContain(role.outlook.nearTerm);
    for (const skill of Object.values(role.skillsToLearn).flat()) expect(text).toContain(skill);
    expect(text).toContain(role.commentary.notCaptured);
    expect(text).toMatch(/Sources: /);
  });
  it('GIVEN compare, transition and a team THEN the full answer is longer than the card and keeps its first score', () => {
    const team = teamAnswer(catalog, [{ role: catalog.byId.get('manual-qa-tester-mid')!, count: 2 }]);
    for (const answer of [
      run('compare', { role: 'backend developer', with: 'devsecops' }),
      run('transition', { role: 'backend developer' }),
      team,
    ]) {
      const [card, full] = [renderConsole(answer.reply), renderConsole(answer.full!())];
      expect(full.split('\n').length).toBeGreaterThan(card.split('\n').length);
      expect(blocksOf(answer.full!(), 'score')[0]).toEqual(blocksOf(answer.reply, 'score')[0]);
    }
  });
  it('GIVEN transition THEN the card is one table of moves and the full answer what each leaves and gains', () => {
    const answer = run('transition', { role: 'backend developer' });
    const table = blocksOf(answer.reply, 'table')[0]!;
    expect(table.rows.map((r) => r[0])).toEqual(
      (answer.doc as unknown as { suggestions: { role: { title: string } }[] }).suggestions.map((s) => s.role.title),
    );
    expect(toPlainText(answer.reply)).not.toContain('Tasks you leave behind');
    expect(toPlainText(answer.full!())).toContain('Tasks you leave behind');
  });
});

describe('GIVEN "Outlook & skills"', () => {
  it('GIVEN backend developer THEN it shows the outlook, skills to learn and keep, and how to position yourself', () => {
    const role = catalog.byId.get('backend-developer-mid')!;
    const { reply } = run('advice', { role: role.id });
    const text = toPlainText(reply);
    for (const part of [
      role.outlook.nearTerm,
      role.outlook.longerTerm,
      ...Object.values(role.skillsToLearn).flat(),
      ...role.skillsCarried,
      ...role.positioning,
      role.outlook.source!,
    ])
      expect(text).toContain(part);
    expect(reply.detail).toBe(true);
  });
});
