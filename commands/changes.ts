// `career-bot changes`: what changed in the catalog since a version, as a reply and a document.
import type { RoleChange } from '../src/catalog/changes.ts';
import type { Block } from '../src/output/reply.ts';
import type { Answer } from './define.ts';
import { changeHeadline, movedLines } from './watch.ts';

/** How many roles the text answer lists; --json carries them all. */
const MAX_LISTED = 25;

export function changesAnswer(version: string, since: string, changes: RoleChange[]): Answer {
  const blocks: Block[] = changes.length
    ? changes.slice(0, MAX_LISTED).map((c) => ({
        type: 'list' as const,
        title: `${c.title}: ${changeHeadline(c)}`,
        items: movedLines(c),
      }))
    : [{ type: 'text', text: 'No role changed.' }];
  if (changes.length > MAX_LISTED)
    blocks.push({ type: 'context', text: `…and ${changes.length - MAX_LISTED} more roles (--json lists them all).` });
  const doc = { kind: 'changes', version, since, changes };
  return {
    reply: { title: `Catalog ${version}: changes since ${since}`, tone: 'info', blocks },
    doc,
  };
}
