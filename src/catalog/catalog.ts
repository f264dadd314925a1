// The loaded catalog: lookups by id and family, each role's score computed once.
import { isUserError, UserError } from '../errors.ts';
import type { Estimates } from '../estimate/load.ts';
import { notEnoughDataMessage } from '../estimate/not-enough-data.ts';
import { normalizeTitle } from '../matching/normalize.ts';
import type { TitleIndex } from '../matching/title-index.ts';
import type { Match, NameResolver } from '../matching/match.ts';
import type { Role } from './schema.ts';
import { scoreRole, type RoleScore } from '../engine/scoring.ts';

export class Catalog {
  readonly byId = new Map<string, Role>();
  readonly families = new Map<string, Role[]>();
  /** Resolves names to roles; built by whoever loads the catalog (src/load-catalog.ts). */
  readonly matcher: NameResolver;
  private readonly scores = new Map<string, RoleScore>();

  constructor(
    readonly roles: Role[],
    resolverFor: (catalog: Catalog) => NameResolver,
    private readonly defaults: Map<string, string | undefined> = new Map(),
    /** O*NET estimates loaded beside the roles (research lines, "not enough data" titles). */
    readonly estimates?: Estimates,
    /** Every O*NET title (60,000+) for matching; matching/title-index.ts. */
    readonly titleIndex?: TitleIndex,
  ) {
    for (const role of roles) {
      this.byId.set(role.id, role);
      this.families.set(role.family, [...(this.families.get(role.family) ?? []), role]);
      this.scores.set(role.id, estimates?.scores.get(role) ?? scoreRole(role));
    }
    this.matcher = resolverFor(this);
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
