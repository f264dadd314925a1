// One scale you can trust: the checks that hand assessments and estimates sit on one scale and
// that every number shows its reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { riskDoc } from '../../src/output/documents.ts';
import { checkPairs, independentCheck, parsePairs } from '../../src/estimate/checks.ts';
import { calibrate } from '../../src/estimate/calibration.ts';
import type { EstimatedRole } from '../../src/estimate/to-role.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const pairSets = ['ordinal-pairs.tsv', 'ordinal-pairs-2.tsv', 'ordinal-pairs-3.tsv'].map((file) => ({
  file,
  pairs: parsePairs(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')),
}));
const estimates = catalog.roles.filter((r) => r.basis === 'estimated');

// Measured: set 1 (used for tuning) held 45/50 on its first run, 46/50 after the hand review, 50/50
// now; set 2 (written blind) held 40/48 on its first run (42/50 once two names were fixed), 49/50
// now (help desk tier 1 12.5 stays below switchboard operators 15.5); set 3 (written blind after the
// revision) held 39 of the 39 that resolved on its first run. The target is 95% for each.
describe.each(pairSets)('GIVEN the ordinal pairs in $file, written before any score was seen', ({ pairs }) => {
  const results = checkPairs(catalog, pairs);
  it('THEN there are at least 40 and every name resolves to a role', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(40);
    expect(results.filter((r) => r.error).map((r) => r.error)).toEqual([]);
  });
  it('THEN at least 95% keep their order (safer first)', () => {
    const failing = results
      .filter((r) => !r.holds)
      .map((r) => `${r.safer} ${r.saferScore} ≤ ${r.lessSafe} ${r.lessSafeScore}`);
    expect(results.filter((r) => r.holds).length / results.length, failing.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe("GIVEN an exposure measure the estimate does not read (human annotators' beta)", () => {
  it('THEN the estimates rank against it with Spearman at or below −0.80', () => {
    const check = independentCheck(catalog);
    expect(check.n).toBeGreaterThan(800);
    expect(check.rho).toBeLessThanOrEqual(-0.8);
  });
});

describe('GIVEN the calibration', () => {
  const defaults = [...catalog.families.keys()]
    .map((f) => catalog.defaultRole(f))
    .filter((r) => r.basis === 'assessed');
  const c = calibrate(defaults, catalog.estimates!);
  it('THEN every family is either fitted on or excluded with a reason, each code fitted once', () => {
    const withCode = defaults.filter((r) => r.onet && catalog.estimates!.occupations.has(r.onet));
    expect(c.rows.length + c.excluded.length).toBe(withCode.length);
    expect(new Set(c.rows.map((r) => r.onet)).size).toBe(c.rows.length);
    expect(c.excluded.every((e) => e.why.length > 10)).toBe(true);
  });
  it('THEN each fold is measured on families it was not fitted on', () => {
    expect(c.folds.length).toBeGreaterThanOrEqual(3);
    expect(c.folds.flatMap((f) => f.heldOut).sort()).toEqual(c.rows.map((r) => r.family).sort());
  });
  it('THEN the config holds the table fitted on all the families', () => {
    expect(c.current).toEqual(c.fitted);
  });
});

describe("GIVEN the estimates' confidence", () => {
  it('THEN more than one level is shown, and the level follows the data', () => {
    expect(new Set(estimates.map((r) => r.confidence)).size).toBeGreaterThan(1);
    const occupation = (r: (typeof estimates)[number]) => catalog.estimates!.occupations.get(r.onet!)!;
    const missing = estimates.filter(
      (r) =>
        !occupation(r).context || occupation(r).projection?.changePct == null || occupation(r).applicability === null,
    );
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((r) => r.confidence === 'low')).toBe(true);
  });
});

describe('GIVEN the factor BLS names for an occupation', () => {
  it('THEN work BLS says AI is replacing loses growth, cited, with growth confidence medium; no factor is "no data", low', () => {
    const keyers = catalog.resolve('Data Entry Keyers').role as EstimatedRole;
    expect(keyers.growth).toMatchObject({ score: -2, source: expect.stringContaining('Table 1.12') });
    expect(keyers.estimate.dimensions.growth).toBe('medium');
    const lawyers = catalog.resolve('Lawyers').role as EstimatedRole;
    expect(lawyers.growth).toMatchObject({ score: 0, why: expect.stringMatching(/^no data/) });
    expect(lawyers.estimate.dimensions.growth).toBe('low');
  });
  it('THEN the routine step shows in the task reasons of routine clerical work and not in unstructured work', () => {
    const why = (q: string) =>
      catalog
        .resolve(q)
        .role.tasks.map((t) => t.why)
        .join(' ');
    expect(why('Data Entry Keyers')).toMatch(/routine, structured work/);
    expect(why('Chief Executives')).not.toMatch(/routine, structured work/);
  });
});

describe('GIVEN licensed work', () => {
  it.each(['Registered Nurses', 'Elementary School Teachers, Except Special Education', 'Family Medicine Physicians'])(
    'THEN %s carry a licensing barrier',
    (title) => {
      expect(catalog.resolve(title).role.barriers.regulatory.score).toBeGreaterThan(0);
    },
  );
});

describe('GIVEN risk JSON', () => {
  it('THEN "backend developer" lists at least 10 items, each with value, reason and source, beside basis and confidence', () => {
    const doc = riskDoc(catalog.score(catalog.resolve('backend developer').role));
    expect(doc).toMatchObject({ basis: 'assessed', confidence: expect.stringMatching(/^(high|medium|low)$/) });
    expect(doc.items.length).toBeGreaterThanOrEqual(10);
    for (const item of doc.items) {
      expect(item).toMatchObject({
        dimension: expect.stringMatching(/^(evidence|barriers|protective|growth)$/),
        name: expect.any(String),
        value: expect.any(Number),
        why: expect.any(String),
        source: expect.any(String),
      });
    }
  });
  it('THEN an estimate lists sourced items and "no data" items with a null source, and calls task percentages weights', () => {
    const doc = riskDoc(catalog.score(catalog.resolve('Registered Nurses').role));
    expect(doc.items.some((i) => i.source !== null)).toBe(true);
    const noData = doc.items.filter((i) => i.source === null);
    expect(noData.length).toBeGreaterThan(0);
    expect(noData.every((i) => i.why.startsWith('no data') && i.value === 0)).toBe(true);
    expect(doc.taskShares).toBe('weight');
    expect(doc.tasks[0]).toHaveProperty('weight');
    expect(doc.tasks[0]).not.toHaveProperty('share');
    expect(doc.confidenceByDimension).toMatchObject({ tasks: expect.any(String), evidence: expect.any(String) });
  });
});
