// What the bot remembers about a conversation (a Slack thread, a Discord channel and user), behind
// a small async interface so a shared store (Redis) can replace the in-process default.

export interface ConversationState {
  /** Role ids last talked about, most recent first. */
  roles: string[];
  /** The kind of the last answer (risk, compare, transition, ...). */
  lastKind?: string;
  /** The last team card's members: it stays the topic while people are added or removed. */
  team?: { id: string; count: number }[];
  /** The last ask-back, answered next by name, number or description. */
  pending?: PendingChoice;
}

export interface PendingChoice {
  /** Candidate role ids, in the order offered. */
  candidates: string[];
  /** The vague words asked about ("mechanics"). */
  text: string;
  then: 'risk' | 'transition' | 'team';
  /** For a team: the members already known, and the vague member's head count and place. */
  team?: { id: string; count: number }[];
  count?: number;
  at?: number;
}

export interface ConversationStore {
  get(key: string): Promise<ConversationState | undefined>;
  set(key: string, state: ConversationState): Promise<void>;
}

export interface MemoryStoreOptions {
  maxEntries: number;
  ttlMs: number;
  now?: () => number;
}

/** In-process store, bounded in size (oldest dropped first) and in time (entries expire). */
export class MemoryConversationStore implements ConversationStore {
  private readonly entries = new Map<string, { state: ConversationState; expires: number }>();
  private readonly now: () => number;

  constructor(private readonly options: MemoryStoreOptions = { maxEntries: 10_000, ttlMs: 60 * 60 * 1000 }) {
    this.now = options.now ?? Date.now;
  }

  async get(key: string): Promise<ConversationState | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.state;
  }

  async set(key: string, state: ConversationState): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, { state, expires: this.now() + this.options.ttlMs });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
