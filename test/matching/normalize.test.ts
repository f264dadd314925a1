// normalizeTitle skips steps that cannot change a string; these tests hold it to the plain
// step-by-step form (the reference below) on every name and task it meets at load, and on random text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPOUNDS, normalizeTitle, SYMBOLS, WORDS } from '../../src/matching/normalize.ts';
import { seniorityWord } from '../../src/matching/seniority.ts';
import { readOccupationFile } from '../../src/estimate/load.ts';
import { realCatalog } from '../helpers.ts';

// The tables are the module's own; the reference applies every one of them to every string.
/** The reference: every step on every string. */
function reference(input: string): string {
  let s = input.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [re, to] of SYMBOLS) s = s.replace(re, to);
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  for (const [re, to] of COMPOUNDS) s = s.replace(re, to);
  const singular = (t: string) => (t.length > 4 && t.endsWith('s') && !/(ss|us|is|ops)$/.test(t) ? t.slice(0, -1) : t);
  const tokens = s
    .split(' ')
    .filter(Boolean)
    .map((t) => (Object.hasOwn(WORDS, t) ? WORDS[t]! : singular(t)));
  return tokens.join(' ').replace(/\s+/g, ' ').trim();
}

describe('GIVEN normalizeTitle', () => {
  it('THEN it agrees with the step-by-step reference on every catalog name and task and every O*NET title and task', () => {
    const texts = new Set<string>();
    for (const r of realCatalog().roles)
      for (const t of [r.title, r.familyTitle, ...r.aliases, ...r.skillsCarried, ...r.tasks.map((x) => x.name)])
        texts.add(t);
    for (const o of readOccupationFile().occupations)
      for (const t of [o.title, ...o.titles, ...o.tasks.map((x) => x.text)]) texts.add(t);
    expect(texts.size).toBeGreaterThan(20_000);
    const differ = [...texts].filter((t) => normalizeTitle(t) !== reference(t));
    expect(differ).toEqual([]);
  });

  it('THEN it agrees with the reference on random text built from the symbols, compounds and short forms', () => {
    const pieces = [
      ...'c++ c# f# .net node.js vue.js next.js & + . - / ( ) É é ﬁ ß İ Ⅻ'.split(' '),
      ...COMPOUNDS.map(([re]) => re.source.replace(/\\b/g, '')),
      ...Object.keys(WORDS),
      'back',
      'end',
      'js',
      'net',
      'class',
      'devops',
      'nurses',
      'x',
      ' ',
      '  ',
    ];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 })), { maxLength: 12 });
    fc.assert(
      fc.property(text, (parts) => {
        const s = parts.join(fc.sample(fc.constantFrom('', ' ', '-'), 1)[0]);
        expect(normalizeTitle(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('THEN a word that is also an object property name stays a word', () => {
    expect(normalizeTitle('Constructor')).toBe('constructor');
    expect(normalizeTitle('toString valueOf')).toBe('tostring valueof');
  });
  it('THEN an O*NET title with such a word finds its occupation ("elevator constructor")', () => {
    expect(realCatalog().resolve('Elevator Constructor').role.onet).toBe('47-4021.00');
  });
  it('THEN such a word alone names no title and no level', () => {
    for (const word of ['constructor', 'tostring', 'valueof', 'hasownproperty', '__proto__']) {
      expect(realCatalog().titleIndex!.exact(word), word).toBeUndefined();
      expect(seniorityWord(word), word).toBeUndefined();
    }
  });
});
