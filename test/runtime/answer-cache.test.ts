// The answer cache: a repeat question is served from memory, the cache stays bounded, and a
// rendering is reused only for the very same reply.
import { describe, expect, it } from 'vitest';
import { findCommand, runCommand } from '../../commands/index.ts';
import { cachedRunCommand, renderOnce } from '../../adapters/runtime/answer-cache.ts';
import { realCatalog } from '../helpers.ts';

describe('GIVEN the answer cache', () => {
  const risk = findCommand('risk')!;

  it('GIVEN the same question twice THEN the second is the very same answer, equal to a fresh one', () => {
    const first = cachedRunCommand(risk, { role: 'backend developer' }, realCatalog());
    expect(cachedRunCommand(risk, { role: 'backend developer' }, realCatalog())).toBe(first);
    // Equal to a fresh one: the card, the document and the full answer it builds on demand.
    const fresh = runCommand(risk, { role: 'backend developer' }, realCatalog());
    expect([first.reply, first.doc, first.full!()]).toEqual([fresh.reply, fresh.doc, fresh.full!()]);
    expect(cachedRunCommand(risk, { role: 'data engineer' }, realCatalog())).not.toBe(first);
  });

  it('GIVEN 2,000 other questions since THEN the oldest is computed afresh (bounded)', () => {
    const first = cachedRunCommand(risk, { role: 'qa engineer' }, realCatalog());
    for (let i = 0; i < 2000; i++)
      cachedRunCommand(risk, { role: 'devops engineer', padding: String(i) }, realCatalog());
    expect(cachedRunCommand(risk, { role: 'qa engineer' }, realCatalog())).not.toBe(first);
  });

  it('GIVEN renderOnce THEN one reply is rendered once, another reply again', () => {
    let calls = 0;
    const render = renderOnce((r: { title: string }) => ({ n: ++calls, title: r.title }) as never);
    const reply = cachedRunCommand(risk, { role: 'backend developer' }, realCatalog()).reply;
    expect(render(reply)).toBe(render(reply));
    render({ ...reply });
    expect(calls).toBe(2);
  });
});
