// The warm-up the bot runs before it listens: its questions take every path of the free-text
// answer, in both string widths, and warming up changes no answer.
import { describe, expect, it } from 'vitest';
import { askAnswer, prepareAsk } from '../../commands/ask.ts';
import { intentRoleIds, parseIntent, warmUpQuestions } from '../../src/intent/index.ts';
import { loadCatalog } from '../../src/load-catalog.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
// Beyond Latin-1: V8 holds such a string two bytes a character and compiles patterns for it apart.
const wide = (text: string) => [...text].some((c) => c.codePointAt(0)! > 0xff);

describe('GIVEN the warm-up questions of the real catalog', () => {
  const questions = warmUpQuestions(catalog);
  const plain = questions.filter((q) => !wide(q));

  it('THEN they reach every kind of answer the parser gives, an O*NET estimate among the roles', () => {
    const intents = plain.map((q) => parseIntent(catalog, q));
    expect(new Set(intents.map((i) => i.kind))).toEqual(
      new Set(['risk', 'compare', 'team', 'transition', 'roles', 'smalltalk', 'clarify']),
    );
    const roles = intents.flatMap(intentRoleIds).map((id) => catalog.byId.get(id)!);
    expect(roles.some((r) => r.basis === 'estimated')).toBe(true);
    expect(roles.some((r) => r.basis !== 'estimated')).toBe(true);
  });

  it('THEN each is asked again as a wide string, and that twin reads the same', () => {
    const twins = questions.filter(wide);
    expect(twins).toHaveLength(plain.length);
    for (const [k, q] of plain.entries()) {
      const twin = parseIntent(catalog, twins[k]!);
      const intent = parseIntent(catalog, q);
      expect([twin.kind, ...intentRoleIds(twin)], twins[k]).toEqual([intent.kind, ...intentRoleIds(intent)]);
    }
  });
});

describe('GIVEN a catalog the bot warmed up and one it did not', () => {
  it('THEN questions on shared title words and everyday names get the same answers', async () => {
    const warmed = loadCatalog();
    const cold = loadCatalog();
    // On the warmed catalog the shared words' resolutions come from the warm-up; on the cold one, from the question.
    await prepareAsk(warmed);
    for (const text of [
      'how exposed is a data entry clerk?',
      'is data a safe field?',
      'I want to move into QA',
      'qa automation vs security',
      'are registered nurses safe? 👍',
    ]) {
      expect((await askAnswer(warmed, text)).doc, text).toEqual((await askAnswer(cold, text)).doc);
    }
  });
});
