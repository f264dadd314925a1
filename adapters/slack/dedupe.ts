// Slack retries events it thinks went unanswered (X-Slack-Retry-Num); each event_id is answered once.
// Behind a small async interface so a shared store (Redis SET NX EX) can replace the in-process default.

export interface EventDedupe {
  /** True the first time an id is seen (within the TTL), false for a repeat. */
  firstSeen(id: string): Promise<boolean>;
}

export interface MemoryDedupeOptions { ttlMs: number; maxEntries: number; now?: () => number }

/** Slack retries for about an hour at most; an hour's memory covers every retry. */
export const DEFAULT_DEDUPE: MemoryDedupeOptions = { ttlMs: 60 * 60 * 1000, maxEntries: 50_000 };

export class MemoryEventDedupe implements EventDedupe {
  private readonly seen = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: MemoryDedupeOptions = DEFAULT_DEDUPE) {
    this.now = options.now ?? Date.now;
  }

  async firstSeen(id: string): Promise<boolean> {
    const now = this.now();
    const expires = this.seen.get(id);
    if (expires !== undefined && expires > now) return false;
    this.seen.delete(id);
    this.seen.set(id, now + this.options.ttlMs);
    // Map keeps insertion order: drop the oldest first when full, and expired ones at the front.
    for (const [key, exp] of this.seen) {
      if (this.seen.size <= this.options.maxEntries && exp > now) break;
      this.seen.delete(key);
    }
    return true;
  }
}
