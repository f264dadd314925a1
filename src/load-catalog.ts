// Loads the catalog: the role files, the O*NET estimates and title index (read on first use), and the
// name resolver. What only some questions need is built by warmUp, which the bot runs before it
// listens and a one-off command (`career-bot risk …`) skips, so a command does not wait for it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { derivedKey, readCache, writeCache } from './catalog/cache.ts';
import { Catalog } from './catalog/catalog.ts';
import { CatalogError, loadRoleFiles } from './catalog/load.ts';
import { catalogVersion, rememberCatalogVersion } from './catalog/snapshot.ts';
import { DEFAULT_OCCUPATIONS_FILE, estimateRoles } from './estimate/load.ts';
import type { OccupationFile } from './estimate/occupation-data.ts';
import { titleClaimProblems } from './estimate/title-claims.ts';
import { prepareTransitions } from './engine/transition.ts';
import { prepareIntentParser } from './intent/parse.ts';
import { RoleMatcher } from './matching/matcher.ts';
import { DEFAULT_TITLES_FILE, readTitleIndex } from './matching/title-index.ts';

export const DEFAULT_ROLES_DIR = fileURLToPath(new URL('../roles', import.meta.url));

export const matcherFor = (catalog: Catalog) => new RoleMatcher(catalog);

/** What a load of exactly these inputs with exactly this code found before (catalog/cache.ts). */
interface Derived {
  /** The catalog's version: hashing every role's snapshot would be most of the first answer. */
  version: string;
}

/**
 * The hand-assessed roles of `dir`, plus the O*NET estimates unless `occupations` is null. Another
 * roles directory (a test fixture, ROLES_DIR) gets no estimates unless a file is given.
 */
export function loadCatalog(
  dir: string = DEFAULT_ROLES_DIR,
  occupations: string | null = dir === DEFAULT_ROLES_DIR ? DEFAULT_OCCUPATIONS_FILE : null,
): Catalog {
  const { roles, defaults, key: rolesKey } = loadRoleFiles(dir);
  const raw = occupations === null ? undefined : readFileSync(occupations);
  const file = raw ? (JSON.parse(raw.toString('utf8')) as OccupationFile) : undefined;
  const key = rolesKey === undefined ? undefined : derivedKey([rolesKey, raw ?? '']);
  // Only a load that passed every check is cached, so a hit means these inputs passed them.
  const known = key === undefined ? undefined : readCache<Derived>('derived', key);
  // An alias may not claim another occupation's O*NET title: that title answers its own occupation.
  const claims = file && !known ? titleClaimProblems(roles, file.occupations) : [];
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
  if (known) rememberCatalogVersion(catalog, known.version);
  else if (key !== undefined) writeCache('derived', key, { version: catalogVersion(catalog) } satisfies Derived);
  return catalog;
}

/**
 * What the bot builds before it listens (and the console chat while the first line is typed), so no
 * early question waits for it: the free-text parser's name index, the O*NET title index with its
 * typo index, and every role's skill and task vocabulary for ranking moves. A one-off command skips it.
 */
export function warmUp(catalog: Catalog): void {
  prepareIntentParser(catalog);
  catalog.titleIndex?.prepare();
  prepareTransitions(catalog);
}
