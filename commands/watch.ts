// Watching a role: /watch, /unwatch and /watching decide what is asked and say what happened;
// the adapter keeps the subscriptions (commands never touch a store). Also the message a watcher
// gets when a role's assessment changes, and the catalog's changelog for `career-bot changes`.
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Moved, RoleChange } from '../src/catalog/changes.ts';
import type { Role } from '../src/catalog/schema.ts';
import { ITEM_LABELS } from '../src/engine/method.ts';
import { ZONE_NAMES, type Zone } from '../src/engine/scoring.ts';
import { roleRef, UserError } from '../src/errors.ts';
import { signed } from '../src/output/numbers.ts';
import type { Block, Reply } from '../src/output/reply.ts';
import { defineCommand, type Answer } from './define.ts';
import { riskButton } from './format.ts';

/** How many roles one channel or person may watch. */
export const MAX_WATCHES = 50;

const roleArg = { role: { type: 'role' as const, required: true, description: 'Job title, e.g. backend developer' } };

function resolveRole(catalog: Catalog, query: string | undefined): Role {
  if (!query?.trim()) throw new UserError('bad_input', 'Which role? For example: watch backend developer.');
  return catalog.resolve(query).role;
}

/** What the adapter still has to do; the reply it shows comes from the outcome. */
function pending(text: string, roleId: string, kind: 'watch' | 'unwatch'): Answer {
  const doc = { kind, role: roleId };
  return { reply: { title: text, tone: 'info', private: true, blocks: [] }, doc, effect: { kind, roleId } };
}

export const watch = defineCommand({
  name: 'watch',
  description: 'Tell this channel (or you, in a DM) when a role’s assessment changes',
  surfaces: ['slack', 'discord'],
  args: roleArg,
  examples: ['watch backend developer'],
  run: ({ args, catalog }) => pending('Watching…', resolveRole(catalog, args.role).id, 'watch'),
});

export const unwatch = defineCommand({
  name: 'unwatch',
  description: 'Stop telling this channel (or you) about a role',
  surfaces: ['slack', 'discord'],
  args: roleArg,
  examples: ['unwatch backend developer'],
  run: ({ args, catalog }) => pending('Unwatching…', resolveRole(catalog, args.role).id, 'unwatch'),
});

export const watching = defineCommand({
  name: 'watching',
  description: 'The roles this channel (or you) watch',
  surfaces: ['slack', 'discord'],
  args: {},
  examples: ['watching'],
  run: () => ({
    reply: { title: 'Watching', tone: 'info', private: true, blocks: [] },
    doc: { kind: 'watching' },
    effect: { kind: 'watching' },
  }),
});

const scoreText = (score: number, zone: Zone) => `${score.toFixed(1)} ${ZONE_NAMES[zone]}`;

/** What the adapter answers once it has added (or not) a watch. */
export function watchedAnswer(catalog: Catalog, roleId: string, outcome: 'added' | 'exists' | 'full'): Answer {
  const role = catalog.byId.get(roleId)!;
  const s = catalog.score(role);
  const text = {
    added: `I will post here when the assessment of ${role.title} (now ${scoreText(s.score, s.zone)}) changes: its score, its zone, and what moved and why.`,
    exists: `${role.title} is already watched here. /watching lists everything watched here.`,
    full: `This already watches ${MAX_WATCHES} roles, the most one channel or person can. Stop one with /unwatch first.`,
  }[outcome];
  const doc = { kind: 'watch', role: roleRef(role), outcome };
  return {
    doc,
    reply: {
      title: outcome === 'full' ? 'Too many watched roles' : `Watching ${role.title}`,
      tone: outcome === 'full' ? 'warning' : 'info',
      private: outcome !== 'added',
      blocks: [{ type: 'text', text }],
    },
  };
}

export function unwatchedAnswer(catalog: Catalog, roleId: string, removed: boolean): Answer {
  const role = catalog.byId.get(roleId)!;
  const text = removed
    ? `No more updates here about ${role.title}.`
    : `${role.title} was not watched here, so nothing changed.`;
  const doc = { kind: 'unwatch', role: roleRef(role), removed };
  return {
    doc,
    reply: { title: `Not watching ${role.title}`, tone: 'info', private: !removed, blocks: [{ type: 'text', text }] },
  };
}

export function watchingAnswer(catalog: Catalog, roleIds: string[]): Answer {
  const roles = roleIds.flatMap((id) => catalog.byId.get(id) ?? []);
  const blocks: Block[] = roles.length
    ? [
        {
          type: 'list',
          title: 'Roles',
          items: roles.map((r) => `${r.title}: ${scoreText(catalog.score(r).score, catalog.score(r).zone)}`),
        },
      ]
    : [{ type: 'text', text: 'Nothing is watched here yet. Try /watch backend developer.' }];
  const doc = { kind: 'watching', roles: roles.map(roleRef) };
  return {
    doc,
    reply: { title: `Watched here (${roles.length} of ${MAX_WATCHES})`, tone: 'info', private: true, blocks },
  };
}

const itemLabel = (key: string) => ITEM_LABELS[key.split('.').pop()!] ?? key;
const value = (v: number | null) => (v === null ? 'none' : String(v));
const movedLine = (m: Moved, label: string) => `${label}: ${value(m.before)} → ${value(m.after)}. ${m.why}`;
const MAX_MOVED_LINES = 8;

/** The lines saying what moved in a role and why, items first. */
export function movedLines(change: RoleChange): string[] {
  const lines = [
    ...change.items.map((m) => movedLine(m, itemLabel(m.name))),
    ...change.tasks.map((m) => movedLine(m, `Task "${m.name}"`)),
  ];
  return lines.length > MAX_MOVED_LINES
    ? [...lines.slice(0, MAX_MOVED_LINES), `…and ${lines.length - MAX_MOVED_LINES} more.`]
    : lines;
}

/** One line for a change: "24.5 Red → 31.2 Yellow (+6.7)". */
export function changeHeadline(change: RoleChange): string {
  const { before, after } = change;
  if (!before) return `new in the catalog at ${scoreText(after!.score, after!.zone)}`;
  if (!after) return `removed from the catalog (was ${scoreText(before.score, before.zone)})`;
  return `${scoreText(before.score, before.zone)} → ${scoreText(after.score, after.zone)} (${signed(after.score - before.score)})`;
}

/** The message a watcher gets when the role's assessment changed. */
export function changeNotice(catalog: Catalog, change: RoleChange): Reply {
  const role = catalog.byId.get(change.id);
  const lines = movedLines(change);
  return {
    title: `${change.title} changed: ${changeHeadline(change)}`,
    tone: change.after?.zone ?? 'info',
    blocks: [
      { type: 'text', text: 'An assessment you watch was updated. What moved, with the new reasons:' },
      ...(lines.length ? [{ type: 'list' as const, title: 'What moved', items: lines }] : []),
      ...(role ? [{ type: 'actions' as const, buttons: [riskButton(role, 'See the full card')] }] : []),
    ],
  };
}
