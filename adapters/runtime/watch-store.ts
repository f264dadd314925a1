// Who watches which role, and the assessment they last heard about. In memory for tests, in a
// file under DATA_DIR by default, in Redis when REDIS_URL is set so every copy sees every watch.
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import type { RoleSnapshot } from '../../src/catalog/snapshot.ts';
import { readPrivateFile, writePrivateFile } from './private-file.ts';

/** Who hears about a change: a channel, or a person (a watch made in a DM). */
export interface Audience {
  platform: 'slack' | 'discord';
  /** The Slack workspace or Discord server ('' for a Discord DM). */
  team: string;
  kind: 'channel' | 'user';
  id: string;
}

export interface Watch {
  audience: Audience;
  roleId: string;
  /** The assessment as this audience last heard of it. */
  seen: RoleSnapshot;
}

export type AddOutcome = 'added' | 'exists' | 'full';

export interface WatchStore {
  add(watch: Watch, limit: number): Promise<AddOutcome>;
  remove(audience: Audience, roleId: string): Promise<boolean>;
  list(audience: Audience): Promise<Watch[]>;
  all(): Promise<Watch[]>;
  /** Records that the audience has now heard of this assessment. */
  markSeen(audience: Audience, roleId: string, seen: RoleSnapshot): Promise<void>;
}

export const audienceKey = (a: Audience) => `${a.platform}:${a.team}:${a.kind}:${a.id}`;

/** Watches by audience key, then role id: the shape the memory and file stores share. */
type Table = Record<string, Record<string, Watch>>;

export class MemoryWatchStore implements WatchStore {
  constructor(protected table: Table = {}) {}

  protected saved(): void {}

  async add(watch: Watch, limit: number): Promise<AddOutcome> {
    const key = audienceKey(watch.audience);
    const watches = (this.table[key] ??= {});
    if (watches[watch.roleId]) return 'exists';
    if (Object.keys(watches).length >= limit) return 'full';
    watches[watch.roleId] = watch;
    this.saved();
    return 'added';
  }

  async remove(audience: Audience, roleId: string): Promise<boolean> {
    const watches = this.table[audienceKey(audience)];
    if (!watches?.[roleId]) return false;
    delete watches[roleId];
    this.saved();
    return true;
  }

  async list(audience: Audience): Promise<Watch[]> {
    return Object.values(this.table[audienceKey(audience)] ?? {});
  }

  async all(): Promise<Watch[]> {
    return Object.values(this.table).flatMap((w) => Object.values(w));
  }

  async markSeen(audience: Audience, roleId: string, seen: RoleSnapshot): Promise<void> {
    const watch = this.table[audienceKey(audience)]?.[roleId];
    if (!watch) return;
    watch.seen = seen;
    this.saved();
  }
}

/** One JSON file, rewritten whole on each change: watches are few and change rarely. */
export class FileWatchStore extends MemoryWatchStore {
  constructor(private readonly path: string) {
    super(JSON.parse(readPrivateFile(path) ?? '{}') as Table);
  }
  static inDataDir = (dataDir: string) => new FileWatchStore(join(dataDir, 'watches.json'));

  protected override saved(): void {
    writePrivateFile(this.path, JSON.stringify(this.table));
  }
}

const PREFIX = 'career-bot:watch:';
const AUDIENCES = `${PREFIX}audiences`;

// Add a watch unless it exists or the audience is at its limit, in one atomic step across copies.
const ADD = `
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 'exists' end
if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[3]) then return 'full' end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('SADD', KEYS[2], ARGV[4])
return 'added'`;

/** How long a watch command or the start-up notices wait for Redis to connect. */
const READY_TIMEOUT_MS = 5000;

export class RedisWatchStore implements WatchStore {
  constructor(private readonly redis: Redis) {}

  /** The connection queues nothing while it is down, so wait for it (bounded) before asking. */
  private async ready(): Promise<Redis> {
    if (this.redis.status !== 'ready')
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('redis is not reachable')), READY_TIMEOUT_MS);
        this.redis.once('ready', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    return this.redis;
  }

  private hash = (a: Audience) => `${PREFIX}${audienceKey(a)}`;

  async add(watch: Watch, limit: number): Promise<AddOutcome> {
    const key = audienceKey(watch.audience);
    return (await (
      await this.ready()
    ).eval(
      ADD,
      2,
      this.hash(watch.audience),
      AUDIENCES,
      watch.roleId,
      JSON.stringify(watch),
      limit,
      key,
    )) as AddOutcome;
  }

  async remove(audience: Audience, roleId: string): Promise<boolean> {
    return (await (await this.ready()).hdel(this.hash(audience), roleId)) > 0;
  }

  async list(audience: Audience): Promise<Watch[]> {
    return Object.values(await (await this.ready()).hgetall(this.hash(audience))).map((v) => JSON.parse(v) as Watch);
  }

  async all(): Promise<Watch[]> {
    const keys = await (await this.ready()).smembers(AUDIENCES);
    const lists = await Promise.all(keys.map((k) => this.redis.hgetall(`${PREFIX}${k}`)));
    return lists.flatMap((l) => Object.values(l).map((v) => JSON.parse(v) as Watch));
  }

  async markSeen(audience: Audience, roleId: string, seen: RoleSnapshot): Promise<void> {
    const raw = await (await this.ready()).hget(this.hash(audience), roleId);
    if (!raw) return;
    await this.redis.hset(this.hash(audience), roleId, JSON.stringify({ ...(JSON.parse(raw) as Watch), seen }));
  }
}
