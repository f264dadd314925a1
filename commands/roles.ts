import { rolesDoc, type UnscoredEntry } from '../src/output/documents.ts';
import { estimatedRoleId } from '../src/estimate/to-role.ts';
import { normalizeTitle } from '../src/matching/normalize.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import { ZONE_NAMES, type RoleScore } from '../src/engine/scoring.ts';
import { LEVEL_NAMES } from '../src/matching/seniority.ts';
import { defineCommand, type Answer } from './define.ts';

/** Rows a chat reply shows; the JSON document always holds every match. */
export const ROLES_SHOWN = 20;

/** Each role's names and each occupation's title, normalised once: every filtered listing reads them all. */
const haystacks = new WeakMap<object, string>();
function normalizedOnce(key: object, text: () => string): string {
  let h = haystacks.get(key);
  if (h === undefined) haystacks.set(key, (h = normalizeTitle(text())));
  return h;
}

function matchesFilter(s: RoleScore, filter: string): boolean {
  if (!filter) return true;
  // A zone name filters by zone only ("green" is also a word in titles such as Greenhouse Manager).
  if (filter in ZONE_NAMES) return filter === s.zone;
  const haystack = normalizedOnce(s.role, () => [s.role.title, s.role.familyTitle, ...s.role.aliases].join(' | '));
  return filter.split(' ').every((word) => haystack.includes(word));
}

/** O*NET occupations without tasks: listed in the document (no score), never in the chat table. */
function unscored(catalog: Catalog, filter: string): UnscoredEntry[] {
  if (!catalog.estimates || filter in ZONE_NAMES) return [];
  const words = filter.split(' ').filter(Boolean);
  return [...catalog.estimates.occupations.values()]
    .filter((o) => o.taskCount === 0 && words.every((w) => normalizedOnce(o, () => o.title).includes(w)))
    .map((o) => ({ id: estimatedRoleId(o.code), title: o.title, onet: o.code }));
}

export function rolesAnswer(catalog: Catalog, rawFilter = ''): Answer {
  const filter = normalizeTitle(rawFilter.slice(0, 120));
  const scores = catalog.roles
    .map((r) => catalog.score(r))
    .filter((s) => matchesFilter(s, filter))
    .sort((a, b) => a.role.title.localeCompare(b.role.title));
  const shown = scores.slice(0, ROLES_SHOWN);
  const scope = filter ? ` matching "${rawFilter.trim().slice(0, 60)}"` : '';
  return {
    reply: {
      title: `Roles${scope}`,
      tone: 'info',
      blocks:
        scores.length === 0
          ? [{ type: 'text', text: `No role${scope}. Try a shorter filter, or none to see the whole catalog.` }]
          : [
              { type: 'text', text: `${scores.length} role${scores.length === 1 ? '' : 's'}${scope} in the catalog.` },
              {
                type: 'table',
                columns: ['Role', 'Level', 'Score', 'Zone'],
                rows: shown.map((s) => [
                  s.role.title,
                  LEVEL_NAMES[s.role.seniority],
                  s.score.toFixed(1),
                  ZONE_NAMES[s.zone],
                ]),
              },
              ...(scores.length > shown.length
                ? [
                    {
                      type: 'context' as const,
                      text: `…and ${scores.length - shown.length} more. Add a filter, for example "roles data".`,
                    },
                  ]
                : []),
            ],
    },
    doc: rolesDoc(scores, unscored(catalog, filter)),
  };
}

export default defineCommand({
  name: 'roles',
  description: 'The roles in the catalog, with an optional filter (a word or a zone: red, yellow, green)',
  surfaces: ['cli'],
  args: { filter: { type: 'text', required: false, description: 'Words in the title, or a zone' } },
  examples: ['roles', 'roles data', 'roles green'],
  run: ({ args, catalog }) => rolesAnswer(catalog, args.filter ?? ''),
});
