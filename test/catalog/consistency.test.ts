// Checks over the whole catalog, whatever it holds: completeness, honest transitions, and a
// listing by score for a human to read (test/catalog-by-score.txt: review its diff when roles change).
import { describe, expect, it } from 'vitest';
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
      }
    },
  );
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
