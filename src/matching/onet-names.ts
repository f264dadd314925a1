// Leads O*NET titles (via the title index) to catalog families: the hand-assessed family that
// covers the occupation whole, else the occupation's estimate, else the closest assessed family.
import { normalizeTitle, swapEngineerDeveloper } from './normalize.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Role } from '../catalog/schema.ts';
import { coversOccupation } from '../estimate/title-claims.ts';
import { estimatedRoleId } from '../estimate/to-role.ts';
import { winningCodes, type TitleHit } from './title-index.ts';

interface Found {
  /** Each hand-assessed family's first level, by its O*NET code, in catalog order. */
  assessedByCode: Map<string, Role[]>;
  byCode: Map<string, string | undefined>;
}
const cache = new WeakMap<Catalog, Found>();

/**
 * The assessed families are grouped by code once: the matcher asks for every one of 1,000 codes, and
 * listing the 1,000 families again for each was millions of short-lived entries at load.
 */
function foundFor(catalog: Catalog): Found {
  let found = cache.get(catalog);
  if (!found) {
    const assessedByCode = new Map<string, Role[]>();
    for (const levels of catalog.families.values()) {
      const r = levels[0]!;
      if (r.basis === 'assessed' && r.onet) assessedByCode.set(r.onet, [...(assessedByCode.get(r.onet) ?? []), r]);
    }
    cache.set(catalog, (found = { assessedByCode, byCode: new Map() }));
  }
  return found;
}

/** The family answering for an O*NET code: a niche family carrying the code never takes it from the estimate. */
export function familyForCode(catalog: Catalog, code: string): string | undefined {
  const { assessedByCode, byCode } = foundFor(catalog);
  if (byCode.has(code)) return byCode.get(code);
  const assessed = [...(assessedByCode.get(code) ?? [])];
  const title = catalog.estimates?.occupations.get(code)?.title ?? '';
  let family =
    assessed.find((r) => coversOccupation(r, { title }))?.family ??
    (catalog.families.has(estimatedRoleId(code)) ? estimatedRoleId(code) : undefined);
  if (!family && assessed.length > 0) {
    const target = new Set(normalizeTitle(title).split(' '));
    const jaccard = (name: string) => {
      const words = new Set(
        swapEngineerDeveloper(normalizeTitle(name)).split(' ').concat(normalizeTitle(name).split(' ')),
      );
      const shared = [...words].filter((w) => target.has(w)).length;
      return shared / (words.size + target.size - shared);
    };
    family = assessed.sort((a, b) => jaccard(b.familyTitle) - jaccard(a.familyTitle))[0]!.family;
  }
  byCode.set(code, family);
  return family;
}

/** Families a title-index hit leads to (several when the title names several occupations equally). */
export function familiesForHit(catalog: Catalog, hit: TitleHit): string[] {
  return [
    ...new Set(
      winningCodes(hit)
        .map((c) => familyForCode(catalog, c))
        .filter((f): f is string => !!f),
    ),
  ];
}
