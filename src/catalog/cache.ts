// Caches of what loading computes, each keyed by the content of its inputs AND of the code that
// computes it: any change to either means computing afresh, so bad data still stops start-up.
// - the validated catalog (`catalog-`): YAML parsing and validation dominate loading 40+ role files;
// - figures derived from the whole catalog (`derived-`, load-catalog.ts): its version, and that no
//   alias claims another occupation's O*NET title; the key covers every source file under src/.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
const SRC_DIR = here('..');

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

/** A hash of every file under `dir`: names and contents. */
export function treeHash(dir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(file.slice(dir.length)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}
/** The code cannot change while the process runs: hashed once. */
let sourceTree: string | undefined;

/** The key of figures derived from these inputs (contents, in a fixed order) by the code under src/. */
export function derivedKey(inputs: (string | Buffer)[]): string {
  const hash = createHash('sha256').update((sourceTree ??= treeHash(SRC_DIR)));
  for (const input of inputs) hash.update('\0').update(input);
  return hash.digest('hex').slice(0, 32);
}

export function readCache<T>(kind: 'catalog' | 'derived', key: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(CACHE_DIR, `${kind}-${key}.json`), 'utf8')) as T;
  } catch {
    return undefined; // no cache yet, or unreadable: compute from the files
  }
}

export function writeCache(kind: 'catalog' | 'derived', key: string, value: unknown): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = join(CACHE_DIR, `.${kind}-${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, join(CACHE_DIR, `${kind}-${key}.json`)); // atomic: a reader never sees half a file
  } catch {
    // A read-only install simply computes on every start.
  }
}
