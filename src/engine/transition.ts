// Transitions: what moving from one role to another changes, and which safer roles to suggest.
import { normalizeTitle } from '../matching/normalize.ts';
import type { Role } from '../catalog/schema.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { taskClass, type RoleScore, type Split } from './scoring.ts';
import { round1, round2 } from './rounding.ts';
import { signed } from '../output/numbers.ts';

export interface TransitionPlan {
  from: RoleScore;
  to: RoleScore;
  /** The source role's displaced tasks: work you leave behind that AI is taking. */
  tasksLost: string[];
  /** The target role's augmented tasks: work you gain where AI helps rather than replaces. */
  tasksGained: string[];
  /** The target role's tasks AI is not involved in. */
  aiProof: string[];
  gain: number;
  /** 0–1: how much of the source role's skills and tasks the target uses. */
  carryOver: number;
  sharedSkills: string[];
  summary: string;
}

export interface Suggestion extends TransitionPlan {
  curated: boolean;
  reason: string;
  /** Set when a curated move scores lower and the catalog says why it is still listed. */
  despiteLowerScore?: string;
}

const STOP = new Set(['and', 'of', 'the', 'for', 'to', 'a', 'in', 'with', 'on', 'or', 'from', 'at', 'by', 'as']);
const words = (texts: string[]) =>
  new Set(texts.flatMap((t) => normalizeTitle(t).split(' ')).filter((w) => w.length > 2 && !STOP.has(w)));
function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / a.size;
}

/** Each role's normalised skills and word sets, computed once: ranking compares one role with ~1,000. */
interface Vocabulary {
  skills: Set<string>;
  skillWords: Set<string>;
  taskWords: Set<string>;
  carried: { skill: string; key: string; words: Set<string> }[];
}
const vocabularies = new WeakMap<Role, Vocabulary>();
function vocabularyOf(role: Role): Vocabulary {
  let v = vocabularies.get(role);
  if (!v) {
    const all = [...role.skillsCarried, ...Object.values(role.skillsToLearn).flat()];
    v = {
      skills: new Set(all.map(normalizeTitle)),
      skillWords: words(all),
      taskWords: words(role.tasks.map((t) => t.name)),
      carried: role.skillsCarried.map((skill) => ({ skill, key: normalizeTitle(skill), words: words([skill]) })),
    };
    vocabularies.set(role, v);
  }
  return v;
}

/** Skills weigh more than task wording: 60% shared skills, 40% shared task vocabulary. */
export function carryOver(from: Role, to: Role): { score: number; sharedSkills: string[] } {
  const source = vocabularyOf(from);
  const target = vocabularyOf(to);
  const sharedSkills = source.carried
    .filter((c) => target.skills.has(c.key) || overlap(c.words, target.skillWords) >= 0.5)
    .map((c) => c.skill);
  const skillScore = from.skillsCarried.length ? sharedSkills.length / from.skillsCarried.length : 0;
  const taskScore = overlap(source.taskWords, target.taskWords);
  return { score: round2(0.6 * skillScore + 0.4 * taskScore), sharedSkills };
}

const tasksOf = (s: RoleScore, cls: 'displaced' | 'augmented' | 'notInvolved') =>
  s.role.tasks.filter((t) => taskClass(t) === cls).map((t) => t.name);
const splitText = (s: Split) =>
  `${s.displaced}% displaced / ${s.augmented}% augmented / ${s.notInvolved}% not involved`;

export function planTransition(from: RoleScore, to: RoleScore): TransitionPlan {
  const gain = round1(to.score - from.score);
  const { score, sharedSkills } = carryOver(from.role, to.role);
  return {
    from,
    to,
    tasksLost: tasksOf(from, 'displaced'),
    tasksGained: tasksOf(to, 'augmented'),
    aiProof: tasksOf(to, 'notInvolved'),
    gain,
    carryOver: score,
    sharedSkills,
    summary: `Moving from ${from.role.title} to ${to.role.title} shifts your time from ${splitText(from.split)} to ${splitText(to.split)}: ${signed(gain)} points.`,
  };
}

/** Non-curated candidates need at least this much carry-over to be worth suggesting. */
const MIN_CARRY_OVER = 0.15;

/** Rankings depend only on the catalog, so each role's list is computed once per catalog. */
const rankings = new WeakMap<Catalog, Map<string, Suggestion[]>>();
const RANKED_KEPT = 10;

/**
 * Safer roles to move into: curated moves first (the catalog's reasons), then other higher-scoring
 * roles ranked by gain weighted by how much carries over (gain × carry-over).
 */
export function suggestTransitions(catalog: Catalog, from: RoleScore, limit = 5): Suggestion[] {
  let cache = rankings.get(catalog);
  if (!cache) rankings.set(catalog, (cache = new Map()));
  let ranked = cache.get(from.role.id);
  if (!ranked || from !== catalog.score(from.role)) {
    ranked = rankTransitions(catalog, from);
    if (from === catalog.score(from.role)) cache.set(from.role.id, ranked);
  }
  const curated = ranked.filter((s) => s.curated).length;
  return ranked.slice(0, Math.max(limit, curated));
}

function rankTransitions(catalog: Catalog, from: RoleScore): Suggestion[] {
  const curated: Suggestion[] = from.role.transitions.flatMap((t) => {
    const target = catalog.get(t.to);
    if (!target) return [];
    return [
      {
        ...planTransition(from, catalog.score(target)),
        curated: true,
        reason: t.why,
        despiteLowerScore: t.despiteLowerScore,
      },
    ];
  });
  const taken = new Set([from.role.id, ...curated.map((s) => s.to.role.id)]);
  // Rank on gain and carry-over alone, and only the few kept become full plans. Carry-over is at most
  // 1, so going through candidates by falling gain, one whose gain is below the tenth best gain ×
  // carry-over so far cannot enter: the rest of the thousand need no carry-over computed.
  const candidates = catalog.roles
    .map((r, index) => ({ index, to: catalog.score(r), gain: round1(catalog.score(r).score - from.score) }))
    .filter((c) => !taken.has(c.to.role.id) && c.to.role.family !== from.role.family && c.gain > 0)
    .sort((x, y) => y.gain - x.gain || x.index - y.index);
  const kept: { index: number; to: RoleScore; gain: number; carryOver: number }[] = [];
  const bestProducts: number[] = [];
  for (const c of candidates) {
    if (bestProducts.length === RANKED_KEPT && c.gain < bestProducts[RANKED_KEPT - 1]!) break;
    const carry = carryOver(from.role, c.to.role).score;
    if (carry < MIN_CARRY_OVER) continue;
    kept.push({ ...c, carryOver: carry });
    bestProducts.push(c.gain * carry);
    bestProducts.sort((a, b) => b - a);
    if (bestProducts.length > RANKED_KEPT) bestProducts.pop();
  }
  const others = kept
    .sort((x, y) => x.index - y.index)
    .sort((x, y) => y.gain * y.carryOver - x.gain * x.carryOver || y.gain - x.gain)
    .slice(0, RANKED_KEPT)
    .map((c) => planTransition(from, c.to))
    .map((p): Suggestion => ({ ...p, curated: false, reason: otherReason(p) }));
  return [...curated, ...others];
}

function otherReason(p: TransitionPlan): string {
  const skills = p.sharedSkills.slice(0, 3).join(', ');
  return skills
    ? `Uses your ${skills} and scores ${p.gain.toFixed(1)} points higher.`
    : `Shares some of your task vocabulary and scores ${p.gain.toFixed(1)} points higher.`;
}
