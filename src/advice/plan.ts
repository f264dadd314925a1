// A 12-week action plan from one role to another, in four phases. Every step names the task or
// skill it comes from (its basis), so a person can see why it is there.
import type { Catalog } from '../catalog/catalog.ts';
import type { Role, Task } from '../catalog/schema.ts';
import { marketOf, changeText, usd } from '../engine/market.ts';
import { METHOD } from '../engine/method.ts';
import { normalizeTitle } from '../matching/normalize.ts';
import type { RoleScore } from '../engine/scoring.ts';
import type { Suggestion } from '../engine/transition.ts';
import { adviceOf, namedTasks, shortTask } from './role-advice.ts';

export interface PlanWeek {
  week: number;
  focus: string;
  steps: string[];
  basis: string[];
}

export interface Plan {
  from: RoleScore;
  to: RoleScore;
  /** The move the plan leads to; undefined when the plan stays in the role (no safer move found). */
  move: Suggestion | undefined;
  weeks: PlanWeek[];
}

export const PLAN_WEEKS = 12;
export const PHASES = {
  adopt: 'Adopt AI tools for your most exposed tasks',
  build: 'Build the skills the target needs',
  prove: 'Prove it with a project or certification',
  move: 'Make the move',
} as const;

const taskBasis = (t: Task, role: Role) =>
  `task: ${shortTask(t.name)} (${role.title}: ${Math.round(t.share)}% of the week, AI score ${t.score}/5)`;
const quoted = (t: Task) => `"${shortTask(t.name)}"`;
/** Cycles through a list so a phase has a step every week even when the role lists few items. */
const nth = <T>(items: T[], i: number): T | undefined => (items.length ? items[i % items.length] : undefined);

/** The source's most exposed tasks, most time × exposure first (or its biggest tasks when none is exposed). */
function exposedTasks(role: Role): Task[] {
  const weight = (t: Task) => t.score * t.share;
  const tasks = namedTasks(role);
  const exposed = tasks.filter((t) => t.score >= METHOD.exposedFrom).sort((a, b) => weight(b) - weight(a));
  return exposed.length ? exposed : [...tasks].sort((a, b) => b.share - a.share);
}

/** The target's tasks the source does not already do, biggest first: what the move adds. */
function gainedTasks(from: Role, to: Role): Task[] {
  const own = new Set(from.tasks.map((t) => normalizeTitle(t.name)));
  const tasks = from.id === to.id ? namedTasks(to).filter((t) => t.score < METHOD.exposedFrom) : namedTasks(to);
  return [...tasks]
    .filter((t) => !own.has(normalizeTitle(t.name)) || from.id === to.id)
    .sort((a, b) => b.share - a.share);
}

export function buildPlan(catalog: Catalog, from: RoleScore, to: RoleScore, move: Suggestion | undefined): Plan {
  const source = from.role;
  const target = to.role;
  const staying = source.id === target.id;
  const fromAdvice = adviceOf(catalog, source);
  const toAdvice = adviceOf(catalog, target);
  const weeks: PlanWeek[] = [];
  const add = (focus: string, steps: string[], basis: string[]) =>
    weeks.push({ week: weeks.length + 1, focus, steps, basis });

  // Weeks 1–3: hand the most exposed work to AI tools, deliberately and with checks.
  const exposed = exposedTasks(source);
  const tools = fromAdvice.skillsToLearn.aiTools;
  for (let i = 0; i < 3; i++) {
    const task = nth(exposed, i)!;
    const tool = nth(tools, i);
    add(
      PHASES.adopt,
      [
        `Hand part of ${quoted(task)} to an AI tool; check every result and note the time saved and the errors.`,
        `Write down which parts of ${quoted(task)} still need you, and why.`,
        ...(tool ? [`Learn one AI tool or practice from your skills list: ${tool}.`] : []),
      ],
      [taskBasis(task, source), ...(tool ? [`skill to learn: ${tool}`] : [])],
    );
  }

  // Weeks 4–7: the target's tasks and skills the person lacks.
  const gained = gainedTasks(source, target);
  const shared = new Set((move?.sharedSkills ?? []).map(normalizeTitle));
  // An estimate's "technical" advice is its own task list; its O*NET work activities name the skills.
  const assessed = target.basis === 'assessed';
  const skills = [
    ...(assessed ? toAdvice.skillsToLearn.technical : []),
    ...target.skillsCarried.filter((s) => !shared.has(normalizeTitle(s))),
  ];
  for (let i = 0; i < 4; i++) {
    const task = nth(gained, i);
    const skill = nth(skills, i);
    const steps = [
      ...(task ? [`Learn to do ${quoted(task)}: study how it is done well and do it once yourself.`] : []),
      ...(skill ? [`Practise ${skill} for a few hours with a course or a real piece of work.`] : []),
    ];
    add(PHASES.build, steps.length ? steps : [`Shadow someone working in the role (${target.title}) for a day.`], [
      ...(task ? [`task you would gain: ${taskBasis(task, target).slice('task: '.length)}`] : []),
      ...(skill ? [`skill ${target.title} needs: ${skill}`] : []),
      ...(steps.length ? [] : [`target role: ${target.title}`]),
    ]);
  }

  // Weeks 8–10: a piece of work that shows it, and feedback from people in the role.
  const main = gained[0] ?? nth(namedTasks(target), 0) ?? target.tasks[0]!;
  const human = assessed ? nth(toAdvice.skillsToLearn.human, 0) : undefined;
  const market = marketOf(catalog, target);
  add(
    PHASES.prove,
    [
      `Pick a piece of work (at your job, as a volunteer or in a course) that does ${quoted(main)} end to end, using the AI tools from weeks 1–3 where they help.`,
    ],
    [`task you would gain: ${taskBasis(main, target).slice('task: '.length)}`],
  );
  add(
    PHASES.prove,
    [
      'Finish that piece of work and write it up: the problem, what you did, what the AI did and what you checked.',
      ...(human ? [`Use the write-up to practise ${human}.`] : []),
    ],
    [`task you would gain: ${shortTask(main.name)}`, ...(human ? [`human skill: ${human}`] : [])],
  );
  add(
    PHASES.prove,
    [
      `Show the write-up to someone working in the role (${target.title}) and ask what is missing.`,
      (move?.facts.educationStep ?? 0) > 0
        ? `The role typically needs more schooling than yours (${market?.education}): find the programmes, their entry requirements and whether your experience counts.`
        : market?.education
          ? `Check which certificate or course employers ask for; BLS gives the typical entry education as: ${market.education}.`
          : 'Check which certificate or course employers in your area ask for.',
    ],
    [market?.education ? `BLS typical entry education: ${market.education}` : `target role: ${target.title}`],
  );

  // Weeks 11–12: the move itself, or more of the protected work when staying.
  const carried = move?.sharedSkills.length ? move.sharedSkills : source.skillsCarried.slice(0, 3);
  add(
    PHASES.move,
    [
      staying
        ? `Ask for more of the least exposed work in your role: ${gained
            .slice(0, 2)
            .map((t) => quoted(t))
            .join(', ')}.`
        : `Rewrite your CV around what carries over (${carried.join(', ')}) and lead with that piece of work.`,
    ],
    staying ? gained.slice(0, 2).map((t) => taskBasis(t, target)) : carried.map((s) => `skill that carries over: ${s}`),
  );
  const wage = move?.facts.wage;
  add(
    PHASES.move,
    [
      staying
        ? 'Agree with your manager how your week will shift, and check back in a quarter.'
        : `Apply, or ask for an internal move into ${target.title}${
            wage ? `; median pay is ${usd(wage.to)} a year against ${usd(wage.from)} today` : ''
          }.`,
      ...(move?.facts.caveats ?? []).map((c) => `Weigh this before you go: ${c}.`),
    ],
    market
      ? [
          `BLS: median pay ${market.medianWage === null ? 'no data' : usd(market.medianWage)}${
            market.projectedChange === null ? '' : `, ${changeText(market.projectedChange)} jobs projected 2024–34`
          }`,
        ]
      : [`target role: ${target.title}`],
  );
  return { from, to, move, weeks };
}
