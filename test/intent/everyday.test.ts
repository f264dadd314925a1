// Everyday occupations in conversation: names from the data, ask-backs answered, teams that stay the topic.
import { describe, expect, it } from 'vitest';
import { answerIntent } from '../../commands/ask.ts';
import { intentRoleIds, nextState, parseIntent, type Intent, type IntentContext } from '../../src/intent/index.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const summary = (i: Intent) =>
  i.kind === 'team'
    ? `team ${i.members.map((m) => `${m.match.role.id}:${m.count}`).join(',')}`
    : `${i.kind} ${intentRoleIds(i).join(',')}`.trim();

/** Runs a thread and returns each answer's summary. */
function thread(...messages: string[]): string[] {
  let state: IntentContext | undefined;
  return messages.map((text) => {
    const intent = parseIntent(catalog, text, state);
    state = nextState(catalog, intent, state);
    return summary(intent);
  });
}

describe('GIVEN everyday names of occupations', () => {
  it('THEN plurals, short forms and activity words reach the occupation', () => {
    expect(summary(parseIntent(catalog, 'bank tellers?'))).toBe('risk onet-43-3071-00');
    expect(summary(parseIntent(catalog, 'my aunt is a midwife, is she ok?'))).toBe('risk onet-29-9099-01');
    expect(summary(parseIntent(catalog, 'is nursing safe from AI'))).toBe('risk onet-29-1141-00');
    expect(summary(parseIntent(catalog, 'my brother drives a forklift, will he be replaced'))).toBe(
      'risk onet-53-7051-00',
    );
    expect(summary(parseIntent(catalog, 'vet vs dentist which is safer'))).toBe(
      'compare onet-29-1131-00,onet-29-1021-00',
    );
  });
  it('THEN a name the data splits between occupations asks back with real candidates', () => {
    const intent = parseIntent(catalog, 'will robots replace cooks');
    expect(intent.kind).toBe('clarify');
    expect(intent.kind === 'clarify' && intent.candidates.length).toBeGreaterThanOrEqual(2);
  });
  it('THEN chat words stay chat ("cheers mate", "my manager is driving me crazy", "I need to walk the dog")', () => {
    for (const text of ['cheers mate', 'I need to walk the dog', 'who is up for lunch?', 'the build is broken again'])
      expect(parseIntent(catalog, text).kind, text).toBe('smalltalk');
    expect(['smalltalk', 'clarify']).toContain(parseIntent(catalog, 'my manager is driving me crazy').kind);
  });
  it('THEN a message in another language gets the language note, never a role', () => {
    for (const text of [
      '¿los contadores están en riesgo por la IA?',
      'Sind Bäcker durch KI gefährdet?',
      '会计师会被AI取代吗？',
    ])
      expect(parseIntent(catalog, text)).toEqual({ kind: 'smalltalk', topic: 'language' });
  });
  it('THEN greetings and off-topic answers say the bot covers every occupation, never "only tech roles"', () => {
    for (const text of ['hi', 'what is the weather like today']) {
      const { reply } = answerIntent(catalog, parseIntent(catalog, text));
      const said = JSON.stringify(reply);
      expect(said).toContain('every occupation');
      expect(said).not.toMatch(/only know about tech/i);
    }
  });
});

describe('GIVEN follow-ups', () => {
  it('THEN an ask-back is answered by number or by description', () => {
    expect(thread('I want to move into QA', 'the second')).toEqual([
      'clarify manual-qa-tester-mid,qa-engineer-mid',
      'transition qa-engineer-mid',
    ]);
    expect(thread('is QA safe', 'the automation one')[1]).toBe('risk qa-engineer-mid');
    expect(thread('is a social worker safe?', 'healthcare')[1]).toBe('risk onet-21-1022-00');
  });
  it('THEN a team card stays the topic: people added and removed, "which of them", the team\'s own testers', () => {
    expect(
      thread(
        'we have 5 backend devs, 3 manual testers and 2 customer service reps',
        'which of them is most at risk?',
      )[1],
      // Customer service reps (estimate 6.9: BLS names speech and language processing replacing them) sit below manual testers (13.5).
    ).toBe('risk onet-43-4051-00');
    expect(
      thread('our team: 4 data analysts and 2 bookkeepers', 'add 3 cashiers', 'actually drop the bookkeepers'),
    ).toEqual([
      'team data-analyst-mid:4,onet-43-3031-00:2',
      'team data-analyst-mid:4,onet-43-3031-00:2,onet-41-2011-00:3',
      'team data-analyst-mid:4,onet-41-2011-00:3',
    ]);
  });
  it('THEN a team with a vague member asks about that one only and keeps the others', () => {
    const [first, second] = thread('we have 3 cooks and 2 waiters', 'the first');
    expect(first!.startsWith('clarify')).toBe(true);
    expect(second).toMatch(/^team onet-[\d-]+:3,onet-35-3031-00:2$/);
  });
  it('THEN "compare the two" follows two answers and "why?" gives the reasons', () => {
    expect(thread('are plumbers safe?', 'what about electricians', 'compare the two')[2]).toBe(
      'compare onet-47-2152-00,onet-47-2111-00',
    );
    const [, why] = thread('is a pharmacist safe', 'why?');
    expect(why).toBe('why onet-29-1051-00');
    const { reply } = answerIntent(catalog, {
      kind: 'why',
      role: { role: catalog.byId.get('onet-29-1051-00')!, matched: '' },
    });
    expect(reply.title).toContain('Pharmacists');
  });
  it("THEN a long story answers about the person's own current job", () => {
    expect(
      summary(
        parseIntent(
          catalog,
          "my wife is a nurse and I'm an electrician; we were chatting last night about all this AI stuff. is my job safe?",
        ),
      ),
    ).toBe('risk onet-47-2111-00');
  });
});
