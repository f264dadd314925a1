// The console chat: what `npm start` opens when no platform credentials are set.
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { askAnswer, prepareAsk } from '../../commands/ask.ts';
import { argsFor } from '../../commands/args.ts';
import type { Answer } from '../../commands/define.ts';
import { findCommand, runCommand } from '../../commands/index.ts';
import { answerRequest } from '../runtime/answer-pipeline.ts';
import { createLogger, type Logger } from '../runtime/log.ts';
import { MemoryConversationStore, type ConversationStore } from '../../src/intent/conversation-store.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { warmUp } from '../../src/load-catalog.ts';
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

/**
 * A line typed as a card's button reads ("why backend-developer-mid"): the console's click. Only
 * details are answered this way; other commands go through the parser so follow-ups keep context.
 */
export function typedDetail(catalog: Catalog, text: string): Answer | undefined {
  const [name = '', ...rest] = text.split(/\s+/);
  const command = findCommand(name.toLowerCase());
  if (!command || rest.length === 0) return undefined;
  const { args } = argsFor(command, rest.join(' '));
  if (!Object.values(args).every((v) => v !== undefined && catalog.byId.has(v))) return undefined;
  const answer = runCommand(command, args, catalog);
  return answer.reply.detail ? answer : undefined;
}

export async function runChat(
  catalog: Catalog,
  { input, output, color, log = createLogger('silent'), store = new MemoryConversationStore() }: ChatOptions,
): Promise<void> {
  const conversation = { key: CONSOLE_CONVERSATION, store };
  const rl = createInterface({ input, output, terminal: false });
  const write = (text: string) => output.write(`${text}\n\n`);
  write(GREETING);
  output.write('> ');
  // Lines typed meanwhile wait in the iterator, opened first: readline drops lines nobody listens for.
  const lines = rl[Symbol.asyncIterator]();
  // While the person types their first line.
  warmUp(catalog);
  await prepareAsk(catalog);
  for await (const line of lines) {
    const text = line.trim();
    if (/^(quit|exit|bye|q)$/i.test(text)) break;
    if (text) {
      // Commands and plain questions alike go through the intent parser, so follow-ups work; a
      // typed button line for a detail is the one exception (see typedDetail).
      const answer = await answerRequest({ log }, { platform: 'console' }, 'ask', async () => {
        return typedDetail(catalog, text) ?? (await askAnswer(catalog, text, conversation));
      });
      write(renderConsole(answer.reply, { color }));
    }
    output.write('> ');
  }
  rl.close();
}
