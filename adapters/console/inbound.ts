// Turns a line typed in the console chat into a command and its arguments.
import { findCommand } from '../../commands/index.ts';
import type { Command } from '../../commands/define.ts';
import { splitPair } from '../../src/pair.ts';

export interface Inbound { command: Command; args: Record<string, string | undefined> }

/** "compare a vs b", "risk x", "roles data", "help", or any other text as a role to score. */
export function parseLine(line: string): Inbound {
  const trimmed = line.trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const command = findCommand(first.toLowerCase());
  const text = command ? rest.join(' ') : trimmed;
  return argsFor(command ?? findCommand('risk')!, text);
}

/** Fills a command's arguments from one piece of text, splitting "A vs B" for two-role commands. */
export function argsFor(command: Command, text: string): Inbound {
  if (command.parseText) return { command, args: command.parseText(text) };
  const names = Object.keys(command.args);
  if (names.length === 2) {
    const pair = splitPair(text);
    return { command, args: { [names[0]!]: pair?.[0] ?? text, [names[1]!]: pair?.[1] ?? '' } };
  }
  return { command, args: names.length ? { [names[0]!]: text } : {} };
}

