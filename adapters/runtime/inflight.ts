// Work still running after a request was acknowledged (Slack response_url posts, Discord
// follow-ups). Shutdown waits for it, within a bound, so accepted requests are answered.
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    const settled = work.finally(() => this.pending.delete(settled));
    this.pending.add(settled);
    return work;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Resolves true when everything finished, false when the bound ran out first. */
  async drain(timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const done = (async () => {
      while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
      return true as const;
    })();
    const result = await Promise.race([done, timeout]);
    clearTimeout(timer);
    return result;
  }
}
