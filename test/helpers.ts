// Shared test fixtures: the real catalog, loaded once per test file.
import { loadCatalog, type Catalog } from '../src/role-catalog.ts';

let catalog: Catalog | undefined;
export function realCatalog(): Catalog {
  catalog ??= loadCatalog();
  return catalog;
}

/** A catalog of 14 families (seeds plus renamed copies) for the conversation tests, until the real catalog has them. */
export const CONVERSATION_ROLES_DIR = new URL('./fixtures/conversation-roles', import.meta.url).pathname;
let conversationCatalog: Catalog | undefined;
export function fixtureCatalog(): Catalog {
  conversationCatalog ??= loadCatalog(CONVERSATION_ROLES_DIR);
  return conversationCatalog;
}
