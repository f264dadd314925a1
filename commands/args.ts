// Fills a command's arguments from one piece of text: what a slash command or a typed line carries.
import type { Command } from './define.ts';
import { splitPair } from '../src/matching/split-pair.ts';

export interface Inbound {
  command: Command;
  args: Record<string, string | undefined>;
}

/** One piece of text → the command's arguments, splitting "A vs B" for two-role commands. */
export function argsFor(command: Command, text: string): Inbound {
  if (command.parseText) return { command, args: command.parseText(text) };
  const names = Object.keys(command.args);
  if (names.length === 2) {
    const pair = splitPair(text);
    return { command, args: { [names[0]!]: pair?.[0] ?? text, [names[1]!]: pair?.[1] ?? '' } };
  }
  return { command, args: names.length ? { [names[0]!]: text } : {} };
}
