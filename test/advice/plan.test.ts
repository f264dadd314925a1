import { describe, expect, it } from 'vitest';
import { findCommand, runCommand } from '../../commands/index.ts';
import { planArgs } from '../../commands/plan.ts';
import { main, type Io } from '../../adapters/console/cli.ts';
import { renderSlack } from '../../adapters/slack/render.ts';
import { renderDiscord } from '../../adapters/discord/render.ts';
import { decodeAction as decodeSlack, encodeAction as encodeSlack } from '../../adapters/slack/action-id.ts';
import { decodeAction as decodeDiscord, encodeAction as encodeDiscord } from '../../adapters/discord/custom-id.ts';
import { PLAN_WEEKS } from '../../src/advice/plan.ts';
import type { PlanDoc } from '../../src/output/documents.ts';
import type { Reply } from '../../src/output/reply.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const plan = findCommand('plan')!;
const planDocFor = (args: Record<string, string>) => runCommand(plan, args, catalog).doc as PlanDoc;

async function cli(argv: string[]) {
  const out: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => out.push(t), color: false };
  const code = await main(argv, io, { ...process.env }, catalog);
  return { code, text: out.join('\n') };
}

describe('GIVEN plan "backend developer" --to "devsecops engineer"', () => {
  it('THEN twelve weeks in order, each with a step and the task or skill it comes from', async () => {
    const { code, text } = await cli(['plan', 'backend developer', '--to', 'devsecops engineer', '--json']);
    expect(code).toBe(0);
    const doc = JSON.parse(text) as PlanDoc;
    expect(doc.kind).toBe('plan');
    expect(doc.from.id).toBe('backend-developer-mid');
    expect(doc.to.id).toMatch(/^devsecops-engineer/);
    expect(doc.weeks.map((w) => w.week)).toEqual(Array.from({ length: PLAN_WEEKS }, (_, i) => i + 1));
    for (const w of doc.weeks) {
      expect(w.steps.length, `week ${w.week}`).toBeGreaterThanOrEqual(1);
      expect(w.basis.length, `week ${w.week}`).toBeGreaterThanOrEqual(1);
    }
    // The first phase works on the source's own exposed tasks; the second on the target's.
    const backend = catalog.get('backend-developer-mid')!;
    const exposed = backend.tasks.filter((t) => t.score >= 3).map((t) => t.name);
    expect(exposed.some((name) => doc.weeks[0]!.basis[0]!.includes(name))).toBe(true);
    const devsecops = catalog.get(doc.to.id)!;
    expect(devsecops.tasks.some((t) => doc.weeks[3]!.basis.join(' ').includes(t.name))).toBe(true);
    expect(new Set(doc.weeks.map((w) => w.focus)).size).toBe(4);
  });

  it('THEN --markdown prints a checklist with every week', async () => {
    const { code, text } = await cli(['plan', 'backend developer', '--to', 'devsecops engineer', '--markdown']);
    expect(code).toBe(0);
    expect(text).toMatch(/^# 12-week plan: Backend\/API Developer/);
    expect(text.match(/^### Week \d+$/gm)).toHaveLength(PLAN_WEEKS);
    expect(text).toContain('- [ ] ');
  });

  it('THEN the typed form "A to B" means the same', () => {
    expect(planArgs('backend developer to devsecops engineer')).toEqual({
      role: 'backend developer',
      to: 'devsecops engineer',
    });
    expect(planArgs('from qa --to sre')).toEqual({ role: 'qa', to: 'sre' });
    expect(planArgs('registered nurse')).toEqual({ role: 'registered nurse', to: undefined });
  });
});

describe('GIVEN plan "registered nurse" without a target', () => {
  it('THEN it leads to the best move, twelve weeks each with a step', () => {
    const doc = planDocFor({ role: 'registered nurse' });
    expect(doc.to.id).not.toBe(doc.from.id);
    const best = runCommand(findCommand('transition')!, { role: 'registered nurse' }, catalog).doc as unknown as {
      suggestions: { role: { id: string } }[];
    };
    expect(doc.to.id).toBe(best.suggestions[0]!.role.id);
    expect(doc.weeks).toHaveLength(PLAN_WEEKS);
    for (const w of doc.weeks) expect(w.steps.length).toBeGreaterThanOrEqual(1);
    // No estimate's "N further tasks (combined)" entry is ever a step.
    expect(JSON.stringify(doc.weeks)).not.toMatch(/further tasks/);
  });
});

describe('GIVEN bad input', () => {
  it.each([
    ['', undefined],
    ['backend developer', 'backend developer'],
    ['<!channel>', undefined],
    ['x'.repeat(5000), undefined],
  ])('GIVEN %j → %j THEN a friendly error, not a crash', (role, to) => {
    const answer = runCommand(plan, { role, to }, catalog);
    expect('error' in answer.doc).toBe(true);
    expect(answer.reply.blocks.length).toBeGreaterThan(0);
  });
  it('GIVEN --markdown on another command THEN a usage error', async () => {
    expect((await cli(['risk', 'backend developer', '--markdown'])).code).toBe(2);
  });
});

const assessed = catalog.roles.filter((r) => r.basis === 'assessed');
const weeksShown = (text: string) => [...new Set(text.match(/Week \d+/g) ?? [])].length;

describe('GIVEN /plan for every hand-assessed role', () => {
  const replies: [string, Reply][] = assessed.map((r) => [r.id, runCommand(plan, { role: r.id }, catalog).reply]);
  it('THEN the answer is private, shows all twelve weeks on Slack and Discord, and offers Share', () => {
    expect(replies.length).toBeGreaterThan(40);
    for (const [id, reply] of replies) {
      expect(reply.private, id).toBe(true);
      const slack = renderSlack(reply);
      expect(weeksShown(JSON.stringify(slack.blocks)), `slack ${id}`).toBe(PLAN_WEEKS);
      const discord = renderDiscord(reply);
      expect(weeksShown(JSON.stringify(discord.embeds)), `discord ${id}`).toBe(PLAN_WEEKS);
      const share = reply.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : [])).find((b) => b.action.share);
      expect(share?.action.command, id).toBe('plan');
    }
  });
  it('THEN the Share button survives both platforms’ button codecs', () => {
    const reply = replies[0]![1];
    const share = reply.blocks.flatMap((b) => (b.type === 'actions' ? b.buttons : [])).find((b) => b.action.share)!;
    expect(decodeSlack(encodeSlack(share.action))).toEqual(share.action);
    expect(decodeDiscord(encodeDiscord(share.action)!, catalog)).toEqual(share.action);
  });
});
