// Shared pieces of replies: how dimensions, splits, tasks and sources read, written once.
import { DIMENSION_NAMES } from '../src/engine/compare.ts';
import { METHOD } from '../src/engine/method.ts';
import type { Block, Button, Field } from '../src/output/reply.ts';
import type { Role, Task } from '../src/catalog/schema.ts';
import { taskShareMeaning } from '../src/output/score-items.ts';
import type { Dimensions, RoleScore, Split } from '../src/engine/scoring.ts';
import type { EstimatedRole } from '../src/estimate/to-role.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import { carryOver } from '../src/engine/transition.ts';
import { signed } from '../src/output/numbers.ts';

const r = METHOD.itemRanges;
const maxSum = (range: { max: number }, n: number) => range.max * n;

export function dimensionValue(key: keyof Dimensions, value: number): string {
  switch (key) {
    case 'taskResistance':
      return `${value.toFixed(2)} / ${METHOD.taskScore.max}`;
    case 'evidence':
      return `${signed(value, 0)} (−${maxSum({ max: -r.evidence.min }, 5)} … +${maxSum(r.evidence, 5)})`;
    case 'barriers':
      return `${value} / ${maxSum(r.barriers, 5)}`;
    case 'protective':
      return `${value} / ${maxSum(r.protective, 3)}`;
    case 'growth':
      return `${signed(value, 0)} (${signed(r.growth.min, 0)} … +${r.growth.max})`;
  }
}

export function dimensionFields(s: RoleScore): Field[] {
  return (Object.keys(DIMENSION_NAMES) as (keyof Dimensions)[]).map((key) => ({
    label: DIMENSION_NAMES[key],
    value: dimensionValue(key, s.dimensions[key]),
    inline: true,
  }));
}

export const splitText = (s: Split) =>
  `${s.displaced}% displaced · ${s.augmented}% augmented · ${s.notInvolved}% not involved`;

/** Estimated task shares are weights given to task types, not measured time: labels say which. */
export const splitLabel = (role: Role) =>
  taskShareMeaning(role) === 'weight' ? 'How the task weights split' : 'How the week splits';
export const shareText = (role: Role, share: number) =>
  taskShareMeaning(role) === 'weight' ? `weight ${share}%` : `${share}% of the week`;
/** A part of the work, as a share of the week (hand-assessed) or of the task weight (estimated). */
export const portionText = (role: Role, pct: number) =>
  `${pct}% ${taskShareMeaning(role) === 'weight' ? 'of the task weight' : 'of the week'}`;

/** One task with its share (worded by `shareText`), score and reason. */
export function taskLine(t: Task, role: Role): string {
  return `${t.name} (${shareText(role, t.share)}, ${t.score}/5): ${t.why}`;
}

/** The most displaced tasks (highest score first) and the most protected (lowest first). */
export function taskHighlights(role: Role, n = 3): { exposed: Task[]; protectedTasks: Task[] } {
  const byScore = [...role.tasks].sort((a, b) => b.score - a.score || b.share - a.share);
  const exposed = byScore.filter((t) => t.score >= METHOD.exposedFrom).slice(0, n);
  const protectedTasks = [...role.tasks]
    .sort((a, b) => a.score - b.score || b.share - a.share)
    .filter((t) => t.score < METHOD.exposedFrom)
    .slice(0, n);
  return { exposed, protectedTasks };
}

export function explanationText(s: RoleScore): string {
  const e = s.explanation;
  return `Why ${s.score.toFixed(1)}: task resistance gives ${e.taskResistance.toFixed(1)}, evidence ${signed(e.evidence)}, barriers ${signed(e.barriers)}, AI growth ${signed(e.growth)} (each factor's average effect over every order, so the parts add up to the score).`;
}

export function sourcesBlock(role: Role): Block {
  const basis =
    role.basis === 'assessed'
      ? `Assessed by hand with the AI Job Resistance Index method (confidence: ${role.confidence}).`
      : `Estimated from public data by the method in the README (confidence: ${role.confidence}).`;
  return { type: 'context', text: `${basis} Sources: ${role.sources.join('; ')}.` };
}

export const riskButton = (role: Role, label = role.title): Button => ({
  label,
  action: { command: 'risk', args: [role.id] },
});

/** "What the research says" for any role carrying an O*NET code the data covers. */
export function researchBlock(catalog: Catalog, role: Role): Block | undefined {
  const r = role.onet ? catalog.estimates?.research.get(role.onet) : undefined;
  if (!r || (r.betaPercentile === null && r.applicabilityPercentile === null)) return undefined;
  const parts = [
    r.beta !== null && r.betaPercentile !== null
      ? `Eloundou et al. 2023 exposure (beta) ${r.beta.toFixed(2)}, higher than ${r.betaPercentile}% of occupations`
      : 'Eloundou et al. 2023: no data',
    r.applicability !== null && r.applicabilityPercentile !== null
      ? `Microsoft 2025 AI applicability ${r.applicability.toFixed(2)}, higher than ${r.applicabilityPercentile}% of occupations`
      : 'Microsoft 2025: no data',
  ];
  return { type: 'context', text: `What the research says (O*NET ${r.code}): ${parts.join('; ')}.` };
}

const CLOSEST_MIN_OVERLAP = 0.15;

/** For estimated roles: how sure each part is. */
export function confidenceBlocks(role: Role): Block[] {
  const info = (role as Partial<EstimatedRole>).estimate;
  if (role.basis !== 'estimated' || !info) return [];
  const d = info.dimensions;
  return [
    {
      type: 'context',
      text: `Confidence: ${role.confidence} (tasks ${d.tasks}, evidence ${d.evidence}, barriers ${d.barriers}, protective ${d.protective}, AI growth ${d.growth}). Not assessed by hand; items without a source count as 0 and say "no data".`,
    },
  ];
}

/** For estimated roles: how sure each part is, and the hand-assessed roles closest to it. */
export function estimateBlocks(catalog: Catalog, role: Role): Block[] {
  const blocks = confidenceBlocks(role);
  if (!blocks.length) return [];
  // One entry per assessed family (its default level), and only where skills or tasks really overlap.
  const closest = [...catalog.families.keys()]
    .map((f) => catalog.defaultRole(f))
    .filter((r) => r.basis === 'assessed')
    .map((r) => ({ r, overlap: carryOver(role, r).score }))
    .filter((x) => x.overlap >= CLOSEST_MIN_OVERLAP)
    .sort((a, b) => b.overlap - a.overlap || a.r.title.localeCompare(b.r.title))
    .slice(0, 3);
  blocks.push({
    type: 'fields',
    fields: [
      {
        label: 'Closest hand-assessed roles',
        value: closest.length
          ? closest.map(({ r }) => `${r.title}: ${catalog.score(r).score.toFixed(1)}`).join(' · ')
          : 'none close: the hand-assessed roles are tech roles',
      },
    ],
  });
  return blocks;
}
