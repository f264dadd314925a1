import { describe, expect, it } from 'vitest';
import { intentRoleIds, nextState, parseIntent, type Intent, type IntentContext } from '../../src/intent/index.ts';
import { fixtureCatalog } from '../helpers.ts';

const catalog = fixtureCatalog();
const parse = (text: string, context?: IntentContext) => parseIntent(catalog, text, context);
const summary = (i: Intent) => `${i.kind} ${intentRoleIds(i).join(',')}`.trim();

describe('GIVEN a question naming two roles', () => {
  it.each([
    ['devops vs sre', 'compare devops-engineer-mid,site-reliability-engineer-mid'],
    ['sre versus devops?', 'compare site-reliability-engineer-mid,devops-engineer-mid'],
    ['between data science and data engineering, which is safer?', 'compare data-scientist-mid,data-engineer-mid'],
    ['which is safer: frontend or backend?', 'compare frontend-developer-mid,backend-developer-mid'],
  ])('GIVEN "%s" THEN it compares them in the order written', (text, expected) => {
    expect(summary(parse(text))).toBe(expected);
  });
  it('GIVEN transition wording with "from" and "to" THEN the from-role comes first whatever the order', () => {
    expect(summary(parse('should I move to devops from backend?'))).toBe(
      'transition backend-developer-mid,devops-engineer-mid',
    );
    expect(summary(parse('switching from QA to SRE'))).toBe('transition qa-engineer-mid,site-reliability-engineer-mid');
  });
});

describe('GIVEN role names written the way people type them', () => {
  it.each([
    ['are SREs safe', 'site-reliability-engineer-mid'],
    ['QA engineers and AI', 'qa-engineer-mid'],
    ['DBAs?', 'database-administrator-mid'],
    ['is a backedn developer safe', 'backend-developer-mid'],
    ['frontned devs', 'frontend-developer-mid'],
    ['is back-end development going to be automated?', 'backend-developer-mid'],
    ['senior data engineers', 'data-engineer-senior'],
    ['a backend dev with 8 years experience', 'backend-developer-senior'],
    ['what are the odds AI takes over site reliability work', 'site-reliability-engineer-mid'],
    ['what happens to manual QA in the next few years', 'manual-qa-tester-mid'],
    ['is product management safe from AI?', 'product-manager-mid'],
    ['is software testing as a job dead', 'manual-qa-tester-mid'],
  ])('GIVEN "%s" THEN it finds %s', (text, id) => {
    expect(summary(parse(text))).toBe(`risk ${id}`);
  });
  it('GIVEN a name two families share THEN it asks back with both', () => {
    const intent = parse('are test engineers safe?');
    expect(intent.kind).toBe('clarify');
    expect(intentRoleIds(intent).sort()).toEqual(['manual-qa-tester-mid', 'qa-engineer-mid']);
  });
});

describe('GIVEN messages that name no role', () => {
  it.each(['hi', 'thanks!', 'what is the weather like today', 'tell me a joke', '', '   '])(
    'GIVEN "%s" THEN it is small talk, never a role',
    (text) => {
      const intent = parse(text);
      expect(intent.kind).toBe('smalltalk');
      expect(intentRoleIds(intent)).toEqual([]);
    },
  );
  it('GIVEN an unknown title in a risk question THEN it asks back instead of inventing a role', () => {
    expect(parse('is a blockchain wizard safe?').kind).toBe('clarify');
  });
  it('GIVEN "help" or "which roles do you know?" THEN help and roles', () => {
    expect(parse('what can you do?').kind).toBe('help');
    expect(parse('which roles do you know?')).toEqual({ kind: 'roles', filter: '' });
    expect(parse('show me the green roles')).toEqual({ kind: 'roles', filter: 'green' });
  });
  it('GIVEN a very long message THEN it still answers quickly and sensibly', () => {
    const intent = parse(`${'blah '.repeat(5000)} backend developer`);
    expect(['smalltalk', 'clarify', 'risk']).toContain(intent.kind);
  });
});

describe('GIVEN a team described with head counts', () => {
  it('THEN each role gets its count, "a" counting as one', () => {
    const intent = parse('our team has 4 backend devs, 2 manual testers and a DBA: how exposed are we?');
    expect(intent.kind).toBe('team');
    if (intent.kind !== 'team') return;
    expect(intent.members.map((m) => [m.match.role.id, m.count])).toEqual([
      ['backend-developer-mid', 4],
      ['manual-qa-tester-mid', 2],
      ['database-administrator-mid', 1],
    ]);
  });
  it('THEN a head count after the name counts too', () => {
    const intent = parse('our SRE team (8 people) is nervous');
    expect(intent.kind === 'team' && intent.members.map((m) => m.count)).toEqual([8]);
  });
  it('THEN a single number next to one role with no team wording is not a team', () => {
    expect(parse('I have been a backend dev for 3 years').kind).not.toBe('team');
  });
});

describe('GIVEN a conversation', () => {
  const say = (lines: string[]) => {
    let state: IntentContext | undefined;
    return lines.map((line) => {
      const intent = parse(line, state);
      state = nextState(catalog, intent, state);
      return summary(intent);
    });
  };
  it('THEN follow-ups use the roles talked about last', () => {
    expect(
      say([
        'is backend development going to be automated?',
        'and for seniors?',
        'what about frontend?',
        'compare it with data engineering',
        'where could they go?',
      ]),
    ).toEqual([
      'risk backend-developer-mid',
      'risk backend-developer-senior',
      'risk frontend-developer-mid',
      'compare frontend-developer-mid,data-engineer-mid',
      'transition frontend-developer-mid',
    ]);
  });
  it('THEN after a team card "they" means the most exposed group', () => {
    const [, next] = say(['we have 4 backend devs and 3 manual testers', 'where could they go?']);
    expect(next).toBe('transition manual-qa-tester-mid');
  });
  it('THEN without a conversation the same follow-up asks back', () => {
    expect(parse('and for seniors?').kind).not.toBe('risk');
    expect(parse('where could they go?').kind).toBe('clarify');
  });
});
