// Starts bench/footprint.ts in a fresh process with the same TypeScript loader as bin/career-bot.js,
// and node alone beside it, so the figures say what node, the loader and the bot each hold.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FootprintStep } from './footprint.ts';

const FOOTPRINT = fileURLToPath(new URL('./footprint.ts', import.meta.url));
const BARE_NODE =
  "const v8=require('node:v8');v8.setFlagsFromString('--expose-gc');require('node:vm').runInNewContext('gc')();" +
  'const m=process.memoryUsage();console.log(JSON.stringify([{step:"node alone (no TypeScript loader)",rssMiB:Math.round(m.rss/104857.6)/10,heapMiB:Math.round(m.heapUsed/104857.6)/10}]))';

function run(args: string[]): FootprintStep[] {
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
  if (child.status !== 0) throw new Error(`footprint child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as FootprintStep[];
}

/** Memory steps of the bot, after node alone; the last step is what the bot holds after answering. */
export function botFootprint(): FootprintStep[] {
  return [...run(['-e', BARE_NODE]), ...run(['--import', 'tsx', FOOTPRINT])];
}
