// The loaded catalog: lookups by id and family, each role's score computed once.
import { fileURLToPath } from 'node:url';
import { CatalogError, loadRoleFiles } from './catalog.ts';
import { isUserError, UserError } from './errors.ts';
import { DEFAULT_OCCUPATIONS_FILE, estimateRoles, readOccupationFile, type Estimates } from './estimate/load.ts';
import { notEnoughDataMessage } from './estimate/not-enough-data.ts';
import { titleClaimProblems } from './estimate/title-claims.ts';
import { prepareIntentParser } from './intent/parse.ts';
import { normalizeTitle } from './normalize.ts';
import { DEFAULT_TITLES_FILE, readTitleIndex, type TitleIndex } from './title-index.ts';
import { RoleMatcher, type Match } from './matcher.ts';
import type { Role } from './role-schema.ts';
import { scoreRole, type RoleScore } from './scoring.ts';

export const DEFAULT_ROLES_DIR = fileURLToPath(new URL('../roles', import.meta.url));

export class Catalog {
  readonly byId = new Map<string, Role>();
  readonly families = new Map<string, Role[]>();
  readonly matcher: RoleMatcher;
  private readonly scores = new Map<string, RoleScore>();

  constructor(
    readonly roles: Role[],
    private readonly defaults: Map<string, string | undefined> = new Map(),
    /** O*NET estimates loaded beside the roles (research lines, "not enough data" titles). */
    readonly estimates?: Estimates,
    /** Every O*NET title (60,000+) for matching; src/title-index.ts. */
    readonly titleIndex?: TitleIndex,
  ) {
    for (const role of roles) {
      this.byId.set(role.id, role);
      this.families.set(role.family, [...(this.families.get(role.family) ?? []), role]);
      this.scores.set(role.id, estimates?.scores.get(role) ?? scoreRole(role));
    }
    this.matcher = new RoleMatcher(this);
  }

  /** A role by id, or a family id meaning its default level. */
  get(idOrFamily: string): Role | undefined {
    return this.byId.get(idOrFamily) ?? (this.families.has(idOrFamily) ? this.defaultRole(idOrFamily) : undefined);
  }

  levelsOf(family: string): Role[] {
    return this.families.get(family) ?? [];
  }

  /** The level shown when a query names none: the family's default, else mid, else the first. */
  defaultRole(family: string): Role {
    const levels = this.levelsOf(family);
    const wanted = this.defaults.get(family) ?? 'mid';
    return levels.find((r) => r.seniority === wanted) ?? levels[0]!;
  }

  score(role: Role): RoleScore {
    return this.scores.get(role.id) ?? scoreRole(role);
  }

  /** An O*NET occupation without tasks that this exact title names, if any. */
  private unestimable(key: string) {
    const byTitle = this.estimates?.notEnoughData.get(key);
    if (byTitle) return byTitle;
    const hit = this.titleIndex?.exact(key);
    const occupations = (hit?.codes ?? []).map((c) => this.estimates?.occupations.get(c.code));
    return occupations.length > 0 && occupations.every((o) => o && o.taskCount === 0) ? occupations[0] : undefined;
  }

  /** Finds the role a person means; throws UserError (no_match, ambiguous, bad_input). */
  resolve(query: string): Match {
    try {
      return this.matcher.resolve(query);
    } catch (e) {
      // An O*NET occupation without tasks is known, just not estimable: say so instead of "no match".
      const known = isUserError(e) && e.code === 'no_match' ? this.unestimable(normalizeTitle(query)) : undefined;
      if (known) throw new UserError('not_enough_data', notEnoughDataMessage(known));
      throw e;
    }
  }
}


/**
 * The hand-assessed roles of `dir`, plus the O*NET estimates unless `occupations` is null. Another
 * roles directory (a test fixture, ROLES_DIR) gets no estimates unless a file is given.
 */
export function loadCatalog(dir: string = DEFAULT_ROLES_DIR, occupations: string | null = dir === DEFAULT_ROLES_DIR ? DEFAULT_OCCUPATIONS_FILE : null): Catalog {
  const { roles, defaults } = loadRoleFiles(dir);
  const file = occupations === null ? undefined : readOccupationFile(occupations);
  if (file) {
    const claims = titleClaimProblems(roles, file.occupations);
    if (claims.length > 0) throw new CatalogError(claims);
  }
  const estimates = file ? estimateRoles(file, roles) : undefined;
  const catalog = estimates
    ? new Catalog([...roles, ...estimates.roles], defaults, estimates, readTitleIndex(occupations === DEFAULT_OCCUPATIONS_FILE ? DEFAULT_TITLES_FILE : occupations!.replace(/occupations\.json$/, 'onet-titles.json')))
    : new Catalog(roles, defaults);
  // The intent parser's name index is built here rather than on the first question, which would wait for it.
  prepareIntentParser(catalog);
  return catalog;
}
