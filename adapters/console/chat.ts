// The console chat: what `npm start` opens when no platform credentials are set.
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { askAnswer } from '../../commands/ask.ts';
import { apologyReply } from '../../commands/index.ts';
import { MemoryConversationStore, type ConversationStore } from '../../src/intent/conversation-store.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { renderConsole } from './render.ts';

export interface ChatOptions {
  input: Readable;
  output: Writable;
  color: boolean;
  log?: (message: string, context: object) => void;
  store?: ConversationStore;
}

/** One person at one terminal: the whole session is one conversation. */
const CONSOLE_CONVERSATION = 'console';

const GREETING =
  'career-bot: ask how exposed a role is to AI, in plain words or as a command. Try "is backend development going to be automated?", then "and for seniors?", "compare devops vs sre", "transition qa tester", "roles" or "help". Type "quit" to leave.';

export async function runChat(
  catalog: Catalog,
  { input, output, color, log = () => {}, store = new MemoryConversationStore() }: ChatOptions,
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
      try {
        // Commands and plain questions alike go through the intent parser, so follow-ups work.
        write(renderConsole((await askAnswer(catalog, text, conversation)).reply, { color }));
      } catch (e) {
        log('chat answer failed', { error: e instanceof Error ? e.stack : String(e) });
        write(renderConsole(apologyReply(), { color }));
      }
    }
    output.write('> ');
  }
  rl.close();
}
