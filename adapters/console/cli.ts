// The command line: every command of the spec, plus ask, chat and start, with --json.
// Exit status: 0 answered, 2 bad usage, 3 understood but no role matched (or ambiguous).
import { parseArgs } from 'node:util';
import { askAnswer } from '../../commands/ask.ts';
import { commandsOn, findCommand, runCommand } from '../../commands/index.ts';
import type { Answer, Command } from '../../commands/define.ts';
import { CatalogError } from '../../src/catalog/load.ts';
import { ConfigError, loadEnv } from '../runtime/config.ts';
import { type Catalog } from '../../src/catalog/catalog.ts';
import { loadCatalog } from '../../src/load-catalog.ts';
import { argsFor } from '../../commands/args.ts';
import { renderConsole } from './render.ts';
import { planMarkdown } from '../../src/output/plan-markdown.ts';
import type { PlanDoc } from '../../src/output/documents.ts';
import { catalogChanges } from './changes.ts';

export const EXIT = { ok: 0, failure: 1, usage: 2, noMatch: 3 } as const;

/** What only the command line does; every other line comes from the command spec. */
const CLI_VERBS = [
  ['ask "<free text>"', 'What a team channel message gets'],
  ['changes [--since VERSION]', 'What changed in the catalog (since a version)'],
  ['chart <kind> "<role>" … --out FILE.png', 'The chart a card shows, as a PNG (risk, compare, team, transition)'],
  ['chat', 'The console chat'],
  ['start', 'The bot: Slack and Discord when configured, else the chat'],
] as const;

const usageOf = (command: Command) =>
  [
    command.name,
    ...Object.entries(command.args).map(([name, spec]) => (spec.required ? `"<${name}>"` : `["<${name}>"]`)),
  ].join(' ');

const USAGE = [
  'Usage:',
  ...[...commandsOn('cli').map((c) => [usageOf(c), c.description] as const), ...CLI_VERBS].map(
    ([usage, what]) => `  career-bot ${usage.padEnd(40)} ${what}`,
  ),
  'Text answers are compact cards. Add --full for everything (every task, every reason, the advice,',
  'the sources), --why to risk for the numbers behind its score, or --json for one JSON document.',
  'plan also takes --to "<target>" and --markdown; transition takes --less-schooling (moves needing no degree, labelled).',
].join('\n');

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  color: boolean;
}
const defaultIo: Io = {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};

function exitCodeFor(answer: Answer): number {
  if (!('error' in answer.doc)) return answer.doc.kind === 'clarify' ? EXIT.noMatch : EXIT.ok;
  return answer.doc.error.code === 'no_match' || answer.doc.error.code === 'ambiguous' ? EXIT.noMatch : EXIT.usage;
}

function usageError(io: Io, json: boolean, message: string): number {
  if (json) io.out(JSON.stringify({ error: { code: 'bad_input', message, suggestions: [] } }, null, 2));
  else io.err(`${message}\n\n${USAGE}`);
  return EXIT.usage;
}

/** Arguments for a command from the words after it: two-role commands take two words or "A vs B". */
function commandArgs(name: string, words: string[]): Record<string, string | undefined> {
  const command = findCommand(name)!;
  const names = Object.keys(command.args);
  if (names.length === 2 && words.length === 2) return { [names[0]!]: words[0], [names[1]!]: words[1] };
  return argsFor(command, words.join(' ')).args;
}

/** `preloaded` lets callers that answer many times (tests, fuzzing) load the catalog once. */
export async function main(
  argv: string[],
  io: Io = defaultIo,
  env = process.env,
  preloaded?: Catalog,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        mix: { type: 'string' },
        out: { type: 'string' },
        to: { type: 'string' },
        markdown: { type: 'boolean', default: false },
        'less-schooling': { type: 'boolean', default: false },
        full: { type: 'boolean', default: false },
        why: { type: 'boolean', default: false },
        since: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return usageError(io, argv.includes('--json'), (e as Error).message);
  }
  const { json, help, mix, out, full, since, to, markdown } = parsed.values;
  const lessSchooling = parsed.values['less-schooling'];
  const [given = help ? 'help' : '', ...words] = parsed.positionals;
  if (!given) return usageError(io, json, 'Tell me what to do.');
  // `risk <role> --why` is the "Why this score" detail: the why command for the same role.
  if (parsed.values.why && given !== 'risk' && given !== 'why')
    return usageError(io, json, '--why explains one role\'s score: career-bot risk "<role>" --why');
  const name = parsed.values.why ? 'why' : given;

  let catalog: Catalog;
  try {
    const config = loadEnv(env);
    catalog = preloaded ?? loadCatalog(config.ROLES_DIR);
    if (name === 'chat' || name === 'start') {
      const { start } = await import('../main.ts');
      return await start(catalog, config, name === 'chat');
    }
  } catch (e) {
    if (e instanceof CatalogError || e instanceof ConfigError) {
      io.err(e.message);
      return EXIT.failure;
    }
    throw e;
  }

  const view = { json, full };
  if (name === 'ask') return print(io, view, await askAnswer(catalog, words.join(' ')));
  if (name === 'chart') {
    const { chartAnswer } = await import('./chart-cli.ts'); // the drawing libraries load only when drawing
    return print(io, view, await chartAnswer(catalog, words, out));
  }
  if (name === 'changes') {
    const answer = catalogChanges(catalog, loadEnv(env).DATA_DIR, since);
    return answer
      ? print(io, view, answer)
      : usageError(io, json, `I know no catalog version "${since!.slice(0, 40)}".`);
  }
  const command = findCommand(name);
  if (!command) return usageError(io, json, `There is no "${name.slice(0, 40)}" command.`);
  if (markdown && name !== 'plan') return usageError(io, json, '--markdown goes with plan.');
  if (to !== undefined && name !== 'plan') return usageError(io, json, '--to goes with plan.');
  if (lessSchooling && name !== 'transition') return usageError(io, json, '--less-schooling goes with transition.');
  const args =
    name === 'myscore' && mix !== undefined
      ? { role: words.join(' '), mix }
      : name === 'plan' && to !== undefined
        ? { role: words.join(' '), to }
        : { ...commandArgs(name, words), ...(lessSchooling ? { lessSchooling: 'yes' } : {}) };
  const answer = runCommand(command, args, catalog);
  if (markdown && !json && 'kind' in answer.doc && answer.doc.kind === 'plan') {
    io.out(planMarkdown(answer.doc as PlanDoc).trimEnd());
    return EXIT.ok;
  }
  return print(io, view, answer);
}

function print(io: Io, view: { json: boolean; full: boolean }, answer: Answer): number {
  const reply = view.full && answer.full ? answer.full() : answer.reply;
  io.out(view.json ? JSON.stringify(answer.doc, null, 2) : renderConsole(reply, { color: io.color }));
  return exitCodeFor(answer);
}
