// The one pure renderer for Discord: Reply → { embeds, components }. Every Discord limit is
// applied here (limits.ts), so whatever a command answers is a message Discord accepts.
import {
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import { assertNever, ZONE_EMOJI, type Block, type Button, type Reply, type Tone } from '../../src/output/reply.ts';
import { encodeAction } from './custom-id.ts';
import { truncate } from '../../src/output/text.ts';
import {
  ACTION_ROWS_MAX,
  BUTTON_LABEL_MAX,
  BUTTONS_PER_ROW_MAX,
  EMBED_DESCRIPTION_MAX,
  EMBED_FIELD_NAME_MAX,
  EMBED_FIELD_VALUE_MAX,
  EMBED_FIELDS_MAX,
  EMBED_FOOTER_MAX,
  EMBED_TITLE_MAX,
  EMBEDS_TOTAL_MAX,
} from './limits.ts';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: ButtonRow[];
}

export const TONE_COLOURS: Record<Tone, number> = {
  red: 0xe74c3c,
  yellow: 0xf1c40f,
  green: 0x2ecc71,
  info: 0x5865f2,
  warning: 0xe67e22,
};
/** Table cells longer than this are cut so a row stays readable on a phone. */
const TABLE_CELL_MAX = 28;
/** Discord rejects empty field names; a zero-width space stands in. */
const BLANK = '\u200b';

/**
 * Escapes Discord markdown (also headings and masked links) so text shows as typed. Text is cut
 * to the limit first: escaping slows down sharply on long strings.
 */
export const escapeText = (text: string, max: number) =>
  truncate(escapeMarkdown(truncate(text, max), { heading: true, maskedLink: true }), max);

function scoreText(block: Extract<Block, { type: 'score' }>): string {
  const caption =
    (block.caption ? `\n*${escapeText(block.caption, EMBED_FIELD_NAME_MAX)}*` : '') +
    (block.note ? `\n${escapeText(block.note, EMBED_FIELD_VALUE_MAX)}` : '');
  if (block.score === null || block.zone === null)
    return `**${escapeText(block.label, EMBED_FIELD_NAME_MAX)}**${caption}`;
  return `${ZONE_EMOJI[block.zone]} **${block.score.toFixed(1)} / 100** · ${escapeText(block.label, EMBED_FIELD_NAME_MAX)}${caption}`;
}

function tableText(columns: string[], rows: string[][]): string {
  const cells = [columns, ...rows].map((row) => row.map((c) => truncate(c, TABLE_CELL_MAX).replaceAll('`', "'")));
  const widths = columns.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const lines = cells.map((r) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  return `\`\`\`\n${lines.join('\n')}\n\`\`\``;
}

/** A list as one field, or several when its items pass a field's 1,024 characters: none is dropped. */
function listFields(title: string, items: string[]): APIEmbedField[] {
  const values: string[] = [];
  let lines: string[] = [];
  let length = 0;
  for (const item of items) {
    const line = `• ${escapeText(item, EMBED_FIELD_VALUE_MAX - 2)}`;
    if (lines.length && length + line.length + 1 > EMBED_FIELD_VALUE_MAX) {
      values.push(lines.join('\n'));
      lines = [];
      length = 0;
    }
    lines.push(line);
    length += line.length + 1;
  }
  values.push(lines.join('\n'));
  return values.map((v, i) => field(i === 0 ? title : `${title} (continued)`, v, false));
}

const field = (name: string, value: string, inline: boolean): APIEmbedField => ({
  name: escapeText(name, EMBED_FIELD_NAME_MAX) || BLANK,
  value: truncate(value, EMBED_FIELD_VALUE_MAX) || BLANK,
  inline,
});

function buttonRows(blocks: Button[][]): ButtonRow[] {
  const seen = new Set<string>();
  const rows: ButtonRow[] = [];
  for (const buttons of blocks) {
    const row: APIButtonComponentWithCustomId[] = [];
    for (const b of buttons) {
      const customId = encodeAction(b.action);
      if (!customId || seen.has(customId) || row.length === BUTTONS_PER_ROW_MAX) continue;
      seen.add(customId);
      row.push({
        type: ComponentType.Button,
        style: b.primary ? ButtonStyle.Primary : ButtonStyle.Secondary,
        label: truncate(b.label, BUTTON_LABEL_MAX),
        custom_id: customId,
      });
    }
    if (row.length && rows.length < ACTION_ROWS_MAX) rows.push({ type: ComponentType.ActionRow, components: row });
  }
  return rows;
}

export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Shrinks an embed to the 6,000-character total: fields from the end first, then the description. */
function fitTotal(embed: APIEmbed): APIEmbed {
  const fitted = { ...embed, fields: [...(embed.fields ?? [])] };
  while (embedLength(fitted) > EMBEDS_TOTAL_MAX && fitted.fields.length > 0) fitted.fields.pop();
  const over = embedLength(fitted) - EMBEDS_TOTAL_MAX;
  if (over > 0 && fitted.description)
    fitted.description = truncate(fitted.description, fitted.description.length - over);
  if (fitted.fields.length === 0) delete (fitted as APIEmbed).fields;
  return fitted;
}

export function renderDiscord(reply: Reply): DiscordMessage {
  const top: string[] = [];
  const body: string[] = [];
  const fields: APIEmbedField[] = [];
  const footer: string[] = [];
  const buttons: Button[][] = [];
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'score':
        top.push(scoreText(block));
        break;
      case 'text':
        body.push(escapeText(block.text, EMBED_DESCRIPTION_MAX));
        break;
      case 'fields':
        fields.push(
          ...block.fields.map((f) => field(f.label, escapeText(f.value, EMBED_FIELD_VALUE_MAX), f.inline ?? false)),
        );
        break;
      case 'list':
        fields.push(...listFields(block.title, block.items));
        break;
      case 'table':
        body.push(tableText(block.columns, block.rows));
        break;
      case 'actions':
        buttons.push(block.buttons);
        break;
      case 'context':
        footer.push(block.text);
        break;
      default:
        assertNever(block);
    }
  }
  const embed: APIEmbed = { title: truncate(reply.title, EMBED_TITLE_MAX), color: TONE_COLOURS[reply.tone] };
  // The score and its label lead: they are what people read first.
  const description = [...top, ...body].join('\n\n');
  if (description) embed.description = truncate(description, EMBED_DESCRIPTION_MAX);
  if (fields.length) embed.fields = fields.slice(0, EMBED_FIELDS_MAX);
  if (footer.length) embed.footer = { text: truncate(footer.join('\n'), EMBED_FOOTER_MAX) };
  return { embeds: [fitTotal(embed)], components: buttonRows(buttons) };
}
