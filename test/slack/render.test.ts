// The Slack renderer: exact Block Kit for a few Replies, escaping, and the limits.
import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction } from '../../adapters/slack/action-id.ts';
import { SLACK_LIMITS } from '../../adapters/slack/limits.ts';
import { escapeSlack, renderSlack } from '../../adapters/slack/render.ts';
import { truncate } from '../../src/output/text.ts';
import type { Reply } from '../../src/output/reply.ts';

describe('GIVEN a score card Reply', () => {
  const reply: Reply = {
    title: 'Backend/API Developer (Mid-Level)',
    tone: 'red',
    blocks: [
      { type: 'score', score: 24.5, zone: 'red', label: 'Red', caption: '3–5 years' },
      {
        type: 'fields',
        fields: [
          { label: 'Task resistance', value: '3.05 / 5', inline: true },
          { label: 'Barriers', value: '4 / 10', inline: true },
        ],
      },
      { type: 'list', title: 'Most exposed tasks', items: ['CRUD endpoints (30% of time, 4/5)', 'Tests & docs'] },
      { type: 'context', text: 'Sources: O*NET 15-1252.00.' },
      {
        type: 'actions',
        buttons: [
          { label: 'Safer roles', action: { command: 'transition', args: ['backend-developer-mid'] }, primary: true },
        ],
      },
    ],
  };

  it('THEN it renders exactly this Block Kit, zone as emoji and words', () => {
    expect(renderSlack(reply).blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Backend/API Developer (Mid-Level)', emoji: true } },
      { type: 'section', text: { type: 'mrkdwn', text: '🔴 *24.5 / 100* · Red zone\n3–5 years' } },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: '*Task resistance*\n3.05 / 5' },
          { type: 'mrkdwn', text: '*Barriers*\n4 / 10' },
        ],
      },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*Most exposed tasks*\n• CRUD endpoints (30% of time, 4/5)\n• Tests &amp; docs' },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Sources: O*NET 15-1252.00.' }] },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            text: { type: 'plain_text', text: 'Safer roles', emoji: true },
            action_id: 'career:transition:backend-developer-mid',
            value: 'transition backend-developer-mid',
            style: 'primary',
          },
        ],
      },
    ]);
  });

  it('THEN the text fallback carries the score and the zone', () => {
    expect(renderSlack(reply).text).toContain('🔴 24.5 / 100 · Red');
  });
});

describe('GIVEN a compare table and a yellow sub-label', () => {
  const table: Extract<Reply['blocks'][number], { type: 'table' }> = {
    type: 'table',
    columns: ['Dimension', 'A', 'B', ''],
    rows: [
      ['Barriers', '4 / 10', '7 / 10', '▶'],
      ['Growth', '−1', '+2', '▶'],
    ],
  };
  const raw = (text: string) => ({ type: 'raw_text', text });

  it('THEN the table is a native table block: column names first, raw text cells, numbers right-aligned, no empty cell', () => {
    const reply: Reply = {
      title: 'A vs B',
      tone: 'yellow',
      blocks: [{ type: 'score', score: 28.7, zone: 'yellow', label: 'Yellow (Moderate)' }, table],
    };
    expect(renderSlack(reply).blocks.slice(1)).toEqual([
      { type: 'section', text: { type: 'mrkdwn', text: '🟡 *28.7 / 100* · Yellow zone (Moderate)' } },
      {
        type: 'table',
        rows: [
          [raw('Dimension'), raw('A'), raw('B'), raw('–')],
          [raw('Barriers'), raw('4 / 10'), raw('7 / 10'), raw('▶')],
          [raw('Growth'), raw('−1'), raw('+2'), raw('▶')],
        ],
        column_settings: [{ is_wrapped: true }, { align: 'right' }, { align: 'right' }, { align: 'left' }],
      },
    ]);
  });

  it('GIVEN a second table in the same reply THEN it becomes lines, since Slack takes one table a message', () => {
    const reply: Reply = { title: 'Two tables', tone: 'info', blocks: [table, table] };
    expect(renderSlack(reply).blocks.slice(2)).toEqual([
      {
        type: 'section',
        text: { type: 'mrkdwn', text: '*Barriers* — A: 4 / 10 · B: 7 / 10 · ▶\n*Growth* — A: −1 · B: +2 · ▶' },
      },
    ]);
  });

  it('GIVEN a table of 150 rows THEN 99 rows follow the column names and a note counts the rest', () => {
    const rows = Array.from({ length: 150 }, (_, i) => [`Role ${i}`, String(i)]);
    const blocks = renderSlack({
      title: 'Many',
      tone: 'info',
      blocks: [{ type: 'table', columns: ['Role', 'N'], rows }],
    }).blocks;
    expect((blocks[1] as { rows: unknown[] }).rows).toHaveLength(SLACK_LIMITS.tableRows);
    expect(blocks[2]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: '…and 51 more rows.' }] });
  });

  it('GIVEN a score with a note THEN the note follows it as small context text', () => {
    const blocks = renderSlack({
      title: 'T',
      tone: 'red',
      blocks: [{ type: 'score', score: 10, zone: 'red', label: 'Red', note: 'Higher means safer & <more>.' }],
    }).blocks;
    expect(blocks[2]).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Higher means safer &amp; &lt;more&gt;.' }],
    });
  });
});

describe('GIVEN user text with Slack control characters', () => {
  const reply: Reply = {
    title: 'No role by that name',
    tone: 'warning',
    private: true,
    blocks: [{ type: 'text', text: 'I don\'t know a role called "<!channel> <@U123> & co".' }],
  };

  it('THEN &, < and > are escaped in the blocks and the fallback, and nothing else changes', () => {
    const { text, blocks } = renderSlack(reply);
    expect(blocks[1]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'I don\'t know a role called "&lt;!channel&gt; &lt;@U123&gt; &amp; co".' },
    });
    expect(text).not.toMatch(/<!channel>|<@U123>/);
    expect(text).toContain('&lt;!channel&gt;');
  });

  it('THEN escaping is exactly the three characters', () =>
    expect(escapeSlack('a&b<c>d*e_f~')).toBe('a&amp;b&lt;c&gt;d*e_f~'));
});

describe('GIVEN text longer than a limit', () => {
  it('THEN truncation ends in an ellipsis within the limit and never splits an escape', () => {
    const cut = truncate(escapeSlack(`${'x'.repeat(SLACK_LIMITS.headerText - 3)}&&&&`), SLACK_LIMITS.headerText);
    expect(cut.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    expect(cut).toMatch(/(x|&amp;)…$/);
  });

  it('GIVEN 80 list items of 200 characters THEN they spread over sections of at most 3000 characters, all kept', () => {
    const items = Array.from({ length: 80 }, (_, i) => `${i}`.padEnd(200, '.'));
    const sections = renderSlack({
      title: 't',
      tone: 'info',
      blocks: [{ type: 'list', title: 'Many', items }],
    }).blocks.slice(1) as { text: { text: string } }[];
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) expect(s.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(
      sections
        .map((s) => s.text.text)
        .join('\n')
        .match(/• /g),
    ).toHaveLength(80);
  });

  it('GIVEN 80 text blocks THEN the message keeps 50 blocks, notes the cut and keeps the buttons last', () => {
    const blocks = renderSlack({
      title: 't',
      tone: 'info',
      blocks: [
        ...Array.from({ length: 80 }, (_, i) => ({ type: 'text' as const, text: `para ${i}` })),
        { type: 'actions', buttons: [{ label: 'Go', action: { command: 'help', args: [] } }] },
      ],
    }).blocks;
    expect(blocks).toHaveLength(SLACK_LIMITS.blocksPerMessage);
    expect(blocks.at(-1)!.type).toBe('actions');
    expect(JSON.stringify(blocks.at(-2))).toContain('Shortened');
  });
});

describe('GIVEN button actions', () => {
  it('THEN action ids round-trip and foreign or malformed ids are refused', () => {
    const action = { command: 'compare' as const, args: ['backend-developer-mid', 'devsecops-engineer'] };
    expect(decodeAction(encodeAction(action))).toEqual(action);
    expect(decodeAction('career:rm:-rf')).toBeNull();
    expect(decodeAction('other:risk:x')).toBeNull();
    expect(decodeAction('career:risk:%E0%A4%A')).toBeNull();
  });

  it('GIVEN two buttons for the same action THEN only one is rendered (action ids must be unique)', () => {
    const button = { label: 'Risk', action: { command: 'risk' as const, args: ['x'] } };
    const { blocks } = renderSlack({
      title: 't',
      tone: 'info',
      blocks: [{ type: 'actions', buttons: [button, { ...button, label: 'Again' }] }],
    });
    expect((blocks[1] as { elements: unknown[] }).elements).toHaveLength(1);
  });
});
