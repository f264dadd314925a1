// Calibration, shown not hidden: for every hand-assessed role carrying an O*NET code, the score
// the estimation method gives that occupation beside the assessed score.
import type { Role } from '../catalog/schema.ts';
import { scoreRole } from '../engine/scoring.ts';
import { round1 } from '../engine/rounding.ts';
import type { Estimates } from './load.ts';
import { canEstimate, occupationToRole } from './to-role.ts';

export interface CalibrationRow {
  role: string;
  onet: string;
  occupation: string;
  assessed: number;
  estimated: number;
  difference: number;
}

export function calibrate(
  assessed: Role[],
  estimates: Estimates,
): { rows: CalibrationRow[]; meanAbsoluteDifference: number | null } {
  const rows: CalibrationRow[] = [];
  for (const role of assessed) {
    const occupation = role.onet ? estimates.occupations.get(role.onet) : undefined;
    if (!occupation || !canEstimate(occupation)) continue;
    const estimated = scoreRole(occupationToRole(occupation, estimates.jobZones)).score;
    const score = scoreRole(role).score;
    rows.push({
      role: role.title,
      onet: occupation.code,
      occupation: occupation.title,
      assessed: score,
      estimated,
      difference: round1(estimated - score),
    });
  }
  const mad = rows.length ? round1(rows.reduce((a, r) => a + Math.abs(r.difference), 0) / rows.length) : null;
  return { rows, meanAbsoluteDifference: mad };
}

export function calibrationTable(result: ReturnType<typeof calibrate>): string {
  const lines = result.rows.map(
    (r) =>
      `  ${r.role.padEnd(44)} ${r.onet} ${r.occupation.slice(0, 34).padEnd(34)} assessed ${r.assessed.toFixed(1).padStart(5)}  estimated ${r.estimated.toFixed(1).padStart(5)}  (${r.difference > 0 ? '+' : ''}${r.difference.toFixed(1)})`,
  );
  return [
    `calibration: estimated vs assessed for ${result.rows.length} hand-assessed roles with an O*NET code`,
    ...lines,
    `  mean absolute difference: ${result.meanAbsoluteDifference ?? 'n/a'} points`,
  ].join('\n');
}
