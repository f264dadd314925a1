// The checks that say whether the scale can be trusted: rank agreement with an exposure measure
// the estimate does not use, and ordinal pairs informed people agree on.
import { isUserError } from '../errors.ts';
import type { Catalog } from '../catalog/catalog.ts';

/** Average ranks (ties share their mean rank), 1-based. */
function ranks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function pearson(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((x, y) => x + y, 0) / n;
  const mb = b.reduce((x, y) => x + y, 0) / n;
  let s = 0,
    sa = 0,
    sb = 0;
  for (let i = 0; i < n; i++) {
    s += (a[i]! - ma) * (b[i]! - mb);
    sa += (a[i]! - ma) ** 2;
    sb += (b[i]! - mb) ** 2;
  }
  return s / Math.sqrt(sa * sb);
}

export const spearman = (a: number[], b: number[]) => pearson(ranks(a), ranks(b));

export const INDEPENDENT_MEASURE =
  "Eloundou et al. 2023 human annotators' occupation exposure β (human_rating_beta): the estimate reads only GPT-4's labels";

/** Spearman between estimate scores and the human annotators' β over every estimated occupation (higher score = safer, so strongly negative is good). */
export function independentCheck(catalog: Catalog): { n: number; rho: number; betaR2: number } {
  const pairs = catalog.roles
    .filter((r) => r.basis === 'estimated' && r.onet)
    .map((r) => ({ score: catalog.score(r).score, o: catalog.estimates!.occupations.get(r.onet!)! }));
  const withHuman = pairs.filter((p) => p.o.humanBeta !== null);
  const withBeta = pairs.filter((p) => p.o.beta !== null);
  const r = pearson(
    withBeta.map((p) => p.score),
    withBeta.map((p) => p.o.beta!),
  );
  return {
    n: withHuman.length,
    rho: spearman(
      withHuman.map((p) => p.score),
      withHuman.map((p) => p.o.humanBeta!),
    ),
    betaR2: r * r,
  };
}

export interface OrdinalPair {
  safer: string;
  lessSafe: string;
  why: string;
}
export interface PairResult extends OrdinalPair {
  saferScore: number | null;
  lessSafeScore: number | null;
  holds: boolean;
  error?: string;
}

/** Lines "safer<TAB>less safe<TAB>why"; # comments and blank lines skipped. */
export function parsePairs(text: string): OrdinalPair[] {
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => {
      const [safer = '', lessSafe = '', why = ''] = l.split('\t');
      return { safer: safer.trim(), lessSafe: lessSafe.trim(), why: why.trim() };
    });
}

export function checkPairs(catalog: Catalog, pairs: OrdinalPair[]): PairResult[] {
  const scoreOf = (q: string) => {
    try {
      return { score: catalog.score(catalog.resolve(q).role).score };
    } catch (e) {
      if (isUserError(e)) return { score: null, error: `"${q}": ${e.message}` };
      throw e;
    }
  };
  return pairs.map((p) => {
    const a = scoreOf(p.safer);
    const b = scoreOf(p.lessSafe);
    const error = a.error ?? b.error;
    return {
      ...p,
      saferScore: a.score,
      lessSafeScore: b.score,
      holds: a.score !== null && b.score !== null && a.score > b.score,
      ...(error ? { error } : {}),
    };
  });
}
