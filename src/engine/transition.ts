// Transitions: what moving from one role to another changes, and which safer roles to suggest.
import { normalizeTitle } from '../matching/normalize.ts';
import type { Role } from '../catalog/schema.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { taskClass, type RoleScore, type Split } from './scoring.ts';
import { round1, round2 } from './rounding.ts';
import { signed } from '../output/numbers.ts';
import { moveFacts, moveProximity, moveRank, rolesNear, stepsDownInSchooling, type MoveFacts } from './feasibility.ts';
import { lowerBound } from '../lower-bound.ts';

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
  /** Pay, Job Zone, education and outlook of the move, and any gate it fails. */
  facts: MoveFacts;
  curated: boolean;
  reason: string;
  /** Set when a curated move scores lower and the catalog says why it is still listed. */
  despiteLowerScore?: string;
}

const STOP = new Set(['and', 'of', 'the', 'for', 'to', 'a', 'in', 'with', 'on', 'or', 'from', 'at', 'by', 'as']);
/**
 * Skill names normalised once: the same few hundred recur across a thousand roles. Only the skill
 * names of loaded roles come here, never a person's words, so the map stays the catalog's size.
 */
const normalizedSkills = new Map<string, string>();
function normalizeSkill(skill: string): string {
  let n = normalizedSkills.get(skill);
  if (n === undefined) normalizedSkills.set(skill, (n = normalizeTitle(skill)));
  return n;
}
/**
 * Every word of the catalog's skills and task names, numbered once. A role keeps the numbers of its
 * words, sorted, rather than a Set of its own copies of the strings: a thousand roles' sets of
 * repeated words were 7 MiB. Only loaded roles' texts come here, so the table stays the catalog's size.
 */
const wordIds = new Map<string, number>();
function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) wordIds.set(word, (id = wordIds.size));
  return id;
}
/** Normalised skills numbered the same way, each with its words: the same few hundred recur across roles. */
const skillIds = new Map<string, number>();
const skillWordsById: IdSet[] = [];
function skillId(normalized: string): number {
  let id = skillIds.get(normalized);
  if (id === undefined) {
    skillIds.set(normalized, (id = skillIds.size));
    skillWordsById.push(words([normalized]));
  }
  return id;
}
/** Sorted, distinct ids of words or skills. */
type IdSet = Int32Array;
function idSet(ids: number[]): IdSet {
  const sorted = new Int32Array(ids).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!;
  return sorted.slice(0, distinct);
}
/** The telling words of normalised texts. */
function words(normalized: string[]): IdSet {
  const ids: number[] = [];
  for (const t of normalized) for (const w of t.split(' ')) if (w.length > 2 && !STOP.has(w)) ids.push(wordId(w));
  return idSet(ids);
}
/** The share of a's ids that b holds: one walk along both sorted lists. */
function overlap(a: IdSet, b: IdSet): number {
  if (a.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / a.length;
}
function holds(set: IdSet, id: number): boolean {
  return set[lowerBound(set, id)] === id;
}

/** Each role's normalised skills and word sets, computed once: ranking compares one role with ~1,000. */
interface Vocabulary {
  skills: IdSet;
  skillWords: IdSet;
  taskWords: IdSet;
  /** The skill id of each of role.skillsCarried, in its order. */
  carried: Int32Array;
}
const vocabularies = new WeakMap<Role, Vocabulary>();
function vocabularyOf(role: Role): Vocabulary {
  let v = vocabularies.get(role);
  if (!v) {
    const skills = [...role.skillsCarried, ...Object.values(role.skillsToLearn).flat()].map(normalizeSkill);
    v = {
      skills: idSet(skills.map(skillId)),
      skillWords: words(skills),
      taskWords: words(role.tasks.map((t) => normalizeTitle(t.name))),
      carried: Int32Array.from(role.skillsCarried, (skill) => skillId(normalizeSkill(skill))),
    };
    vocabularies.set(role, v);
  }
  return v;
}

/** Every role's vocabulary, built now (the bot's warm-up) rather than in the first answers' rankings. */
export function prepareTransitions(catalog: Catalog): void {
  for (const role of catalog.roles) vocabularyOf(role);
}

/** Skills weigh more than task wording: 60% shared skills, 40% shared task vocabulary. */
export function carryOver(from: Role, to: Role): { score: number; sharedSkills: string[] } {
  const source = vocabularyOf(from);
  const target = vocabularyOf(to);
  const sharedSkills = from.skillsCarried.filter((_, i) => {
    const id = source.carried[i]!;
    return holds(target.skills, id) || overlap(skillWordsById[id]!, target.skillWords) >= 0.5;
  });
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

/** Candidates need at least this much carry-over; one O*NET puts near the source a little less. */
const MIN_CARRY_OVER = 0.15;
const MIN_CARRY_OVER_NEAR = 0.1;

/**
 * Word overlap between two hand-assessed roles means shared skills; between O*NET occupations it is
 * mostly shared activity wording, so a move into or out of an estimate also needs O*NET to put the
 * two near each other (related, related to a related one, or the same minor group).
 */
function closeEnough(c: Candidate, from: Role): boolean {
  if (!mayBeClose(c.facts.proximity, from, c.to.role)) return false;
  return c.carryOver >= (c.facts.proximity > 0 ? MIN_CARRY_OVER_NEAR : MIN_CARRY_OVER);
}
/** Whether enough carry-over could make a move close enough: settled before the facts and carry-over. */
const mayBeClose = (proximity: number, from: Role, to: Role) =>
  proximity > 0 || (from.basis === 'assessed' && to.basis === 'assessed');

/** What the gates and the rank look at: a full Suggestion has all of it, a bare candidate only this. */
type Candidate = Pick<Suggestion, 'to' | 'gain' | 'carryOver' | 'facts'> & { built?: Suggestion };

/** Rankings depend only on the catalog, so each role's list is computed once per catalog and mode. */
const rankings = new WeakMap<Catalog, Map<string, Suggestion[]>>();
/**
 * Rankings kept per catalog: those of the roles asked about most lately. One is ~16 KB and takes up
 * to a few ms to compute; kept for every role and mode they would grow the heap by ~30 MiB.
 */
const RANKINGS_KEPT = 256;
const RANKED_KEPT = 10;

export interface SuggestOptions {
  /** The person asked for less schooling ("something without a degree"): steps down are offered, labelled. */
  lessSchooling?: boolean;
}

/**
 * Safer roles to move into. Hand-written moves from the role file first (when they pass the gates),
 * then every other role ranked by gain and feasibility (moveRank). Moves a gate holds back
 * (feasibility.ts) are left out unless the person asked for less schooling, and then labelled.
 */
export function suggestTransitions(
  catalog: Catalog,
  from: RoleScore,
  limit = 5,
  options: SuggestOptions = {},
): Suggestion[] {
  let cache = rankings.get(catalog);
  if (!cache) rankings.set(catalog, (cache = new Map()));
  const key = `${from.role.id}${options.lessSchooling ? ':less' : ''}`;
  // A personal score (another task mix) is ranked afresh and not kept.
  const keep = from === catalog.score(from.role);
  let ranked = keep ? cache.get(key) : undefined;
  if (ranked) {
    // Most recently used last, so the first is the one to drop.
    cache.delete(key);
    cache.set(key, ranked);
  } else {
    ranked = rankTransitions(catalog, from, options);
    if (keep) {
      cache.set(key, ranked);
      if (cache.size > RANKINGS_KEPT) cache.delete(cache.keys().next().value!);
    }
  }
  const handWritten = ranked.filter((s) => s.curated && from.role.basis === 'assessed').length;
  return ranked.slice(0, Math.max(limit, handWritten));
}

/** A suggestion for one move: the plan, its market facts and the reason given. */
export function suggestion(
  catalog: Catalog,
  from: RoleScore,
  to: RoleScore,
  reason: (p: TransitionPlan, facts: MoveFacts) => string,
  curated: { why: string; despiteLowerScore?: string } | undefined,
): Suggestion {
  const plan = planTransition(from, to);
  const facts = moveFacts(catalog, from.role, to.role);
  return {
    ...plan,
    facts,
    curated: Boolean(curated),
    reason: curated?.why ?? reason(plan, facts),
    ...(curated?.despiteLowerScore ? { despiteLowerScore: curated.despiteLowerScore } : {}),
  };
}

function rankTransitions(catalog: Catalog, from: RoleScore, options: SuggestOptions): Suggestion[] {
  const wanted = (c: Candidate) =>
    options.lessSchooling ? stepsDownInSchooling(c.facts, catalog, c.to.role) : c.facts.caveats.length === 0;
  const listed = from.role.transitions.flatMap((t) => {
    const target = catalog.get(t.to);
    return target && target.id !== from.role.id
      ? [suggestion(catalog, from, catalog.score(target), otherReason, t)]
      : [];
  });
  // A role file's moves were judged by hand and keep their order; O*NET's related list is ranked with the rest.
  const handWritten = from.role.basis === 'assessed' ? listed.filter(wanted) : [];
  const related = from.role.basis === 'assessed' ? [] : listed;
  const taken = new Set([from.role.id, ...listed.map((s) => s.to.role.id)]);
  // Gates and rank need only gain, carry-over and the market facts; the task lists and summary of a
  // full suggestion are built for the ten kept, not for every higher-scoring role in the catalog.
  // Only roles that could be close enough are looked at, and carry-over (the word sets of every
  // task) is computed best bound first, until no remaining move can enter the ten kept.
  const near = rolesNear(catalog, from.role);
  const others = catalog.roles
    .filter(
      (r) =>
        (near.has(r) || (from.role.basis === 'assessed' && r.basis === 'assessed')) &&
        !taken.has(r.id) &&
        r.family !== from.role.family &&
        catalog.score(r).score > from.score &&
        mayBeClose(moveProximity(catalog, from.role, r), from.role, r),
    )
    .map((r): Candidate => {
      const to = catalog.score(r);
      return { to, gain: round1(to.score - from.score), carryOver: NaN, facts: moveFacts(catalog, from.role, r) };
    });
  // The rank grows with carry-over and its fit term is capped at 1, so carry-over 1 bounds it from above.
  const pool = [...related.map((s) => ({ ...s, built: s })), ...others]
    .map((c, order) => ({ c, order, bound: moveRank(c.built ? c : { ...c, carryOver: 1 }) }))
    .filter(({ c }) => c.gain > 0 && wanted(c))
    .sort((x, y) => y.bound - x.bound);
  // Best rank first, then gain, then the order above (the stable sort's order).
  const kept: { c: Candidate; order: number; rank: number }[] = [];
  for (const x of pool) {
    if (kept.length >= RANKED_KEPT && x.bound < kept[RANKED_KEPT - 1]!.rank) break;
    if (!x.c.built) x.c.carryOver = carryOver(from.role, x.c.to.role).score;
    if (!closeEnough(x.c, from.role)) continue;
    kept.push({ ...x, rank: moveRank(x.c) });
    kept.sort((p, q) => q.rank - p.rank || q.c.gain - p.c.gain || p.order - q.order);
  }
  const ranked = kept
    .slice(0, RANKED_KEPT)
    .map(({ c }) => c.built ?? suggestion(catalog, from, c.to, otherReason, undefined));
  return [...handWritten, ...ranked];
}

function otherReason(p: TransitionPlan, facts: MoveFacts): string {
  const carried = `${Math.round(p.carryOver * 100)}% of your skills and tasks carry over`;
  return facts.related
    ? `O*NET lists it as a related occupation; it scores ${p.gain.toFixed(1)} points higher and ${carried}.`
    : `It scores ${p.gain.toFixed(1)} points higher and ${carried}.`;
}
