import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHOD } from '../../src/engine/method.ts';
import { composite, explain, scoreRole, subLabelOf, taskResistance, zoneOf } from '../../src/engine/scoring.ts';
import { round1 } from '../../src/engine/rounding.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const scoreOf = (id: string) => scoreRole(catalog.byId.get(id)!);

describe('GIVEN the published reference numbers of the method', () => {
  it('GIVEN Backend/API Developer (Mid-Level) THEN it scores 24.5, Red, with the published dimensions and split', () => {
    const s = scoreOf('backend-developer-mid');
    expect(s.dimensions).toEqual({ taskResistance: 3.05, evidence: -4, barriers: 1, protective: 2, growth: -1 });
    expect(s.raw).toBeCloseTo(2.4826, 4);
    expect(s).toMatchObject({
      score: 24.5,
      zone: 'red',
      label: 'Red',
      split: { displaced: 30, augmented: 70, notInvolved: 0 },
      exposed: 65,
    });
  });

  it('GIVEN Backend/API Developer (Mid-Level) THEN its evidence and barrier items are the published ones', () => {
    const role = catalog.byId.get('backend-developer-mid')!;
    expect(Object.values(role.evidence).map((i) => i.score)).toEqual([0, -1, -1, -1, -1]);
    expect(Object.values(role.barriers).map((i) => i.score)).toEqual([0, 0, 0, 1, 0]);
    expect(Object.values(role.protective).map((i) => i.score)).toEqual([0, 1, 1]);
    expect(role.tasks.map((t) => [t.share, t.score])).toEqual([
      [15, 2],
      [20, 4],
      [15, 3],
      [10, 3],
      [10, 2],
      [10, 4],
      [10, 2],
      [10, 3],
    ]);
  });

  it.each([
    ['security-software-developer-mid', 51.5, 'Green (Transforming)', { displaced: 10, augmented: 85, notInvolved: 5 }],
    ['software-engineer-senior', 55.4, 'Green (Transforming)', { displaced: 0, augmented: 70, notInvolved: 30 }],
  ])('GIVEN %s THEN it scores %s, %s, with its published split', (id, score, label, split) => {
    expect(scoreOf(id)).toMatchObject({ score, label, split });
  });

  it('GIVEN Security Software Developer THEN its dimensions are 3.35 / 6 / 3 / 2 / 1', () => {
    expect(scoreOf('security-software-developer-mid').dimensions).toEqual({
      taskResistance: 3.35,
      evidence: 6,
      barriers: 3,
      protective: 2,
      growth: 1,
    });
  });

  it('GIVEN DevSecOps Engineer THEN it scores 58.2 in the Green zone', () => {
    expect(scoreOf('devsecops-engineer')).toMatchObject({ score: 58.2, zone: 'green' });
  });

  it('GIVEN the junior levels THEN task resistance sits below the mid level and the zone is Red', () => {
    for (const family of ['software-engineer', 'backend-developer']) {
      const junior = scoreOf(`${family}-junior`);
      expect(junior.dimensions.taskResistance).toBeLessThan(scoreOf(`${family}-mid`).dimensions.taskResistance);
      expect(junior.zone).toBe('red');
    }
  });

  it('GIVEN the senior backend level THEN task resistance is 3.5–3.8 and it is Green (Transforming)', () => {
    const s = scoreOf('backend-developer-senior');
    expect(s.dimensions.taskResistance).toBeGreaterThanOrEqual(3.5);
    expect(s.dimensions.taskResistance).toBeLessThanOrEqual(3.8);
    expect(s.label).toBe('Green (Transforming)');
  });

  it('GIVEN every role with a published score THEN the computed score matches it to the decimal', () => {
    const published = catalog.roles.filter((r) => r.published);
    expect(published.length).toBeGreaterThanOrEqual(4);
    for (const role of published) {
      const s = scoreRole(role);
      expect(s.score, role.id).toBe(role.published!.score);
      if (role.published!.label) expect(s.label, role.id).toBe(role.published!.label);
    }
  });
});

describe('GIVEN the zone thresholds and sub-label rules', () => {
  it('THEN 48 is Green, 47.9 Yellow, 25 Yellow and 24.9 Red', () => {
    expect([zoneOf(48), zoneOf(47.9), zoneOf(25), zoneOf(24.9)]).toEqual(['green', 'yellow', 'yellow', 'red']);
  });
  it('THEN Green with growth +2 is Accelerated, with 20% exposed Transforming, else Stable', () => {
    expect(subLabelOf('green', { growth: 2, evidence: 0, exposed: 50, displaced: 0 })).toBe('Accelerated');
    expect(subLabelOf('green', { growth: 1, evidence: 0, exposed: 20, displaced: 0 })).toBe('Transforming');
    expect(subLabelOf('green', { growth: 1, evidence: 0, exposed: 19.9, displaced: 0 })).toBe('Stable');
  });
  it('THEN Yellow is Urgent with growth ≤ −1 or displaced ≥ 40%, else Moderate', () => {
    expect(subLabelOf('yellow', { growth: -1, evidence: 0, exposed: 0, displaced: 0 })).toBe('Urgent');
    expect(subLabelOf('yellow', { growth: 0, evidence: 0, exposed: 0, displaced: 40 })).toBe('Urgent');
    expect(subLabelOf('yellow', { growth: 0, evidence: 0, exposed: 0, displaced: 39 })).toBe('Moderate');
  });
  it('THEN Red is Imminent only when exposed ≥ 80%, growth ≤ −1 and evidence ≤ −5 all hold', () => {
    expect(subLabelOf('red', { growth: -1, evidence: -5, exposed: 80, displaced: 0 })).toBe('Imminent');
    expect(subLabelOf('red', { growth: -1, evidence: -4, exposed: 80, displaced: 0 })).toBeNull();
    expect(subLabelOf('red', { growth: 0, evidence: -5, exposed: 80, displaced: 0 })).toBeNull();
    expect(subLabelOf('red', { growth: -1, evidence: -5, exposed: 79, displaced: 0 })).toBeNull();
  });
});

const dims = fc.record({
  trs: fc.double({ min: 1, max: 5, noNaN: true }),
  evidence: fc.integer({ min: -10, max: 10 }),
  barriers: fc.integer({ min: 0, max: 10 }),
  growth: fc.integer({ min: -2, max: 2 }),
});

describe('GIVEN any valid dimensions (property tests)', () => {
  it('THEN the score stays within 0–100', () => {
    fc.assert(
      fc.property(dims, (d) => {
        const { exact } = composite(d.trs, d);
        return exact >= 0 && exact <= 100;
      }),
    );
  });

  it('THEN the explanation parts add up exactly to the shown score', () => {
    fc.assert(
      fc.property(dims, (d) => {
        const e = explain(d.trs, d);
        const total = Math.round((e.taskResistance + e.evidence + e.barriers + e.growth) * 10) / 10;
        return total === round1(composite(d.trs, d).exact);
      }),
    );
  });

  it('THEN the explanation does not depend on the order the modifiers are listed in', () => {
    fc.assert(
      fc.property(dims, (d) => {
        const reordered = { growth: d.growth, barriers: d.barriers, evidence: d.evidence };
        expect(explain(d.trs, reordered)).toEqual(explain(d.trs, d));
      }),
    );
  });

  it('THEN better inputs never lower the score', () => {
    const better = fc.tuple(dims, fc.constantFrom('trs', 'evidence', 'barriers', 'growth'));
    fc.assert(
      fc.property(better, ([d, key]) => {
        const step = key === 'trs' ? 0.25 : 1;
        const max = { trs: 5, evidence: 10, barriers: 10, growth: 2 }[key];
        const improved = { ...d, [key]: Math.min(max, d[key] + step) };
        return composite(improved.trs, improved).exact >= composite(d.trs, d).exact;
      }),
    );
  });

  it('THEN task resistance is 6 minus the time-weighted task score', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 10 }), (scores) => {
        const share = 100 / scores.length;
        const weighted = scores.reduce((a, s) => a + s, 0) / scores.length;
        return (
          Math.abs(taskResistance(scores.map((score) => ({ share, score }))) - (METHOD.trsOffset - weighted)) < 1e-3
        );
      }),
    );
  });
});
