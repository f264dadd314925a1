// Top-1 accuracy of the matcher on labelled queries (test/queries/*.tsv): expected is a role id,
// "none" (must not answer with a role) or "ambiguous" (must ask back).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isUserError } from '../src/errors.ts';
import type { Catalog } from '../src/catalog/catalog.ts';

export interface Labelled {
  query: string;
  expected: string;
  file: string;
}
export const QUERIES_DIR = fileURLToPath(new URL('../test/queries', import.meta.url));

export function readQueries(dir = QUERIES_DIR): Labelled[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .flatMap((file) =>
      readFileSync(`${dir}/${file}`, 'utf8')
        .split('\n')
        .slice(1)
        .filter((l) => l.trim() && !l.startsWith('#'))
        .map((line) => {
          const [query = '', expected = ''] = line.split('\t');
          return { query, expected: expected.trim(), file };
        }),
    );
}

export type Outcome = string; // a role id, or "none" / "ambiguous" / "bad_input"
export function outcomeOf(catalog: Catalog, query: string): Outcome {
  try {
    return catalog.resolve(query).role.id;
  } catch (e) {
    if (!isUserError(e)) throw e;
    return e.code === 'ambiguous' ? 'ambiguous' : 'none';
  }
}

export interface Accuracy {
  total: number;
  correct: number;
  roleQueries: number;
  roleCorrect: number;
  nonsense: number;
  nonsenseRejected: number;
  misses: { query: string; expected: string; got: string }[];
}

export function evaluate(catalog: Catalog, queries: Labelled[]): Accuracy {
  const result: Accuracy = {
    total: 0,
    correct: 0,
    roleQueries: 0,
    roleCorrect: 0,
    nonsense: 0,
    nonsenseRejected: 0,
    misses: [],
  };
  for (const { query, expected } of queries) {
    const got = outcomeOf(catalog, query);
    const ok = got === expected;
    result.total++;
    if (ok) result.correct++;
    else result.misses.push({ query, expected, got });
    if (expected === 'none') {
      result.nonsense++;
      if (got === 'none') result.nonsenseRejected++;
    } else if (expected !== 'ambiguous') {
      result.roleQueries++;
      if (ok) result.roleCorrect++;
    }
  }
  return result;
}

export const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
