import { describe, expect, it } from 'vitest';
import { carryOver, suggestTransitions } from '../../src/engine/transition.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const moves = (id: string) =>
  suggestTransitions(catalog, catalog.score(catalog.byId.get(id)!), 10).map((s) => [
    s.to.role.id,
    s.carryOver,
    s.reason,
  ]);

describe('GIVEN the carry-over between two roles', () => {
  it('THEN a role carries every skill and all its task wording over to itself', () => {
    const role = catalog.byId.get('backend-developer-mid')!;
    expect(carryOver(role, role)).toEqual({ score: 1, sharedSkills: role.skillsCarried });
  });
  it('THEN the shared skills are the source role’s own, in its order', () => {
    const from = catalog.byId.get('backend-developer-mid')!;
    const { sharedSkills } = carryOver(from, catalog.byId.get('data-engineer-mid')!);
    expect(sharedSkills.length).toBeGreaterThan(0);
    expect(sharedSkills).toEqual(from.skillsCarried.filter((s) => sharedSkills.includes(s)));
  });
});

describe('GIVEN the moves of more roles than the rankings kept', () => {
  it('THEN a role asked about again gets the same moves as the first time', () => {
    const before = moves('backend-developer-mid');
    for (const role of catalog.roles.slice(0, 400)) suggestTransitions(catalog, catalog.score(role), 5);
    expect(before.length).toBeGreaterThan(0);
    expect(moves('backend-developer-mid')).toEqual(before);
  });
});
