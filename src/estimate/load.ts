// Reads data/occupations.json and turns it into estimated roles beside the hand-assessed ones.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeTitle } from '../matching/normalize.ts';
import type { Role } from '../catalog/schema.ts';
import { scoreRole, type RoleScore } from '../engine/scoring.ts';
import { coversOccupation } from './title-claims.ts';
import type { Occupation, OccupationFile } from './occupation-data.ts';
import { SharedTexts } from './shared-texts.ts';
import { canEstimate, occupationToRole, type EstimatedRole } from './to-role.ts';

export const DEFAULT_OCCUPATIONS_FILE = fileURLToPath(new URL('../../data/occupations.json', import.meta.url));

/** What the research says about an O*NET code, for any card (assessed or estimated) carrying it. */
export interface Research {
  code: string;
  beta: number | null;
  betaPercentile: number | null;
  applicability: number | null;
  applicabilityPercentile: number | null;
}

export interface Estimates {
  roles: EstimatedRole[];
  research: Map<string, Research>;
  /** Occupations without enough tasks, by normalised title and alias: answered "not enough data". */
  notEnoughData: Map<string, Occupation>;
  /** Every occupation, by code, including those carried by assessed roles (for calibration). */
  occupations: Map<string, Occupation>;
  jobZones: Record<string, string>;
  /** Each estimated role's score, computed once here and reused by the Catalog. */
  scores: Map<Role, RoleScore>;
}

export function readOccupationFile(path = DEFAULT_OCCUPATIONS_FILE): OccupationFile {
  return JSON.parse(readFileSync(path, 'utf8')) as OccupationFile;
}

/** Related occupations kept as curated moves: those that score higher, best gain first. */
const MAX_RELATED_MOVES = 5;

/**
 * Estimated roles for every occupation with tasks that no hand-assessed family covers whole (a
 * family whose title is the occupation's answers for it; a niche family carrying the code does
 * not). Other names an assessed role claims are left to the matcher.
 */
export function estimateRoles(file: OccupationFile, assessed: Role[]): Estimates {
  const titles = new Map(file.occupations.map((o) => [o.code, o]));
  const assessedCodes = new Map<string, Role>();
  for (const r of assessed) {
    const o = r.onet ? titles.get(r.onet) : undefined;
    if (o && coversOccupation(r, o) && !assessedCodes.has(o.code)) assessedCodes.set(o.code, r);
  }
  const claimed = new Set(assessed.flatMap((r) => [r.familyTitle, r.title, ...r.aliases]).map(normalizeTitle));
  const research = new Map<string, Research>();
  const notEnoughData = new Map<string, Occupation>();
  const occupations = new Map<string, Occupation>();
  const roles: EstimatedRole[] = [];
  const shared = new SharedTexts();
  for (const o of file.occupations) {
    occupations.set(o.code, o);
    research.set(o.code, {
      code: o.code,
      beta: o.beta,
      betaPercentile: o.betaPercentile,
      applicability: o.applicability,
      applicabilityPercentile: o.applicabilityPercentile,
    });
    if (assessedCodes.has(o.code)) continue;
    if (!canEstimate(o)) {
      for (const name of [o.title, ...o.titles]) {
        const key = normalizeTitle(name);
        if (key && !claimed.has(key) && !notEnoughData.has(key)) notEnoughData.set(key, o);
      }
      continue;
    }
    roles.push(occupationToRole(o, file.jobZones, undefined, shared));
  }
  const scores = addRelatedMoves(roles, assessedCodes);
  return { roles, research, notEnoughData, occupations, jobZones: file.jobZones, scores };
}

/** Transitions from O*NET related occupations that score higher, ranked by score gain. */
function addRelatedMoves(roles: EstimatedRole[], assessedCodes: Map<string, Role>): Map<Role, RoleScore> {
  const byCode = new Map<string, Role>(roles.map((r) => [r.onet!, r]));
  for (const [code, r] of assessedCodes) byCode.set(code, r);
  // Transitions do not enter the score, so these scores stay valid after the moves are added.
  const full = new Map<Role, RoleScore>(roles.map((r) => [r, scoreRole(r)]));
  const scores = new Map<Role, number>([...byCode.values()].map((r) => [r, (full.get(r) ?? scoreRole(r)).score]));
  for (const role of roles) {
    const own = scores.get(role)!;
    const related = role.estimate.occupation.related;
    role.transitions = related
      .map((code, rank) => ({ target: byCode.get(code), rank }))
      .filter((x): x is { target: Role; rank: number } => !!x.target && scores.get(x.target)! > own)
      .sort((a, b) => scores.get(b.target)! - scores.get(a.target)! || a.rank - b.rank)
      .slice(0, MAX_RELATED_MOVES)
      .map(({ target, rank }) => ({
        // An estimate's id is estimatedRoleId of its code already: the same text, not a new copy per move.
        to: target.basis === 'assessed' ? target.family : target.id,
        why: `O*NET lists it as related occupation #${rank + 1}; it scores ${(scores.get(target)! - own).toFixed(1)} points higher.`,
      }));
  }
  return full;
}
