// Finds which of a role's own tasks a person means ("api design" → "API design & architecture"):
// a task number, an exact name, then fuse.js over the task names. Unknown names list the tasks.
import Fuse from 'fuse.js';
import { UserError } from '../errors.ts';
import type { Role } from '../catalog/schema.ts';

/** fuse.js scores run 0 (exact) … 1; above this a name does not count as the task. */
const TASK_MATCH_THRESHOLD = 0.45;
export const MAX_TASK_NAME_LENGTH = 80;

/** Words people add that no task name needs: "writing tests" is the task of tests. */
const FILLER = new Set(['and', 'the', 'a', 'an', 'of', 'on', 'for', 'my', 'doing', 'some', 'with', 'to', 'in']);

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** "1. API design & architecture (15%)" lines: what every task error shows. */
export function taskListText(role: Role): string {
  return role.tasks.map((t, i) => `${i + 1}. ${t.name} (${t.share}%)`).join('\n');
}

export function unknownTaskError(role: Role, message: string): UserError {
  return new UserError(
    'bad_input',
    `${message}\nThe tasks of ${role.title} are:\n${taskListText(role)}\nName them (or their numbers) like "api design=50, writing tests=20".`,
  );
}

/** The index in role.tasks of the task a person named; throws UserError 'bad_input' listing the tasks. */
export function matchTask(role: Role, name: string): number {
  const query = name.trim().slice(0, MAX_TASK_NAME_LENGTH);
  const number = /^#?(\d{1,2})$/.exec(query);
  if (number) {
    const index = Number(number[1]) - 1;
    if (index >= 0 && index < role.tasks.length) return index;
    throw unknownTaskError(role, `There is no task number ${number[1]}.`);
  }
  const wanted = normalise(query);
  if (!wanted) throw unknownTaskError(role, 'A task needs a name.');
  const exact = role.tasks.findIndex((t) => normalise(t.name) === wanted);
  if (exact >= 0) return exact;
  const fuse = new Fuse(
    role.tasks.map((t, index) => ({ index, name: normalise(t.name) })),
    {
      keys: ['name'],
      includeScore: true,
      ignoreLocation: true,
      threshold: TASK_MATCH_THRESHOLD,
      // Each word is matched on its own (extended search ANDs space-separated words), so word order and filler do not matter.
      useExtendedSearch: true,
    },
  );
  const words = wanted.split(' ').filter((w) => !FILLER.has(w));
  const best = fuse.search(words.length ? words.join(' ') : wanted)[0];
  if (best && (best.score ?? 1) <= TASK_MATCH_THRESHOLD) return best.item.index;
  throw unknownTaskError(role, `"${query}" is not one of the role's tasks.`);
}
