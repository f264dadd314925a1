// normalizeTitle for one word at a time, memoised: it costs ~10 µs and chat repeats the same words all day.
import { normalizeTitle } from '../matching/normalize.ts';

const memo = new Map<string, string>();
const MEMO_LIMIT = 20_000;

export function normWord(word: string): string {
  let n = memo.get(word);
  if (n === undefined) {
    n = normalizeTitle(word);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(word, n);
  }
  return n;
}
