// Evidence, barriers, protective principles and growth for an estimated occupation. Every item
// says where its number came from, or "no data" (and then it is 0, the neutral value).
import type { Occupation } from './occupation-data.ts';

export interface Item {
  score: number;
  why: string;
}
export const NO_DATA = (what: string): Item => ({ score: 0, why: `no data: ${what}` });

/** BLS projected change 2024–34 (all occupations: +3.1%) → job demand signal −2…+2. */
export function demandFromProjection(changePct: number | null): Item {
  if (changePct === null) return NO_DATA('no BLS projection for this occupation');
  const score = changePct >= 10 ? 2 : changePct >= 5 ? 1 : changePct > -5 ? 0 : changePct > -10 ? -1 : -2;
  return {
    score,
    why: `BLS projects ${changePct > 0 ? '+' : ''}${changePct}% employment change 2024–34 (all occupations +3.1%)`,
  };
}

/** A percentile of AI exposure/applicability → −2…+1: the more AI applies, the weaker the signal. */
export function signalFromPercentile(pct: number | null, value: number | null, what: string, source: string): Item {
  if (pct === null || value === null) return NO_DATA(`no ${source} score for this occupation`);
  const score = pct >= 80 ? -2 : pct >= 60 ? -1 : pct < 20 ? 1 : 0;
  return { score, why: `${source}: ${what} ${value.toFixed(2)}, higher than ${pct}% of occupations` };
}

export function evidenceItems(o: Occupation) {
  return {
    jobPostings: demandFromProjection(o.projection?.changePct ?? null),
    companyActions: NO_DATA('no public source of company actions per occupation'),
    wageTrends: NO_DATA('no wage trend per occupation in the sources'),
    toolMaturity: signalFromPercentile(
      o.applicabilityPercentile,
      o.applicability,
      'AI applicability',
      'Microsoft 2025',
    ),
    expertConsensus: signalFromPercentile(o.betaPercentile, o.beta, 'exposure beta', 'Eloundou et al. 2023'),
  };
}

/** Percent of task time in tasks scored 1 (both raters: no LLM exposure). */
export function unexposedShare(o: Pick<Occupation, 'tasks'>): number {
  return Math.round(o.tasks.filter((t) => t.score === 1).reduce((a, t) => a + t.share, 0) * 10) / 10;
}

function licensing(o: Occupation): Item {
  const training = o.projection?.training ?? null;
  if (training === 'Internship/residency')
    return { score: 2, why: 'BLS: internship/residency needed to practise (a licensing proxy)' };
  if (training === 'Apprenticeship') return { score: 1, why: 'BLS: apprenticeship needed (a credential proxy)' };
  if (o.jobZone === 5)
    return { score: 1, why: 'O*NET Job Zone 5: extensive preparation, often a graduate degree or licence' };
  if (o.jobZone === null && training === null) return NO_DATA('no job zone or BLS training data');
  return {
    score: 0,
    why: `O*NET Job Zone ${o.jobZone ?? '?'} and BLS training "${training ?? 'no data'}": no licence implied`,
  };
}

function inPerson(unexposed: number, o: Occupation): Item {
  if (o.tasks.length === 0) return NO_DATA('no tasks');
  const score = unexposed >= 60 ? 2 : unexposed >= 30 ? 1 : 0;
  return {
    score,
    why: `${unexposed}% of task time has no LLM exposure (Eloundou et al.), a proxy for hands-on, in-person work`,
  };
}

function accountability(o: Occupation): Item {
  if (!o.context) return NO_DATA('no O*NET work-context values for this occupation');
  const exact = o.context.exact;
  const score = exact >= 0.9 ? 2 : exact >= 0.75 ? 1 : 0;
  return { score, why: `O*NET work context: importance of being exact ${exact.toFixed(2)} (0–1)` };
}

export function barrierItems(o: Occupation) {
  const unexposed = unexposedShare(o);
  return {
    regulatory: licensing(o),
    physicalPresence: inPerson(unexposed, o),
    union: NO_DATA('no union coverage per occupation in the sources'),
    liability: accountability(o),
    cultural: NO_DATA('no source rates cultural resistance per occupation'),
  };
}

export function protectiveItems(o: Occupation) {
  const unexposed = unexposedShare(o);
  const physicality: Item =
    o.tasks.length === 0
      ? NO_DATA('no tasks')
      : {
          score: unexposed >= 70 ? 3 : unexposed >= 50 ? 2 : unexposed >= 30 ? 1 : 0,
          why: `${unexposed}% of task time has no LLM exposure (Eloundou et al.)`,
        };
  let moralJudgment: Item;
  if (!o.context) moralJudgment = NO_DATA('no O*NET work-context values for this occupation');
  else {
    const s = o.context.structured;
    const base = s >= 0.8 ? 2 : s >= 0.6 ? 1 : 0;
    const score = Math.min(3, base + (o.jobZone === 5 ? 1 : 0));
    moralJudgment = {
      score,
      why: `O*NET work context: freedom to set one's own goals (unstructured work) ${s.toFixed(2)}${o.jobZone === 5 ? ', Job Zone 5' : ''}`,
    };
  }
  return {
    physicality,
    interpersonal: NO_DATA('no source measures interpersonal depth per occupation'),
    moralJudgment,
  };
}

export const GROWTH_NO_DATA: Item = NO_DATA(
  'no source measures whether AI adoption raises or cuts demand; 0 (neutral)',
);
