// Starts what the environment asks for: Slack and Discord when their credentials are set, the
// console chat otherwise (the embedded default).
import type { Env } from '../src/config.ts';
import type { Catalog } from '../src/role-catalog.ts';
import { runChat } from './console/chat.ts';

export async function start(catalog: Catalog, _config: Env, _chatOnly: boolean): Promise<number> {
  await runChat(catalog, { input: process.stdin, output: process.stdout, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
  return 0;
}
