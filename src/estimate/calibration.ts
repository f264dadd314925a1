// Calibration, shown not hidden: the task-score table of config.ts is fitted so that the estimate
// of an O*NET occupation lands near the hand-assessed score of the family that covers it, and
// k-fold cross-validation says how well that holds for families left out of the fit.
import { normalizeTitle } from '../matching/normalize.ts';
import type { Role } from '../catalog/schema.ts';
import { scoreRole } from '../engine/scoring.ts';
import { round1 } from '../engine/rounding.ts';
import { ESTIMATE_CONFIG, type EstimateConfig } from './config.ts';
import type { Estimates } from './load.ts';
import type { Occupation } from './occupation-data.ts';
import { coversOccupation } from './title-claims.ts';
import { canEstimate, occupationToRole } from './to-role.ts';

export interface CalibrationRow {
  role: string;
  family: string;
  onet: string;
  occupation: string;
  assessed: number;
  estimated: number;
  difference: number;
}
export interface Exclusion {
  role: string;
  onet: string;
  occupation: string;
  why: string;
}

/** Job-type words: sharing only these does not make two titles the same job. */
const JOB_TYPE_WORDS = new Set([
  'engineer',
  'developer',
  'manager',
  'analyst',
  'specialist',
  'administrator',
  'architect',
  'technician',
  'tester',
  'and',
  'other',
  'all',
  'computer',
]);
const words = (title: string) =>
  new Set(
    normalizeTitle(title)
      .split(' ')
      .filter((w) => w && !JOB_TYPE_WORDS.has(w)),
  );
/** Word overlap of two titles (job-type words aside), 0–1. */
function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, x.size + y.size - shared);
}

/**
 * The families the fit may learn from, one per O*NET code: the family covering the occupation,
 * else the only family carrying the code. A family whose names share no word with its
 * occupation's title uses the code as a stand-in for a different job; families beside one that
 * covers the occupation are specialists (a niche of it); and where several families split an
 * occupation and none covers it, none of them says what the whole occupation scores.
 */
export function calibrationFamilies(defaults: Role[], estimates: Estimates): { use: Role[]; excluded: Exclusion[] } {
  const excluded: Exclusion[] = [];
  const exclude = (role: Role, o: Occupation, why: string) =>
    excluded.push({ role: role.title, onet: o.code, occupation: o.title, why });
  const byCode = new Map<string, Role[]>();
  for (const role of defaults) {
    const o = role.onet ? estimates.occupations.get(role.onet) : undefined;
    if (!role.onet || !o) continue;
    if (!canEstimate(o)) exclude(role, o, 'O*NET lists too few tasks to estimate the occupation');
    else if (
      !coversOccupation(role, o) &&
      Math.max(...[role.familyTitle, ...role.aliases].map((n) => overlap(n, o.title))) === 0
    )
      exclude(role, o, "stand-in code: none of its names shares a word with the occupation's title");
    else byCode.set(o.code, [...(byCode.get(o.code) ?? []), role]);
  }
  const use: Role[] = [];
  for (const [code, roles] of byCode) {
    const o = estimates.occupations.get(code)!;
    const covering = roles.find((r) => coversOccupation(r, o));
    if (covering || roles.length === 1) use.push(covering ?? roles[0]!);
    for (const r of roles.filter((x) => x !== (covering ?? (roles.length === 1 ? roles[0] : undefined)))) {
      exclude(
        r,
        o,
        covering
          ? `specialist: a niche of the occupation, which ${covering.familyTitle} covers`
          : `split: ${roles.length} families divide the occupation and none covers it whole`,
      );
    }
  }
  use.sort((a, b) => a.family.localeCompare(b.family));
  excluded.sort((a, b) => a.why.localeCompare(b.why) || a.role.localeCompare(b.role));
  return { use, excluded };
}

function rowsFor(roles: Role[], estimates: Estimates, config: EstimateConfig): CalibrationRow[] {
  return roles.map((role) => {
    const o = estimates.occupations.get(role.onet!)!;
    const estimated = scoreRole(occupationToRole(o, estimates.jobZones, config)).score;
    const assessed = scoreRole(role).score;
    return {
      role: role.title,
      family: role.family,
      onet: o.code,
      occupation: o.title,
      assessed,
      estimated,
      difference: round1(estimated - assessed),
    };
  });
}

const mae = (rows: CalibrationRow[]) =>
  rows.length ? rows.reduce((a, r) => a + Math.abs(r.estimated - r.assessed), 0) / rows.length : 0;

/** Routine percentiles the fit tries for the routine step (100 with no step: the step is off). */
export const ROUTINE_STEPS = [80, 90];

/**
 * Every task-score table the fit tries: scores rise with exposure; automation may add a point;
 * exposed tasks in routine work may add a point from one of the routine percentiles.
 */
export function candidateConfigs(base: EstimateConfig = ESTIMATE_CONFIG): EstimateConfig[] {
  const out: EstimateConfig[] = [];
  for (const E0 of [1, 2])
    for (const E2 of [2, 3, 4])
      for (const E1 of [3, 4, 5])
        for (const automationAdd of [0, 1])
          for (const automationFrom of automationAdd ? [3, 4] : [5])
            for (const routineAdd of [0, 1])
              for (const routineFrom of routineAdd ? ROUTINE_STEPS : [100]) {
                if (E0 <= E2 && E2 <= E1)
                  out.push({
                    ...base,
                    taskScore: {
                      ...base.taskScore,
                      E0,
                      E2,
                      E1,
                      automationFrom,
                      automationAdd,
                      routineFrom,
                      routineAdd,
                    },
                  });
              }
  return out;
}

/** The candidate with the lowest mean absolute difference on `roles` (first one on a tie). */
export function fit(
  roles: Role[],
  estimates: Estimates,
  candidates = candidateConfigs(),
): { config: EstimateConfig; mae: number } {
  let best = { config: candidates[0]!, mae: Infinity };
  for (const config of candidates) {
    const m = mae(rowsFor(roles, estimates, config));
    if (m < best.mae - 1e-9) best = { config, mae: m };
  }
  return best;
}

export interface Fold {
  fold: number;
  heldOut: string[];
  fitted: EstimateConfig['taskScore'];
  trainError: number;
  heldOutError: number;
}

export interface Calibration {
  rows: CalibrationRow[];
  excluded: Exclusion[];
  folds: Fold[];
  /** Fit on every calibration family: what config.ts should hold. */
  fitted: EstimateConfig['taskScore'];
  fittedError: number;
  /** The table config.ts holds now, and its error on every calibration family. */
  current: EstimateConfig['taskScore'];
  meanAbsoluteDifference: number | null;
  meanHeldOutError: number | null;
}

/** k-fold: families sorted by id are dealt to k folds in turn; each fold is fitted on the others. */
export function calibrate(
  defaults: Role[],
  estimates: Estimates,
  k = 5,
  config: EstimateConfig = ESTIMATE_CONFIG,
): Calibration {
  const { use, excluded } = calibrationFamilies(defaults, estimates);
  const candidates = candidateConfigs(config);
  const folds: Fold[] = [];
  for (let f = 0; f < Math.min(k, use.length); f++) {
    const held = use.filter((_, i) => i % k === f);
    const train = use.filter((_, i) => i % k !== f);
    const best = fit(train, estimates, candidates);
    folds.push({
      fold: f + 1,
      heldOut: held.map((r) => r.family),
      fitted: best.config.taskScore,
      trainError: round1(best.mae),
      heldOutError: round1(mae(rowsFor(held, estimates, best.config))),
    });
  }
  const all = fit(use, estimates, candidates);
  const rows = rowsFor(use, estimates, config);
  return {
    rows,
    excluded,
    folds,
    fitted: all.config.taskScore,
    fittedError: round1(all.mae),
    current: config.taskScore,
    meanAbsoluteDifference: rows.length ? round1(mae(rows)) : null,
    meanHeldOutError: folds.length ? round1(folds.reduce((a, f) => a + f.heldOutError, 0) / folds.length) : null,
  };
}

const table = (t: EstimateConfig['taskScore']) =>
  `E0→${t.E0} E2→${t.E2} E1→${t.E1}${t.automationAdd ? ` +${t.automationAdd} from T${t.automationFrom}` : ''}${t.routineAdd ? ` +${t.routineAdd} routine from ${t.routineFrom}%` : ''}`;
const sameTable = (a: EstimateConfig['taskScore'], b: EstimateConfig['taskScore']) => table(a) === table(b);

export function calibrationTable(c: Calibration): string {
  const signed = (n: number) => `${n > 0 ? '+' : ''}${n.toFixed(1)}`;
  return [
    `calibration: ${c.rows.length} hand-assessed families, one per O*NET code, against the estimate of that occupation`,
    ...c.rows.map(
      (r) =>
        `  ${r.role.padEnd(44)} ${r.onet} ${r.occupation.slice(0, 34).padEnd(34)} assessed ${r.assessed.toFixed(1).padStart(5)}  estimated ${r.estimated.toFixed(1).padStart(5)}  (${signed(r.difference)})`,
    ),
    `  mean absolute difference with config.ts (${table(c.current)}): ${c.meanAbsoluteDifference?.toFixed(1) ?? 'n/a'} points`,
    `excluded (${c.excluded.length}):`,
    ...c.excluded.map((e) => `  ${e.role.padEnd(44)} ${e.onet} ${e.occupation.slice(0, 34).padEnd(34)} ${e.why}`),
    `${c.folds.length}-fold cross-validation (task-score table fitted on the other folds, error on the held-out families):`,
    ...c.folds.map(
      (f) =>
        `  fold ${f.fold}: fit ${table(f.fitted)}, training error ${f.trainError.toFixed(1)}, held-out error ${f.heldOutError.toFixed(1)} on ${f.heldOut.join(', ')}`,
    ),
    `  mean held-out error: ${c.meanHeldOutError ?? 'n/a'} points`,
    `fit on all ${c.rows.length} families: ${table(c.fitted)}, error ${c.fittedError.toFixed(1)} points — ${sameTable(c.fitted, c.current) ? 'config.ts holds this fit' : 'config.ts differs: put this table in src/estimate/config.ts and run npm run calibrate again'}`,
  ].join('\n');
}
