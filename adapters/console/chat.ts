// The console chat: what `npm start` opens when no platform credentials are set.
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { apologyReply, runCommand } from '../../commands/index.ts';
import type { Catalog } from '../../src/role-catalog.ts';
import { parseLine } from './inbound.ts';
import { renderConsole } from './render.ts';

export interface ChatOptions { input: Readable; output: Writable; color: boolean; log?: (message: string, context: object) => void }

const GREETING = 'career-bot: ask how exposed a role is to AI. Try "backend developer", "compare devops vs sre", "transition qa tester", "roles" or "help". Type "quit" to leave.';

export async function runChat(catalog: Catalog, { input, output, color, log = () => {} }: ChatOptions): Promise<void> {
  const rl = createInterface({ input, output, terminal: false });
  const write = (text: string) => output.write(`${text}\n\n`);
  write(GREETING);
  output.write('> ');
  for await (const line of rl) {
    const text = line.trim();
    if (/^(quit|exit|bye|q)$/i.test(text)) break;
    if (text) {
      try {
        const { command, args } = parseLine(text);
        write(renderConsole(runCommand(command, args, catalog).reply, { color }));
      } catch (e) {
        log('chat answer failed', { error: e instanceof Error ? e.stack : String(e) });
        write(renderConsole(apologyReply(), { color }));
      }
    }
    output.write('> ');
  }
  rl.close();
}
