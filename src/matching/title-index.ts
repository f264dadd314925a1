// Fast matching over every O*NET title (60,000+ strings): an exact map of normalised titles, and a
// token index with typo-tolerant tokens (trigram candidates, edit distance ≤ 1–2) that scores a
// small candidate set by how much of the title the query covers. fuse.js is not used here: over
// 60,000 strings it takes ~200 ms a query, and its substring scoring ignores coverage, so "banana"
// would match "Banana Expert" as well as "banana expert" does.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { editDistance, typoBudget } from './edit-distance.ts';
import { IdLists } from './id-lists.ts';
import { ownValue } from './normalize.ts';
import { lowerBound } from '../lower-bound.ts';

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
    .map((t) => ownValue(ABBREVIATIONS, t) ?? t)
    .join(' ');

export interface TitleHit {
  key: string;
  codes: { code: string; weight: number }[];
  score: number;
}

/** A fuzzy hit must contain every query word and cover this share of both word sets (Jaccard). */
export const MIN_COVERAGE = 0.6;
const MAX_CANDIDATE_TOKENS = 8;
/** Completions of a last word being typed that autocomplete looks at. */
const MAX_COMPLETIONS = 50;

export function readTitleIndex(path = DEFAULT_TITLES_FILE): TitleIndex {
  return new TitleIndex(() => JSON.parse(readFileSync(path, 'utf8')) as TitleIndexData);
}

/**
 * The index proper: built from the data on first use. The parsed file (an object of 49,000 small
 * arrays) is not kept: flat typed arrays hold its codes in a fraction of the memory.
 */
interface Built {
  strings: number;
  codes: string[];
  /** Every normalised title, sorted: a title's id is its place here, and an exact look-up a binary search. */
  keys: string[];
  /**
   * Title id's [code index, weight, code index, weight, …] are codeData[codeStarts[id]] up to
   * codeStarts[id + 1]; both are whole numbers (a weight counts the sources naming the title).
   */
  codeStarts: Uint32Array;
  codeData: Uint32Array;
  keyTokenCount: Uint8Array;
  /** Title ids by word; its keys are every word, sorted (prefix ranges for autocomplete, ids for typo counts). */
  postings: IdLists;
  /** Scratch counts, one per title, reused by every search (no allocation per query). */
  titleCounts: Int32Array;
  /** Marks a title as counted for the current query word (a generation number instead of a Set per word). */
  titleSeen: Int32Array;
}

function build(data: TitleIndexData): Built {
  const keys = Object.keys(data.titles).sort();
  const codeStarts = new Uint32Array(keys.length + 1);
  let total = 0;
  for (const key of keys) total += data.titles[key]!.length;
  const codeData = new Uint32Array(total);
  const keyTokenCount = new Uint8Array(keys.length);
  const lists = new Map<string, number[]>();
  let at = 0;
  keys.forEach((key, id) => {
    const raw = data.titles[key]!;
    codeStarts[id] = at;
    codeData.set(raw, at);
    at += raw.length;
    // A word twice in a title counts once (an indexOf among a few words, not a Set per title).
    const tokens = key.split(' ');
    let distinct = 0;
    tokens.forEach((t, i) => {
      if (tokens.indexOf(t) < i) return;
      distinct++;
      const list = lists.get(t);
      if (list) list.push(id);
      else lists.set(t, [id]);
    });
    keyTokenCount[id] = distinct;
  });
  codeStarts[keys.length] = at;
  return {
    strings: data.strings,
    codes: data.codes,
    keys,
    codeStarts,
    codeData,
    keyTokenCount,
    postings: new IdLists(lists),
    titleCounts: new Int32Array(keys.length),
    titleSeen: new Int32Array(keys.length),
  };
}

export class TitleIndex {
  private built?: Built;
  /** Trigram → ids (into the sorted words, postings.keys) of the words holding it; built on the first typo search. */
  private trigrams?: IdLists;
  private tokenCounts?: Int32Array;
  private generation = 0;

  /** The data, or how to read it: read on the first look-up, so start-up does not wait for 60,000 titles. */
  constructor(private readonly source: TitleIndexData | (() => TitleIndexData)) {}

  private get b(): Built {
    return (this.built ??= build(typeof this.source === 'function' ? this.source() : this.source));
  }

  /** Builds every part now (the bot's warm-up), so no look-up waits for one. */
  prepare(): void {
    this.tokenIndex();
  }

  /** How many O*NET title strings the index was built from. */
  get size(): number {
    return this.b.strings;
  }

  /** Built on the first typo or prefix search, so start-up stays short. */
  private tokenIndex(): { sorted: string[]; trigrams: IdLists; counts: Int32Array } {
    const sorted = this.b.postings.keys;
    if (!this.trigrams) {
      const lists = new Map<string, number[]>();
      sorted.forEach((token, id) => {
        for (const g of new Set(trigramsOf(token))) {
          const list = lists.get(g);
          if (list) list.push(id);
          else lists.set(g, [id]);
        }
      });
      this.trigrams = new IdLists(lists);
      this.tokenCounts = new Int32Array(sorted.length);
    }
    return { sorted, trigrams: this.trigrams, counts: this.tokenCounts! };
  }

  /** The codes a normalised title names exactly, heaviest first. */
  exact(normalized: string): TitleHit | undefined {
    const { keys } = this.b;
    const lo = lowerBound(keys, normalized);
    return keys[lo] === normalized ? { key: normalized, codes: this.codesOf(lo), score: 1 } : undefined;
  }

  /** Titles covering the query best (typos allowed per token); ties keep every tied title. */
  search(normalized: string, limit = 5, prefix = false): TitleHit[] {
    let queryTokens = [...new Set(normalized.split(' ').filter(Boolean))];
    // A last word of one letter tells autocomplete nothing yet ("truck d"): wait for the next.
    if (prefix && queryTokens.at(-1)!.length < 2) queryTokens = queryTokens.slice(0, -1);
    if (queryTokens.length === 0) return [];
    const matched = this.b.titleCounts;
    const touched: number[] = [];
    queryTokens.forEach((qt, i) => {
      const allowPrefix = prefix && i === queryTokens.length - 1;
      const seen = this.b.titleSeen;
      const generation = (this.generation = (this.generation + 1) | 0 || 1);
      for (const token of this.similarTokens(qt, allowPrefix)) {
        for (const id of this.b.postings.get(token) ?? []) {
          if (seen[id] === generation) continue;
          seen[id] = generation;
          if (matched[id] === 0) touched.push(id);
          matched[id]!++;
        }
      }
    });
    // The best `limit` by score, then shorter, then alphabetical: a bounded insertion, never a sort of every hit.
    const better = (a: { id: number; score: number }, b: { id: number; score: number }) =>
      a.score - b.score ||
      this.b.keys[b.id]!.length - this.b.keys[a.id]!.length ||
      (this.b.keys[a.id]! < this.b.keys[b.id]! ? 1 : -1);
    const top: { id: number; score: number }[] = [];
    for (const id of touched) {
      const m = matched[id]!;
      matched[id] = 0;
      const score = m / (queryTokens.length + this.b.keyTokenCount[id]! - m);
      // Every word typed must be in the title (typos allowed), so extra words never match loosely.
      if (!(prefix || (m === queryTokens.length && score >= MIN_COVERAGE))) continue;
      const hit = { id, score };
      if (top.length === limit && better(hit, top[limit - 1]!) <= 0) continue;
      let at = Math.min(top.length, limit - 1);
      while (at > 0 && better(hit, top[at - 1]!) > 0) at--;
      top.splice(at, 0, hit);
      if (top.length > limit) top.pop();
    }
    return top.map(({ id, score }) => ({
      key: this.b.keys[id]!,
      codes: this.codesOf(id),
      score,
    }));
  }

  /** The token itself, tokens within a small edit distance, and (for autocomplete) completions. */
  private similarTokens(token: string, allowPrefix: boolean): string[] {
    const known = this.b.postings.has(token);
    const out = known ? [token] : [];
    // A word the titles use is taken as typed, not as a typo of another word.
    const maxEdits = known ? 0 : typoBudget(token.length);
    if (maxEdits === 0 && !allowPrefix) return out;
    const { sorted, trigrams, counts } = this.tokenIndex();
    if (allowPrefix) {
      // Completions in alphabetical order from a binary search, at most MAX_COMPLETIONS.
      for (
        let i = lowerBound(sorted, token);
        i < sorted.length && sorted[i]!.startsWith(token) && out.length <= MAX_COMPLETIONS;
        i++
      )
        if (sorted[i] !== token) out.push(sorted[i]!);
    }
    if (maxEdits === 0) return out;
    // Typos: tokens of a near length sharing trigrams with the word, those sharing most tried first.
    const touched: number[] = [];
    for (const g of new Set(trigramsOf(token))) {
      for (const id of trigrams.get(g) ?? []) {
        if (Math.abs(sorted[id]!.length - token.length) > maxEdits) continue;
        if (counts[id] === 0) touched.push(id);
        counts[id]!++;
      }
    }
    const close: { id: number; shared: number }[] = [];
    for (const id of touched) {
      const shared = counts[id]!;
      counts[id] = 0;
      const t = sorted[id]!;
      if (t !== token && !(allowPrefix && t.startsWith(token)) && editDistance(token, t, maxEdits) <= maxEdits)
        close.push({ id, shared });
    }
    close.sort((a, b) => b.shared - a.shared || a.id - b.id);
    return [...out, ...close.slice(0, MAX_CANDIDATE_TOKENS).map((c) => sorted[c.id]!)];
  }

  private codesOf(id: number): { code: string; weight: number }[] {
    const { codes, codeData, codeStarts } = this.b;
    const out: { code: string; weight: number }[] = [];
    for (let i = codeStarts[id]!; i < codeStarts[id + 1]!; i += 2)
      out.push({ code: codes[codeData[i]!]!, weight: codeData[i + 1]! });
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
