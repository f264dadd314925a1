import { describe, expect, it } from 'vitest';
import { answerInTime } from '../../adapters/discord/deadline.ts';

const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

function recorder(deferMs = 0) {
  const steps: string[] = [];
  return {
    steps,
    answer: async (v: string) => void steps.push(`answer ${v}`),
    defer: async () => {
      steps.push('defer start');
      await later(null, deferMs);
      steps.push('defer done');
    },
    followUp: async (v: string) => void steps.push(`follow-up ${v}`),
  };
}

describe('GIVEN the 3-second rule', () => {
  it('GIVEN an answer ready in time THEN it is sent once and nothing is deferred', async () => {
    const r = recorder();
    await answerInTime(later('card', 5), 100, r);
    await later(null, 150);
    expect(r.steps).toEqual(['answer card']);
  });

  it('GIVEN a slow answer THEN it defers once, then follows up only after the deferral was accepted', async () => {
    const r = recorder(60);
    await answerInTime(later('card', 30), 5, r);
    expect(r.steps).toEqual(['defer start', 'defer done', 'follow-up card']);
  });
});
