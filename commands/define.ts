// A command is declared once (name, description, typed args, examples) and used by the console,
// Slack and Discord alike. run() returns the answer; it never sends anything.
import type { Doc } from '../src/output/documents.ts';
import type { Reply } from '../src/output/reply.ts';
import type { Catalog } from '../src/catalog/catalog.ts';

export interface ArgSpec {
  type: 'role' | 'text';
  required: boolean;
  description: string;
}

export interface CommandContext {
  args: Record<string, string | undefined>;
  catalog: Catalog;
}

/**
 * Something an answer asks the adapter to do with its state, since commands never touch stores:
 * start or stop watching a role, or list what is watched. The adapter does it and answers with
 * the reply commands/watch.ts builds for the outcome.
 */
export type Effect = { kind: 'watch' | 'unwatch'; roleId: string } | { kind: 'watching' };

/** What every command produces: the Reply people see and the JSON document scripts read. */
export interface Answer {
  /** The compact card: what chat platforms show first. */
  reply: Reply;
  doc: Doc;
  /** Everything, for `--full`, built only when asked for; absent where the card already is everything. */
  full?: () => Reply;
  effect?: Effect;
}

/** Where a command is offered: the command line (and console chat), Slack's and Discord's slash commands. */
export type Surface = 'cli' | 'slack' | 'discord';

export interface Command {
  name: string;
  description: string;
  /** Every list of commands (help, CLI usage, slash commands, registration) comes from this. */
  surfaces: readonly Surface[];
  args: Record<string, ArgSpec>;
  examples: string[];
  /** Arguments from one line of text, for commands whose arguments a plain split cannot tell apart. */
  parseText?(text: string): Record<string, string | undefined>;
  run(ctx: CommandContext): Answer;
}

export const defineCommand = <C extends Command>(command: C): C => command;
