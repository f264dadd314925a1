// Carries out what a watch command asked for (the effect on its answer) against the store, and,
// at start-up, tells every audience whose watched role changed since they last heard: once, also
// when several copies start together (a claim in the shared store), retried a little, then logged.
import type { Answer } from '../../commands/define.ts';
import { changeNotice, MAX_WATCHES, unwatchedAnswer, watchedAnswer, watchingAnswer } from '../../commands/watch.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { roleChange } from '../../src/catalog/changes.ts';
import { catalogSnapshots, contentHash } from '../../src/catalog/snapshot.ts';
import type { Reply } from '../../src/output/reply.ts';
import { errorContext, type Logger } from './log.ts';
import type { OnceStore } from './once-store.ts';
import { audienceKey, type Audience, type WatchStore } from './watch-store.ts';

/** The answer to show: the command's own, or the outcome of the watch it asked for. */
export async function settleEffect(
  answer: Answer,
  catalog: Catalog,
  store: WatchStore,
  audience: Audience | undefined,
): Promise<Answer> {
  const effect = answer.effect;
  if (!effect) return answer;
  if (!audience) throw new Error('a watch needs a channel or a person to tell');
  if (effect.kind === 'watching')
    return watchingAnswer(
      catalog,
      (await store.list(audience)).map((w) => w.roleId),
    );
  if (effect.kind === 'unwatch')
    return unwatchedAnswer(catalog, effect.roleId, await store.remove(audience, effect.roleId));
  const seen = catalogSnapshots(catalog).get(effect.roleId)!;
  return watchedAnswer(catalog, effect.roleId, await store.add({ audience, roleId: effect.roleId, seen }, MAX_WATCHES));
}

/** Sends a notice to an audience on one platform; throws on a platform error. */
export type Deliver = (audience: Audience, notice: Reply) => Promise<void>;

export interface NotifyOptions {
  catalog: Catalog;
  store: WatchStore;
  once: OnceStore;
  log: Logger;
  platform: Audience['platform'];
  deliver: Deliver;
  /** Tries per notice before it is logged as failed. */
  attempts?: number;
  retryDelayMs?: number;
}

/** How long a claim on one notice lasts: longer than any restart takes. */
const CLAIM_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Sends one notice per watch whose role changed; returns how many were sent. */
export async function notifyChanges(options: NotifyOptions): Promise<number> {
  const { catalog, store, once, log, platform, deliver, attempts = 3, retryDelayMs = 500 } = options;
  const current = catalogSnapshots(catalog);
  let sent = 0;
  for (const watch of await store.all()) {
    if (watch.audience.platform !== platform) continue;
    const now = current.get(watch.roleId);
    const change = roleChange(watch.seen, now);
    if (!change) continue;
    const claim = `watch:${audienceKey(watch.audience)}:${watch.roleId}:${contentHash(now ?? null)}`;
    if (!(await once.claim(claim, CLAIM_TTL_MS))) continue; // another copy is telling them
    const notice = changeNotice(catalog, change);
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        await deliver(watch.audience, notice);
        if (now) await store.markSeen(watch.audience, watch.roleId, now);
        else await store.remove(watch.audience, watch.roleId);
        sent++;
        log.info('watch notice sent', { audience: audienceKey(watch.audience), role: watch.roleId });
        break;
      } catch (e) {
        if (attempt === attempts) {
          log.error('watch notice failed', {
            audience: audienceKey(watch.audience),
            role: watch.roleId,
            attempts,
            ...errorContext(e),
          });
        } else await new Promise((r) => setTimeout(r, retryDelayMs * attempt));
      }
    }
  }
  return sent;
}
