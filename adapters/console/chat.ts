// The console chat: what `npm start` opens when no platform credentials are set.
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { askAnswer } from '../../commands/ask.ts';
import { answerRequest } from '../runtime/answer-pipeline.ts';
import { createLogger, type Logger } from '../runtime/log.ts';
import { MemoryConversationStore, type ConversationStore } from '../../src/intent/conversation-store.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { renderConsole } from './render.ts';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  color: boolean;
  /** Failures are logged here; the person sees the apology. Silent unless given. */
  log?: Logger;
  store?: ConversationStore;
}

/** One person at one terminal: the whole session is one conversation. */
const CONSOLE_CONVERSATION = 'console';

const GREETING =
  'career-bot: ask how exposed a role is to AI, in plain words or as a command. Try "is backend development going to be automated?", then "and for seniors?", "compare devops vs sre", "transition qa tester", "roles" or "help". Type "quit" to leave.';

export async function runChat(
  catalog: Catalog,
  { input, output, color, log = createLogger('silent'), store = new MemoryConversationStore() }: ChatOptions,
): Promise<void> {
  const conversation = { key: CONSOLE_CONVERSATION, store };
  const rl = createInterface({ input, output, terminal: false });
  const write = (text: string) => output.write(`${text}\n\n`);
  write(GREETING);
  output.write('> ');
  for await (const line of rl) {
    const text = line.trim();
    if (/^(quit|exit|bye|q)$/i.test(text)) break;
    if (text) {
      // Commands and plain questions alike go through the intent parser, so follow-ups work.
      const answer = await answerRequest({ log }, { platform: 'console' }, 'ask', () =>
        askAnswer(catalog, text, conversation),
      );
      write(renderConsole(answer.reply, { color }));
    }
    output.write('> ');
  }
  rl.close();
}
