// The watch runtime over in-memory stores: what a watch command does, and the start-up notices
// (once per change, retried on a platform error, then logged; nothing when nothing changed).
import { describe, expect, it } from 'vitest';
import { findCommand, runCommand } from '../../commands/index.ts';
import { MAX_WATCHES } from '../../commands/watch.ts';
import { createLogger } from '../../adapters/runtime/log.ts';
import { MemoryOnceStore } from '../../adapters/runtime/once-store.ts';
import { MemoryWatchStore, type Audience } from '../../adapters/runtime/watch-store.ts';
import { notifyChanges, settleEffect, type NotifyOptions } from '../../adapters/runtime/watches.ts';
import { catalogSnapshots } from '../../src/catalog/snapshot.ts';
import type { Reply } from '../../src/output/reply.ts';
import { realCatalog } from '../helpers.ts';

const channel: Audience = { platform: 'slack', team: 'T1', kind: 'channel', id: 'C1' };
const catalog = realCatalog();
const run = (name: string, role?: string) => runCommand(findCommand(name)!, role ? { role } : {}, catalog);

async function watched(store = new MemoryWatchStore(), role = 'backend developer') {
  await settleEffect(run('watch', role), catalog, store, channel);
  return store;
}

/** The store's snapshot of the role, made to look as it did before a re-assessment. */
async function olderSeen(store: MemoryWatchStore) {
  const [watch] = await store.all();
  const old = structuredClone(watch!.seen);
  old.score -= 3;
  old.items['evidence.jobPostings'] = { value: -1, why: 'Postings fell last year.' };
  await store.markSeen(channel, watch!.roleId, old);
}

describe('GIVEN watch commands settled against a store', () => {
  it('THEN watch adds once, a second watch says so, watching lists it and unwatch removes it', async () => {
    const store = new MemoryWatchStore();
    const first = await settleEffect(run('watch', 'backend developer'), catalog, store, channel);
    expect(first.doc).toMatchObject({ kind: 'watch', outcome: 'added' });
    expect(first.reply.private).toBe(false);
    expect((await settleEffect(run('watch', 'backend engineer'), catalog, store, channel)).doc).toMatchObject({
      outcome: 'exists',
    });
    const list = await settleEffect(run('watching'), catalog, store, channel);
    expect(JSON.stringify(list.reply)).toContain('Backend/API Developer (Mid-Level)');
    expect((await settleEffect(run('unwatch', 'backend developer'), catalog, store, channel)).doc).toMatchObject({
      removed: true,
    });
    expect(await store.list(channel)).toEqual([]);
  });

  it(`THEN a channel past ${MAX_WATCHES} watches is told clearly and nothing is added`, async () => {
    const store = new MemoryWatchStore();
    const roles = catalog.roles.slice(0, MAX_WATCHES + 1);
    expect(roles.length).toBeGreaterThan(MAX_WATCHES);
    for (const r of roles.slice(0, MAX_WATCHES)) await settleEffect(run('watch', r.id), catalog, store, channel);
    const over = await settleEffect(run('watch', roles[MAX_WATCHES]!.id), catalog, store, channel);
    expect(over.doc).toMatchObject({ outcome: 'full' });
    expect(over.reply.blocks[0]).toMatchObject({ text: expect.stringContaining('/unwatch') });
    expect(await store.list(channel)).toHaveLength(MAX_WATCHES);
  });

  it('THEN an unknown role asks back instead of watching anything', async () => {
    const store = new MemoryWatchStore();
    const answer = await settleEffect(run('watch', 'penguin wrangler'), catalog, store, channel);
    expect('error' in answer.doc && answer.doc.error.code).toBe('no_match');
    expect(await store.all()).toEqual([]);
  });
});

describe('GIVEN the notices sent at start-up', () => {
  const log = createLogger('silent');
  /** The start-up notices for a store, sent on Slack with a fresh claim store, unless told otherwise. */
  const notify = (store: MemoryWatchStore, options: Partial<NotifyOptions>) =>
    notifyChanges({
      catalog,
      store,
      once: new MemoryOnceStore(),
      log,
      platform: 'slack',
      deliver: async () => {},
      ...options,
    });

  it('THEN an unchanged role sends nothing', async () => {
    const sent: Reply[] = [];
    const store = await watched();
    const count = await notify(store, { deliver: async (_a, r) => void sent.push(r) });
    expect(count).toBe(0);
    expect(sent).toEqual([]);
  });

  it('THEN a changed role sends one notice with old and new score and the new reason, once', async () => {
    const sent: Reply[] = [];
    const store = await watched();
    await olderSeen(store);
    // One claim store for both runs: the second start finds the notice already claimed.
    const options = { once: new MemoryOnceStore(), deliver: async (_a: Audience, r: Reply) => void sent.push(r) };
    expect(await notify(store, options)).toBe(1);
    expect(await notify(store, options)).toBe(0);
    expect(sent).toHaveLength(1);
    const now = catalogSnapshots(catalog).get('backend-developer-mid')!;
    expect(sent[0]!.title).toContain(`${(now.score - 3).toFixed(1)} Red → ${now.score.toFixed(1)}`);
    expect(JSON.stringify(sent[0])).toContain(now.items['evidence.jobPostings']!.why!);
  });

  it('THEN a platform error is retried, and after the last try it is logged, not thrown', async () => {
    const store = await watched();
    await olderSeen(store);
    let tries = 0;
    const lines: string[] = [];
    const count = await notify(store, {
      log: createLogger('info', (l) => lines.push(l)),
      retryDelayMs: 1,
      deliver: async () => {
        tries++;
        throw new Error('channel_not_found');
      },
    });
    expect(count).toBe(0);
    expect(tries).toBe(3);
    expect(lines.some((l) => l.includes('watch notice failed') && l.includes('channel_not_found'))).toBe(true);
  });

  it('THEN a notice fails twice and succeeds on the third try', async () => {
    const store = await watched();
    await olderSeen(store);
    let tries = 0;
    const count = await notify(store, {
      retryDelayMs: 1,
      deliver: async () => {
        if (++tries < 3) throw new Error('ratelimited');
      },
    });
    expect(count).toBe(1);
  });
});
