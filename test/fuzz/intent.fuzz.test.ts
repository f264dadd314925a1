// The intent parser (askAnswer) with random and hostile text, alone and inside a conversation:
// always an answer, never a throw, never a raw mention echoed back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askAnswer } from '../../commands/ask.ts';
import { MemoryConversationStore } from '../../src/intent/conversation-store.ts';
import { realCatalog } from '../helpers.ts';
import { FUZZ_RUNS, hostileText } from './arbitraries.ts';

const RUNS = FUZZ_RUNS * 5;

describe('GIVEN random and hostile text for the intent parser', () => {
  it(`THEN every question gets a titled reply with a serialisable document, and a conversation survives any sequence (${RUNS} cases)`, async () => {
    const catalog = realCatalog();
    await fc.assert(
      fc.asyncProperty(fc.array(hostileText, { minLength: 1, maxLength: 4 }), async (questions) => {
        const conversation = { key: 'fuzz', store: new MemoryConversationStore() };
        for (const q of questions) {
          const { reply, doc } = await askAnswer(catalog, q, conversation);
          expect(reply.title.length).toBeGreaterThan(0);
          expect(() => JSON.stringify(doc)).not.toThrow();
        }
      }),
      { numRuns: RUNS },
    );
  });
});
