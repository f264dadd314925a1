// What a role's assessment is at one catalog version, in a form that can be stored and compared:
// the score, zone and dimensions, every item and task with its reason. Two snapshots tell what
// moved and why; a hash of all of them is the catalog's version.
import { createHash } from 'node:crypto';
import type { Catalog } from './catalog.ts';
import type { Role } from './schema.ts';
import { BARRIER_KEYS, EVIDENCE_KEYS, PROTECTIVE_KEYS } from '../engine/method.ts';
import type { Dimensions, RoleScore, Zone } from '../engine/scoring.ts';

/** `why` is left out of stored snapshots of estimates: they are rebuilt from data, not written. */
export interface Scored {
  value: number;
  why?: string;
}
export interface TaskSnapshot {
  share: number;
  score: number;
  why?: string;
}
export interface RoleSnapshot {
  id: string;
  title: string;
  score: number;
  zone: Zone;
  label: string;
  dimensions: Dimensions;
  /** "evidence.jobPostings", "barriers.regulatory", …, "growth". */
  items: Record<string, Scored>;
  /** By task name. */
  tasks: Record<string, TaskSnapshot>;
}

const ITEM_GROUPS = [
  ['evidence', EVIDENCE_KEYS],
  ['barriers', BARRIER_KEYS],
  ['protective', PROTECTIVE_KEYS],
] as const;

export function snapshotOf(role: Role, s: RoleScore): RoleSnapshot {
  const items: Record<string, Scored> = {};
  for (const [group, keys] of ITEM_GROUPS) {
    const values = role[group] as Record<string, { score: number; why: string }>;
    for (const key of keys) items[`${group}.${key}`] = { value: values[key]!.score, why: values[key]!.why };
  }
  items.growth = { value: role.growth.score, why: role.growth.why };
  return {
    id: role.id,
    title: role.title,
    score: s.score,
    zone: s.zone,
    label: s.label,
    dimensions: s.dimensions,
    items,
    tasks: Object.fromEntries(role.tasks.map((t) => [t.name, { share: t.share, score: t.score, why: t.why }])),
  };
}

/** A short content hash: equal for equal assessments, whatever order the files were read in. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 12);
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const snapshots = new WeakMap<Catalog, Map<string, RoleSnapshot>>();

/** Every role's snapshot, computed once per catalog. */
export function catalogSnapshots(catalog: Catalog): Map<string, RoleSnapshot> {
  let all = snapshots.get(catalog);
  if (!all) {
    all = new Map(catalog.roles.map((r) => [r.id, snapshotOf(r, catalog.score(r))]));
    snapshots.set(catalog, all);
  }
  return all;
}

/**
 * The snapshots kept on disk (the committed history, DATA_DIR): whole for hand-assessed roles;
 * for estimates the numbers only, since their reasons and tasks follow from the data release.
 */
export function storedSnapshots(catalog: Catalog): Record<string, RoleSnapshot> {
  const stored: Record<string, RoleSnapshot> = {};
  for (const [id, snap] of catalogSnapshots(catalog)) {
    stored[id] =
      catalog.byId.get(id)!.basis === 'assessed'
        ? snap
        : {
            ...snap,
            items: Object.fromEntries(Object.entries(snap.items).map(([k, v]) => [k, { value: v.value }])),
            tasks: {},
          };
  }
  return stored;
}

const versions = new WeakMap<Catalog, string>();

/** The version a load of exactly these inputs by exactly this code computed before (load-catalog.ts). */
export function rememberCatalogVersion(catalog: Catalog, version: string): void {
  versions.set(catalog, version);
}

/** The catalog's version: a hash over every role's assessment. */
export function catalogVersion(catalog: Catalog): string {
  let version = versions.get(catalog);
  if (!version) {
    version = contentHash(storedSnapshots(catalog));
    versions.set(catalog, version);
  }
  return version;
}
