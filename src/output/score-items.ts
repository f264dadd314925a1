// Every evidence, barrier, protective and growth item of a role with its value, reason and source:
// what "why this score" shows and what risk JSON lists. An estimate's item without data has source
// null; a hand-assessed item citing nothing is the assessor's judgement.
import type { EstimatedRole } from '../estimate/to-role.ts';
import { BARRIER_KEYS, EVIDENCE_KEYS, ITEM_LABELS, PROTECTIVE_KEYS } from '../engine/method.ts';
import { JUDGEMENT, type Role } from '../catalog/schema.ts';

export type ItemDimension = 'evidence' | 'barriers' | 'protective' | 'growth';
export interface ScoreItem {
  dimension: ItemDimension;
  key: string;
  name: string;
  value: number;
  why: string;
  source: string | null;
}

export function scoreItems(role: Role): ScoreItem[] {
  const sourceOf = (item: { source?: string }) =>
    role.basis === 'estimated' ? (item.source ?? null) : (item.source ?? JUDGEMENT);
  const group = (
    dimension: ItemDimension,
    keys: readonly string[],
    items: Record<string, { score: number; why: string; source?: string }>,
  ) =>
    keys.map((key): ScoreItem => ({
      dimension,
      key,
      name: ITEM_LABELS[key] ?? key,
      value: items[key]!.score,
      why: items[key]!.why,
      source: sourceOf(items[key]!),
    }));
  return [
    ...group('evidence', EVIDENCE_KEYS, role.evidence),
    ...group('barriers', BARRIER_KEYS, role.barriers),
    ...group('protective', PROTECTIVE_KEYS, role.protective),
    {
      dimension: 'growth',
      key: 'growth',
      name: 'AI growth',
      value: role.growth.score,
      why: role.growth.why,
      source: sourceOf(role.growth),
    },
  ];
}

/** Task percentages: time for hand-assessed roles; for estimates a weight from O*NET task type, not time. */
export const taskShareMeaning = (role: Role): 'time' | 'weight' => (role.basis === 'estimated' ? 'weight' : 'time');

/** Per-dimension confidence of an estimate (hand-assessed roles state one overall level). */
export const dimensionConfidence = (role: Role) => (role as Partial<EstimatedRole>).estimate?.dimensions ?? null;
