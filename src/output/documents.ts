// The JSON documents scripts rely on (docs/cli.md). Built from engine results, never from replies.
import type { Comparison } from '../engine/compare.ts';
import { roleRef, type UserError } from '../errors.ts';
import type { RoleScore } from '../engine/scoring.ts';
import { dimensionConfidence, scoreItems, taskShareMeaning } from './score-items.ts';
import type { Suggestion } from '../engine/transition.ts';
import type { Catalog } from '../catalog/catalog.ts';
import type { Role } from '../catalog/schema.ts';
import { adviceOf, type Advice } from '../advice/role-advice.ts';
import { marketOf, type Market } from '../engine/market.ts';
import type { Plan } from '../advice/plan.ts';

export const adviceDoc = (a: Advice) => ({
  outlook: a.outlook,
  skillsToLearn: a.skillsToLearn,
  positioning: a.positioning,
  whoShouldWorry: a.whoShouldWorry,
  notCaptured: a.notCaptured,
});

export const marketDoc = (m: Market | null) =>
  m && {
    onet: m.onet,
    education: m.education,
    jobZone: m.jobZone,
    medianWage: m.medianWage,
    medianWageTopCoded: m.medianWageTopCoded,
    projectedChange: m.projectedChange,
    openings: m.openings,
    source: m.source,
  };

/** The risk document; given the catalog, it carries the advice and market facts too. */
export function riskDoc(s: RoleScore, catalog?: Catalog) {
  return {
    kind: 'risk' as const,
    role: { ...roleRef(s.role), onet: s.role.onet },
    score: s.score,
    zone: s.zone,
    label: s.label,
    subLabel: s.subLabel,
    dimensions: s.dimensions,
    split: s.split,
    exposed: s.exposed,
    explanation: s.explanation,
    basis: s.role.basis,
    confidence: s.role.confidence,
    /** Estimates only: how sure each dimension is, from how much of it has data. */
    confidenceByDimension: dimensionConfidence(s.role),
    sources: s.role.sources,
    items: scoreItems(s.role),
    /** Task percentages are shares of time (hand-assessed) or weights from O*NET task type (estimated). */
    taskShares: taskShareMeaning(s.role),
    tasks: s.role.tasks.map((t) => ({
      name: t.name,
      [taskShareMeaning(s.role) === 'weight' ? 'weight' : 'share']: t.share,
      score: t.score,
      why: t.why,
    })),
    ...(catalog ? { advice: adviceDoc(adviceOf(catalog, s.role)), market: marketDoc(marketOf(catalog, s.role)) } : {}),
  };
}

export function compareDoc(c: Comparison) {
  return {
    kind: 'compare' as const,
    a: riskDoc(c.a),
    b: riskDoc(c.b),
    wins: c.wins,
    dimensions: c.dimensions,
    summary: c.summary,
    transition: {
      gain: c.transition.gain,
      tasksLost: c.transition.tasksLost,
      tasksGained: c.transition.tasksGained,
      aiProof: c.transition.aiProof,
      summary: c.transition.summary,
    },
  };
}

export function transitionDoc(from: RoleScore, suggestions: Suggestion[]) {
  return {
    kind: 'transition' as const,
    from: riskDoc(from),
    suggestions: suggestions.map((s) => ({
      role: { ...roleRef(s.to.role), onet: s.to.role.onet },
      score: s.to.score,
      zone: s.to.zone,
      label: s.to.label,
      gain: s.gain,
      curated: s.curated,
      reason: s.reason,
      ...(s.despiteLowerScore ? { despiteLowerScore: s.despiteLowerScore } : {}),
      carryOver: s.carryOver,
      sharedSkills: s.sharedSkills,
      related: s.facts.related,
      wage: s.facts.wage,
      jobZone: s.facts.jobZone,
      education: s.facts.education,
      projectedChange: s.facts.projectedChange,
      caveats: s.facts.caveats,
      tasksLost: s.tasksLost,
      tasksGained: s.tasksGained,
      aiProof: s.aiProof,
      summary: s.summary,
    })),
  };
}

export function adviceRoleDoc(role: Role, advice: Advice, market: Market | null) {
  return {
    kind: 'advice' as const,
    role: { ...roleRef(role), onet: role.onet },
    advice: adviceDoc(advice),
    market: marketDoc(market),
  };
}

export function planDoc(p: Plan) {
  const ref = (s: RoleScore) => ({ ...roleRef(s.role), onet: s.role.onet, score: s.score, zone: s.zone });
  return {
    kind: 'plan' as const,
    from: ref(p.from),
    to: ref(p.to),
    move: p.move
      ? {
          gain: p.move.gain,
          carryOver: p.move.carryOver,
          sharedSkills: p.move.sharedSkills,
          wage: p.move.facts.wage,
          jobZone: p.move.facts.jobZone,
          education: p.move.facts.education,
          projectedChange: p.move.facts.projectedChange,
          caveats: p.move.facts.caveats,
        }
      : null,
    weeks: p.weeks,
  };
}
export type PlanDoc = ReturnType<typeof planDoc>;

/** An O*NET occupation listed without a score: it has no tasks, so there is not enough data. */
export interface UnscoredEntry {
  id: string;
  title: string;
  onet: string;
}

export function rolesDoc(scores: RoleScore[], unscored: UnscoredEntry[] = []) {
  return {
    kind: 'roles' as const,
    roles: [
      ...scores.map((s) => ({
        ...roleRef(s.role),
        onet: s.role.onet,
        score: s.score as number | null,
        zone: s.zone as string | null,
        basis: s.role.basis,
        confidence: s.role.confidence,
        aliases: s.role.aliases,
      })),
      ...unscored.map((u) => ({
        id: u.id,
        title: u.title,
        seniority: 'any',
        onet: u.onet,
        score: null,
        zone: null,
        basis: 'estimated' as const,
        confidence: null,
        note: 'not enough data to estimate',
        aliases: [] as string[],
      })),
    ],
  };
}

export function errorDoc(e: UserError) {
  return { error: { code: e.code, message: e.message, suggestions: e.candidates } };
}

export type Doc = { kind: string } | ReturnType<typeof errorDoc>;
