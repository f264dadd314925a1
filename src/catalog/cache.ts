// A cache of the validated catalog, keyed by the content of every role file AND of the code that
// validates them: any change to either means a full parse and validation, so bad data still stops
// start-up. It exists because YAML parsing dominates cold start once the catalog has 40+ files.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Role } from './schema.ts';

/** Source files whose behaviour shapes the validated result. */
const LOADER_SOURCES = [
  'load.ts',
  'schema.ts',
  '../engine/method.ts',
  '../matching/normalize.ts',
  '../matching/seniority.ts',
  'cache.ts',
];
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export const CACHE_DIR =
  process.env.CAREER_BOT_CACHE_DIR || fileURLToPath(new URL('../../node_modules/.cache/career-bot', import.meta.url));

export interface CachedCatalog {
  roles: Role[];
  defaults: [string, string | undefined][];
}

export function catalogKey(files: { name: string; text: string }[]): string {
  const hash = createHash('sha256');
  for (const source of LOADER_SOURCES) hash.update(readFileSync(here(source))).update('\0');
  for (const f of files) hash.update(f.name).update('\0').update(f.text).update('\0');
  return hash.digest('hex').slice(0, 32);
}

export function readCatalogCache(key: string): CachedCatalog | undefined {
  try {
    return JSON.parse(readFileSync(join(CACHE_DIR, `catalog-${key}.json`), 'utf8')) as CachedCatalog;
  } catch {
    return undefined; // no cache yet, or unreadable: validate from the files
  }
}

export function writeCatalogCache(key: string, value: CachedCatalog): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = join(CACHE_DIR, `.catalog-${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, join(CACHE_DIR, `catalog-${key}.json`)); // atomic: a reader never sees half a file
  } catch {
    // A read-only install simply validates on every start.
  }
}
