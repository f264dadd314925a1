// Every command for every role in the catalog, rendered for Slack, stays within Block Kit's limits.
import { describe, expect, it } from 'vitest';
import { COMMANDS, findCommand, runCommand } from '../../commands/index.ts';
import { escapeSlack, renderSlack, type SlackMessage } from '../../adapters/slack/render.ts';
import { itemLine } from '../../commands/why.ts';
import { violations } from './limits-check.ts';
import { realCatalog } from '../helpers.ts';
import { scoreItems } from '../../src/output/score-items.ts';
import { teamAnswer } from '../../commands/team.ts';
import { whyAnswer as askWhyAnswer } from '../../commands/why.ts';
import { answerIntent } from '../../commands/ask.ts';
import { parseIntent } from '../../src/intent/index.ts';

const catalog = realCatalog();
const run = (name: string, args: Record<string, string | undefined>) =>
  // With a public URL, so every card's chart is an image block the limits apply to.
  renderSlack(runCommand(findCommand(name)!, args, catalog).reply, { publicUrl: 'https://bot.example.com/career-bot' });

describe('GIVEN every role in the catalog', () => {
  it('THEN the catalog is not empty (so the checks below check something)', () =>
    expect(catalog.roles.length).toBeGreaterThan(0));

  it.each(catalog.roles.map((r, i) => [r.id, r, catalog.roles[(i + 1) % catalog.roles.length]!] as const))(
    'GIVEN %s THEN risk, why, transition, advice, plan, roles and compare with a neighbour stay within Block Kit limits',
    (_id, role, neighbour) => {
      const messages: Record<string, SlackMessage> = {
        risk: run('risk', { role: role.id }),
        why: run('why', { role: role.id }),
        transition: run('transition', { role: role.id }),
        advice: run('advice', { role: role.id }),
        plan: run('plan', { role: role.id }),
        roles: run('roles', { filter: role.title }),
        compare: run('compare', {
          role: role.id,
          with: neighbour.id === role.id ? catalog.roles[0]!.id : neighbour.id,
        }),
      };
      for (const [name, message] of Object.entries(messages))
        expect(violations(message), `${name} ${role.id}`).toEqual([]);
      expect(messages.risk!.text).toContain(catalog.score(role).score.toFixed(1));
      expect(messages.risk!.blocks.filter((b) => b.type === 'image')).toHaveLength(1);
      // Every item of the why view reaches Slack whole: nothing is cut to fit.
      const shown = messages.why!.blocks.map((b) => (b.type === 'section' ? (b.text?.text ?? '') : '')).join('\n');
      for (const item of scoreItems(role)) expect(shown).toContain(escapeSlack(itemLine(item)));
    },
  );

  it('THEN the whole catalog listing, the help, a team of every hand-assessed role and the errors stay within limits too', () => {
    const assessed = catalog.roles.filter((r) => r.basis === 'assessed');
    const team = teamAnswer(
      catalog,
      assessed.map((role, i) => ({ role, count: i + 1 })),
    );
    const charts = { publicUrl: 'https://bot.example.com/career-bot' };
    for (const message of [
      renderSlack(team.reply, charts),
      renderSlack(team.full!(), charts),
      run('roles', {}),
      run('help', {}),
      run('risk', { role: 'banana' }),
      run('risk', { role: 'software' }),
      run('compare', { role: 'x' }),
    ]) {
      expect(violations(message)).toEqual([]);
    }
    expect(COMMANDS.length).toBeGreaterThan(0);
  });
});

describe('GIVEN the answers only plain words reach', () => {
  it('THEN "why?" for every role of the catalog stays within Block Kit limits', () => {
    const failures = catalog.roles
      .map(
        (role) =>
          [role.id, violations(renderSlack(askWhyAnswer(catalog, { role, matched: role.title }).reply))] as const,
      )
      .filter(([, v]) => v.length);
    expect(failures).toEqual([]);
  });
  it('THEN ask-backs over everyday occupations and the language note stay within limits', () => {
    for (const text of [
      'will AI replace doctors',
      'how exposed are teachers',
      'truck drivers?',
      'Sind Bäcker durch KI gefährdet?',
    ]) {
      const message = renderSlack(answerIntent(catalog, parseIntent(catalog, text)).reply);
      expect(violations(message), text).toEqual([]);
    }
  });
});

describe('GIVEN the checker itself', () => {
  it('GIVEN a message over the limits THEN it reports each violation', () => {
    const bad = {
      text: '',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } },
        ...Array.from({ length: 50 }, () => ({ type: 'divider' })),
      ],
    } as unknown as SlackMessage;
    expect(violations(bad)).toEqual(
      expect.arrayContaining([
        'empty text fallback',
        'header: 151 > 150',
        'blocks: 51 > 50',
        'unexpected block type divider',
      ]),
    );
  });
});
