// The intent parser on the real catalog: vague words ask back, the name index is ready before the first question once the bot has warmed it up.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { intentRoleIds, parseIntent, prepareIntentParser, type Intent } from '../../src/intent/index.ts';
import { loadCatalog } from '../../src/load-catalog.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const summary = (i: Intent) => `${i.kind} ${intentRoleIds(i).join(',')}`.trim();
const candidatesOf = (i: Intent) => (i.kind === 'clarify' ? i.candidates.map((c) => c.id) : []);

describe("GIVEN a short word that several families' titles begin with", () => {
  it('GIVEN "I want to move into QA" THEN it asks back with both QA families', () => {
    const intent = parseIntent(catalog, 'I want to move into QA');
    expect(intent.kind).toBe('clarify');
    expect(candidatesOf(intent).sort()).toEqual(['manual-qa-tester-mid', 'qa-engineer-mid']);
  });
  it('GIVEN "data" THEN it asks back with the data families, never a made-up role', () => {
    const intent = parseIntent(catalog, 'data');
    expect(intent.kind).toBe('clarify');
    expect(candidatesOf(intent)).toEqual(
      expect.arrayContaining(['data-analyst-mid', 'data-engineer-mid', 'data-scientist-mid']),
    );
  });
  it('GIVEN a neighbouring word only one of them uses THEN that family is meant', () => {
    expect(summary(parseIntent(catalog, 'is manual qa safe?'))).toBe('risk manual-qa-tester-mid');
    expect(summary(parseIntent(catalog, 'are qa automation folks safe?'))).toBe('risk qa-engineer-mid');
  });
  it('GIVEN the word next to another role THEN the family it names stands ("qa vs devops")', () => {
    expect(summary(parseIntent(catalog, 'qa vs devops who gets automated first'))).toBe(
      'compare qa-engineer-mid,devops-engineer-mid',
    );
  });
});

describe('GIVEN a request for the roles of a zone', () => {
  it('GIVEN "what roles are in the red zone?" THEN it lists the red zone, not the Red Team Operator', () => {
    const intent = parseIntent(catalog, 'what roles are in the red zone?');
    expect(intent.kind === 'roles' && intent.filter).toBe('red');
  });
});

describe('GIVEN an unknown title', () => {
  it('THEN it asks back quickly with the nearest families, without a fuzzy search', () => {
    parseIntent(catalog, 'is agile coaching a safe job');
    const start = performance.now();
    const intent = parseIntent(catalog, 'is a blockchain wizard safe?');
    expect(performance.now() - start).toBeLessThan(5);
    expect(intent.kind).toBe('clarify');
  });
  it('GIVEN "agile coaching" THEN the activity names the coach', () => {
    expect(summary(parseIntent(catalog, 'is agile coaching a safe job'))).toBe('risk scrum-master-mid');
  });
});

describe('GIVEN a freshly loaded catalog that the bot warmed up as it started', () => {
  it('THEN its first question is answered without building the name index then', () => {
    const fresh = loadCatalog();
    prepareIntentParser(fresh);
    const start = performance.now();
    expect(summary(parseIntent(fresh, 'how exposed are backend developers?'))).toBe('risk backend-developer-mid');
    // Building the index takes tens of milliseconds; answering with it, well under one.
    expect(performance.now() - start).toBeLessThan(10);
  });
});

describe('GIVEN the O*NET estimates in the catalog', () => {
  it('GIVEN chat words that are also O*NET titles ("cooked", "mate", "team") THEN they name no role', () => {
    expect(summary(parseIntent(catalog, 'cheers mate'))).toBe('smalltalk');
    expect(summary(parseIntent(catalog, 'are frontend devs cooked?'))).toBe('risk frontend-developer-mid');
    expect(summary(parseIntent(catalog, 'we have 3 SREs and 5 devops engineers, how exposed is the team?'))).toBe(
      'team site-reliability-engineer-mid,devops-engineer-mid',
    );
  });
  it('GIVEN a risk question spelling out an O*NET title exactly THEN its estimate answers', () => {
    const intent = parseIntent(catalog, 'are registered nurses safe from AI?');
    expect(intent.kind === 'risk' && intent.role.role.basis).toBe('estimated');
  });
});

describe('GIVEN a word that is also a property of every JavaScript object ("constructor", "toString")', () => {
  it('THEN it is read as a word of the title, never as a level', () => {
    expect(summary(parseIntent(catalog, 'are elevator constructors at risk?'))).toBe('risk onet-47-4021-00');
    expect(parseIntent(catalog, 'is a tostring valueof constructor safe?').kind).not.toBe('risk');
    // Nor as a head count: two nurses are a team of two, not of "constructor" developers.
    const team = parseIntent(catalog, 'we have constructor developers and 2 nurses');
    if (team.kind === 'team') expect(team.members.every((m) => Number.isInteger(m.count))).toBe(true);
    expect(parseIntent(catalog, 'the constructor one').kind).not.toBe('risk');
  });
});

describe('GIVEN a word some occupation title uses, that is no role by itself', () => {
  it.each(['machinery', 'escalator', 'lighting', 'talent'])(
    'GIVEN "is a %s safe?" THEN it is not read as a typo of a tech title',
    (word) => {
      const intent = parseIntent(catalog, `is a ${word} safe?`);
      expect(candidatesOf(intent).filter((id) => !id.startsWith('onet-'))).toEqual([]);
    },
  );
});
