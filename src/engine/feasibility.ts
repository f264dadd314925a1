// Whether a move makes sense beyond its score: the change in pay, schooling (Job Zone) and the target's
// own outlook, from BLS and O*NET, and the gates that keep a step down out of the top moves.
import type { Catalog } from '../catalog/catalog.ts';
import type { Role } from '../catalog/schema.ts';
import { changeText, marketOf, needsNoDegree, occupationOf, usd } from './market.ts';

export interface MoveFacts {
  /** Median annual pay before and after, and the change in percent. */
  wage: { from: number; to: number; change: number } | null;
  jobZone: { from: number; to: number } | null;
  /** BLS typical entry education of the target. */
  education: string | null;
  /** BLS projected employment change of the target, 2024–34, percent. */
  projectedChange: number | null;
  /** O*NET lists the target among the source's related occupations. */
  related: boolean;
  /** How close O*NET puts the two occupations: related (0.3), related to a related one (0.15), same minor group (0.1). */
  proximity: number;
  /** Steps up the BLS entry-education ladder (negative: less schooling). */
  educationStep: number | null;
  /** Why a gate holds the move back from the top moves; empty when it passes every gate. */
  caveats: string[];
}

/** The gates: a top move never drops two Job Zones, cuts pay by more than 30% or leads into a shrinking job. */
export const GATES = { maxJobZoneDrop: 1, maxPayCutPct: 30, shrinkingFromPct: -5 } as const;

const round1 = (n: number) => Math.round(n * 10) / 10;

export function moveFacts(catalog: Catalog, from: Role, to: Role): MoveFacts {
  const a = marketOf(catalog, from);
  const b = marketOf(catalog, to);
  const wage =
    a?.medianWage != null && b?.medianWage != null
      ? { from: a.medianWage, to: b.medianWage, change: round1(((b.medianWage - a.medianWage) / a.medianWage) * 100) }
      : null;
  const jobZone = a?.jobZone != null && b?.jobZone != null ? { from: a.jobZone, to: b.jobZone } : null;
  const projectedChange = b?.projectedChange ?? null;
  const caveats: string[] = [];
  if (jobZone && jobZone.from - jobZone.to > GATES.maxJobZoneDrop)
    caveats.push(`a step down in preparation (Job Zone ${jobZone.from} → ${jobZone.to})`);
  if (wage && -wage.change > GATES.maxPayCutPct)
    caveats.push(`pays ${Math.round(-wage.change)}% less (${usd(wage.from)} → ${usd(wage.to)})`);
  if (projectedChange !== null && projectedChange <= GATES.shrinkingFromPct)
    caveats.push(`BLS projects ${changeText(projectedChange)} jobs 2024–34`);
  const ladder = (m: typeof a) => (m?.education ? EDUCATION_LADDER.indexOf(m.education) : -1);
  const educationStep = ladder(a) >= 0 && ladder(b) >= 0 ? ladder(b) - ladder(a) : null;
  const proximity = moveProximity(catalog, from, to);
  return {
    wage,
    jobZone,
    education: b?.education ?? null,
    projectedChange,
    related: proximity === PROXIMITY.related,
    proximity,
    educationStep,
    caveats,
  };
}

/** BLS entry-education categories, least to most schooling. */
const EDUCATION_LADDER = [
  'No formal educational credential',
  'High school diploma or equivalent',
  'Some college, no degree',
  'Postsecondary nondegree award',
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  'Doctoral or professional degree',
];

const PROXIMITY = { related: 0.3, twoSteps: 0.15, sameGroup: 0.1 } as const;
const neighbours = new WeakMap<Catalog, Map<string, Set<string>>>();

/** O*NET's related occupations of a code, and theirs: computed once per code. */
function twoStepsFrom(catalog: Catalog, code: string): Set<string> {
  let byCode = neighbours.get(catalog);
  if (!byCode) neighbours.set(catalog, (byCode = new Map()));
  let set = byCode.get(code);
  if (!set) {
    const first = catalog.estimates?.occupations.get(code)?.related ?? [];
    set = new Set(first.flatMap((c) => catalog.estimates?.occupations.get(c)?.related ?? []));
    byCode.set(code, set);
  }
  return set;
}

/** Per catalog: its roles by O*NET code and by SOC minor group. */
const roleIndexes = new WeakMap<Catalog, { byCode: Map<string, Role[]>; byGroup: Map<string, Role[]> }>();
function roleIndexOf(catalog: Catalog) {
  let index = roleIndexes.get(catalog);
  if (!index) {
    index = { byCode: new Map(), byGroup: new Map() };
    for (const role of catalog.roles) {
      if (!role.onet) continue;
      for (const [map, key] of [
        [index.byCode, role.onet],
        [index.byGroup, role.onet.slice(0, 5)],
      ] as const)
        map.set(key, [...(map.get(key) ?? []), role]);
    }
    roleIndexes.set(catalog, index);
  }
  return index;
}

/**
 * Every role whose proximity to `from` can be above zero (related, two steps, same minor group): a
 * ranking looks these up instead of computing the proximity of every role in the catalog.
 */
export function rolesNear(catalog: Catalog, from: Role): Set<Role> {
  const near = new Set<Role>();
  const source = occupationOf(catalog, from);
  if (!source) return near;
  const { byCode, byGroup } = roleIndexOf(catalog);
  for (const code of [...source.related, ...twoStepsFrom(catalog, source.code)])
    for (const role of byCode.get(code) ?? []) near.add(role);
  for (const role of byGroup.get(source.code.slice(0, 5)) ?? []) near.add(role);
  return near;
}

/** How close O*NET puts the two roles' occupations (MoveFacts.proximity). */
export function moveProximity(catalog: Catalog, from: Role, to: Role): number {
  const source = occupationOf(catalog, from);
  return source && to.onet && to.onet !== source.code ? proximityOf(catalog, source.code, to.onet) : 0;
}

function proximityOf(catalog: Catalog, from: string, to: string): number {
  if (catalog.estimates?.occupations.get(from)?.related.includes(to)) return PROXIMITY.related;
  if (twoStepsFrom(catalog, from).has(to)) return PROXIMITY.twoSteps;
  // The SOC minor group: "29-11" registered nurses and nurse practitioners, "43-40" clerks.
  return from.slice(0, 5) === to.slice(0, 5) ? PROXIMITY.sameGroup : 0;
}

/** For "something without a degree": the target needs no degree, or less preparation than today. */
export function stepsDownInSchooling(facts: MoveFacts, catalog: Catalog, to: Role): boolean {
  return needsNoDegree(marketOf(catalog, to)) || (facts.jobZone !== null && facts.jobZone.to < facts.jobZone.from);
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/**
 * Gain and feasibility in one number. The score gain counts with diminishing returns (a 50-point gain
 * into work nothing prepares you for must not beat a 15-point gain next door); what carries over
 * (skills, tasks, O*NET relation) multiplies it; a climb of two or more Job Zones or education levels,
 * a pay cut and a
 * shrinking occupation each weigh it down, a raise and a growing occupation lift it a little.
 */
export function moveRank(m: { gain: number; carryOver: number; facts: MoveFacts }): number {
  const gain = Math.max(0, m.gain) / (Math.max(0, m.gain) + 15);
  const fit = Math.min(1, m.carryOver + m.facts.proximity);
  const climb = Math.max(m.facts.jobZone ? m.facts.jobZone.to - m.facts.jobZone.from : 0, m.facts.educationStep ?? 0);
  const schooling = climb <= 1 ? 1 : climb === 2 ? 0.5 : 0.25;
  const pay = 1 + clamp(m.facts.wage?.change ?? 0, -30, 50) / 200;
  const outlook = 1 + clamp(m.facts.projectedChange ?? 0, -5, 20) / 100;
  return gain * fit * schooling * pay * outlook;
}
