// The loaded catalog: lookups by id and family, each role's score computed once.
import { fileURLToPath } from 'node:url';
import { loadRoleFiles } from './catalog.ts';
import type { RoleRef } from './errors.ts';
import { prepareIntentParser } from './intent/parse.ts';
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
  ) {
    for (const role of roles) {
      this.byId.set(role.id, role);
      this.families.set(role.family, [...(this.families.get(role.family) ?? []), role]);
      this.scores.set(role.id, scoreRole(role));
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

  /** Finds the role a person means; throws UserError (no_match, ambiguous, bad_input). */
  resolve(query: string): Match {
    return this.matcher.resolve(query);
  }
}

export function ref(role: Role): RoleRef {
  return { id: role.id, title: role.title, seniority: role.seniority };
}

export function loadCatalog(dir: string = DEFAULT_ROLES_DIR): Catalog {
  const { roles, defaults } = loadRoleFiles(dir);
  const catalog = new Catalog(roles, defaults);
  // The intent parser's name index is built here rather than on the first question, which would wait for it.
  prepareIntentParser(catalog);
  return catalog;
}
