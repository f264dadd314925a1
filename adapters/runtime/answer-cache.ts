// A command's answer depends only on the catalog and its arguments, and a busy workspace asks the
// same few questions over and over. Under load (bench:load) computing and rendering the same card
// again was most of the bot's own time, so answers and their renderings are kept, bounded (LRU).
import { runCommand } from '../../commands/index.ts';
import type { Answer, Command } from '../../commands/define.ts';
import type { Reply } from '../../src/output/reply.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';

const MAX_ANSWERS = 2000;
const MAX_KEY_CHARS = 300;
const answers = new WeakMap<Catalog, Map<string, Answer>>();

/** runCommand, remembered per catalog and arguments. Answers are shared: callers never mutate them. */
export function cachedRunCommand(command: Command, args: Record<string, string | undefined>, catalog: Catalog): Answer {
  let cache = answers.get(catalog);
  if (!cache) answers.set(catalog, (cache = new Map()));
  const key = `${command.name}\u0000${JSON.stringify(args)}`;
  if (key.length > MAX_KEY_CHARS) return runCommand(command, args, catalog); // a pasted essay is not a repeat question
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // most recently used goes last
    cache.set(key, hit);
    return hit;
  }
  const answer = runCommand(command, args, catalog);
  cache.set(key, answer);
  if (cache.size > MAX_ANSWERS) cache.delete(cache.keys().next().value!);
  return answer;
}

/** A renderer that renders each (shared) Reply once; fresh replies are rendered as before. */
export function renderOnce<T>(render: (reply: Reply) => T): (reply: Reply) => T {
  const done = new WeakMap<Reply, T>();
  return (reply) => {
    let out = done.get(reply);
    if (out === undefined) done.set(reply, (out = render(reply)));
    return out;
  };
}
