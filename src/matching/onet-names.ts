// Leads O*NET titles (via the title index) to catalog families: the estimated role for a code, or
// the hand-assessed family that carries the code, so tech titles keep reaching assessed roles.
import { normalizeTitle, swapEngineerDeveloper } from './normalize.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { estimatedRoleId } from '../estimate/to-role.ts';
import { winningCodes, type TitleHit } from './title-index.ts';

const cache = new WeakMap<Catalog, Map<string, string | undefined>>();

/** The family answering for an O*NET code; among assessed families sharing one, the closest title. */
export function familyForCode(catalog: Catalog, code: string): string | undefined {
  let byCode = cache.get(catalog);
  if (!byCode) cache.set(catalog, (byCode = new Map()));
  if (byCode.has(code)) return byCode.get(code);
  const assessed = [...catalog.families.values()]
    .map((levels) => levels[0]!)
    .filter((r) => r.basis === 'assessed' && r.onet === code);
  let family: string | undefined;
  if (assessed.length > 0) {
    const occupation = catalog.estimates?.occupations.get(code)?.title ?? '';
    const target = new Set(normalizeTitle(occupation).split(' '));
    const jaccard = (title: string) => {
      const words = new Set(
        swapEngineerDeveloper(normalizeTitle(title)).split(' ').concat(normalizeTitle(title).split(' ')),
      );
      const shared = [...words].filter((w) => target.has(w)).length;
      return shared / (words.size + target.size - shared);
    };
    family = assessed.sort((a, b) => jaccard(b.familyTitle) - jaccard(a.familyTitle))[0]!.family;
  } else if (catalog.families.has(estimatedRoleId(code))) family = estimatedRoleId(code);
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
