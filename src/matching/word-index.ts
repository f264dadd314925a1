// The words of every name the matcher scores, with the entries that use each word. It answers
// "which names share a word with this query, allowing a typo or an unfinished last word?" in
// microseconds, so fuse.js only ever scores the handful of names that could count, never all of them.
import { editDistance, typoBudget } from './edit-distance.ts';
import { lowerBound } from '../lower-bound.ts';

/** Letters present in a word, one bit per letter (a–z; anything else shares bit 26). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    mask |= 1 << (c >= 0 && c < 26 ? c : 26);
  }
  return mask;
}

function popcount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v; v &= v - 1) count++;
  return count;
}

export class WordIndex {
  /** Word → ids of the names using it, ascending. */
  private readonly postings = new Map<string, number[]>();
  /** Every word, sorted, for prefix ranges (autocomplete). */
  private readonly sorted: string[];
  /** Words by length with their letter masks, for typo look-ups. */
  private readonly byLength: { word: string; mask: number }[][] = [];

  constructor(names: readonly string[]) {
    names.forEach((name, id) => {
      for (const word of new Set(name.split(' ').filter(Boolean))) {
        const list = this.postings.get(word);
        if (list) list.push(id);
        else this.postings.set(word, [id]);
      }
    });
    this.sorted = [...this.postings.keys()].sort();
    for (const word of this.sorted) (this.byLength[word.length] ??= []).push({ word, mask: letterMask(word) });
  }

  /**
   * Words of the names that a query word agrees with: the same word, a word it begins (three letters
   * or more, or any length when `prefix` says it is still being typed), a typo of it, or the word
   * with a version glued on ("unity3d" is "unity").
   */
  closeWords(q: string, prefix = false): string[] {
    const out = new Set<string>();
    if (this.postings.has(q)) out.add(q);
    if (prefix || q.length >= 3) for (const w of this.startingWith(q)) out.add(w);
    const letters = q.replace(/\d+\w*$/, '');
    if (letters.length >= 4 && letters !== q && this.postings.has(letters)) out.add(letters);
    const edits = typoBudget(q.length);
    if (edits > 0) {
      const mask = letterMask(q);
      for (let len = Math.max(1, q.length - edits); len <= q.length + edits; len++) {
        for (const w of this.byLength[len] ?? []) {
          // Each edit adds or removes at most two letters of the set: a cheap test before the real one.
          if (popcount(mask ^ w.mask) <= 2 * edits && editDistance(q, w.word, edits) <= edits) out.add(w.word);
        }
      }
    }
    return [...out];
  }

  /**
   * For every name sharing a word with the query: the share of the query's words it agrees with.
   * A short bare number ("sdet 2") is a grade or a count, not part of the title, and is left out.
   */
  agreement(query: string, prefixLast = false): Map<number, number> {
    const words = query.split(' ').filter((w) => w && !/^\d{1,2}$/.test(w));
    const counts = new Map<number, number>();
    words.forEach((q, i) => {
      const ids = new Set<number>();
      for (const w of this.closeWords(q, prefixLast && i === words.length - 1))
        for (const id of this.postings.get(w)!) ids.add(id);
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    });
    for (const [id, n] of counts) counts.set(id, n / words.length);
    return counts;
  }

  private startingWith(prefix: string): string[] {
    const out: string[] = [];
    for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length && this.sorted[i]!.startsWith(prefix); i++)
      out.push(this.sorted[i]!);
    return out;
  }
}
