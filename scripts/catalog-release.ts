// npm run catalog:release -- --note "why": records the current catalog as a release in
// data/catalog-history.json and regenerates docs/catalog-changelog.md. Run it after changing role
// files, the method or the data; a test fails until the history is current.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { changelogMarkdown, HISTORY_FILE, readHistory, release } from '../src/catalog/history.ts';
import { catalogVersion, storedSnapshots } from '../src/catalog/snapshot.ts';
import { loadCatalog } from '../src/load-catalog.ts';

export const CHANGELOG_FILE = new URL('../docs/catalog-changelog.md', import.meta.url);

const { values } = parseArgs({ options: { note: { type: 'string' }, date: { type: 'string' } } });
const catalog = loadCatalog();
const version = catalogVersion(catalog);
const before = readHistory();
const date = values.date ?? new Date().toISOString().slice(0, 10);
const history = release(before, version, storedSnapshots(catalog), date, values.note ?? 'Catalog updated.');
writeFileSync(HISTORY_FILE, `${JSON.stringify(history)}\n`);
writeFileSync(CHANGELOG_FILE, changelogMarkdown(history));
console.log(
  history === before
    ? `catalog ${version} is already the latest release`
    : `released catalog ${version}: ${history.releases[0]!.changes.length} role(s) changed`,
);
