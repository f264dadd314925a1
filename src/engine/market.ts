// Market facts for a role from its O*NET code: BLS typical entry education, median pay, projected
// change and openings, and O*NET's Job Zone. Assessed and estimated roles alike, when the code is known.
import type { Catalog } from '../catalog/catalog.ts';
import type { Role } from '../catalog/schema.ts';
import type { Occupation } from '../estimate/occupation-data.ts';

export interface Market {
  onet: string;
  /** BLS typical education needed for entry, e.g. "Bachelor's degree". */
  education: string | null;
  /** O*NET Job Zone 1–5 (little to extensive preparation). */
  jobZone: number | null;
  /** Median annual wage in USD, May 2024; a top-coded wage is its floor. */
  medianWage: number | null;
  medianWageTopCoded: boolean;
  /** Projected employment change 2024–34, percent. */
  projectedChange: number | null;
  /** Projected openings a year, 2024–34 average. */
  openings: number | null;
  source: string;
}

export const BLS_SOURCE =
  'U.S. Bureau of Labor Statistics, Employment Projections 2024–34 (Table 1.2: occupational projections and worker characteristics; median wage May 2024); Job Zone from O*NET 30.1';

/** The occupation behind a role's O*NET code, when the loaded data covers it. */
export function occupationOf(catalog: Catalog, role: Role): Occupation | undefined {
  return role.onet ? catalog.estimates?.occupations.get(role.onet) : undefined;
}

const cache = new WeakMap<Role, Market | null>();

export function marketOf(catalog: Catalog, role: Role): Market | null {
  if (cache.has(role)) return cache.get(role)!;
  const o = occupationOf(catalog, role);
  const p = o?.projection;
  const market =
    o && (p || o.jobZone !== null)
      ? {
          onet: o.code,
          education: p?.education ?? null,
          jobZone: o.jobZone,
          medianWage: p?.medianWage ?? null,
          medianWageTopCoded: p?.medianWageTopCoded ?? false,
          projectedChange: p?.changePct ?? null,
          openings: p?.openings ?? null,
          source: `${BLS_SOURCE}; BLS occupation ${p?.nem ?? 'none'}`,
        }
      : null;
  cache.set(role, market);
  return market;
}

/** BLS entry-education categories that are not a degree: what "something without a degree" means. */
const NO_DEGREE = new Set([
  'No formal educational credential',
  'High school diploma or equivalent',
  'Postsecondary nondegree award',
  'Some college, no degree',
]);
export const needsNoDegree = (m: Market | null) => m?.education != null && NO_DEGREE.has(m.education);

export const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
export const wageText = (m: Market) =>
  m.medianWage === null ? 'no data' : `${m.medianWageTopCoded ? 'at least ' : ''}${usd(m.medianWage)}`;
export const changeText = (pct: number) => `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${Math.abs(pct)}%`;

/** One line of market facts, the same wherever a card shows them. */
export function marketLine(m: Market): string {
  const parts = [
    `median pay ${wageText(m)} a year`,
    m.projectedChange === null ? 'no BLS projection' : `${changeText(m.projectedChange)} jobs projected 2024–34`,
    m.openings === null ? undefined : `${m.openings.toLocaleString('en-US')} openings a year`,
    `entry: ${m.education ?? 'no data'}`,
    m.jobZone === null ? undefined : `Job Zone ${m.jobZone}`,
  ];
  return parts.filter(Boolean).join(' · ');
}
