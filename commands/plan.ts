// `plan "<role>" [--to "<target>"]`: twelve weeks toward a move, private to the asker with a Share button.
import { buildPlan } from '../src/advice/plan.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Role } from '../src/catalog/schema.ts';
import { marketOf, wageText } from '../src/engine/market.ts';
import { suggestion, suggestTransitions } from '../src/engine/transition.ts';
import { signed } from '../src/output/numbers.ts';
import { UserError } from '../src/errors.ts';
import { planDoc } from '../src/output/documents.ts';
import type { Block, Reply } from '../src/output/reply.ts';
import { defineCommand, type Answer } from './define.ts';
import { riskButton } from './format.ts';
import { namedReason } from './transition-towards.ts';

/** "backend developer to devsecops", "from qa --to sre", "nurse → nurse practitioner". */
export function planArgs(text: string): { role: string; to: string | undefined } {
  const t = text.trim().replace(/^from\s+/i, '');
  const flag = t.split(/\s+--to\s+/i);
  if (flag.length > 1) return { role: flag[0]!, to: flag.slice(1).join(' ') };
  const m = t.match(/^(.*\S)\s+(?:to|into|->|→)\s+(\S.*)$/i);
  return m ? { role: m[1]!, to: m[2]! } : { role: t, to: undefined };
}

export function planAnswer(catalog: Catalog, from: Role, to: Role | undefined): Answer {
  const fromScore = catalog.score(from);
  if (to && to.id === from.id)
    throw new UserError(
      'bad_input',
      `That is the role you are in: ${from.title}. Name another, or leave the target out.`,
    );
  const curated = to && from.transitions.find((t) => t.to === to.id || t.to === to.family);
  const move = to
    ? suggestion(catalog, fromScore, catalog.score(to), namedReason, curated)
    : suggestTransitions(catalog, fromScore, 1)[0];
  const plan = buildPlan(catalog, fromScore, move?.to ?? fromScore, move);
  const target = plan.to.role;
  const market = marketOf(catalog, target);
  const blocks: Block[] = [
    {
      type: 'context',
      text: move
        ? `${target.title}: ${plan.to.score.toFixed(1)} ${plan.to.label} (${signed(move.gain)})${
            market ? ` · median pay ${wageText(market)} · entry: ${market.education ?? 'no data'}` : ''
          }${to ? '' : ' · the best move for you by gain and feasibility'}`
        : `No safer move shares enough with ${from.title}: this plan makes the most of the role itself.`,
    },
  ];
  if (move?.facts.caveats.length)
    blocks.push({ type: 'context', text: `Weigh before you go: ${move.facts.caveats.join('; ')}.` });
  for (const focus of [...new Set(plan.weeks.map((w) => w.focus))]) {
    const weeks = plan.weeks.filter((w) => w.focus === focus);
    blocks.push({
      type: 'list',
      title: `Weeks ${weeks[0]!.week}–${weeks.at(-1)!.week}: ${focus}`,
      items: weeks.map((w) => `Week ${w.week}: ${w.steps[0]}`),
    });
  }
  blocks.push(
    {
      type: 'context',
      text: 'Each week names the task or skill it comes from; plan --markdown prints the whole plan as a checklist to keep.',
    },
    {
      type: 'actions',
      buttons: [
        {
          label: 'Share in channel',
          action: { command: 'plan', args: target.id === from.id ? [from.id] : [from.id, target.id], share: true },
          primary: true,
        },
        { label: 'Outlook & skills', action: { command: 'advice', args: [target.id] } },
        riskButton(target),
      ],
    },
  );
  const reply: Reply = {
    title: `12-week plan: ${from.title} → ${target.title}`,
    tone: plan.to.zone,
    blocks,
    private: true,
  };
  return { reply, doc: planDoc(plan) };
}

export default defineCommand({
  name: 'plan',
  description: 'A 12-week plan toward a safer role (the best move unless you name one)',
  surfaces: ['cli', 'slack', 'discord'],
  args: {
    role: { type: 'role', required: true, description: 'Your job title today' },
    to: { type: 'role', required: false, description: 'Where you want to go (default: the best move)' },
  },
  examples: ['plan backend developer to devsecops engineer', 'plan registered nurse'],
  parseText: planArgs,
  run: ({ args, catalog }) =>
    planAnswer(
      catalog,
      catalog.resolve(args.role ?? '').role,
      args.to?.trim() ? catalog.resolve(args.to).role : undefined,
    ),
});
