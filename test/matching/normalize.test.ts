// normalizeTitle skips steps that cannot change a string; these tests hold it to the plain
// step-by-step form (the reference below) on every name and task it meets at load, and on random text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../../src/matching/normalize.ts';
import { seniorityWord } from '../../src/matching/seniority.ts';
import { readOccupationFile } from '../../src/estimate/load.ts';
import { realCatalog } from '../helpers.ts';

const SYMBOLS: [RegExp, string][] = [
  [/c\+\+/g, ' cpp '],
  [/c#/g, ' csharp '],
  [/f#/g, ' fsharp '],
  [/\.net\b/g, ' dotnet '],
  [/\bnode\.js\b/g, ' nodejs '],
  [/\bvue\.js\b/g, ' vuejs '],
  [/\bnext\.js\b/g, ' nextjs '],
  [/&/g, ' and '],
  [/\+/g, ' plus '],
];
const COMPOUNDS: [RegExp, string][] = [
  [/\bback end\b/g, 'backend'],
  [/\bfront end\b/g, 'frontend'],
  [/\bfull stack\b/g, 'fullstack'],
  [/\bdev ops\b/g, 'devops'],
  [/\bdev sec ops\b/g, 'devsecops'],
  [/\bsec ops\b/g, 'secops'],
  [/\bml ops\b/g, 'mlops'],
  [/\bdata base\b/g, 'database'],
  [/\bhelp desk\b/g, 'helpdesk'],
  [/\bserver side\b/g, 'serverside'],
  [/\bclient side\b/g, 'clientside'],
  [/\bweb master\b/g, 'webmaster'],
  [/\bmid level\b/g, 'midlevel'],
  [/\bentry level\b/g, 'entrylevel'],
  [/\bnode js\b/g, 'nodejs'],
  [/\bmachine learning\b/g, 'ml'],
  [/\bartificial intelligence\b/g, 'ai'],
  [/\bquality assurance\b/g, 'qa'],
  [/\buser experience\b/g, 'ux'],
  [/\buser interface\b/g, 'ui'],
];
// prettier-ignore
const WORDS = new Map(Object.entries({
  dev: 'developer', devs: 'developer', developers: 'developer', develop: 'developer', development: 'developer',
  eng: 'engineer', engr: 'engineer', engineers: 'engineer', engineering: 'engineer', sr: 'senior', snr: 'senior',
  jr: 'junior', jnr: 'junior', mgr: 'manager', admin: 'administrator', admins: 'administrator',
  sysadmin: 'system administrator', programmers: 'programmer', coders: 'coder', testers: 'tester',
  analysts: 'analyst', architects: 'architect', designers: 'designer', managers: 'manager',
  scientists: 'scientist', specialists: 'specialist', technicians: 'technician', administrators: 'administrator',
  folks: '', people: '', guys: '', guy: '', gal: '', person: '', role: '', roles: '', job: '', jobs: '',
  a: '', an: '', the: '', with: '', of: '', as: '', my: '', our: '', im: '', am: '',
}));

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
    .map((t) => WORDS.get(t) ?? singular(t));
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
      ...WORDS.keys(),
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
