// The command line two ways. In-process (`runCli`: main with its output captured, the catalog loaded
// once per file) for what a command answers; as the real binary (`runBin`) for the few tests that
// prove what only a process shows: the exit status, stdin, start-up failures. A process costs a
// cold start (seconds on a busy machine), so most tests use the first.
import { execFile } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runChat } from '../../adapters/console/chat.ts';
import { main, type Io } from '../../adapters/console/cli.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';

export const BIN = fileURLToPath(new URL('../../bin/career-bot.js', import.meta.url));

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** main(argv) as the binary runs it, without colour; `catalog` skips loading (ROLES_DIR is then unused). */
export async function runCli(
  argv: string[],
  { env = {}, catalog }: { env?: NodeJS.ProcessEnv; catalog?: Catalog } = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(`${t}\n`), err: (t) => err.push(`${t}\n`), color: false };
  const code = await main(argv, io, env, catalog);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The console chat in-process, without colour: `typed` as its input (end it with "quit"), what it wrote. */
export async function chatIn(catalog: Catalog, typed: string): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (d) => (written += d));
  const done = runChat(catalog, { input, output, color: false });
  input.end(typed);
  await done;
  return written;
}

/** bin/career-bot.js in a child process, with `input` on its stdin. */
export function runBin(
  args: string[],
  { env = { ...process.env, NO_COLOR: '1' }, input = '' }: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { env }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
    child.stdin?.end(input);
  });
}
