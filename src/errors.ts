// Errors a user can cause: one type with a code, a message written for the user, and candidates.
export type UserErrorCode = 'no_match' | 'ambiguous' | 'bad_input' | 'rate_limited' | 'not_enough_data';

export interface RoleRef {
  id: string;
  title: string;
  seniority: string;
}

/** How a role is named in candidates, suggestions and documents. */
export function roleRef(role: RoleRef): RoleRef {
  return { id: role.id, title: role.title, seniority: role.seniority };
}

export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly candidates: RoleRef[] = [],
  ) {
    super(message);
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;
