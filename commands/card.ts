// What every compact card shares: what the score means, a plain verdict, task highlights that fit a
// phone, and the buttons that open the details. The full answers (`--full`) reuse format.ts.
import { METHOD } from '../src/engine/method.ts';
import type { Block, Button, Field } from '../src/output/reply.ts';
import type { Role, Task } from '../src/catalog/schema.ts';
import type { RoleScore } from '../src/engine/scoring.ts';
import type { Suggestion } from '../src/engine/transition.ts';
import { signed } from '../src/output/numbers.ts';
import { truncate } from '../src/output/text.ts';
import { portionText, shareText, taskHighlights } from './format.ts';

/** Task names on a compact card are cut here: O*NET task statements run to 200 characters. */
export const COMPACT_TASK_NAME_MAX = 60;
export const COMPACT_TASKS = 2;

const { green, yellow } = METHOD.zones;
export const SCALE_NOTE = `0–100, higher means safer: Red below ${yellow}, Yellow ${yellow}–${green}, Green ${green} and up.`;
export const ESTIMATE_NOTE =
  'Estimated from public data: it measures exposure to AI software (language models and the tools built on them), not robots or self-driving vehicles.';

/** The line under a score: the scale, and for estimates what they measure. */
export const scaleNote = (roles: Role[]) =>
  roles.some((r) => r.basis === 'estimated') ? `${SCALE_NOTE} ${ESTIMATE_NOTE}` : SCALE_NOTE;

/** The score of one role on a card, with what the scale means under it. */
export const cardScore = (s: RoleScore, caption?: string): Block => ({
  type: 'score',
  score: s.score,
  zone: s.zone,
  label: s.label,
  caption: caption ?? (s.role.basis === 'assessed' ? s.role.experience : undefined),
  note: scaleNote([s.role]),
});

/** Several scores on one card: the scale is said once, under the last. */
export function cardScores(scores: [RoleScore, string][]): Block[] {
  const note = scaleNote(scores.map(([s]) => s.role));
  return scores.map(([s, caption], i) => ({
    ...cardScore(s, caption),
    note: i === scores.length - 1 ? note : undefined,
  }));
}

/** Ends a reason with a full stop when its source left it off. */
export const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

const compactTask = (role: Role) => (t: Task) =>
  `${truncate(t.name.replace(/\.$/, ''), COMPACT_TASK_NAME_MAX)} · ${shareText(role, t.share)} · ${t.score}/5`;

const VERDICT_LEAD = { red: 'High risk', yellow: 'Some risk', green: 'Lower risk' } as const;
/** Modifier effects smaller than this many points are not worth naming in a verdict. */
const VERDICT_DRIVER_MIN = 1;
/** Exposed shares from here on count as "most of the week" in a verdict. */
const VERDICT_EXPOSED_HIGH = 50;
const DRIVERS = {
  evidence: [
    'market signals (postings, pay, employers) point up',
    'market signals (postings, pay, employers) point down',
  ],
  barriers: ['barriers such as licensing, presence and accountability protect it', ''],
  growth: ['more AI adoption raises demand for it', 'more AI adoption means fewer of these jobs'],
} as const;

/** One plain sentence: how much of the work AI can do, and what moves the score most beyond that. */
export function verdictText(s: RoleScore): string {
  const exposure = `${portionText(s.role, s.exposed)} is in tasks AI can already do much of`;
  const [key, effect] = (['evidence', 'barriers', 'growth'] as const)
    .map((k) => [k, s.explanation[k]] as const)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))[0]!;
  const phrase = DRIVERS[key][effect > 0 ? 0 : 1];
  if (Math.abs(effect) < VERDICT_DRIVER_MIN || !phrase) return `${VERDICT_LEAD[s.zone]}: ${exposure}.`;
  // "and" when the driver points the same way as the exposure, "but" when it pulls the other way.
  const sameWay = effect < 0 === s.exposed >= VERDICT_EXPOSED_HIGH;
  return `${VERDICT_LEAD[s.zone]}: ${exposure}, ${sameWay ? 'and' : 'but'} ${phrase}.`;
}

export const moveText = (m: Suggestion) =>
  `${m.to.role.title}: ${m.to.score.toFixed(1)} ${m.to.label} (${signed(m.gain)})`;

/** The two most exposed and most protected tasks, and the best move, as three short fields. */
export function highlightFields(s: RoleScore, best: Suggestion | undefined): Field[] {
  const { exposed, protectedTasks } = taskHighlights(s.role, COMPACT_TASKS);
  const line = compactTask(s.role);
  const fields: Field[] = [];
  if (exposed.length) fields.push({ label: 'Most exposed', value: exposed.map(line).join('\n') });
  if (protectedTasks.length) fields.push({ label: 'Most protected', value: protectedTasks.map(line).join('\n') });
  fields.push({
    label: 'Best move',
    value: best ? moveText(best) : 'none: no safer role in the catalog shares enough of its skills',
  });
  return fields;
}

export const whyButton = (role: Role, label = 'Why this score'): Button => ({
  label,
  action: { command: 'why', args: [role.id] },
});

export const planButton = (role: Role): Button => ({
  label: '12-week plan',
  action: { command: 'plan', args: [role.id] },
});

/** The details one click away from a role's card. */
export function detailButtons(role: Role, compareWith?: Role): Button[] {
  const buttons: Button[] = [
    whyButton(role),
    { label: 'Outlook & skills', action: { command: 'advice', args: [role.id] } },
    { label: 'Safer roles', action: { command: 'transition', args: [role.id] }, primary: true },
    planButton(role),
  ];
  if (compareWith)
    buttons.push({
      label: `Compare with ${compareWith.title}`,
      action: { command: 'compare', args: [role.id, compareWith.id] },
    });
  return buttons;
}
