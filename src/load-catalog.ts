// Loads the whole catalog: the role files, the O*NET estimates and title index, the name resolver,
// and the intent parser's index, so the first question waits for nothing.
import { fileURLToPath } from 'node:url';
import { Catalog } from './catalog/catalog.ts';
import { CatalogError, loadRoleFiles } from './catalog/load.ts';
import { DEFAULT_OCCUPATIONS_FILE, estimateRoles, readOccupationFile } from './estimate/load.ts';
import { titleClaimProblems } from './estimate/title-claims.ts';
import { prepareIntentParser } from './intent/parse.ts';
import { RoleMatcher } from './matching/matcher.ts';
import { DEFAULT_TITLES_FILE, readTitleIndex } from './matching/title-index.ts';

export const DEFAULT_ROLES_DIR = fileURLToPath(new URL('../roles', import.meta.url));

export const matcherFor = (catalog: Catalog) => new RoleMatcher(catalog);

/**
 * The hand-assessed roles of `dir`, plus the O*NET estimates unless `occupations` is null. Another
 * roles directory (a test fixture, ROLES_DIR) gets no estimates unless a file is given.
 */
export function loadCatalog(
  dir: string = DEFAULT_ROLES_DIR,
  occupations: string | null = dir === DEFAULT_ROLES_DIR ? DEFAULT_OCCUPATIONS_FILE : null,
): Catalog {
  const { roles, defaults } = loadRoleFiles(dir);
  const file = occupations === null ? undefined : readOccupationFile(occupations);
  // An alias may not claim another occupation's O*NET title: that title answers its own occupation.
  const claims = file ? titleClaimProblems(roles, file.occupations) : [];
  if (claims.length > 0) throw new CatalogError(claims);
  const estimates = file ? estimateRoles(file, roles) : undefined;
  const catalog = estimates
    ? new Catalog(
        [...roles, ...estimates.roles],
        matcherFor,
        defaults,
        estimates,
        readTitleIndex(
          occupations === DEFAULT_OCCUPATIONS_FILE
            ? DEFAULT_TITLES_FILE
            : occupations!.replace(/occupations\.json$/, 'onet-titles.json'),
        ),
      )
    : new Catalog(roles, matcherFor, defaults);
  // The intent parser's name index is built here rather than on the first question, which would wait for it.
  prepareIntentParser(catalog);
  return catalog;
}
