// One resolver behind the commands and the conversation: where both ask "which one did you mean?",
// they offer the same roles in the same order, in the same shape (RoleRef), whatever the envelope.
import { describe, expect, it } from 'vitest';
import { askAnswer } from '../../commands/ask.ts';
import { findCommand, runCommand } from '../../commands/index.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
type Ref = { id: string; title: string; seniority: string };
const riskSuggestions = (name: string): Ref[] | undefined => {
  const doc = runCommand(findCommand('risk')!, { role: name }, catalog).doc as {
    error?: { code: string; suggestions: Ref[] };
  };
  return doc.error?.code === 'ambiguous' ? doc.error.suggestions : undefined;
};
const askCandidates = async (name: string): Promise<Ref[] | undefined> => {
  const doc = (await askAnswer(catalog, `is ${name} safe?`)).doc as { kind: string; candidates?: Ref[] };
  return doc.kind === 'clarify' && doc.candidates?.length ? doc.candidates : undefined;
};

describe('GIVEN a name several roles share', () => {
  it('THEN risk engineer and "is an engineer safe?" ask back with the same candidates', async () => {
    const risk = riskSuggestions('engineer');
    expect(risk?.length).toBeGreaterThan(1);
    expect(await askCandidates('an engineer')).toEqual(risk);
  });

  it('THEN for every hand-assessed name and shared title word, wherever both ask back, they agree', async () => {
    const names = new Set(['engineer', 'analyst', 'data', 'security', 'manager', 'designer', 'architect', 'support']);
    for (const r of catalog.roles.filter((role) => role.basis === 'assessed'))
      for (const n of [r.title, r.familyTitle, ...r.aliases, ...r.ambiguousAliases]) names.add(n);
    let both = 0;
    for (const name of names) {
      const risk = riskSuggestions(name);
      const ask = await askCandidates(name);
      if (!risk || !ask) continue;
      both++;
      expect(ask, name).toEqual(risk);
    }
    expect(both).toBeGreaterThanOrEqual(5);
  });
});
