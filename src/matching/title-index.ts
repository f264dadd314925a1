// Fast matching over every O*NET title (60,000+ strings): an exact map of normalised titles, and a
// token index with typo-tolerant tokens (trigram candidates, edit distance ≤ 1–2) that scores a
// small candidate set by how much of the title the query covers. fuse.js is not used here: over
// 60,000 strings it takes ~200 ms a query, and its substring scoring ignores coverage, so "banana"
// would match "Banana Expert" as well as "banana expert" does.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_TITLES_FILE = fileURLToPath(new URL('../../data/onet-titles.json', import.meta.url));

/** data/onet-titles.json: normalised title → [code index, weight, code index, weight, …]. */
export interface TitleIndexData {
  strings: number;
  codes: string[];
  titles: Record<string, number[]>;
}

/** Short forms people type for everyday titles; tried when the query as typed names nothing. */
export const ABBREVIATIONS: Record<string, string> = {
  hr: 'human resource',
  rep: 'representative',
  asst: 'assistant',
  acct: 'accountant',
  cna: 'certified nursing assistant',
  lpn: 'licensed practical nurse',
  emt: 'emergency medical technician',
  csr: 'customer service representative',
};
export const expandAbbreviations = (normalized: string) =>
  normalized
    .split(' ')
    .map((t) => ABBREVIATIONS[t] ?? t)
    .join(' ');

export interface TitleHit {
  key: string;
  codes: { code: string; weight: number }[];
  score: number;
}

/** A fuzzy hit must contain every query word and cover this share of both word sets (Jaccard). */
export const MIN_COVERAGE = 0.6;
const MAX_CANDIDATE_TOKENS = 8;

export function readTitleIndex(path = DEFAULT_TITLES_FILE): TitleIndex {
  return new TitleIndex(JSON.parse(readFileSync(path, 'utf8')) as TitleIndexData);
}

export class TitleIndex {
  readonly size: number;
  private readonly keys: string[];
  private readonly keyTokenCount: Uint8Array;
  private readonly postings = new Map<string, number[]>();
  private readonly trigrams = new Map<string, string[]>();

  constructor(private readonly data: TitleIndexData) {
    this.keys = Object.keys(data.titles);
    this.size = data.strings;
    this.keyTokenCount = new Uint8Array(this.keys.length);
    this.keys.forEach((key, id) => {
      const tokens = new Set(key.split(' '));
      this.keyTokenCount[id] = tokens.size;
      for (const t of tokens) {
        const list = this.postings.get(t);
        if (list) list.push(id);
        else this.postings.set(t, [id]);
      }
    });
  }

  /** Built on the first typo or prefix search, so start-up stays short. */
  private trigramIndex(): Map<string, string[]> {
    if (this.trigrams.size === 0) {
      for (const token of this.postings.keys()) {
        for (const g of trigramsOf(token)) {
          const list = this.trigrams.get(g);
          if (list) list.push(token);
          else this.trigrams.set(g, [token]);
        }
      }
    }
    return this.trigrams;
  }

  /** The codes a normalised title names exactly, heaviest first. */
  exact(normalized: string): TitleHit | undefined {
    const raw = this.data.titles[normalized];
    return raw ? { key: normalized, codes: this.codesOf(raw), score: 1 } : undefined;
  }

  /** Titles covering the query best (typos allowed per token); ties keep every tied title. */
  search(normalized: string, limit = 5, prefix = false): TitleHit[] {
    let queryTokens = [...new Set(normalized.split(' ').filter(Boolean))];
    // A last word of one letter tells autocomplete nothing yet ("truck d"): wait for the next.
    if (prefix && queryTokens.length > 1 && queryTokens.at(-1)!.length < 2) queryTokens = queryTokens.slice(0, -1);
    if (queryTokens.length === 0) return [];
    const matched = new Map<number, number>();
    queryTokens.forEach((qt, i) => {
      const allowPrefix = prefix && i === queryTokens.length - 1;
      const seen = new Set<number>();
      for (const token of this.similarTokens(qt, allowPrefix)) {
        for (const id of this.postings.get(token) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          matched.set(id, (matched.get(id) ?? 0) + 1);
        }
      }
    });
    const hits: { id: number; score: number }[] = [];
    for (const [id, m] of matched) {
      const score = m / (queryTokens.length + this.keyTokenCount[id]! - m);
      // Every word typed must be in the title (typos allowed), so extra words never match loosely.
      if (prefix || (m === queryTokens.length && score >= MIN_COVERAGE)) hits.push({ id, score });
    }
    hits.sort(
      (a, b) =>
        b.score - a.score ||
        this.keys[a.id]!.length - this.keys[b.id]!.length ||
        (this.keys[a.id]! < this.keys[b.id]! ? -1 : 1),
    );
    return hits
      .slice(0, limit)
      .map(({ id, score }) => ({ key: this.keys[id]!, codes: this.codesOf(this.data.titles[this.keys[id]!]!), score }));
  }

  /** The token itself, tokens within a small edit distance, and (for autocomplete) completions. */
  private similarTokens(token: string, allowPrefix: boolean): string[] {
    const known = this.postings.has(token);
    const out = known ? [token] : [];
    // A word the titles use is taken as typed, not as a typo of another word.
    const maxEdits = known ? 0 : token.length >= 8 ? 2 : token.length >= 4 ? 1 : 0;
    if (maxEdits === 0 && !allowPrefix) return out;
    const counts = new Map<string, number>();
    const trigrams = this.trigramIndex();
    for (const g of trigramsOf(token)) for (const t of trigrams.get(g) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
    const ranked = [...counts].filter(([t]) => t !== token).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const fuzzy: string[] = [];
    for (const [t] of ranked) {
      if (allowPrefix && t.startsWith(token)) out.push(t);
      else if (
        fuzzy.length < MAX_CANDIDATE_TOKENS &&
        Math.abs(t.length - token.length) <= maxEdits &&
        editDistance(token, t, maxEdits) <= maxEdits
      )
        fuzzy.push(t);
      if (out.length > 50) break;
    }
    return [...out, ...fuzzy];
  }

  private codesOf(raw: number[]): { code: string; weight: number }[] {
    const out: { code: string; weight: number }[] = [];
    for (let i = 0; i < raw.length; i += 2) out.push({ code: this.data.codes[raw[i]!]!, weight: raw[i + 1]! });
    return out.sort((a, b) => b.weight - a.weight || (a.code < b.code ? -1 : 1));
  }
}

/** The codes a title leads to: the heaviest alone when it outweighs the rest, else all tied at the top. */
export function winningCodes(hit: TitleHit): string[] {
  const top = hit.codes[0]!.weight;
  return hit.codes.filter((c) => c.weight === top).map((c) => c.code);
}

function trigramsOf(token: string): string[] {
  const padded = ` ${token} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Damerau-free Levenshtein with an early exit once every cell of a row exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}
