// An exact O*NET title answers its occupation, never a niche hand-assessed level; an alias may
// not claim another occupation's title.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogError } from '../../src/catalog/load.ts';
import { DEFAULT_OCCUPATIONS_FILE } from '../../src/estimate/load.ts';
import { DEFAULT_ROLES_DIR, loadCatalog } from '../../src/load-catalog.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const id = (q: string) => catalog.resolve(q).role.id;

describe('GIVEN an exact O*NET title that a niche hand-assessed family carries', () => {
  it.each([
    ['Web Developers', 'web-developer'],
    ['Software Quality Assurance Analysts and Testers', 'manual-qa-tester'],
    ['Information Security Analysts', 'soc-analyst'],
    ['Marketing Managers', 'product-manager'],
    ['Sales Engineers', 'cloud-architect'],
  ])('THEN "%s" answers the occupation\'s estimate, not %s', (title, niche) => {
    const role = catalog.resolve(title).role;
    expect(role.family).not.toBe(niche);
    expect(role).toMatchObject({ basis: 'estimated', title });
  });
});

describe('GIVEN an exact O*NET title a hand-assessed family covers whole', () => {
  it("THEN it answers that family's default level", () => {
    expect(id('Software Developers')).toBe(catalog.defaultRole('software-engineer').id);
    expect(id('Data Scientists')).toBe(catalog.defaultRole('data-scientist').id);
  });
  it('THEN the hand-assessed names keep their roles', () => {
    expect(id('backend developer')).toBe('backend-developer-mid');
    expect(catalog.resolve('wordpress developer').role.family).toBe('web-developer');
  });
});

describe("GIVEN a role file whose alias is another occupation's O*NET title", () => {
  it('THEN the catalog does not load and names file, field and reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-'));
    cpSync(DEFAULT_ROLES_DIR, dir, { recursive: true });
    const file = join(dir, 'backend-developer.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^aliases:\n/m, 'aliases:\n  - Registered Nurse\n'));
    let error: unknown;
    try {
      loadCatalog(dir, DEFAULT_OCCUPATIONS_FILE);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).problems).toEqual([
      expect.objectContaining({
        file: expect.stringContaining('backend-developer.yaml'),
        field: 'aliases',
        message: expect.stringContaining('Registered Nurses (29-1141.00)'),
      }),
    ]);
  });
});
