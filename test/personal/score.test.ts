// The personal score engine: the role's evidence, barriers and growth with the person's own week.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import {
  levers,
  movers,
  personalScore,
  personalScoreFromMix,
  resolveShares,
  type ResolvedEntry,
} from '../../src/personal/score.ts';
import type { Role } from '../../src/catalog/schema.ts';
import { composite, scoreTasks, taskClass } from '../../src/engine/scoring.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const backend = catalog.get('backend-developer-mid')!;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const userError = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as UserError;
  }
  throw new Error('expected a UserError');
};
const exact = (role: Role, shares: number[]) => {
  const s = scoreTasks(
    role,
    role.tasks.map((t, i) => ({ ...t, share: shares[i]! })),
  );
  return composite(s.dimensions.taskResistance, s.dimensions).exact;
};

describe('GIVEN Backend/API Developer (Mid-Level) and a personal week', () => {
  it('GIVEN all the week on API design THEN task resistance 4.0 and a score of 34.2 against the baseline 24.5', () => {
    const p = personalScoreFromMix(backend, [{ task: 'api design', share: 100 }]);
    expect(p.personal.dimensions.taskResistance).toBe(4);
    expect(p.personal.score).toBeCloseTo(34.25, 0);
    expect([34.2, 34.3]).toContain(p.personal.score);
    expect(p.baseline.score).toBe(24.5);
    expect(p.personal.split).toEqual({ displaced: 0, augmented: 100, notInvolved: 0 });
  });
  it('GIVEN half endpoints and half tests THEN task resistance 2.0, about 13.7, all displaced', () => {
    const p = personalScoreFromMix(backend, [
      { task: 'implementing endpoints', share: 50 },
      { task: 'writing tests', share: 50 },
    ]);
    expect(p.personal.dimensions.taskResistance).toBe(2);
    expect(p.personal.score).toBe(13.7);
    expect(p.personal.split.displaced).toBe(100);
  });
  it("GIVEN the role's own split THEN the personal score is the baseline and nothing moves it", () => {
    const p = personalScore(
      backend,
      backend.tasks.map((t, index) => ({ index, share: t.share })),
    );
    expect(p.personal.score).toBe(24.5);
    expect(p.movers).toEqual([]);
  });
  it("GIVEN one named task THEN the others share the remainder in the role's proportions", () => {
    const shares = resolveShares(backend, [{ index: 0, share: 40 }]);
    expect(shares[0]).toBe(40);
    // Implementing endpoints is 20 of the other 85 role points: 20/85 of the remaining 60.
    expect(shares[1]).toBeCloseTo((20 / 85) * 60, 10);
  });
  it('GIVEN a task taking "the rest" THEN it gets the remainder and unnamed tasks get nothing', () => {
    const shares = resolveShares(backend, [
      { index: 0, share: 50 },
      { index: 4, share: 20 },
      { index: 1, share: 'rest' },
    ]);
    expect(shares).toEqual([50, 30, 0, 0, 20, 0, 0, 0]);
  });
  it("GIVEN shares over 100 THEN a bad_input error listing the role's tasks", () => {
    const e = userError(() =>
      resolveShares(backend, [
        { index: 0, share: 80 },
        { index: 1, share: 40 },
      ]),
    );
    expect(e.code).toBe('bad_input');
    expect(e.message).toContain('120%');
    for (const t of backend.tasks) expect(e.message).toContain(t.name);
  });
  it('GIVEN every task named with a total under 100 THEN a bad_input error', () => {
    const e = userError(() =>
      resolveShares(
        backend,
        backend.tasks.map((_, index) => ({ index, share: 10 })),
      ),
    );
    expect(e.code).toBe('bad_input');
    expect(e.message).toContain('80%');
  });
  it('GIVEN the same task named twice THEN a bad_input error naming it', () => {
    const e = userError(() =>
      personalScoreFromMix(backend, [
        { task: 'api design', share: 20 },
        { task: 'API design & architecture', share: 20 },
      ]),
    );
    expect(e.message).toContain('API design & architecture');
  });
  it('GIVEN an unknown task THEN a bad_input error listing the tasks', () => {
    const e = userError(() => personalScoreFromMix(backend, [{ task: 'underwater basket weaving', share: 20 }]));
    expect(e.code).toBe('bad_input');
    expect(e.message).toContain('1. API design & architecture (15%)');
  });
});

describe('GIVEN levers', () => {
  it('GIVEN the baseline split THEN levers point from displaced tasks to augmented ones with positive gains', () => {
    const baseline = backend.tasks.map((t) => t.share);
    const found = levers(backend, baseline);
    expect(found.length).toBeGreaterThan(0);
    for (const l of found) {
      const from = backend.tasks.find((t) => t.name === l.from)!;
      const to = backend.tasks.find((t) => t.name === l.to)!;
      expect(from.score).toBeGreaterThanOrEqual(4);
      expect(to.score).toBeLessThan(4);
      expect(l.gain).toBeGreaterThan(0);
      expect(l.shift).toBe(10);
    }
    // 10 points from a 4/5 task to a 2/5 task: +0.2 task resistance, about +2.1 points.
    expect(found[0]!.gain).toBe(2.1);
    expect(found[0]!.score).toBe(26.5);
    // Different tasks at the ends where the gains tie, so the levers are real alternatives.
    expect(new Set(found.map((l) => l.to)).size).toBe(found.length);
  });
  it('GIVEN a week with less than 10 points on a displaced task THEN its lever moves only what is there', () => {
    const found = levers(backend, [60, 4, 0, 0, 36, 0, 0, 0]);
    expect(found[0]).toMatchObject({ from: 'Implementing endpoints & business logic', shift: 4 });
  });
  it('GIVEN all the week on the least exposed task THEN there is no lever', () => {
    expect(levers(backend, [100, 0, 0, 0, 0, 0, 0, 0])).toEqual([]);
  });
});

describe('GIVEN movers', () => {
  it('THEN their effects add up to the change from the baseline', () => {
    const p = personalScoreFromMix(backend, [
      { task: 'api design', share: 50 },
      { task: 'reviews', share: 20 },
      { task: 'endpoints', share: 'rest' },
    ]);
    expect(sum(p.movers.map((m) => m.effect))).toBeCloseTo(p.personal.score - p.baseline.score, 0);
    expect(p.movers[0]).toMatchObject({ task: 'API design & architecture' });
    expect(p.movers[0]!.effect).toBeGreaterThan(0);
  });
  it('GIVEN more time on a displaced task THEN it pulls the score down', () => {
    const found = movers(backend, [10, 30, 15, 10, 10, 5, 10, 10]);
    expect(found.find((m) => m.task.startsWith('Implementing'))!.effect).toBeLessThan(0);
  });
});

/** Any valid split of a role's week: non-negative shares totalling 100. */
const splitOf = (role: Role) =>
  fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: role.tasks.length, maxLength: role.tasks.length })
    .filter((w) => sum(w) > 0)
    .map((w) => w.map((x) => (x / sum(w)) * 100));
/** Any mix a person could name: a few distinct tasks with shares that stay within 100. */
const entriesOf = (role: Role) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: role.tasks.length - 1 }), { minLength: 1, maxLength: role.tasks.length - 1 })
    .chain((indexes) =>
      fc
        .array(fc.integer({ min: 0, max: Math.floor(100 / indexes.length) }), {
          minLength: indexes.length,
          maxLength: indexes.length,
        })
        .map((shares): ResolvedEntry[] => indexes.map((index, i) => ({ index, share: shares[i]! }))),
    );

describe('GIVEN any role and any split (property tests)', () => {
  const roles = catalog.roles;
  const role = fc.constantFrom(...roles);

  it('THEN moving time from a higher-scored task to a lower-scored one never lowers the score', () => {
    fc.assert(
      fc.property(
        role.chain((r) =>
          fc.tuple(fc.constant(r), splitOf(r), fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })),
        ),
        ([r, shares, a, b, fraction]) => {
          const from = a % r.tasks.length,
            to = b % r.tasks.length;
          fc.pre(r.tasks[from]!.score > r.tasks[to]!.score);
          const shift = shares[from]! * fraction;
          const moved = shares.map((s, i) => (i === from ? s - shift : i === to ? s + shift : s));
          expect(exact(r, moved)).toBeGreaterThanOrEqual(exact(r, shares) - 1e-9);
          expect(
            scoreTasks(
              r,
              r.tasks.map((t, i) => ({ ...t, share: moved[i]! })),
            ).score,
          ).toBeGreaterThanOrEqual(
            scoreTasks(
              r,
              r.tasks.map((t, i) => ({ ...t, share: shares[i]! })),
            ).score,
          );
        },
      ),
    );
  });
  it('THEN resolved shares always total 100 and are never negative', () => {
    fc.assert(
      fc.property(
        role.chain((r) => fc.tuple(fc.constant(r), entriesOf(r))),
        ([r, entries]) => {
          const shares = resolveShares(r, entries);
          expect(sum(shares)).toBeCloseTo(100, 9);
          for (const s of shares) expect(s).toBeGreaterThanOrEqual(0);
          for (const e of entries) expect(shares[e.index]).toBe(e.share);
        },
      ),
    );
  });
  it('THEN every lever has a positive gain, stays within the time spent, and delivers its gain', () => {
    fc.assert(
      fc.property(
        role.chain((r) => fc.tuple(fc.constant(r), splitOf(r))),
        ([r, shares]) => {
          for (const l of levers(r, shares)) {
            const from = r.tasks.findIndex((t) => t.name === l.from),
              to = r.tasks.findIndex((t) => t.name === l.to);
            expect(l.gain).toBeGreaterThan(0);
            expect(l.shift).toBeLessThanOrEqual(Math.round(shares[from]! * 10) / 10 + 1e-9);
            expect(r.tasks[from]!.score).toBeGreaterThan(r.tasks[to]!.score);
            expect(taskClass(r.tasks[to]!)).not.toBe('displaced');
            if (r.tasks.some((t, i) => taskClass(t) === 'displaced' && shares[i]! > 0.01))
              expect(taskClass(r.tasks[from]!)).toBe('displaced');
            const moved = shares.map((s, i) => (i === from ? s - l.shift : i === to ? s + l.shift : s));
            expect(exact(r, moved) - exact(r, shares)).toBeCloseTo(l.gain, 0);
          }
        },
      ),
    );
  });
});
