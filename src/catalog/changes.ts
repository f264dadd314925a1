// What moved between two snapshots of a role, or of the whole catalog: added and removed roles,
// score and zone changes, and the items and tasks that moved, with their new reasons.
import type { Zone } from '../engine/scoring.ts';
import type { RoleSnapshot } from './snapshot.ts';

export interface Moved {
  /** An item key ("evidence.jobPostings") or a task name. */
  name: string;
  before: number | null;
  after: number | null;
  /** The new reason (or the old one, for something removed; none for an estimate's task). */
  why: string;
}

export interface RoleChange {
  id: string;
  title: string;
  change: 'added' | 'removed' | 'changed';
  before: { score: number; zone: Zone } | null;
  after: { score: number; zone: Zone } | null;
  items: Moved[];
  tasks: Moved[];
}

/** Reasons count only when both sides have them (stored estimates keep numbers only). */
const sameWhy = (a: { why?: string }, b: { why?: string }) =>
  a.why === undefined || b.why === undefined || a.why === b.why;

function moved<T extends { why?: string }>(
  before: Record<string, T>,
  after: Record<string, T>,
  value: (t: T) => number,
  same: (a: T, b: T) => boolean,
): Moved[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return names.flatMap((name) => {
    const a = before[name];
    const b = after[name];
    if (a && b && same(a, b)) return [];
    return [{ name, before: a ? value(a) : null, after: b ? value(b) : null, why: (b ?? a)!.why ?? '' }];
  });
}

/** How one role changed; null when nothing did. */
export function roleChange(before: RoleSnapshot | undefined, after: RoleSnapshot | undefined): RoleChange | null {
  const role = (after ?? before)!;
  const head = (s: RoleSnapshot | undefined) => (s ? { score: s.score, zone: s.zone } : null);
  const items = moved(
    before?.items ?? {},
    after?.items ?? {},
    (i) => i.value,
    (a, b) => a.value === b.value && sameWhy(a, b),
  );
  // A stored estimate keeps no tasks: its tasks are compared only when both sides have them.
  const bothTasks = Object.keys(before?.tasks ?? {}).length > 0 && Object.keys(after?.tasks ?? {}).length > 0;
  const tasks = moved(
    bothTasks ? before!.tasks : {},
    bothTasks ? after!.tasks : {},
    (t) => t.score,
    (a, b) => a.score === b.score && a.share === b.share && sameWhy(a, b),
  );
  const scoreMoved = before?.score !== after?.score || before?.zone !== after?.zone;
  if (before && after && !scoreMoved && items.length === 0 && tasks.length === 0) return null;
  // A role that arrives or leaves is named with its score; its items are on its card.
  if (!before || !after)
    return {
      id: role.id,
      title: role.title,
      change: !before ? 'added' : 'removed',
      before: head(before),
      after: head(after),
      items: [],
      tasks: [],
    };
  return {
    id: role.id,
    title: role.title,
    change: !before ? 'added' : !after ? 'removed' : 'changed',
    before: head(before),
    after: head(after),
    items,
    tasks,
  };
}

/** Every role that changed between two catalog snapshots, largest score move first. */
export function catalogChanges(
  before: ReadonlyMap<string, RoleSnapshot>,
  after: ReadonlyMap<string, RoleSnapshot>,
): RoleChange[] {
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes = ids.flatMap((id) => roleChange(before.get(id), after.get(id)) ?? []);
  const size = (c: RoleChange) => Math.abs((c.after?.score ?? 0) - (c.before?.score ?? 0));
  return changes.sort((a, b) => size(b) - size(a) || a.id.localeCompare(b.id));
}
