import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/matching/edit-distance.ts';
import { TitleIndex, winningCodes } from '../../src/matching/title-index.ts';
import { realCatalog } from '../helpers.ts';

const index = new TitleIndex({
  strings: 5,
  codes: ['29-1141.00', '53-3032.00', '53-7062.00', '41-9021.00'],
  titles: {
    'registered nurse': [0, 10],
    'truck driver': [1, 10],
    trucker: [1, 3, 2, 2],
    realtor: [1, 3, 3, 3],
    'banana expert': [3, 1],
  },
});

describe('GIVEN the title index', () => {
  it('THEN an exact normalised title finds its codes, heaviest first', () => {
    expect(index.exact('trucker')!.codes.map((c) => c.code)).toEqual(['53-3032.00', '53-7062.00']);
  });
  it('THEN the heavier code wins and equal weights are all kept (the bot asks back)', () => {
    expect(winningCodes(index.exact('trucker')!)).toEqual(['53-3032.00']);
    expect(winningCodes(index.exact('realtor')!)).toHaveLength(2);
  });
  it('THEN a typo in one word still finds the title', () => {
    expect(index.search('registerd nurse')[0]?.key).toBe('registered nurse');
  });
  it('THEN one word of a longer title is not enough ("banana" is no Banana Expert)', () => {
    expect(index.search('banana')).toEqual([]);
  });
  it('THEN a prefix search completes the last word for autocomplete', () => {
    expect(index.search('regist', 5, true).map((h) => h.key)).toContain('registered nurse');
  });
  it('THEN edit distance stops early past the limit', () => {
    expect(editDistance('nurse', 'nurze', 1)).toBe(1);
    expect(editDistance('nurse', 'xyzzy', 1)).toBe(2);
  });
  it('THEN two neighbouring letters swapped count as one slip, not two edits', () => {
    expect(editDistance('netwrok', 'network', 1)).toBe(1);
    expect(editDistance('netwrok', 'network', 0)).toBe(1);
  });
});

describe('GIVEN the full catalog with every O*NET title', () => {
  const catalog = realCatalog();
  it('THEN it indexes over 60,000 title strings', () => {
    expect(catalog.titleIndex!.size).toBeGreaterThan(60_000);
  });
  it('THEN an alternate title of a code a hand-assessed role carries leads to that role', () => {
    expect(catalog.resolve('application developer').role.basis).toBe('assessed');
  });
  it('THEN autocomplete offers O*NET titles completing what was typed', () => {
    expect(catalog.matcher.suggest('truck dr', 5)[0]?.onet).toBe('53-3032.00');
    expect(catalog.matcher.suggest('backe', 5)[0]?.basis).toBe('assessed');
  });
  it('THEN "trucker" is the estimated heavy truck drivers occupation', () => {
    expect(catalog.resolve('trucker').role).toMatchObject({ onet: '53-3032.00', basis: 'estimated' });
  });
});
