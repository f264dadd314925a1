// `myscore <role> --mix "task=percent, ..."`: the role rescored from the person's own week.
// Personal answers are private; the "Share in channel" button posts the same card for everyone.
import { personalDoc, personalTasksDoc } from '../src/personal/document.ts';
import { mixCode, personalScoreFromMix, type Lever, type Mover, type PersonalScore } from '../src/personal/score.ts';
import { parseMix, splitRoleAndMix } from '../src/personal/mix-text.ts';
import type { Action, Block, Reply } from '../src/output/reply.ts';
import type { Role } from '../src/catalog/schema.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { RoleScore } from '../src/engine/scoring.ts';
import { signed } from '../src/output/numbers.ts';
import { defineCommand, type Answer } from './define.ts';
import { cardScore } from './card.ts';
import { dimensionValue, riskButton, splitText } from './format.ts';

/** Movers and levers shown on the card: enough to act on, short enough for every platform. */
const MAX_MOVERS_SHOWN = 3;
const CLASS_NAMES = { displaced: 'displaced', augmented: 'augmented', notInvolved: 'not involved' } as const;

const pct = (n: number) => `${+n.toFixed(1)}%`;
const moverLine = (m: Mover) =>
  `${m.task} (${m.score}/5): ${pct(m.share)} of your week against the role's ${pct(m.roleShare)}, ${signed(m.effect)}`;
const leverLine = (l: Lever) =>
  `Move ${+l.shift.toFixed(1)} points of your week from ${l.from} to ${l.to}: ${signed(l.gain)} (to ${l.score.toFixed(1)})`;

export function personalReply(p: PersonalScore, baseline: RoleScore): Answer['reply'] {
  const s = p.personal;
  const change = s.score - baseline.score;
  const blocks: Block[] = [
    cardScore({ ...baseline, ...s }, 'your week'),
    {
      type: 'fields',
      fields: [
        { label: 'Your score', value: `${s.score.toFixed(1)} ${s.label}`, inline: true },
        { label: 'Role baseline', value: `${baseline.score.toFixed(1)} ${baseline.label}`, inline: true },
        { label: 'Difference', value: signed(Math.round(change * 10) / 10), inline: true },
        {
          label: 'Task resistance',
          value: `${dimensionValue('taskResistance', s.dimensions.taskResistance)} (role: ${baseline.dimensions.taskResistance.toFixed(2)})`,
          inline: true,
        },
        { label: 'Your week', value: splitText(s.split) },
      ],
    },
    {
      type: 'table',
      columns: ['Task', 'You', 'Role', 'AI'],
      rows: p.tasks.map((t) => [t.name, pct(t.share), pct(t.roleShare), `${t.score}/5 ${CLASS_NAMES[t.class]}`]),
    },
  ];
  const up = p.movers.filter((m) => m.effect > 0).slice(0, MAX_MOVERS_SHOWN);
  const down = p.movers
    .filter((m) => m.effect < 0)
    .reverse()
    .slice(0, MAX_MOVERS_SHOWN);
  if (up.length) blocks.push({ type: 'list', title: 'What lifts your score above the role', items: up.map(moverLine) });
  if (down.length) blocks.push({ type: 'list', title: 'What pulls it below', items: down.map(moverLine) });
  blocks.push(
    p.levers.length
      ? { type: 'list', title: 'Levers: the shifts of time that raise it most', items: p.levers.map(leverLine) }
      : {
          type: 'text',
          text: "No shift of time raises it further: your week is already on the least exposed of the role's tasks.",
        },
  );
  blocks.push(
    {
      type: 'context',
      text: `Only the task mix is yours: the score keeps ${p.role.title}'s market evidence (${signed(s.dimensions.evidence, 0)}), barriers (${s.dimensions.barriers}) and AI growth (${signed(s.dimensions.growth, 0)}). Sources: ${p.role.sources.join('; ')}.`,
    },
    {
      type: 'actions',
      buttons: [
        {
          label: 'Share in channel',
          action: { command: 'myscore', args: [p.role.id, mixCode(p.entries)], share: true },
          primary: true,
        },
        riskButton(p.role, 'Role card'),
        { label: 'Safer roles', action: { command: 'transition', args: [p.role.id] } },
      ],
    },
  );
  return { title: `Your score as ${p.role.title}`, tone: s.zone, blocks, private: true };
}

/** Asked without a split: the role's tasks, their typical shares, and how to give one's own. */
export function tasksReply(role: Role): Answer['reply'] {
  return {
    title: `Your score as ${role.title}: how does your week split?`,
    tone: 'info',
    private: true,
    blocks: [
      {
        type: 'table',
        columns: ['#', 'Task', 'Typical', 'AI'],
        rows: role.tasks.map((t, i) => [`${i + 1}`, t.name, pct(t.share), `${t.score}/5`]),
      },
      {
        type: 'text',
        text: `Give your own split as task=percent (names or numbers), e.g. myscore ${role.id} --mix "${role.tasks[0]!.name.toLowerCase()}=50, 2=30". Tasks you leave out share the rest of your week in the role's proportions; one task may take "rest".`,
      },
      // Slack and Discord open a form for the split on this button; the console shows the command.
      {
        type: 'actions',
        buttons: [{ label: SET_SPLIT_LABEL, action: { command: 'myscore', args: [role.id] }, primary: true }],
      },
    ],
  };
}

export const SET_SPLIT_LABEL = 'Set my split';

/** A myscore button with a role and no split: the adapters open a form for the split. */
export const isSetSplitAction = (action: Action) => action.command === 'myscore' && action.args.length === 1;

/**
 * The card as the channel sees it once its owner chose to share it: public, titled for readers
 * other than its owner, and without the share button (it is already shared).
 */
export function sharedReply(reply: Reply): Reply {
  return {
    ...reply,
    private: false,
    title: reply.title.replace(/^Your score as /, 'A personal score as '),
    blocks: reply.blocks.map((b) =>
      b.type === 'actions' ? { ...b, buttons: b.buttons.filter((btn) => !btn.action.share) } : b,
    ),
  };
}

export function myscoreAnswer(catalog: Catalog, roleQuery: string, mix: string | undefined): Answer {
  const role = catalog.resolve(roleQuery).role;
  if (!mix?.trim()) return { reply: tasksReply(role), doc: personalTasksDoc(role) };
  const p = personalScoreFromMix(role, parseMix(mix));
  const baseline = catalog.score(role);
  return { reply: personalReply(p, baseline), doc: personalDoc(p, baseline) };
}

export default defineCommand({
  name: 'myscore',
  description: 'Your own score: a role rescored from how you actually spend your week',
  surfaces: ['cli', 'slack', 'discord'],
  args: {
    role: { type: 'role', required: true, description: 'Job title, e.g. backend developer' },
    mix: {
      type: 'text',
      required: false,
      description: 'Your week as task=percent, e.g. api design=50, writing tests=20',
    },
  },
  examples: [
    'myscore backend developer --mix api design=50, writing tests=20, endpoints=rest',
    'myscore backend developer',
  ],
  parseText: (text) => splitRoleAndMix(text),
  run: ({ args, catalog }) => myscoreAnswer(catalog, args.role ?? '', args.mix),
});
