// Every number behind evidence, barriers, protective principles and AI growth, with its reason and
// where it comes from: what "Why this score" shows. One list, in the method's order.
import type { Role } from '../catalog/schema.ts';
import { BARRIER_KEYS, EVIDENCE_KEYS, ITEM_LABELS, PROTECTIVE_KEYS } from './method.ts';

export type ItemDimension = 'evidence' | 'barriers' | 'protective' | 'growth';

export interface ScoreItem {
  dimension: ItemDimension;
  key: string;
  name: string;
  value: number;
  why: string;
  /** A citation (or "judgement"); null where the number rests on no data; undefined where the role file names none. */
  source: string | null | undefined;
}

interface RawItem {
  score: number;
  why: string;
  source?: string | null;
}

/** Estimates mark a missing input by starting the reason with "no data". */
const NO_DATA = /^no data\b/i;

function item(dimension: ItemDimension, key: string, raw: RawItem): ScoreItem {
  const source = raw.source !== undefined ? raw.source : NO_DATA.test(raw.why) ? null : undefined;
  return { dimension, key, name: ITEM_LABELS[key]!, value: raw.score, why: raw.why, source };
}

export function scoreItems(role: Role): ScoreItem[] {
  const group = <K extends string>(dimension: ItemDimension, keys: readonly K[], items: Record<K, RawItem>) =>
    keys.map((k) => item(dimension, k, items[k]));
  return [
    ...group('evidence', EVIDENCE_KEYS, role.evidence),
    ...group('barriers', BARRIER_KEYS, role.barriers),
    ...group('protective', PROTECTIVE_KEYS, role.protective),
    item('growth', 'growth', role.growth),
  ];
}
