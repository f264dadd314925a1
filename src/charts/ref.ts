// Which chart, for which roles, and its URL path. The path is built only from the chart kind, the
// catalog version and role ids, and read back only when every part names something that exists,
// so nothing a person typed ever reaches a path.
import type { Catalog } from '../catalog/catalog.ts';
import { catalogVersion } from '../catalog/snapshot.ts';
import { MAX_TEAM_SIZE } from '../engine/team.ts';

export const CHART_KINDS = ['risk', 'compare', 'team', 'transition'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export interface ChartRole {
  id: string;
  /** Head count, for team charts only. */
  count?: number;
}
export interface ChartRef {
  kind: ChartKind;
  roles: ChartRole[];
}

export const CHARTS_PREFIX = '/charts/';
/** A team chart shows this many roles at most; a bigger team gets no chart (the table still lists it). */
export const MAX_TEAM_CHART_ROLES = 12;
const ROLE_COUNT: Record<ChartKind, { min: number; max: number }> = {
  risk: { min: 1, max: 1 },
  compare: { min: 2, max: 2 },
  transition: { min: 1, max: 1 },
  team: { min: 1, max: MAX_TEAM_CHART_ROLES },
};
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const COUNT = /^[1-9][0-9]{0,5}$/;

const segment = (kind: ChartKind, r: ChartRole) => (kind === 'team' ? `${r.id}~${r.count ?? 1}` : r.id);

/** The path a chart is served at: /charts/<kind>/<catalog version>/<role id>[/<role id>…].png */
export function chartPath(ref: ChartRef, version: string): string {
  return `${CHARTS_PREFIX}${ref.kind}/${version}/${ref.roles.map((r) => segment(ref.kind, r)).join('/')}.png`;
}

/** Whether a chart can be drawn for these roles: the right number of them, all in the catalog. */
export function isDrawable(ref: ChartRef, catalog: Catalog): boolean {
  const { min, max } = ROLE_COUNT[ref.kind];
  if (ref.roles.length < min || ref.roles.length > max) return false;
  if (new Set(ref.roles.map((r) => r.id)).size !== ref.roles.length) return false;
  return ref.roles.every(
    (r) =>
      catalog.byId.has(r.id) &&
      (ref.kind === 'team'
        ? Number.isInteger(r.count) && r.count! >= 1 && r.count! <= MAX_TEAM_SIZE
        : r.count === undefined),
  );
}

/**
 * The chart a request path names, or undefined: unknown kind, another catalog version, a role id
 * that is not in the catalog, a malformed head count or anything else is simply not a chart.
 */
export function parseChartPath(path: string, catalog: Catalog): ChartRef | undefined {
  if (!path.startsWith(CHARTS_PREFIX) || !path.endsWith('.png') || path.length > 1000) return undefined;
  const [kind, version, ...segments] = path.slice(CHARTS_PREFIX.length, -'.png'.length).split('/');
  if (!(CHART_KINDS as readonly string[]).includes(kind ?? '') || version !== catalogVersion(catalog)) return undefined;
  const roles: ChartRole[] = [];
  for (const s of segments) {
    const [id = '', count, extra] = s.split('~');
    if (!ID.test(id) || extra !== undefined) return undefined;
    if (count !== undefined && !COUNT.test(count)) return undefined;
    roles.push(count === undefined ? { id } : { id, count: Number(count) });
  }
  const ref = { kind: kind as ChartKind, roles };
  // Only the canonical spelling is a chart, so one drawing has one URL.
  return isDrawable(ref, catalog) && chartPath(ref, version) === path ? ref : undefined;
}
