// Shared test fixtures: the real catalog, loaded once per test file.
import { loadCatalog, type Catalog } from '../src/role-catalog.ts';

let catalog: Catalog | undefined;
export function realCatalog(): Catalog {
  catalog ??= loadCatalog();
  return catalog;
}
