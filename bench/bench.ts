// npm run bench: cold start, per-answer latency and matching accuracy, printed as figures.
// Nothing here asserts timings; the figures go in the notes and the README.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';
import Fuse from 'fuse.js';
import { askAnswer, prepareAsk } from '../commands/ask.ts';
import { parseIntent } from '../src/intent/index.ts';
import { riskAnswer } from '../commands/risk.ts';
import { loadRoleFiles } from '../src/catalog/load.ts';
import { calibrate, calibrationTable } from '../src/estimate/calibration.ts';
import { normalizeTitle } from '../src/matching/normalize.ts';
import { Catalog } from '../src/catalog/catalog.ts';
import { DEFAULT_ROLES_DIR, loadCatalog, matcherFor, warmUp } from '../src/load-catalog.ts';
import { DEFAULT_TITLES_FILE } from '../src/matching/title-index.ts';
import { evaluate, pct, readQueries } from './accuracy.ts';
import { chartBench } from './charts.ts';
import { botFootprint } from './footprint-child.ts';
import {
  conversationReport,
  EVERYDAY_QUESTIONS_2_FILE,
  EVERYDAY_QUESTIONS_FILE,
  evaluateConversations,
  readQuestions,
  REAL_QUESTIONS_FILE,
} from './conversation.ts';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(3)} ms`;

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

// `npm run bench -- --json` ends with one line of the headline figures for scripts.
const JSON_LINE = process.argv.includes('--json');
const MiB = (bytes: number) => Math.round((10 * bytes) / 1024 / 1024) / 10;

// Cold start first, in this fresh process: load the catalog the usual way (with the validated-catalog
// cache) and answer one question, as the bot does before its first reply.
const heapBefore = process.memoryUsage().heapUsed;
const [catalog, coldMs] = time(() => {
  const loaded = loadCatalog();
  riskAnswer(loaded, loaded.resolve('backend developer'));
  return loaded;
});
const heapAfter = process.memoryUsage().heapUsed;
// What the bot builds before it listens (warmUp), timed apart: a one-off command skips it.
const warmUpStart = performance.now();
warmUp(catalog);
await prepareAsk(catalog);
const warmUpMs = performance.now() - warmUpStart;
const [, firstMs] = time(() => new Catalog(loadRoleFiles(DEFAULT_ROLES_DIR, { cache: false }).roles, matcherFor));
console.log(`catalog: ${catalog.roles.length} roles in ${catalog.families.size} families`);
console.log(`cold start with the caches (load + first answer, the usual start): ${ms(coldMs)}`);
console.log(
  `warm-up the bot runs before it listens (free-text parser, O*NET title and typo indexes, role vocabularies, the warm-up questions answered): ${ms(warmUpMs)}`,
);
console.log(`assessed roles without the validated-catalog cache (parse + validate + score + index): ${ms(firstMs)}`);
console.log(
  `heap for the catalog: ${MiB(heapAfter - heapBefore).toFixed(1)} MiB; rss ${MiB(process.memoryUsage().rss).toFixed(0)} MiB`,
);

const queries = readQueries();
const ROUNDS = 20;
const answerTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const { query } of queries) {
    const start = performance.now();
    try {
      riskAnswer(catalog, catalog.resolve(query));
    } catch {
      // no_match / ambiguous answers are timed too: they are answers.
    }
    answerTimes.push(performance.now() - start);
  }
}
answerTimes.sort((a, b) => a - b);
console.log(
  `answer latency (match + risk card) over ${answerTimes.length} queries: p50 ${ms(percentile(answerTimes, 50))}, p99 ${ms(percentile(answerTimes, 99))}, max ${ms(answerTimes.at(-1)!)}`,
);

const suggestTimes: number[] = [];
for (const { query } of queries) {
  for (let cut = 1; cut <= Math.min(query.length, 12); cut++) {
    const [, t] = time(() => catalog.matcher.suggest(query.slice(0, cut), 25));
    suggestTimes.push(t);
  }
}
suggestTimes.sort((a, b) => a - b);
console.log(
  `autocomplete latency over ${suggestTimes.length} prefixes: p50 ${ms(percentile(suggestTimes, 50))}, p99 ${ms(percentile(suggestTimes, 99))}`,
);

const askTimes: number[] = [];
for (const { query } of queries.slice(0, 200)) {
  const start = performance.now();
  await askAnswer(catalog, `how exposed is a ${query}?`);
  askTimes.push(performance.now() - start);
}
askTimes.sort((a, b) => a - b);
console.log(
  `ask latency (free text) over ${askTimes.length} questions: p50 ${ms(percentile(askTimes, 50))}, p99 ${ms(percentile(askTimes, 99))}`,
);

// Memory in this process, once the catalog has answered every kind of question, after a full
// collection; the JSON line reports the bot's own footprint, measured in a child (below).
v8.setFlagsFromString('--expose-gc');
(vm.runInNewContext('gc') as () => void)();
const memory = process.memoryUsage();
console.log(
  `memory of this bench process after the runs (it also holds the bench's own things): heap ${MiB(memory.heapUsed)} MiB, rss ${MiB(memory.rss)} MiB`,
);
const footprint = await botFootprint();
console.log(
  "\nthe bot's memory, in a child process that loads what `career-bot start` loads (after a full collection):",
);
for (const s of footprint)
  console.log(`  ${s.step.padEnd(58)} rss ${s.rssMiB.toFixed(1)} MiB, heap ${s.heapMiB.toFixed(1)} MiB`);
const botMemory = footprint.at(-1)!;

const acc = evaluate(catalog, queries);
console.log(
  `\nmatching on ${acc.total} labelled queries (test/queries): top-1 ${pct(acc.correct, acc.total)} overall, ${pct(acc.roleCorrect, acc.roleQueries)} of role queries, nonsense rejected ${pct(acc.nonsenseRejected, acc.nonsense)}`,
);
for (const m of acc.misses.slice(0, 30)) console.log(`  miss: "${m.query}" expected ${m.expected}, got ${m.got}`);
if (acc.misses.length > 30) console.log(`  …and ${acc.misses.length - 30} more`);

// Matching alone at full size: the title index beside plain fuse.js over the same O*NET strings.
if (catalog.titleIndex) {
  const matchTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const { query } of queries) {
      const start = performance.now();
      try {
        catalog.resolve(query);
      } catch {
        // refusals are answers too
      }
      matchTimes.push(performance.now() - start);
    }
  }
  matchTimes.sort((a, b) => a - b);
  const keys = Object.keys(JSON.parse(readFileSync(DEFAULT_TITLES_FILE, 'utf8')).titles as Record<string, unknown>);
  const fuse = new Fuse(keys, { includeScore: true, ignoreLocation: true, threshold: 0.6 });
  const fuseTimes = queries
    .slice(0, 30)
    .map(({ query }) => time(() => fuse.search(normalizeTitle(query), { limit: 20 }))[1])
    .sort((a, b) => a - b);
  console.log(`\nmatching over ${catalog.titleIndex.size} O*NET title strings (${keys.length} distinct normalised):`);
  console.log(
    `  title index + catalog: p50 ${ms(percentile(matchTimes, 50))}, p99 ${ms(percentile(matchTimes, 99))} over ${matchTimes.length} queries`,
  );
  console.log(
    `  plain fuse.js over the same strings: p50 ${ms(percentile(fuseTimes, 50))}, p99 ${ms(percentile(fuseTimes, 99))} over ${fuseTimes.length} queries`,
  );
}

// Calibration: the estimation method on the O*NET codes of hand-assessed roles (README).
const assessedDefaults = [...catalog.families.keys()]
  .map((f) => catalog.defaultRole(f))
  .filter((r) => r.basis === 'assessed');
if (catalog.estimates) console.log(`\n${calibrationTable(calibrate(assessedDefaults, catalog.estimates))}`);

// The labelled channel questions are written against the conversation fixture catalog (14 families).
const fixture = loadCatalog(new URL('../test/fixtures/conversation-roles', import.meta.url).pathname);
console.log('');
for (const line of conversationReport(evaluateConversations(fixture))) console.log(line);
// And the second set, written against the real catalog: the one people actually ask about.
console.log('');
for (const line of conversationReport(
  evaluateConversations(catalog, readQuestions(REAL_QUESTIONS_FILE)),
  'test/conversation/real-questions.tsv',
))
  console.log(line);
// And every kind of job, tech and everyday: the everyday names come from the O*NET data.
console.log('');
for (const line of conversationReport(
  evaluateConversations(catalog, readQuestions(EVERYDAY_QUESTIONS_FILE)),
  'test/conversation/everyday-questions.tsv',
))
  console.log(line);
console.log('');
for (const line of conversationReport(
  evaluateConversations(catalog, readQuestions(EVERYDAY_QUESTIONS_2_FILE)),
  'test/conversation/everyday-questions-2.tsv',
))
  console.log(line);

// The bot builds the parser's index before it listens, so its first question pays nothing extra.
const fresh = loadCatalog();
warmUp(fresh);
await prepareAsk(fresh);
const [, firstQuestionMs] = time(() => parseIntent(fresh, 'how exposed are backend developers?'));
console.log(`first question after a fresh catalog load and the warm-up: ${ms(firstQuestionMs)}`);

const chartFigures = await chartBench(catalog);

if (JSON_LINE)
  console.log(
    JSON.stringify({
      coldStartMs: Number(coldMs.toFixed(1)),
      answerP50Ms: Number(percentile(answerTimes, 50).toFixed(3)),
      answerP99Ms: Number(percentile(answerTimes, 99).toFixed(3)),
      autocompleteP99Ms: Number(percentile(suggestTimes, 99).toFixed(3)),
      askP99Ms: Number(percentile(askTimes, 99).toFixed(3)),
      rssMiB: botMemory.rssMiB,
      heapMiB: botMemory.heapMiB,
      ...Object.fromEntries(Object.entries(chartFigures).map(([k, v]) => [k, Number(v.toFixed(3))])),
    }),
  );
