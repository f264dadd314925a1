// What resolving a name gives, and the resolver the catalog answers names with. Kept apart from
// the matcher so that the catalog can hold a resolver without importing how it works.
import type { Role, Seniority } from '../catalog/schema.ts';

export interface Match {
  role: Role;
  /** The catalog name that matched. */
  matched: string;
  requestedLevel?: Exclude<Seniority, 'any'>;
  /** Said to the user when the level asked for does not exist. */
  note?: string;
}

export interface NameResolver {
  /** The role a person means; throws UserError (no_match, ambiguous, bad_input). */
  resolve(query: string): Match;
  /** Up to `limit` roles for a partly typed name, best first (autocomplete). */
  suggest(query: string, limit: number): Role[];
}
