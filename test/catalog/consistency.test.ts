// Checks over the whole catalog, whatever it holds: completeness, honest transitions, and a
// listing by score for a human to read (test/catalog-by-score.txt: review its diff when roles change).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { JUDGEMENT } from '../../src/catalog/schema.ts';
import { normalizeTitle } from '../../src/matching/normalize.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const assessed = catalog.roles.filter((r) => r.basis === 'assessed');

describe('GIVEN every hand-assessed role in the catalog', () => {
  it.each(assessed.map((r) => [r.id, r] as const))('GIVEN %s THEN it is a complete assessment', (_id, role) => {
    expect(role.tasks.length).toBeGreaterThanOrEqual(6);
    expect(role.tasks.length).toBeLessThanOrEqual(10);
    expect(role.sources.length).toBeGreaterThan(0);
    expect(role.skillsCarried.length).toBeGreaterThan(0);
    for (const item of [
      ...role.tasks,
      ...Object.values(role.evidence),
      ...Object.values(role.barriers),
      ...Object.values(role.protective),
      role.growth,
    ]) {
      expect(item.why.length).toBeGreaterThan(10);
    }
  });

  it.each(assessed.map((r) => [r.id, r] as const))(
    'GIVEN %s THEN every curated transition scores higher or says why it is still listed',
    (_id, role) => {
      const from = catalog.score(role).score;
      for (const t of role.transitions) {
        const target = catalog.get(t.to)!;
        if (catalog.score(target).score <= from) expect(t.despiteLowerScore, `${role.id} → ${t.to}`).toBeTruthy();
        else
          expect(
            t.despiteLowerScore,
            `${role.id} → ${t.to} scores higher, so "despiteLowerScore" is stale`,
          ).toBeUndefined();
      }
    },
  );
});

const itemsOf = (r: (typeof assessed)[number]) => ({ ...r.evidence, ...r.barriers, ...r.protective, growth: r.growth });
const weighted = (r: (typeof assessed)[number]) => r.tasks.reduce((a, t) => a + t.share * t.score, 0) / 100;

describe('GIVEN the hand assessments as a whole', () => {
  // Allowed: two roles may share their item scores when the facts behind them are the same (the
  // junior developer families face one entry-level market, so their evidence lands on the same
  // integers); their tasks differ, so the full set of numbers must still be their own.
  it('THEN no two roles share the same numbers (task-weighted score and every item score)', () => {
    const owners = new Map<string, string>();
    for (const role of assessed) {
      const key = [weighted(role).toFixed(4), ...Object.values(itemsOf(role)).map((i) => i.score)].join(' ');
      expect(owners.get(key), `${role.id} repeats the numbers of ${owners.get(key)}`).toBeUndefined();
      owners.set(key, role.id);
    }
  });

  it.each(assessed.map((r) => [r.id, r] as const))(
    'GIVEN %s THEN every item says where its number comes from',
    (_id, role) => {
      for (const [key, item] of Object.entries(itemsOf(role))) expect(item.source, `${role.id} ${key}`).toBeTruthy();
    },
  );

  it('THEN a BLS projected change is never filed as expert consensus or as AI growth (it is a job-demand figure)', () => {
    for (const role of assessed) {
      const consensus = role.evidence.expertConsensus;
      expect(`${consensus.why} ${consensus.source}`, role.id).not.toMatch(/\bBLS\b/);
      // Growth may cite the factor BLS names for an occupation's share (Table 1.12), never a projected change.
      const growth = `${role.growth.why} ${role.growth.source}`;
      expect(growth, role.id).not.toMatch(/[+−-]\d+(\.\d+)?%/);
      if (/\bBLS\b/.test(growth)) expect(role.growth.source, role.id).toMatch(/Table 1\.12/);
    }
  });

  it('THEN a growth item citing BLS Table 1.12 agrees with the data on whether BLS names a factor', () => {
    const { occupations } = JSON.parse(
      readFileSync(new URL('../../data/occupations.json', import.meta.url), 'utf8'),
    ) as { occupations: { projection?: { nem: string; factor?: string | null } | null }[] };
    const factor = new Map(
      occupations.flatMap((o) => (o.projection ? [[o.projection.nem, o.projection.factor ?? null] as const] : [])),
    );
    const citing = assessed.filter((r) => /Table 1\.12/.test(r.growth.source ?? ''));
    expect(citing.length).toBeGreaterThan(0);
    for (const role of citing) {
      const code = /(\d{2}-\d{4})/.exec(role.growth.source!)?.[1];
      expect(code, role.id).toBeDefined();
      expect(factor.has(code!), `${role.id}: ${code}`).toBe(true);
      const namesNone = /names no factor/.test(role.growth.source!);
      expect(factor.get(code!) === null, `${role.id}: ${role.growth.source}`).toBe(namesNone);
    }
  });

  it('THEN every BLS projection an item cites is the published figure for that line', () => {
    const { occupations } = JSON.parse(
      readFileSync(new URL('../../data/occupations.json', import.meta.url), 'utf8'),
    ) as { occupations: { projection?: { nem: string; changePct: number } }[] };
    const change = new Map(
      occupations.flatMap((o) => (o.projection ? [[o.projection.nem, o.projection.changePct] as const] : [])),
    );
    let cited = 0;
    for (const role of assessed) {
      for (const item of [...Object.values(itemsOf(role)), role.outlook]) {
        const m = /BLS Employment Projections 2024–34, (\d{2}-\d{4}) [^+−-]*([+−-][\d.]+)%/.exec(item.source ?? '');
        if (!m) continue;
        cited++;
        expect(Number(m[2]!.replace('−', '-')), `${role.id}: ${item.source}`).toBe(change.get(m[1]!));
      }
    }
    expect(cited).toBeGreaterThan(0);
  });

  it.each(assessed.map((r) => [r.id, r] as const))(
    'GIVEN %s THEN its advice is complete: outlook, three skill groups, positioning',
    (_id, role) => {
      expect(role.outlook.nearTerm && role.outlook.longerTerm && role.outlook.source).toBeTruthy();
      for (const group of ['aiTools', 'technical', 'human'] as const)
        expect(role.skillsToLearn[group].length, group).toBeGreaterThan(0);
      expect(role.positioning.length).toBeGreaterThan(0);
      expect(role.commentary.whoShouldWorry && role.commentary.notCaptured).toBeTruthy();
    },
  );

  it('THEN judgement is written the one agreed way', () => {
    for (const role of assessed) {
      for (const item of Object.values(itemsOf(role)))
        expect(item.source, role.id).not.toMatch(/^(Judgement|judgment|our judgement)\b/);
    }
    expect(assessed.some((r) => Object.values(r.evidence).some((i) => i.source === JUDGEMENT))).toBe(true);
  });
});

describe('GIVEN the names in the catalog', () => {
  it('THEN no name leads to two families unless both mark it ambiguous', () => {
    const owners = new Map<string, Set<string>>();
    for (const role of assessed) {
      for (const name of [role.familyTitle, ...role.aliases]) {
        const key = normalizeTitle(name);
        owners.set(key, new Set([...(owners.get(key) ?? []), role.family]));
      }
    }
    for (const [name, families] of owners) {
      if (families.size < 2) continue;
      for (const f of families)
        expect(catalog.levelsOf(f)[0]!.ambiguousAliases.map(normalizeTitle), `"${name}" in ${f}`).toContain(name);
    }
  });
});

describe('GIVEN the catalog sorted by score', () => {
  it('THEN the listing matches test/catalog-by-score.txt (update with vitest -u and read the diff)', async () => {
    const lines = assessed
      .map((r) => catalog.score(r))
      .sort((a, b) => b.score - a.score || a.role.id.localeCompare(b.role.id))
      .map((s) => `${s.score.toFixed(1).padStart(5)}  ${s.label.padEnd(21)} ${s.role.title}`);
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot('./catalog-by-score.txt');
  });
});
