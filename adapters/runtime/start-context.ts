// What each platform adapter is given to start itself, and what it hands back.
import type { Catalog } from '../../src/catalog/catalog.ts';
import type { ConversationStore } from '../../src/intent/conversation-store.ts';
import type { Env } from './config.ts';
import type { RecordStore } from './file-store.ts';
import type { Routes } from './http-server.ts';
import type { InFlight } from './inflight.ts';
import type { Logger } from './log.ts';
import type { Metrics } from './metrics.ts';
import type { OnceStore } from './once-store.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { WatchStore } from './watch-store.ts';

/** What must agree across copies: in-process by default, on Redis when REDIS_URL is set. */
export interface Stores {
  conversations: ConversationStore;
  once: OnceStore;
  rateLimiter: RateLimiter;
  /** Slack installations (OAuth mode): private files in INSTALLATIONS_DIR, or Redis. */
  installations: RecordStore;
  watches: WatchStore;
}

/** What each platform adapter gets to start itself; it adds HTTP routes and returns its stop. */
export interface StartContext {
  catalog: Catalog;
  config: Env;
  routes: Routes;
  log: Logger;
  stores: Stores;
  metrics: Metrics;
  inflight: InFlight;
}
export type Stop = () => Promise<void>;
