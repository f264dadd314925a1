// Token buckets per key (a user, a channel), so one person or a loop of bots cannot flood a
// channel or the process. In-process by default; a shared store can implement the same interface.

export interface RateLimit {
  capacity: number;
  refillPerMinute: number;
}

export interface RateLimiter {
  /** Takes one token for `key`; false means the caller should slow down. */
  take(key: string, limit: RateLimit): Promise<boolean>;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class MemoryRateLimiter implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly maxKeys = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  async take(key: string, limit: RateLimit): Promise<boolean> {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: limit.capacity, at: now };
    const refilled = Math.min(limit.capacity, bucket.tokens + ((now - bucket.at) / 60_000) * limit.refillPerMinute);
    const allowed = refilled >= 1;
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: allowed ? refilled - 1 : refilled, at: now });
    while (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return allowed;
  }
}
