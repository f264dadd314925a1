// Shared test fixtures: the real catalog, loaded once per test file.
import { type Catalog } from '../src/catalog/catalog.ts';
import { loadCatalog } from '../src/load-catalog.ts';
import { argsFor, type Inbound } from '../commands/args.ts';
import { findCommand } from '../commands/index.ts';

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

/** A typed line ("compare a vs b", "risk x", or bare text as a role) → command and arguments. */
export function parseLine(line: string): Inbound {
  const [first = '', ...rest] = line.trim().split(/\s+/);
  const command = findCommand(first.toLowerCase());
  return argsFor(command ?? findCommand('risk')!, command ? rest.join(' ') : line.trim());
}
