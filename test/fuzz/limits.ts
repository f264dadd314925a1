// Platform limits every fuzzed reply must keep, as readable violations.
import { SLACK_LIMITS as S } from '../../adapters/slack/limits.ts';
import * as D from '../../adapters/discord/limits.ts';

type Json = Record<string, unknown>;
const str = (v: unknown) =>
  typeof v === 'string'
    ? v
    : typeof v === 'object' && v && typeof (v as Json).text === 'string'
      ? ((v as Json).text as string)
      : '';

export function slackViolations(message: Json): string[] {
  const out: string[] = [];
  const over = (what: string, value: string, max: number) => {
    if (value.length > max) out.push(`${what}: ${value.length} > ${max}`);
  };
  if (typeof message.text === 'string') over('text', message.text, S.fallbackText);
  const blocks = (message.blocks ?? []) as Json[];
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  if (blocks.length > S.blocksPerMessage) out.push(`blocks: ${blocks.length}`);
  for (const b of blocks) {
    if (b.type === 'header') over('header', str(b.text), S.headerText);
    if (b.type === 'section') {
      over('section', str(b.text), S.sectionText);
      const fields = (b.fields ?? []) as Json[];
      if (fields.length > S.fieldsPerSection) out.push(`fields: ${fields.length}`);
      for (const f of fields) over('field', str(f), S.fieldText);
    }
    for (const e of (b.elements ?? []) as Json[]) {
      over('element text', str(e.text ?? e), b.type === 'context' ? S.contextText : S.buttonText);
      if (typeof e.action_id === 'string') over('action_id', e.action_id, S.actionId);
      if (typeof e.value === 'string') over('button value', e.value, S.buttonValue);
    }
    if (b.type === 'actions' && ((b.elements ?? []) as Json[]).length > S.elementsPerActions)
      out.push('too many buttons');
  }
  return out;
}

export function discordViolations(data: Json): string[] {
  const out: string[] = [];
  const over = (what: string, value: unknown, max: number) => {
    if (typeof value === 'string' && value.length > max) out.push(`${what}: ${value.length} > ${max}`);
  };
  const allowed = data.allowed_mentions as { parse?: unknown[] } | undefined;
  if (!allowed || !Array.isArray(allowed.parse) || allowed.parse.length !== 0)
    out.push(`allowed_mentions not { parse: [] }: ${JSON.stringify(allowed)}`);
  over('content', data.content, 2000);
  const embeds = (data.embeds ?? []) as Json[];
  if (embeds.length > D.EMBEDS_PER_MESSAGE_MAX) out.push(`embeds: ${embeds.length}`);
  let total = 0;
  for (const e of embeds) {
    over('title', e.title, D.EMBED_TITLE_MAX);
    over('description', e.description, D.EMBED_DESCRIPTION_MAX);
    const fields = (e.fields ?? []) as Json[];
    if (fields.length > D.EMBED_FIELDS_MAX) out.push(`fields: ${fields.length}`);
    for (const f of fields) {
      over('field name', f.name, D.EMBED_FIELD_NAME_MAX);
      over('field value', f.value, D.EMBED_FIELD_VALUE_MAX);
    }
    const footer = (e.footer as Json | undefined)?.text;
    over('footer', footer, D.EMBED_FOOTER_MAX);
    total += [e.title, e.description, footer, ...fields.flatMap((f) => [f.name, f.value])].reduce<number>(
      (n, v) => n + (typeof v === 'string' ? v.length : 0),
      0,
    );
  }
  if (total > D.EMBEDS_TOTAL_MAX) out.push(`embeds total ${total}`);
  const rows = (data.components ?? []) as Json[];
  if (rows.length > D.ACTION_ROWS_MAX) out.push(`rows: ${rows.length}`);
  for (const row of rows) {
    const buttons = (row.components ?? []) as Json[];
    if (buttons.length > D.BUTTONS_PER_ROW_MAX) out.push(`buttons: ${buttons.length}`);
    for (const b of buttons) {
      over('custom_id', b.custom_id, D.CUSTOM_ID_MAX);
      over('label', b.label, D.BUTTON_LABEL_MAX);
    }
  }
  return out;
}

export function choiceViolations(choices: unknown): string[] {
  if (!Array.isArray(choices)) return ['choices is not an array'];
  const out = choices.length > D.AUTOCOMPLETE_CHOICES_MAX ? [`choices: ${choices.length}`] : [];
  for (const c of choices as Json[]) {
    if (typeof c.name !== 'string' || c.name.length < 1 || c.name.length > D.CHOICE_NAME_MAX)
      out.push(`choice name ${JSON.stringify(c.name)}`);
    if (typeof c.value !== 'string' || c.value.length > D.CHOICE_VALUE_MAX)
      out.push(`choice value ${JSON.stringify(c.value)}`);
  }
  return out;
}
