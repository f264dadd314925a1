import { describe, expect, it } from 'vitest';
import { whyAnswer } from '../../commands/why.ts';
import { answerIntent } from '../../commands/ask.ts';
import { parseIntent } from '../../src/intent/index.ts';
import { findCommand, runCommand } from '../../commands/index.ts';
import { encodeAction } from '../../adapters/discord/custom-id.ts';
import * as L from '../../adapters/discord/limits.ts';
import { escapeText, renderDiscord } from '../../adapters/discord/render.ts';
import { scoreItems } from '../../src/output/score-items.ts';
import { itemLine } from '../../commands/why.ts';
import { messagePayload, roleChoices } from '../../adapters/discord/respond.ts';
import { slashCommandsJson } from '../../adapters/discord/slash-commands.ts';
import type { Reply } from '../../src/output/reply.ts';
import { realCatalog } from '../helpers.ts';
import { violations } from './limits-check.ts';

const catalog = realCatalog();

describe('GIVEN hand-made Replies THEN the exact Discord JSON', () => {
  it('GIVEN a score card THEN the score leads the description, dimensions are inline fields, sources are the footer', () => {
    const reply: Reply = {
      title: 'Backend Developer',
      tone: 'red',
      blocks: [
        { type: 'score', score: 24.5, zone: 'red', label: 'Red', caption: '3–6 years' },
        { type: 'text', text: 'Builds *APIs*.' },
        {
          type: 'fields',
          fields: [
            { label: 'Task Resistance', value: '3.05 / 5', inline: true },
            { label: 'Barriers', value: '1 / 10', inline: true },
          ],
        },
        { type: 'list', title: 'Most exposed tasks', items: ['Tests', 'Endpoints'] },
        { type: 'context', text: 'Sources: O*NET.' },
        {
          type: 'actions',
          buttons: [
            { label: 'Safer roles', action: { command: 'transition', args: ['backend-developer-mid'] }, primary: true },
            {
              label: 'Compare with DevSecOps',
              action: { command: 'compare', args: ['backend-developer-mid', 'devsecops-engineer'] },
            },
          ],
        },
      ],
    };
    expect(renderDiscord(reply)).toEqual({
      embeds: [
        {
          title: 'Backend Developer',
          color: 0xe74c3c,
          description: '🔴 **24.5 / 100** · Red\n*3–6 years*\n\nBuilds \\*APIs\\*.',
          fields: [
            { name: 'Task Resistance', value: '3.05 / 5', inline: true },
            { name: 'Barriers', value: '1 / 10', inline: true },
            { name: 'Most exposed tasks', value: '• Tests\n• Endpoints', inline: false },
          ],
          footer: { text: 'Sources: O*NET.' },
        },
      ],
      components: [
        {
          type: 1,
          components: [
            { type: 2, style: 1, label: 'Safer roles', custom_id: 'a1:transition:backend-developer-mid' },
            {
              type: 2,
              style: 2,
              label: 'Compare with DevSecOps',
              custom_id: 'a1:compare:backend-developer-mid:devsecops-engineer',
            },
          ],
        },
      ],
    });
  });

  it('GIVEN a table and a warning THEN a code block, aligned, in the warning colour, with no buttons', () => {
    const reply: Reply = {
      title: 'Roles',
      tone: 'warning',
      blocks: [
        {
          type: 'table',
          columns: ['Role', 'Score'],
          rows: [
            ['QA', '10.0'],
            ['Data `eng`', '30.5'],
          ],
        },
      ],
    };
    expect(renderDiscord(reply)).toEqual({
      embeds: [
        {
          title: 'Roles',
          color: 0xe67e22,
          description: "```\nRole        Score\nQA          10.0\nData 'eng'  30.5\n```",
        },
      ],
      components: [],
    });
  });

  it('GIVEN a private reply THEN the payload is ephemeral and never pings', () => {
    const payload = messagePayload({
      title: 'Hi @everyone',
      tone: 'info',
      private: true,
      blocks: [{ type: 'text', text: '<@123> [x](http://evil) **b**\n# big' }],
    });
    expect(payload).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect(payload.embeds[0]!.description).toBe('<@123> \\[x](http://evil) \\*\\*b\\*\\*\n\\# big');
  });
});

describe('GIVEN replies larger than Discord allows', () => {
  const long = 'x'.repeat(5000);
  const huge: Reply = {
    title: long,
    tone: 'green',
    blocks: [
      { type: 'text', text: long },
      { type: 'fields', fields: Array.from({ length: 40 }, (_, i) => ({ label: `${i} ${long}`, value: long })) },
      { type: 'list', title: 'many', items: Array.from({ length: 100 }, () => 'y'.repeat(300)) },
      { type: 'context', text: long },
      ...Array.from({ length: 7 }, () => ({
        type: 'actions' as const,
        buttons: Array.from({ length: 8 }, (_, i) => ({
          label: long,
          action: { command: 'risk' as const, args: [catalog.roles[i % catalog.roles.length]!.id] },
        })),
      })),
      {
        type: 'actions',
        buttons: [{ label: 'too long an id', action: { command: 'compare', args: ['a'.repeat(60), 'b'.repeat(60)] } }],
      },
    ],
  };
  it('THEN every limit still holds', () => expect(violations(renderDiscord(huge))).toEqual([]));
  it('THEN an action that does not fit in a custom_id has no button rather than a broken one', () => {
    expect(encodeAction({ command: 'compare', args: ['a'.repeat(60), 'b'.repeat(60)] })).toBeUndefined();
  });
});

// Every hand-assessed role plus every 25th O*NET estimate: all pairs of 900+ roles would not fit in memory.
const sample = catalog.roles.filter((r, i) => r.basis === 'assessed' || i % 25 === 0);

describe('GIVEN every command for every role in the catalog', () => {
  const run = (name: string, args: Record<string, string>) => runCommand(findCommand(name)!, args, catalog).reply;
  const cases: [string, Reply][] = [
    ['help', run('help', {})],
    ['no match', run('risk', { role: 'banana' })],
  ];
  for (const a of sample) {
    cases.push(
      [`risk ${a.id}`, run('risk', { role: a.id })],
      [`why ${a.id}`, run('why', { role: a.id })],
      [`transition ${a.id}`, run('transition', { role: a.id })],
      [`advice ${a.id}`, run('advice', { role: a.id })],
      [`plan ${a.id}`, run('plan', { role: a.id })],
    );
    for (const b of sample)
      if (a !== b) cases.push([`compare ${a.id} ${b.id}`, run('compare', { role: a.id, with: b.id })]);
  }
  // Answers only plain words reach: "why?" for every role, ask-backs over everyday occupations, the language note.
  for (const role of catalog.roles)
    cases.push([`why ${role.id}`, whyAnswer(catalog, { role, matched: role.title }).reply]);
  for (const text of ['will AI replace doctors', 'how exposed are teachers', 'truck drivers?', '会计师会被AI取代吗？'])
    cases.push([`ask ${text}`, answerIntent(catalog, parseIntent(catalog, text)).reply]);
  it(`THEN all ${cases.length} answers keep every Discord limit`, () => {
    const failures = cases
      // Charts linked under a public URL, and charts sent as files: both within every limit.
      .flatMap(([name, reply]) => [
        [name, violations(renderDiscord(reply, { publicUrl: 'https://bot.example.com/career-bot' }))] as const,
        [`${name} (file)`, violations(renderDiscord(reply, { attachCharts: true }))] as const,
      ])
      .filter(([, v]) => v.length);
    expect(failures).toEqual([]);
    expect(cases.length).toBeGreaterThan(2 + sample.length ** 2);
  });
  it('THEN the why view keeps every item whole: none is dropped to fit an embed', () => {
    for (const role of sample) {
      const embed = renderDiscord(run('why', { role: role.id })).embeds[0]!;
      const shown = (embed.fields ?? []).map((f) => f.value).join('\n');
      for (const item of scoreItems(role))
        expect(shown, role.id).toContain(escapeText(itemLine(item), L.EMBED_FIELD_VALUE_MAX));
    }
  });
  it('THEN autocomplete never offers more than 25 choices, each named 1–100 characters', () => {
    for (const typed of ['', 'd', 'dev', 'engineer', 'x'.repeat(200)]) {
      const choices = roleChoices(catalog, typed);
      expect(choices.length).toBeLessThanOrEqual(L.AUTOCOMPLETE_CHOICES_MAX);
      for (const c of choices) {
        expect(c.name.length).toBeGreaterThanOrEqual(1);
        expect(c.name.length).toBeLessThanOrEqual(L.CHOICE_NAME_MAX);
        expect(catalog.byId.has(c.value)).toBe(true);
      }
    }
  });
  it('THEN the registered commands take only names Discord allows', () => {
    for (const c of slashCommandsJson()) {
      expect(c.name).toMatch(/^[a-z-]{1,32}$/);
      for (const o of c.options ?? []) expect(o.name).toMatch(/^[a-z-]{1,32}$/);
    }
  });
});
