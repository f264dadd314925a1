// Reply → Slack message: Block Kit blocks plus the plain `text` fallback. Pure and exhaustive; every
// piece of text is escaped (&, <, >) so nothing a user typed can become a mention or a link.
import type { types } from '@slack/bolt';
import {
  actionCommandLine,
  assertNever,
  toPlainText,
  ZONE_EMOJI,
  type Block,
  type Button,
  type Reply,
} from '../../src/output/reply.ts';
import { ZONE_NAMES } from '../../src/engine/scoring.ts';
import { encodeAction } from './action-id.ts';
import { SLACK_LIMITS as L } from './limits.ts';
import { truncate } from '../../src/output/text.ts';

type KnownBlock = types.KnownBlock;
type Section = types.SectionBlock;
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack's three control characters (https://api.slack.com/reference/surfaces/formatting#escaping). */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const mrkdwn = (text: string, max: number): types.MrkdwnElement => ({ type: 'mrkdwn', text: truncate(text, max) });
const section = (text: string): Section => ({ type: 'section', text: mrkdwn(text, L.sectionText) });
const bold = (text: string) => `*${escapeSlack(text)}*`;

function scoreText(block: Extract<Block, { type: 'score' }>): string {
  if (block.score === null || block.zone === null) return bold(block.label);
  // Block Kit has no colours: the zone is an emoji and its name; a sub-label follows the name once.
  const name = ZONE_NAMES[block.zone];
  const label = block.label.startsWith(name)
    ? escapeSlack(block.label.slice(name.length))
    : ` · ${escapeSlack(block.label)}`;
  return `${ZONE_EMOJI[block.zone]} *${block.score.toFixed(1)} / 100* · ${name} zone${label}${block.caption ? `\n${escapeSlack(block.caption)}` : ''}`;
}

/** Items spread over as many sections as needed, each item cut to fit one section. */
function listSections(title: string, items: string[]): Section[] {
  const sections: Section[] = [];
  let text = bold(title);
  for (const item of items) {
    const line = truncate(`• ${escapeSlack(item)}`, L.sectionText - 1);
    if (text.length + 1 + line.length > L.sectionText) {
      sections.push(section(text));
      text = line;
    } else text = `${text}\n${line}`;
  }
  sections.push(section(text));
  return sections;
}

function fieldSections(fields: { label: string; value: string }[]): Section[] {
  const sections: Section[] = [];
  for (let i = 0; i < fields.length; i += L.fieldsPerSection) {
    sections.push({
      type: 'section',
      fields: fields
        .slice(i, i + L.fieldsPerSection)
        .map((f) => mrkdwn(`${bold(f.label)}\n${escapeSlack(f.value)}`, L.fieldText)),
    });
  }
  return sections;
}

/** A cell that reads as a number ("24.5", "+30.9", "−4 (−10 … +10)", "43%") is right-aligned. */
const NUMERIC_CELL = /^[+−\-±]?\d/;

/**
 * Slack's table block: the column names as its first row, every cell raw text (never parsed for
 * mentions or links), numbers right-aligned, the first column wrapped because role titles are long.
 * Slack takes one table per message, so later tables in a reply become sections.
 */
function tableBlock(columns: string[], rows: string[][]): KnownBlock[] {
  const cell = (text: string): types.RawTextElement => ({
    type: 'raw_text',
    text: truncate(text.trim(), L.tableCellText) || EMPTY_CELL,
  });
  const shown = rows.slice(0, L.tableRows - 1).map((r) => columns.map((_, i) => r[i] ?? ''));
  const table: types.TableBlock = {
    type: 'table',
    rows: [columns, ...shown].map((r) => r.slice(0, L.tableCells).map(cell)),
    column_settings: columns
      .slice(0, L.tableCells)
      .map((_, i) =>
        i === 0
          ? { is_wrapped: true }
          : { align: shown.length && shown.every((r) => NUMERIC_CELL.test(r[i]!)) ? 'right' : 'left' },
      ),
  };
  const more = rows.length - shown.length;
  return more > 0
    ? [table, { type: 'context', elements: [mrkdwn(`…and ${more} more rows.`, L.contextText)] }]
    : [table];
}
/** Slack rejects an empty table cell. */
const EMPTY_CELL = '–';

/** A table after the message's one table block: one line per row, the first column in bold. */
function tableSections(columns: string[], rows: string[][]): Section[] {
  const items = rows.map((row) => {
    const [head = '', ...rest] = row;
    const cells = rest
      .map((cell, i) => (columns[i + 1] ? `${escapeSlack(columns[i + 1]!)}: ${escapeSlack(cell)}` : escapeSlack(cell)))
      .filter((c) => c.trim());
    return `${bold(head)} — ${cells.join(' · ')}`;
  });
  const sections: Section[] = [];
  let text = '';
  for (const item of items.map((i) => truncate(i, L.sectionText))) {
    if (text && text.length + 1 + item.length > L.sectionText) {
      sections.push(section(text));
      text = item;
    } else text = text ? `${text}\n${item}` : item;
  }
  if (text) sections.push(section(text));
  return sections;
}

function button(b: Button): types.Button | null {
  const actionId = encodeAction(b.action);
  if (actionId.length > L.actionId) return null; // cannot be carried: better no button than a broken one
  return {
    type: 'button',
    text: { type: 'plain_text', text: truncate(escapeSlack(b.label), L.buttonText), emoji: true },
    action_id: actionId,
    value: truncate(actionCommandLine(b.action), L.buttonValue),
    ...(b.primary ? { style: 'primary' as const } : {}),
  };
}

function actionsBlock(buttons: Button[]): types.ActionsBlock[] {
  const seen = new Set<string>();
  const elements = buttons
    .map(button)
    .filter((b): b is types.Button => b !== null && !seen.has(b.action_id!) && Boolean(seen.add(b.action_id!)));
  return elements.length ? [{ type: 'actions', elements: elements.slice(0, L.elementsPerActions) }] : [];
}

function toBlocks(block: Block, firstTable: boolean): KnownBlock[] {
  switch (block.type) {
    case 'score':
      return [
        section(scoreText(block)),
        ...(block.note
          ? [{ type: 'context' as const, elements: [mrkdwn(escapeSlack(block.note), L.contextText)] }]
          : []),
      ];
    case 'text':
      return [section(escapeSlack(block.text))];
    case 'fields':
      return fieldSections(block.fields);
    case 'list':
      return listSections(block.title, block.items);
    case 'table':
      return firstTable ? tableBlock(block.columns, block.rows) : tableSections(block.columns, block.rows);
    case 'actions':
      return actionsBlock(block.buttons);
    case 'context':
      return [{ type: 'context', elements: [mrkdwn(escapeSlack(block.text), L.contextText)] }];
    default:
      return assertNever(block);
  }
}

/** Keeps the message within the block limit; the buttons (the last block) survive a cut. */
function fitBlocks(blocks: KnownBlock[]): KnownBlock[] {
  if (blocks.length <= L.blocksPerMessage) return blocks;
  const last = blocks[blocks.length - 1]!;
  const keepLast = last.type === 'actions';
  const room = L.blocksPerMessage - 1 - (keepLast ? 1 : 0);
  const cut: KnownBlock = {
    type: 'context',
    elements: [mrkdwn('Shortened to fit Slack; ask the console or the CLI for the full answer.', L.contextText)],
  };
  return [...blocks.slice(0, room), cut, ...(keepLast ? [last] : [])];
}

export function renderSlack(reply: Reply): SlackMessage {
  const header: types.HeaderBlock = {
    type: 'header',
    text: { type: 'plain_text', text: truncate(escapeSlack(reply.title), L.headerText), emoji: true },
  };
  const firstTable = reply.blocks.findIndex((b) => b.type === 'table');
  return {
    text: truncate(escapeSlack(toPlainText(reply)), L.fallbackText),
    blocks: fitBlocks([header, ...reply.blocks.flatMap((b, i) => toBlocks(b, i === firstTable))]),
  };
}
