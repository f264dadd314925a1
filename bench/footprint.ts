// The bot's memory, measured in a child process of its own (npm run bench starts it): the bench
// process holds bench-only things (fixtures, a fresh catalog, fuse.js over every title) that the bot
// never loads. This loads what `career-bot start` loads, warms up as the bot does before it listens,
// answers every kind of question, and prints memory after a full collection at each step.
import v8 from 'node:v8';
import vm from 'node:vm';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const MiB = (bytes: number) => Math.round((10 * bytes) / 1024 / 1024) / 10;

export interface FootprintStep {
  step: string;
  rssMiB: number;
  heapMiB: number;
}
const steps: FootprintStep[] = [];
function measure(step: string) {
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  steps.push({ step, rssMiB: MiB(rss), heapMiB: MiB(heapUsed) });
}

measure('node and the bench code');
await import('../adapters/console/cli.ts');
await import('../adapters/main.ts'); // the runtime code `start` loads whatever the platforms
const { loadCatalog, warmUp } = await import('../src/load-catalog.ts');
const { riskAnswer } = await import('../commands/risk.ts');
const { askAnswer, prepareAsk } = await import('../commands/ask.ts');
const { readQueries } = await import('./accuracy.ts');
measure("the bot's own modules (runtime, commands, core)");
// Each platform's library is loaded only when the environment configures it; measured here with both.
await import('../adapters/slack/start.ts');
measure('with Slack (Bolt), as when SLACK_* is set');
await import('../adapters/discord/start.ts');
measure('and Discord (discord.js), as when DISCORD_* is set too');
const catalog = loadCatalog();
// The bot holds its catalog all its life; a module's own variable is freed once no code uses it.
(globalThis as { catalog?: unknown }).catalog = catalog;
measure('the catalog loaded');
warmUp(catalog);
await prepareAsk(catalog);
measure('warmed up as the bot does before it listens');
for (const { query } of readQueries()) {
  try {
    riskAnswer(catalog, catalog.resolve(query));
  } catch {
    // refusals are answers too
  }
  for (let cut = 1; cut <= Math.min(query.length, 12); cut++) catalog.matcher.suggest(query.slice(0, cut), 25);
  await askAnswer(catalog, `how exposed is a ${query}?`);
}
measure('every labelled query answered (risk, autocomplete, ask)');
console.log(JSON.stringify(steps));
