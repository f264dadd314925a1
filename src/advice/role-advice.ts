// The advice part of a card: outlook, skills to learn (AI tools, technical, human), how to position
// yourself, who should worry and what the score does not capture. Hand-assessed roles say it in their
// files; estimates get only what their data supports (exposed tasks, activities, BLS), never filler.
import type { Catalog } from '../catalog/catalog.ts';
import type { Role, Task } from '../catalog/schema.ts';
import { marketOf, changeText } from '../engine/market.ts';
import { METHOD } from '../engine/method.ts';
import type { EstimatedRole } from '../estimate/to-role.ts';

export interface SkillGroups {
  aiTools: string[];
  technical: string[];
  human: string[];
}

export interface Advice {
  outlook: { nearTerm: string; longerTerm: string | null; source?: string } | null;
  skillsToLearn: SkillGroups;
  positioning: string[];
  whoShouldWorry: string | null;
  notCaptured: string | null;
  /** Where estimated advice comes from; assessed roles cite their file's sources. */
  basis: string;
}

const byExposure = (tasks: Task[]) => [...tasks].sort((a, b) => b.score - a.score || b.share - a.share);
const byProtection = (tasks: Task[]) => [...tasks].sort((a, b) => a.score - b.score || b.share - a.share);
/** Estimated task names are whole O*NET statements; the first clause is enough to name one. */
export const shortTask = (name: string) => {
  const first = name.split(/[.;:]/)[0]!.trim();
  return first.length > 110 ? `${first.slice(0, 107).trimEnd()}…` : first;
};

/** A role's tasks without an estimate's "N further tasks (combined)" entry, which names no task. */
export function namedTasks(role: Role): Task[] {
  const o = (role as Partial<EstimatedRole>).estimate?.occupation;
  const combined = new Set((o?.tasks ?? []).filter((t) => t.merged).map((t) => t.text));
  return combined.size ? role.tasks.filter((t) => !combined.has(t.name)) : role.tasks;
}

export function adviceOf(catalog: Catalog, role: Role): Advice {
  if (role.basis === 'assessed') {
    return {
      outlook: role.outlook,
      skillsToLearn: role.skillsToLearn,
      positioning: role.positioning,
      whoShouldWorry: role.commentary.whoShouldWorry,
      notCaptured: role.commentary.notCaptured,
      basis: 'the role file, assessed by hand',
    };
  }
  return estimatedAdvice(catalog, role as EstimatedRole);
}

const FEW = 3;

function estimatedAdvice(catalog: Catalog, role: EstimatedRole): Advice {
  const o = role.estimate?.occupation;
  const market = marketOf(catalog, role);
  const tasks = namedTasks(role);
  const exposed = byExposure(tasks).filter((t) => t.score >= METHOD.exposedFrom);
  const protectedTasks = byProtection(tasks).filter((t) => t.score < METHOD.exposedFrom);
  const research = role.onet ? catalog.estimates?.research.get(role.onet) : undefined;
  const nearTerm =
    market?.projectedChange != null
      ? `BLS projects ${changeText(market.projectedChange)} jobs 2024–34 (all occupations +3.1%)${market.openings != null ? `, with about ${market.openings.toLocaleString('en-US')} openings a year` : ''}.`
      : null;
  const longerTerm =
    research?.betaPercentile != null
      ? `Eloundou et al. 2023 rate its tasks as more exposed to language models than ${research.betaPercentile}% of occupations: the tasks below scored 3 or more are the ones likely to change first.`
      : null;
  const activities = o?.exposedActivities ?? [];
  return {
    outlook: nearTerm ? { nearTerm, longerTerm } : null,
    skillsToLearn: {
      // O*NET work activities behind the exposed tasks: where AI tools pay off first.
      aiTools: activities.slice(0, FEW).map((a) => `AI tools for: ${a}`),
      // The least exposed tasks are the ones to get better at; they stay with a person.
      technical: protectedTasks
        .filter((t) => t.score > METHOD.taskClasses.notInvolvedAt)
        .slice(0, FEW)
        .map((t) => shortTask(t.name)),
      human: protectedTasks
        .filter((t) => t.score <= METHOD.taskClasses.notInvolvedAt)
        .slice(0, FEW)
        .map((t) => shortTask(t.name)),
    },
    positioning: protectedTasks.length
      ? [
          `Shift your week toward the least exposed work: ${protectedTasks
            .slice(0, 2)
            .map((t) => shortTask(t.name))
            .join('; ')}.`,
        ]
      : [],
    whoShouldWorry: exposed.length
      ? `Those whose week is mostly: ${exposed
          .slice(0, 2)
          .map((t) => shortTask(t.name))
          .join('; ')}.`
      : null,
    notCaptured: role.commentary.notCaptured,
    basis: 'O*NET tasks and work activities, Eloundou et al. 2023 and BLS projections',
  };
}
