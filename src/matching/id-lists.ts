// Lists of ids by word, stored flat in two typed arrays. The title index keeps one list per title
// word (10,000) and per trigram of those words: as a Map of arrays each list costs an array object
// and its own backing store, several times the ids it holds, and the collector walks every one.
import { lowerBound } from '../lower-bound.ts';

export class IdLists {
  /** Every key, sorted: a key's place here is its slot, found by a binary search (no Map of every key). */
  readonly keys: string[];
  /** Slot i's ids are ids[starts[i]] up to ids[starts[i + 1]]. */
  private readonly starts: Uint32Array;
  private readonly ids: Int32Array;

  constructor(lists: Map<string, number[]>) {
    this.keys = [...lists.keys()].sort();
    this.starts = new Uint32Array(this.keys.length + 1);
    let total = 0;
    for (const list of lists.values()) total += list.length;
    this.ids = new Int32Array(total);
    let at = 0;
    this.keys.forEach((key, slot) => {
      const list = lists.get(key)!;
      this.starts[slot] = at;
      this.ids.set(list, at);
      at += list.length;
    });
    this.starts[this.keys.length] = at;
  }

  private slotOf(key: string): number {
    const lo = lowerBound(this.keys, key);
    return this.keys[lo] === key ? lo : -1;
  }

  has(key: string): boolean {
    return this.slotOf(key) >= 0;
  }

  /** The key's ids in the order they were listed (a view, not a copy), or undefined for an unknown key. */
  get(key: string): Int32Array | undefined {
    const slot = this.slotOf(key);
    return slot < 0 ? undefined : this.ids.subarray(this.starts[slot], this.starts[slot + 1]);
  }
}
