import { describe, expect, it } from 'vitest';
import { teamAnswer } from '../../commands/team.ts';
import { toPlainText } from '../../src/output/reply.ts';
import { assessTeam } from '../../src/engine/team.ts';
import { fixtureCatalog } from '../helpers.ts';

const catalog = fixtureCatalog();
const role = (id: string) => catalog.byId.get(id)!;

describe('GIVEN a team of 4 backend devs, 2 manual testers and a DBA', () => {
  const members = [
    { role: role('backend-developer-mid'), count: 4 },
    { role: role('manual-qa-tester-mid'), count: 2 },
    { role: role('database-administrator-mid'), count: 1 },
  ];
  const team = assessTeam(catalog, members);

  it('THEN the team score is the head-count-weighted mean of the role scores', () => {
    const expected = members.reduce((a, m) => a + catalog.score(m.role).score * m.count, 0) / 7;
    expect(team.headcount).toBe(7);
    expect(team.score).toBeCloseTo(expected, 1);
  });
  it('THEN the split is weighted the same way and still adds up to about 100', () => {
    const expected = members.reduce((a, m) => a + catalog.score(m.role).split.displaced * m.count, 0) / 7;
    expect(team.split.displaced).toBeCloseTo(expected, 1);
    expect(team.split.displaced + team.split.augmented + team.split.notInvolved).toBeCloseTo(100, 0);
  });
  it('THEN the most exposed group is the lowest-scoring role, with its share of people', () => {
    const lowest = [...members].sort((a, b) => catalog.score(a.role).score - catalog.score(b.role).score)[0]!;
    expect(team.mostExposed.score.role.id).toBe(lowest.role.id);
    expect(team.mostExposed.peopleShare).toBeCloseTo((lowest.count / 7) * 100, 1);
  });
  it('THEN people by zone add up to 100%', () => {
    expect(team.peopleByZone.red + team.peopleByZone.yellow + team.peopleByZone.green).toBeCloseTo(100, 0);
  });
  it('THEN the best move for the most exposed group scores higher than it', () => {
    expect(team.bestTransition).toBeDefined();
    expect(team.bestTransition!.to.score).toBeGreaterThan(team.mostExposed.score.score);
  });
  it('THEN the card names every role with its head count and the doc is kind "team"', () => {
    const { reply, doc } = teamAnswer(catalog, members);
    const text = toPlainText(reply);
    for (const m of members) expect(text).toContain(`${m.role.title} | ${m.count} |`);
    expect(doc).toMatchObject({
      kind: 'team',
      headcount: 7,
      mostExposed: { role: { id: team.mostExposed.score.role.id } },
    });
  });
});

describe('GIVEN the same role listed twice', () => {
  it('THEN the groups are merged', () => {
    const team = assessTeam(catalog, [
      { role: role('qa-engineer-mid'), count: 2 },
      { role: role('qa-engineer-mid'), count: 3 },
    ]);
    expect(team.groups).toHaveLength(1);
    expect(team.groups[0]!.count).toBe(5);
  });
});
