// Leads O*NET titles (via the title index) to catalog families: the hand-assessed family that
// covers the occupation whole, else the occupation's estimate, else the closest assessed family.
import { normalizeTitle, swapEngineerDeveloper } from './normalize.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { coversOccupation } from '../estimate/title-claims.ts';
import { estimatedRoleId } from '../estimate/to-role.ts';
import { winningCodes, type TitleHit } from './title-index.ts';

const cache = new WeakMap<Catalog, Map<string, string | undefined>>();

/** The family answering for an O*NET code: a niche family carrying the code never takes it from the estimate. */
export function familyForCode(catalog: Catalog, code: string): string | undefined {
  let byCode = cache.get(catalog);
  if (!byCode) cache.set(catalog, (byCode = new Map()));
  if (byCode.has(code)) return byCode.get(code);
  const assessed = [...catalog.families.values()]
    .map((levels) => levels[0]!)
    .filter((r) => r.basis === 'assessed' && r.onet === code);
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
