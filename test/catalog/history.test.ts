// The catalog's versions and changelog: the committed history is current, and a change between
// two versions names the role, its old and new score and what moved with the new reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roleChange } from '../../src/catalog/changes.ts';
import { changelogMarkdown, changesSince, mergeChanges, readHistory, release } from '../../src/catalog/history.ts';
import { catalogSnapshots, catalogVersion, storedSnapshots } from '../../src/catalog/snapshot.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();

describe('GIVEN the committed catalog history', () => {
  it('THEN its latest release is the catalog as it is now (else: npm run catalog:release)', () => {
    expect(readHistory().snapshot.version, 'the role data changed: run npm run catalog:release -- --note "why"').toBe(
      catalogVersion(catalog),
    );
  });

  it('THEN docs/catalog-changelog.md is generated from it', () => {
    const markdown = readFileSync(new URL('../../docs/catalog-changelog.md', import.meta.url), 'utf8');
    expect(markdown).toBe(changelogMarkdown(readHistory()));
  });
});

describe('GIVEN a role re-assessed between two versions', () => {
  const before = storedSnapshots(catalog);
  const after = structuredClone(before);
  const backend = after['backend-developer-mid']!;
  backend.score = 31.2;
  backend.zone = 'yellow';
  backend.items['evidence.jobPostings'] = { value: 2, why: 'Postings rose in the new release.' };

  it('THEN the change names the old and new score, zone and the item with its new reason', () => {
    const change = roleChange(before['backend-developer-mid'], backend)!;
    expect(change).toMatchObject({
      change: 'changed',
      before: { score: 24.5, zone: 'red' },
      after: { score: 31.2, zone: 'yellow' },
      items: [{ name: 'evidence.jobPostings', before: 0, after: 2, why: 'Postings rose in the new release.' }],
    });
  });

  it('THEN an unchanged role is no change, and a version is a hash of the assessments', () => {
    expect(
      roleChange(before['backend-developer-mid'], catalogSnapshots(catalog).get('backend-developer-mid')),
    ).toBeNull();
    expect(catalogVersion(catalog)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('THEN a release records it, and changes since the older version list it', () => {
    const first = release(
      { releases: [], snapshot: { version: '', roles: {} } },
      'aaaaaaaaaaaa',
      before,
      '2026-01-01',
      'One',
    );
    expect(first.releases[0]!.changes).toEqual([]);
    const second = release(first, 'bbbbbbbbbbbb', after, '2026-02-01', 'Two');
    expect(second.releases[0]!.changes.map((c) => c.id)).toEqual(['backend-developer-mid']);
    expect(changesSince(second, 'aaaaaaaaaaaa', after)!.map((c) => c.id)).toEqual(['backend-developer-mid']);
    expect(changesSince(second, 'bbbbbbbbbbbb', after)).toEqual([]);
    expect(changesSince(second, 'cccccccccccc', after)).toBeUndefined();
    expect(changelogMarkdown(second)).toContain('Backend/API Developer (Mid-Level)');
  });

  it('THEN two steps merged keep the first before and the last after', () => {
    const one = roleChange(before['backend-developer-mid'], backend)!;
    const later = structuredClone(backend);
    later.score = 33;
    const two = roleChange(backend, later)!;
    expect(mergeChanges([[one], [two]])[0]).toMatchObject({ before: { score: 24.5 }, after: { score: 33 } });
  });
});
