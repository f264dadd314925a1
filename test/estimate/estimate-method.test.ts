import { describe, expect, it } from 'vitest';
import { ESTIMATE_CONFIG, estimateConfigSchema } from '../../src/estimate/config.ts';
import { itemConfidence, overallConfidence, taskConfidence } from '../../src/estimate/confidence.ts';
import {
  barrierItems,
  demandFromProjection,
  GROWTH_NO_DATA,
  growthItem,
  licensing,
  protectiveItems,
  toolMaturity,
} from '../../src/estimate/items.ts';
import type { Occupation } from '../../src/estimate/occupation-data.ts';
import { mixScore, taskScore, taskShares } from '../../src/estimate/task-method.ts';
import { canEstimate, occupationToRole } from '../../src/estimate/to-role.ts';
import { scoreRole } from '../../src/engine/scoring.ts';

const occupation = (over: Partial<Occupation> = {}): Occupation => ({
  code: '99-9999.00',
  title: 'Test Workers',
  description: 'Do tests.',
  titles: ['Tester'],
  jobZone: 3,
  tasks: [
    { text: 'Lift boxes', type: 'Core', share: 40, gpt4: 'E0', automation: 0 },
    { text: 'Write reports', type: 'Core', share: 40, gpt4: 'E1', automation: 3 },
    { text: 'File forms', type: 'Supplemental', share: 20, gpt4: 'E2', automation: 2 },
  ],
  taskCount: 3,
  labelledShare: 100,
  mappedShare: 100,
  activityWeights: { '4.A.3.a.2': 40, '4.A.4.a.5': 20, '4.A.3.b.6': 40 },
  context: { automation: 0.3, exact: 0.8, repeating: 0.5, structured: 0.7, routinePercentile: 40 },
  projection: { nem: '99-9999', changePct: 12, training: null, education: null, medianWage: 50000 },
  applicability: 0.1,
  beta: 0.4,
  betaPercentile: 50,
  applicabilityPercentile: 30,
  humanBeta: 0.4,
  related: [],
  activities: ['Moving objects'],
  exposedActivities: ['Writing'],
  ...over,
});
const t = ESTIMATE_CONFIG.taskScore;

describe('GIVEN task types', () => {
  it('THEN Core weighs twice Supplemental and the weights sum to exactly 100', () => {
    const shares = taskShares(['Core', 'Supplemental', 'Core', null, 'Core', 'Supplemental', 'Core']);
    expect(shares[0]).toBeCloseTo(2 * shares[1]!, 0);
    expect(Math.round(shares.reduce((a, b) => a + b, 0) * 10)).toBe(1000);
  });
});

describe('GIVEN GPT-4 labels and the fitted table', () => {
  it('THEN the score follows the table, automation adds its point, and the human label is not read', () => {
    expect(taskScore({ gpt4: 'E0', automation: 0 }).score).toBe(t.E0);
    expect(taskScore({ gpt4: 'E1', automation: t.automationFrom - 1 }).score).toBe(t.E1);
    expect(taskScore({ gpt4: 'E1', automation: 4 }).score).toBe(Math.min(5, t.E1 + t.automationAdd));
    expect(taskScore({ gpt4: 'E1', human: 'E0', automation: 0 } as never).score).toBe(
      taskScore({ gpt4: 'E1', automation: 0 }).score,
    );
  });
  it('THEN an unlabelled task says "no data" and takes the stated middle score', () => {
    const s = taskScore({ gpt4: null });
    expect(s).toMatchObject({ score: t.unlabelled });
    expect(s.why).toMatch(/^no data/);
  });
  it('THEN merged tasks score the weight-average of their label mix', () => {
    expect(mixScore({ E0T0: 50, E1T0: 50 })).toBeCloseTo((t.E0 + t.E1) / 2, 9);
  });
  it('THEN in routine work a task GPT-4 rates mostly automatable takes the routine step, and nothing else does', () => {
    const on = { ...ESTIMATE_CONFIG, taskScore: { ...t, routineFrom: 80, routineAdd: 1 } };
    const mostly = { gpt4: 'E1' as const, automation: 3 };
    const base = taskScore(mostly, on).score;
    expect(taskScore(mostly, on, 85).score).toBe(Math.min(5, base + 1));
    expect(taskScore(mostly, on, 85).why).toMatch(/routine, structured work .* 85%/);
    expect(taskScore(mostly, on, 79).score).toBe(base);
    expect(taskScore(mostly, on, null).score).toBe(base);
    // Exposed but not mostly automatable, or not exposed at all: no step however routine.
    expect(taskScore({ gpt4: 'E1', automation: 1 }, on, 99).score).toBe(
      taskScore({ gpt4: 'E1', automation: 1 }, on).score,
    );
    expect(taskScore({ gpt4: 'E0', automation: 4 }, on, 99).score).toBe(
      taskScore({ gpt4: 'E0', automation: 4 }, on).score,
    );
    const off = { ...ESTIMATE_CONFIG, taskScore: { ...t, routineAdd: 0 } };
    expect(taskScore(mostly, off, 99).score).toBe(taskScore(mostly, off).score);
    expect(mixScore({ E1T3: 50, E0T0: 50 }, on, 90)).toBeCloseTo((Math.min(5, base + 1) + t.E0) / 2, 9);
  });
  it('THEN a table whose scores fall as exposure rises is rejected', () => {
    expect(() => estimateConfigSchema.parse({ ...ESTIMATE_CONFIG, taskScore: { ...t, E0: 4, E1: 2 } })).toThrow(
      /E0 ≤ E2 ≤ E1/,
    );
  });
});

describe('GIVEN evidence sources', () => {
  it('THEN BLS growth well above average is a positive demand signal and decline a negative one, each with its source', () => {
    expect(demandFromProjection(15.8)).toMatchObject({ score: 2, source: expect.stringContaining('BLS') });
    expect(demandFromProjection(-12).score).toBe(-2);
    expect(demandFromProjection(null)).toMatchObject({ score: 0, why: expect.stringMatching(/^no data/) });
    expect(demandFromProjection(null).source).toBeUndefined();
  });
  it('THEN a top-fifth AI applicability weighs against the role and the bottom fifth for it', () => {
    expect(toolMaturity({ applicability: 0.4, applicabilityPercentile: 90 }).score).toBe(-2);
    expect(toolMaturity({ applicability: 0.01, applicabilityPercentile: 10 }).score).toBe(1);
  });
  it('THEN growth is 0 with "no data" where BLS names no factor', () => {
    expect(GROWTH_NO_DATA).toMatchObject({ score: 0, why: expect.stringMatching(/^no data/) });
    expect(growthItem(occupation())).toBe(GROWTH_NO_DATA);
  });
  it('THEN the factor BLS names sets growth: AI cuts most, other software less, machinery and demand not at all', () => {
    const g = ESTIMATE_CONFIG.growth.points;
    const withFactor = (factor: string) =>
      growthItem(
        occupation({
          projection: { nem: 'x', changePct: -5, training: null, education: null, medianWage: null, factor },
        }),
      );
    const ai = withFactor(
      'Capital/labor substitution - share decreases as automated processes, including artificial intelligence (AI), replace keying.',
    );
    expect(ai).toMatchObject({ score: g.aiCut, source: expect.stringContaining('Table 1.12') });
    expect(ai.why).toContain('artificial intelligence');
    expect(
      withFactor('Productivity change - share decreases as automated billing software lets fewer do more.').score,
    ).toBe(g.softwareCut);
    expect(
      withFactor('Productivity change - share decreases as collaborative robotics increase efficiency.').score,
    ).toBe(0);
    expect(withFactor('Demand change - share decreases as the Do Not Call registry grows.').score).toBe(0);
    expect(withFactor('Demand change - share increases as firms invest in artificial intelligence (AI).').score).toBe(
      g.aiRaise,
    );
    expect(
      withFactor('Demand change - share increases as demand grows, partially offset by AI-based tools.').score,
    ).toBe(0);
  });
});

describe('GIVEN licensing signals', () => {
  it('THEN residency, a licensing word in the description and a licensed group each give the barrier, and their absence none', () => {
    expect(
      licensing(
        occupation({
          projection: { nem: 'x', changePct: 0, training: 'Internship/residency', education: null, medianWage: null },
        }),
      ).score,
    ).toBe(2);
    expect(licensing(occupation({ description: 'Must be licensed to practise.' })).score).toBe(2);
    expect(licensing(occupation({ code: '29-1141.00' }))).toMatchObject({
      score: 2,
      source: expect.stringContaining('rule'),
    });
    expect(licensing(occupation({ code: '25-2021.00' })).score).toBe(2);
    expect(licensing(occupation()).score).toBe(0);
    expect(
      licensing(
        occupation({
          projection: { nem: 'x', changePct: 0, training: 'Apprenticeship', education: null, medianWage: null },
        }),
      ).score,
    ).toBe(1);
  });
});

describe('GIVEN O*NET work activities', () => {
  it('THEN physical presence, physicality and interpersonal depth follow the activity weights, not the exposure labels', () => {
    const heavy = occupation({ activityWeights: { '4.A.3.a.2': 60, '4.A.4.a.5': 40 } });
    const desk = occupation({ activityWeights: { '4.A.3.b.6': 100 } });
    expect(barrierItems(heavy).physicalPresence.score).toBeGreaterThan(barrierItems(desk).physicalPresence.score);
    expect(protectiveItems(heavy).physicality.score).toBeGreaterThan(protectiveItems(desk).physicality.score);
    expect(protectiveItems(heavy).interpersonal.score).toBeGreaterThan(protectiveItems(desk).interpersonal.score);
    expect(protectiveItems(occupation({ mappedShare: 0, activityWeights: {} })).interpersonal.why).toMatch(/^no data/);
  });
});

describe('GIVEN confidence rules', () => {
  it('THEN labelled and mapped tasks are high, partly labelled medium, few labels low', () => {
    expect(taskConfidence({ labelledShare: 100, mappedShare: 100, taskCount: 10 })).toBe('high');
    expect(taskConfidence({ labelledShare: 100, mappedShare: 40, taskCount: 10 })).toBe('medium');
    expect(taskConfidence({ labelledShare: 80, mappedShare: 100, taskCount: 10 })).toBe('medium');
    expect(taskConfidence({ labelledShare: 40, mappedShare: 100, taskCount: 10 })).toBe('low');
  });
  it('THEN item groups with too few sourced items are low, and overall is the lowest of tasks, evidence and barriers', () => {
    expect(itemConfidence({ a: { score: 0, why: 'no data: x' }, b: { score: 1, why: 'BLS' } }, 2)).toBe('low');
    expect(
      overallConfidence({ tasks: 'high', evidence: 'medium', barriers: 'medium', protective: 'low', growth: 'low' }),
    ).toBe('medium');
    expect(
      overallConfidence({ tasks: 'high', evidence: 'medium', barriers: 'low', protective: 'low', growth: 'low' }),
    ).toBe('low');
  });
  it("THEN missing work context or market data lowers the estimate's confidence", () => {
    expect(occupationToRole(occupation(), {}).confidence).toBe('medium');
    expect(occupationToRole(occupation({ context: null }), {}).confidence).toBe('low');
    expect(occupationToRole(occupation({ projection: null }), {}).confidence).toBe('low');
  });
});

describe('GIVEN an occupation turned into a role', () => {
  const role = occupationToRole(occupation(), { 3: 'Medium Preparation Needed' });
  it('THEN it is an estimated role of any seniority with its O*NET code and a confidence', () => {
    expect(role).toMatchObject({ basis: 'estimated', seniority: 'any', onet: '99-9999.00', confidence: 'medium' });
  });
  it('THEN every item names a source or says "no data"', () => {
    for (const item of [
      ...Object.values(role.evidence),
      ...Object.values(role.barriers),
      ...Object.values(role.protective),
      role.growth,
    ]) {
      expect(item.source !== undefined || item.why.startsWith('no data'), item.why).toBe(true);
    }
    expect(role.evidence.companyActions.why).toMatch(/^no data/);
  });
  it('THEN it scores with the same engine as assessed roles', () => {
    const s = (l: { gpt4: 'E0' | 'E1' | 'E2'; automation: number }) => taskScore(l).score;
    expect(scoreRole(role).dimensions.taskResistance).toBeCloseTo(
      6 -
        (0.4 * s({ gpt4: 'E0', automation: 0 }) +
          0.4 * s({ gpt4: 'E1', automation: 3 }) +
          0.2 * s({ gpt4: 'E2', automation: 2 })),
      6,
    );
  });
  it('THEN an occupation with no tasks cannot be estimated', () => {
    expect(canEstimate(occupation({ tasks: [] }))).toBe(false);
  });
});
