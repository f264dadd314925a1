// "Have we handled this already?" for retried platform events (Slack's X-Slack-Retry-Num):
// the first claim of a key wins for `ttlMs`; later claims are refused.

export interface OnceStore {
  claim(key: string, ttlMs: number): Promise<boolean>;
}

export class MemoryOnceStore implements OnceStore {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const now = this.now();
    const until = this.seen.get(key);
    if (until !== undefined && until > now) return false;
    this.seen.delete(key);
    this.seen.set(key, now + ttlMs);
    while (this.seen.size > this.maxKeys) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }
}
