import { describe, expect, it } from 'vitest';
import { itemConfidence, overallConfidence, taskConfidence } from '../../src/estimate/confidence.ts';
import { barrierItems, demandFromProjection, GROWTH_NO_DATA, signalFromPercentile } from '../../src/estimate/items.ts';
import type { Occupation } from '../../src/estimate/occupation-data.ts';
import { taskScore, taskShares } from '../../src/estimate/task-method.ts';
import { canEstimate, occupationToRole } from '../../src/estimate/to-role.ts';
import { scoreRole } from '../../src/engine/scoring.ts';

const occupation = (over: Partial<Occupation> = {}): Occupation => ({
  code: '99-9999.00',
  title: 'Test Workers',
  description: 'Do tests.',
  titles: ['Tester'],
  jobZone: 3,
  tasks: [
    { text: 'Lift boxes', type: 'Core', share: 40, gpt4: 'E0', human: 'E0', automation: 0, score: 1 },
    { text: 'Write reports', type: 'Core', share: 40, gpt4: 'E1', human: 'E1', automation: 3, score: 4 },
    { text: 'File forms', type: 'Supplemental', share: 20, gpt4: 'E2', human: 'E2', automation: 2, score: 3 },
  ],
  taskCount: 3,
  labelledShare: 100,
  agreement: 1,
  context: { automation: 0.3, exact: 0.8, repeating: 0.5, structured: 0.7 },
  projection: { nem: '99-9999', changePct: 12, training: null, education: null },
  applicability: 0.1,
  beta: 0.4,
  betaPercentile: 50,
  applicabilityPercentile: 30,
  related: [],
  activities: ['Moving objects'],
  exposedActivities: ['Writing'],
  ...over,
});

describe('GIVEN task types', () => {
  it('THEN Core weighs twice Supplemental and the shares sum to exactly 100', () => {
    const shares = taskShares(['Core', 'Supplemental', 'Core', null, 'Core', 'Supplemental', 'Core']);
    expect(shares[0]).toBeCloseTo(2 * shares[1]!, 0);
    expect(Math.round(shares.reduce((a, b) => a + b, 0) * 10)).toBe(1000);
  });
  it('THEN three equal tasks still sum to 100 after rounding', () => {
    expect(taskShares(['Core', 'Core', 'Core']).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
  });
});

describe('GIVEN Eloundou labels', () => {
  it('THEN both raters E0 scores 1 and both E1 scores 4, 5 only with automation T4', () => {
    expect(taskScore({ gpt4: 'E0', human: 'E0' }).score).toBe(1);
    expect(taskScore({ gpt4: 'E1', human: 'E1', automation: 3 }).score).toBe(4);
    expect(taskScore({ gpt4: 'E1', human: 'E1', automation: 4 }).score).toBe(5);
    expect(taskScore({ gpt4: 'E1', human: 'E2' }).score).toBe(3);
    expect(taskScore({ gpt4: 'E2', human: 'E0' }).score).toBe(2);
  });
  it('THEN an unlabelled task says "no data" and takes the middle score', () => {
    const t = taskScore({ gpt4: null, human: null });
    expect(t).toMatchObject({ score: 3 });
    expect(t.why).toMatch(/^no data/);
  });
});

describe('GIVEN evidence sources', () => {
  it('THEN BLS growth well above average is a positive demand signal and decline a negative one', () => {
    expect(demandFromProjection(15.8).score).toBe(2);
    expect(demandFromProjection(-12).score).toBe(-2);
    expect(demandFromProjection(null)).toMatchObject({ score: 0, why: expect.stringMatching(/^no data/) });
  });
  it('THEN a top-fifth AI applicability weighs against the role and the bottom fifth for it', () => {
    expect(signalFromPercentile(90, 0.4, 'x', 'Microsoft 2025').score).toBe(-2);
    expect(signalFromPercentile(10, 0.01, 'x', 'Microsoft 2025').score).toBe(1);
  });
  it('THEN growth is 0 with "no data"', () => {
    expect(GROWTH_NO_DATA).toMatchObject({ score: 0, why: expect.stringMatching(/^no data/) });
  });
});

describe('GIVEN barriers', () => {
  it('THEN a mostly unexposed week reads as physical presence and residency as licensing', () => {
    const b = barrierItems(
      occupation({
        tasks: occupation().tasks.map((t) => ({ ...t, score: 1 })),
        projection: { nem: 'x', changePct: 0, training: 'Internship/residency', education: null },
      }),
    );
    expect(b.physicalPresence.score).toBe(2);
    expect(b.regulatory.score).toBe(2);
  });
});

describe('GIVEN confidence rules', () => {
  it('THEN full labels with agreeing raters are high, partial labels medium, few labels low', () => {
    expect(taskConfidence({ labelledShare: 100, agreement: 0.7, taskCount: 10 })).toBe('high');
    expect(taskConfidence({ labelledShare: 80, agreement: 0.7, taskCount: 10 })).toBe('medium');
    expect(taskConfidence({ labelledShare: 40, agreement: 0.7, taskCount: 10 })).toBe('low');
  });
  it('THEN item groups with too few sourced items are low, and overall is the lower of tasks and evidence', () => {
    expect(itemConfidence({ a: { score: 0, why: 'no data: x' }, b: { score: 1, why: 'BLS' } }, 2)).toBe('low');
    expect(
      overallConfidence({ tasks: 'high', evidence: 'medium', barriers: 'low', protective: 'low', growth: 'low' }),
    ).toBe('medium');
  });
});

describe('GIVEN an occupation turned into a role', () => {
  const role = occupationToRole(occupation(), { 3: 'Medium Preparation Needed' });
  it('THEN it is an estimated role of any seniority with its O*NET code and a confidence', () => {
    expect(role).toMatchObject({ basis: 'estimated', seniority: 'any', onet: '99-9999.00', confidence: 'medium' });
  });
  it('THEN every item says where it came from or "no data"', () => {
    for (const item of [
      ...Object.values(role.evidence),
      ...Object.values(role.barriers),
      ...Object.values(role.protective),
      role.growth,
    ]) {
      expect(item.why.length).toBeGreaterThan(5);
    }
    expect(role.evidence.companyActions.why).toMatch(/^no data/);
  });
  it('THEN it scores with the same engine as assessed roles', () => {
    expect(scoreRole(role).dimensions.taskResistance).toBeCloseTo(6 - (0.4 * 1 + 0.4 * 4 + 0.2 * 3), 6);
  });
  it('THEN an occupation with no tasks cannot be estimated', () => {
    expect(canEstimate(occupation({ tasks: [] }))).toBe(false);
  });
});
