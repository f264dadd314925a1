// Block Kit limits as readable violations, for every Slack surface the bot renders (messages, the Home tab).
import { SLACK_LIMITS as L } from '../../adapters/slack/limits.ts';
import type { SlackMessage } from '../../adapters/slack/render.ts';

type Json = Record<string, unknown> & {
  type?: string;
  text?: { text: string } | string;
  elements?: Json[];
  fields?: Json[];
};

/** Every Block Kit limit this renderer can reach, as readable violations. */
export function violations(message: SlackMessage): string[] {
  const out: string[] = [];
  const over = (what: string, value: string | undefined, max: number) => {
    if (value !== undefined && value.length > max) out.push(`${what}: ${value.length} > ${max}`);
  };
  if (!message.text.trim()) out.push('empty text fallback');
  over('fallback text', message.text, L.fallbackText);
  if (message.blocks.length > L.blocksPerMessage) out.push(`blocks: ${message.blocks.length} > ${L.blocksPerMessage}`);
  const tables = message.blocks.filter((b) => b.type === 'table').length;
  if (tables > L.tablesPerMessage) out.push(`tables: ${tables} > ${L.tablesPerMessage}`);
  for (const block of message.blocks as unknown as Json[]) {
    const text = block.text as { text: string } | undefined;
    switch (block.type) {
      case 'header':
        over('header', text?.text, L.headerText);
        break;
      case 'section':
        over('section text', text?.text, L.sectionText);
        if ((block.fields?.length ?? 0) > L.fieldsPerSection) out.push(`fields: ${block.fields!.length}`);
        for (const f of block.fields ?? []) over('field', f.text as string, L.fieldText);
        if (!text && !block.fields?.length) out.push('empty section');
        break;
      case 'context':
        if ((block.elements?.length ?? 0) > L.contextElements) out.push(`context elements: ${block.elements!.length}`);
        for (const e of block.elements ?? []) over('context text', e.text as string, L.contextText);
        break;
      case 'actions': {
        if ((block.elements?.length ?? 0) > L.elementsPerActions) out.push(`actions: ${block.elements!.length}`);
        const ids = (block.elements ?? []).map((e) => e.action_id as string);
        if (new Set(ids).size !== ids.length) out.push(`duplicate action_id in ${ids.join(', ')}`);
        for (const e of block.elements ?? []) {
          over('button text', (e.text as { text: string }).text, L.buttonText);
          over('button value', e.value as string, L.buttonValue);
          over('action_id', e.action_id as string, L.actionId);
        }
        break;
      }
      case 'table': {
        const rows = (block as { rows?: { type: string; text: string }[][] }).rows ?? [];
        if (rows.length === 0 || rows.length > L.tableRows) out.push(`table rows: ${rows.length}`);
        for (const row of rows) {
          if (row.length === 0 || row.length > L.tableCells) out.push(`table cells: ${row.length}`);
          if (row.length !== rows[0]!.length) out.push('table rows of different lengths');
          for (const cell of row) {
            if (cell.type !== 'raw_text' || !cell.text.trim()) out.push(`empty or unknown table cell`);
            over('table cell', cell.text, L.tableCellText);
          }
        }
        break;
      }
      default:
        out.push(`unexpected block type ${String(block.type)}`);
    }
  }
  return out;
}
