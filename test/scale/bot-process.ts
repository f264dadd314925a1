// Runs `node bin/career-bot.js start` as a user does, for the scale tests: its port comes from the
// "http server listening" log line (PORT=0), its exit code from the process.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BotProcess {
  child: ChildProcess;
  port: number;
  stderr: () => string;
  exited: Promise<number | null>;
}

export async function startBotProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<BotProcess> {
  const child = spawn(process.execPath, ['bin/career-bot.js', 'start'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const line = err.split('\n').find((l) => l.includes('"http server listening"'));
    if (line) return { child, port: (JSON.parse(line) as { port: number }).port, stderr: () => err, exited };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`bot did not start:\n${err}`);
}

export async function stopBotProcess(bot: BotProcess | undefined): Promise<number | null> {
  if (!bot) return null;
  if (bot.child.exitCode === null) bot.child.kill('SIGTERM');
  return bot.exited;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
