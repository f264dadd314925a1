// The figures a load derives from the whole catalog (its version, the title-claims check) are kept
// per content of the inputs and of the code: a kept figure must equal a fresh one, and any change
// must compute afresh.
import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { treeHash } from '../../src/catalog/cache.ts';
import { CatalogError } from '../../src/catalog/load.ts';
import { catalogVersion, contentHash, storedSnapshots } from '../../src/catalog/snapshot.ts';
import { DEFAULT_OCCUPATIONS_FILE } from '../../src/estimate/load.ts';
import { DEFAULT_ROLES_DIR, loadCatalog } from '../../src/load-catalog.ts';

const freshVersion = (c: ReturnType<typeof loadCatalog>) => contentHash(storedSnapshots(c));

function rolesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'derived-'));
  cpSync(DEFAULT_ROLES_DIR, dir, { recursive: true });
  return dir;
}

describe('GIVEN the real catalog loaded twice', () => {
  it('THEN the kept version is the one its snapshots hash to', () => {
    loadCatalog();
    const again = loadCatalog();
    expect(catalogVersion(again)).toBe(freshVersion(again));
  });
});

describe('GIVEN a role file changed after a load', () => {
  it('THEN the version is computed afresh and follows the change', () => {
    const dir = rolesCopy();
    const before = catalogVersion(loadCatalog(dir, DEFAULT_OCCUPATIONS_FILE));
    const file = join(dir, 'backend-developer.yaml');
    const text = readFileSync(file, 'utf8');
    const changed = text.replace('growth: { score: -1,', 'growth: { score: 0,');
    expect(changed).not.toBe(text);
    writeFileSync(file, changed);
    const after = loadCatalog(dir, DEFAULT_OCCUPATIONS_FILE);
    expect(catalogVersion(after)).not.toBe(before);
    expect(catalogVersion(after)).toBe(freshVersion(after));
  });

  it("THEN an alias that claims another occupation's O*NET title still stops the load", () => {
    const dir = rolesCopy();
    loadCatalog(dir, DEFAULT_OCCUPATIONS_FILE);
    const file = join(dir, 'backend-developer.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^aliases:\n/m, 'aliases:\n  - Registered Nurse\n'));
    expect(() => loadCatalog(dir, DEFAULT_OCCUPATIONS_FILE)).toThrow(CatalogError);
  });
});

describe('GIVEN the hash of a source tree', () => {
  it('THEN it changes with any file content or name, and only then', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tree-'));
    writeFileSync(join(dir, 'a.ts'), 'export const a = 1;\n');
    const first = treeHash(dir);
    expect(treeHash(dir)).toBe(first);
    writeFileSync(join(dir, 'a.ts'), 'export const a = 2;\n');
    const edited = treeHash(dir);
    expect(edited).not.toBe(first);
    renameSync(join(dir, 'a.ts'), join(dir, 'b.ts'));
    expect(treeHash(dir)).not.toBe(edited);
  });
});
