// The JSON document of a personal score (`career-bot myscore ... --json`), built from the engine result.
import { riskDoc } from '../output/documents.ts';
import { roleRef } from '../errors.ts';
import { mixCode, type PersonalScore } from './score.ts';
import type { Role } from '../catalog/schema.ts';
import { taskClass, type RoleScore } from '../engine/scoring.ts';
import { round1 } from '../engine/rounding.ts';

export function personalDoc(p: PersonalScore, baseline: RoleScore) {
  const s = p.personal;
  return {
    kind: 'personal' as const,
    role: { ...roleRef(p.role), onet: p.role.onet },
    baseline: riskDoc(baseline),
    personal: {
      score: s.score,
      zone: s.zone,
      label: s.label,
      subLabel: s.subLabel,
      taskResistance: s.dimensions.taskResistance,
      split: s.split,
      exposed: s.exposed,
      change: round1(s.score - baseline.score),
    },
    tasks: p.tasks,
    movers: p.movers.map(({ task, share, roleShare, effect }) => ({ task, share, roleShare, effect })),
    levers: p.levers.map(({ from, to, shift, gain, score }) => ({ from, to, shift, gain, score })),
    mix: mixCode(p.entries),
  };
}

/** Asked without a split: the role's tasks and typical split, to start from. */
export function personalTasksDoc(role: Role) {
  return {
    kind: 'personal-tasks' as const,
    role: { ...roleRef(role), onet: role.onet },
    tasks: role.tasks.map((t, i) => ({
      number: i + 1,
      name: t.name,
      share: t.share,
      score: t.score,
      class: taskClass(t),
    })),
  };
}
