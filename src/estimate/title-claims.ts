// An O*NET occupation's own title names that occupation: a hand-assessed role may not take it
// as an alias when the title belongs to another occupation (a catalog load error).
import type { CatalogProblem } from '../catalog/load.ts';
import { normalizeTitle, swapEngineerDeveloper } from '../matching/normalize.ts';
import type { Role } from '../catalog/schema.ts';
import type { Occupation } from './occupation-data.ts';

export function titleClaimProblems(roles: Role[], occupations: Occupation[]): CatalogProblem[] {
  const byTitle = new Map(occupations.map((o) => [normalizeTitle(o.title), o]));
  const problems: CatalogProblem[] = [];
  const seen = new Set<string>();
  for (const role of roles.filter((r) => r.basis === 'assessed')) {
    const names: [string, string][] = [
      ['title', role.familyTitle],
      ...role.aliases.map((a): [string, string] => [
        role.levelAliases.includes(a) ? `levels (${role.seniority}).aliases` : 'aliases',
        a,
      ]),
      ...role.ambiguousAliases.map((a): [string, string] => ['ambiguousAliases', a]),
      [`levels (${role.seniority}).title`, role.title],
    ];
    for (const [field, name] of names) {
      const o = byTitle.get(normalizeTitle(name));
      const key = `${role.file}|${field}|${name}`;
      if (!o || o.code === role.onet || seen.has(key)) continue;
      seen.add(key);
      problems.push({
        file: role.file,
        field,
        message: `"${name}" is the O*NET title of ${o.title} (${o.code}), another occupation: only that occupation may answer to it`,
      });
    }
  }
  return problems;
}

const sameTitle = (a: string, b: string) =>
  normalizeTitle(a) === normalizeTitle(b) || swapEngineerDeveloper(normalizeTitle(a)) === normalizeTitle(b);

/** A family covers its O*NET occupation when its own title is that occupation's title. */
export function coversOccupation(role: Pick<Role, 'familyTitle'>, occupation: Pick<Occupation, 'title'>): boolean {
  return sameTitle(role.familyTitle, occupation.title);
}
