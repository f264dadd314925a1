// Starts bench/footprint.ts in a fresh process as `npm start` runs the bot (bundled as JavaScript
// the way bin/career-bot.js runs it, with the same node flags), and node alone beside it, so the
// figures say what node and the bot each hold.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compiled } from '../bin/compile.js';
import { BOT_NODE_FLAGS } from './bot-node.ts';
import type { FootprintStep } from './footprint.ts';

const BARE_NODE =
  "const v8=require('node:v8');v8.setFlagsFromString('--expose-gc');require('node:vm').runInNewContext('gc')();" +
  'const m=process.memoryUsage();console.log(JSON.stringify([{step:"node alone",rssMiB:Math.round(m.rss/104857.6)/10,heapMiB:Math.round(m.heapUsed/104857.6)/10}]))';

function run(args: string[]): FootprintStep[] {
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
  if (child.status !== 0) throw new Error(`footprint child failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as FootprintStep[];
}

/** Memory steps of the bot, after node alone; the last step is what the bot holds after answering. */
export async function botFootprint(): Promise<FootprintStep[]> {
  const footprint = fileURLToPath(await compiled('bench/footprint.ts'));
  return [...run([...BOT_NODE_FLAGS, '-e', BARE_NODE]), ...run([...BOT_NODE_FLAGS, footprint])];
}
