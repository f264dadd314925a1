// How `npm start` runs node (its V8 flags): the benches measure the bot as it runs in production.
import { readFileSync } from 'node:fs';

const start: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts.start;
export const BOT_NODE_FLAGS = start.split(' ').filter((word) => word.startsWith('--'));
