// A personal score: the role's market evidence, barriers and growth, with the person's own week.
// The rule for a time split: tasks you name take the shares you give; one task may take "the rest";
// otherwise the tasks you do not name share the remainder in the role's own proportions. Named
// shares over 100 are an error, and so is a total under 100 when every task is named.
import { METHOD, type Method } from '../engine/method.ts';
import type { Role, Task, TaskClass } from '../catalog/schema.ts';
import { composite, scoreTasks, taskClass, type RoleScore } from '../engine/scoring.ts';
import { round1 } from '../engine/rounding.ts';
import { matchTask, unknownTaskError } from './task-match.ts';

export type MixShare = number | 'rest';
/** One "task=share" as the person wrote it. */
export interface MixEntry {
  task: string;
  share: MixShare;
}
/** The same, with the task found among the role's own tasks (an index into role.tasks). */
export interface ResolvedEntry {
  index: number;
  share: MixShare;
}

export interface PersonalTask {
  name: string;
  score: number;
  class: TaskClass;
  roleShare: number;
  share: number;
}
/** How much one task's change of time (against the role's split) moves the score, in points. */
export interface Mover {
  task: string;
  score: number;
  roleShare: number;
  share: number;
  effect: number;
}
export interface Lever {
  from: string;
  to: string;
  shift: number;
  gain: number;
  score: number;
}

export interface PersonalScore {
  role: Role;
  entries: ResolvedEntry[];
  /** Percent of the week per role task, in role order; they total 100. */
  shares: number[];
  tasks: PersonalTask[];
  personal: Omit<RoleScore, 'role'>;
  baseline: Omit<RoleScore, 'role'>;
  movers: Mover[];
  levers: Lever[];
}

/** Shares within this of the rule's bounds are float noise, not an error. */
const SHARE_TOLERANCE = 0.01;
export const LEVER_STEP = 10;
export const MAX_LEVERS = 3;
/** Movers smaller than this (points) are not worth a line. */
const MOVER_MIN_EFFECT = 0.05;

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const fmt = (n: number) => `${+n.toFixed(1)}`;

/** Finds each named task among the role's tasks (fuzzily); throws UserError 'bad_input' listing them. */
export function resolveEntries(role: Role, mix: MixEntry[]): ResolvedEntry[] {
  const seen = new Map<number, string>();
  return mix.map((entry) => {
    const index = matchTask(role, entry.task);
    const earlier = seen.get(index);
    if (earlier !== undefined)
      throw unknownTaskError(
        role,
        `"${earlier}" and "${entry.task}" both name "${role.tasks[index]!.name}"; give it one share.`,
      );
    seen.set(index, entry.task);
    return { index, share: entry.share };
  });
}

/** The person's percent of the week for every role task, by the rule at the top of this file. */
export function resolveShares(role: Role, entries: ResolvedEntry[]): number[] {
  const rests = entries.filter((e) => e.share === 'rest');
  if (rests.length > 1) throw unknownTaskError(role, 'Only one task can take "the rest".');
  const shares: (number | undefined)[] = role.tasks.map(() => undefined);
  for (const e of entries) {
    if (e.share === 'rest') continue;
    if (!Number.isFinite(e.share) || e.share < 0 || e.share > 100)
      throw unknownTaskError(role, `A share must be a percent from 0 to 100, not ${e.share}.`);
    shares[e.index] = e.share;
  }
  const named = sum(shares.map((s) => s ?? 0));
  if (named > 100 + SHARE_TOLERANCE) throw unknownTaskError(role, `Your shares add up to ${fmt(named)}%, over 100.`);
  const remainder = Math.max(0, 100 - named);
  const rest = rests[0];
  if (rest) return shares.map((s, i) => (i === rest.index ? remainder : (s ?? 0)));
  const unnamed = role.tasks.map((t, i) => (shares[i] === undefined ? t.share : 0));
  const unnamedTotal = sum(unnamed);
  if (unnamedTotal === 0 && remainder > SHARE_TOLERANCE) {
    throw unknownTaskError(role, `You named every task but your shares add up to ${fmt(named)}%, not 100.`);
  }
  return shares.map((s, i) => s ?? (unnamed[i]! / unnamedTotal) * remainder);
}

const withShares = (role: Role, shares: number[]): Task[] => role.tasks.map((t, i) => ({ ...t, share: shares[i]! }));

/** The unrounded 0–100 score of a split: what levers and movers measure differences with. */
function exactScore(role: Role, shares: number[], method: Method): number {
  const s = scoreTasks(role, withShares(role, shares), method);
  const { evidence, barriers, growth } = s.dimensions;
  return composite(s.dimensions.taskResistance, { evidence, barriers, growth }, method).exact;
}

type Candidate = Lever & { fromIndex: number; toIndex: number };

/**
 * The few shifts of time that raise the score most: up to `step` points (never more than the
 * person spends) from a task to one scored lower that is augmented or not involved. Displaced
 * time is moved first when the person has any. Distinct tasks are preferred so the levers differ.
 */
export function levers(
  role: Role,
  shares: number[],
  method: Method = METHOD,
  step = LEVER_STEP,
  count = MAX_LEVERS,
): Lever[] {
  const before = exactScore(role, shares, method);
  const classes = role.tasks.map((t) => taskClass(t, method));
  const hasDisplacedTime = role.tasks.some((_, i) => classes[i] === 'displaced' && shares[i]! > SHARE_TOLERANCE);
  const candidates: Candidate[] = [];
  role.tasks.forEach((from, f) => {
    if (shares[f]! <= SHARE_TOLERANCE || (hasDisplacedTime && classes[f] !== 'displaced')) return;
    role.tasks.forEach((to, t) => {
      if (to.score >= from.score || classes[t] === 'displaced') return;
      const shift = Math.min(step, shares[f]!);
      const moved = shares.map((s, i) => (i === f ? s - shift : i === t ? s + shift : s));
      const after = exactScore(role, moved, method);
      const gain = round1(after - before);
      if (gain > 0)
        candidates.push({
          from: from.name,
          to: to.name,
          shift: round1(shift),
          gain,
          score: round1(after),
          fromIndex: f,
          toIndex: t,
        });
    });
  });
  // Best gain first; among equals, the task the role spends more time on (a familiar move).
  candidates.sort(
    (a, b) =>
      b.gain - a.gain || role.tasks[b.toIndex]!.share - role.tasks[a.toIndex]!.share || a.fromIndex - b.fromIndex,
  );
  const chosen: Candidate[] = [];
  const usedFrom = new Set<number>(),
    usedTo = new Set<number>();
  // First levers with a new task at both ends, then a new task to move into, then any.
  const passes = [
    (c: Candidate) => !usedFrom.has(c.fromIndex) && !usedTo.has(c.toIndex),
    (c: Candidate) => !usedTo.has(c.toIndex),
    () => true,
  ];
  for (const fits of passes) {
    for (const c of candidates) {
      if (chosen.length >= count) break;
      if (chosen.includes(c) || !fits(c)) continue;
      chosen.push(c);
      usedFrom.add(c.fromIndex);
      usedTo.add(c.toIndex);
    }
  }
  return chosen
    .sort((a, b) => b.gain - a.gain)
    .map(({ from, to, shift, gain, score }) => ({ from, to, shift, gain, score }));
}

/**
 * Each task's part in the difference from the role's baseline, in points: more time on a task scored
 * below the role's average raises the score, less time lowers it. The parts add up to the change
 * (before rounding and the 0–100 clamp) because the changes of time add up to zero.
 */
export function movers(role: Role, shares: number[], method: Method = METHOD): Mover[] {
  const average = sum(role.tasks.map((t) => (t.share / 100) * t.score));
  const base = exactScore(
    role,
    role.tasks.map((t) => t.share),
    method,
  );
  const up = exactScore(
    role,
    role.tasks.map((t) => t.share),
    { ...method, trsOffset: method.trsOffset + 1 },
  );
  const pointsPerTrs = up - base;
  return role.tasks
    .map((t, i) => ({
      task: t.name,
      score: t.score,
      roleShare: t.share,
      share: round1(shares[i]!),
      effect: round1(-((shares[i]! - t.share) / 100) * (t.score - average) * pointsPerTrs),
    }))
    .filter((m) => Math.abs(m.effect) >= MOVER_MIN_EFFECT)
    .sort((a, b) => b.effect - a.effect);
}

/** The whole personal assessment from resolved entries. */
export function personalScore(role: Role, entries: ResolvedEntry[], method: Method = METHOD): PersonalScore {
  const shares = resolveShares(role, entries);
  const tasks = role.tasks.map((t, i) => ({
    name: t.name,
    score: t.score,
    class: taskClass(t, method),
    roleShare: t.share,
    share: round1(shares[i]!),
  }));
  return {
    role,
    entries,
    shares,
    tasks,
    personal: scoreTasks(role, withShares(role, shares), method),
    baseline: scoreTasks(role, role.tasks, method),
    movers: movers(role, shares, method),
    levers: levers(role, shares, method),
  };
}

/** From the person's words: tasks matched fuzzily, then scored. Throws UserError 'bad_input'. */
export function personalScoreFromMix(role: Role, mix: MixEntry[], method: Method = METHOD): PersonalScore {
  if (mix.length === 0) throw unknownTaskError(role, "Tell me how your week splits over the role's tasks.");
  return personalScore(role, resolveEntries(role, mix), method);
}

/** The split in a short, replayable form with task numbers ("1=50, 6=rest"): what a share button carries. */
export function mixCode(entries: ResolvedEntry[]): string {
  return entries.map((e) => `${e.index + 1}=${e.share === 'rest' ? 'rest' : +e.share.toFixed(2)}`).join(', ');
}
