import { describe, expect, it } from 'vitest';
import { askAnswer } from '../../commands/ask.ts';
import { parseIntent } from '../../src/intent/parse.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const intent = (text: string, roles: string[] = []) =>
  parseIntent(catalog, text, roles.length ? { roles, lastKind: 'risk' } : undefined) as {
    kind: string;
    from?: { role: { id: string } };
    towards?: { role: { family: string } };
    plan?: boolean;
    lessSchooling?: boolean;
  };

describe('GIVEN a request for a plan in plain words', () => {
  it('THEN "make me a plan to get into SRE" after talking about a backend role is the plan for that move', async () => {
    const i = intent('make me a plan to get into SRE', ['backend-developer-mid']);
    expect(i).toMatchObject({ kind: 'transition', plan: true });
    expect(i.from?.role.id).toBe('backend-developer-mid');
    expect(i.towards?.role.family).toBe('site-reliability-engineer');
    const answer = await askAnswer(catalog, "I'm a backend developer, make me a plan to get into SRE");
    expect((answer.doc as { kind: string }).kind).toBe('plan');
  });
  it('THEN "roadmap from data analyst to data engineer" names both roles', () => {
    expect(intent('roadmap from data analyst to data engineer')).toMatchObject({ kind: 'transition', plan: true });
  });
  it('THEN a move question without the word stays a move question', () => {
    expect(intent('move from data analyst to data engineer').plan).toBeUndefined();
  });
});

describe('GIVEN a request for something without a degree', () => {
  it.each([
    "I'm a manual QA tester, what can I do without a degree?",
    'where can an IT support person go with no degree',
    'something needing less schooling for a technical writer',
  ])('THEN %j asks for moves with less schooling', (text) => {
    expect(intent(text)).toMatchObject({ kind: 'transition', lessSchooling: true });
  });
  it('THEN the answer says it lists moves needing less schooling', async () => {
    const answer = await askAnswer(catalog, 'where can an IT support person go with no degree');
    expect(JSON.stringify(answer.reply)).toContain('need no degree or less preparation');
  });
});
