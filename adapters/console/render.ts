// Renders a Reply as terminal text: colour when the terminal has it, a bar for each score.
import { styleText } from 'node:util';
import { commandsOn } from '../../commands/index.ts';
import { actionCommandLine, assertNever, type Block, type Reply } from '../../src/output/reply.ts';
import type { Zone } from '../../src/engine/scoring.ts';

const CONSOLE_COMMANDS = new Set(commandsOn('cli').map((c) => c.name));

export const BAR_WIDTH = 20;
type Style = Parameters<typeof styleText>[0];
const ZONE_STYLE: Record<Zone, Style> = { red: 'red', yellow: 'yellow', green: 'green' };

export interface ConsoleOptions {
  color: boolean;
  width?: number;
}

export function renderConsole(reply: Reply, options: ConsoleOptions = { color: false }): string {
  // The caller decides colour (TTY, NO_COLOR); styleText must not second-guess it.
  const paint = (style: Style, text: string) =>
    options.color ? styleText(style, text, { validateStream: false }) : text;
  const lines = [paint('bold', reply.title), ''];
  for (const block of reply.blocks) lines.push(...renderBlock(block, paint), '');
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd();
}

function renderBlock(block: Block, paint: (style: Style, text: string) => string): string[] {
  switch (block.type) {
    case 'score': {
      if (block.score === null || block.zone === null) return [block.label];
      const filled = Math.round((block.score / 100) * BAR_WIDTH);
      const bar = paint(ZONE_STYLE[block.zone], '█'.repeat(filled)) + paint('gray', '░'.repeat(BAR_WIDTH - filled));
      const caption = block.caption ? paint('gray', `  ${block.caption}`) : '';
      return [
        `${bar} ${paint('bold', block.score.toFixed(1))} / 100  ${paint(ZONE_STYLE[block.zone], block.label)}${caption}`,
        ...(block.note ? [paint('gray', block.note)] : []),
      ];
    }
    case 'text':
      return [block.text];
    case 'fields': {
      // A value of several lines keeps its column: the lines after the first are indented under it.
      const width = Math.max(...block.fields.map((f) => f.label.length));
      const indent = ' '.repeat(width + 2);
      return block.fields.map(
        (f) => `${paint('bold', f.label.padEnd(width))}  ${f.value.split('\n').join(`\n${indent}`)}`,
      );
    }
    case 'list':
      return [paint('bold', block.title), ...block.items.map((i) => `  • ${i}`)];
    case 'table': {
      const rows = [block.columns, ...block.rows];
      const widths = block.columns.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
      const fmt = (r: string[]) =>
        r
          .map((cell, c) => cell.padEnd(widths[c]!))
          .join('  ')
          .trimEnd();
      return [paint('bold', fmt(block.columns)), ...block.rows.map(fmt)];
    }
    case 'actions':
      // Only what can be typed here: a watch, say, needs a channel to tell.
      return block.buttons
        .filter((b) => CONSOLE_COMMANDS.has(b.action.command))
        .map((b) => paint('gray', `→ ${b.label}: type "${actionCommandLine(b.action)}"`));
    case 'context':
      return [paint('gray', block.text)];
    default:
      return assertNever(block);
  }
}
