// The team card: "our team has 4 backend devs, 2 manual testers and a DBA: how exposed are we?"
import type { Role } from '../src/catalog/schema.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { Block, Reply } from '../src/output/reply.ts';
import { ZONE_NAMES } from '../src/engine/scoring.ts';
import { assessTeam, teamDoc, type TeamAssessment } from '../src/engine/team.ts';
import { moveText, scaleNote } from './card.ts';
import { chartBlocks } from './chart-slot.ts';
import type { Answer } from './define.ts';
import { riskButton, splitText } from './format.ts';

const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;

function teamReply(t: TeamAssessment, full: boolean): Reply {
  const worst = t.mostExposed;
  const move = t.bestTransition;
  const blocks: Block[] = [
    {
      type: 'score',
      score: t.score,
      zone: t.zone,
      label: t.label,
      caption: 'head-count-weighted team score',
      note: scaleNote(t.groups.map((g) => g.score.role)),
    },
    ...chartBlocks({ kind: 'team', team: t }),
    {
      type: 'table',
      columns: ['Role', 'People', 'Score', 'Zone'],
      rows: t.groups.map((g) => [
        g.score.role.title,
        String(g.count),
        g.score.score.toFixed(1),
        ZONE_NAMES[g.score.zone],
      ]),
    },
    {
      type: 'text',
      text: `Most exposed: ${worst.score.role.title}, ${people(worst.count)} (${worst.peopleShare}% of the team) at ${worst.score.score.toFixed(1)} ${worst.score.label}. ${
        move
          ? `Best move for them: ${moveText(move)}.`
          : `No role in the catalog scores higher and shares enough of its skills to suggest.`
      }`,
    },
  ];
  if (full) {
    blocks.push({
      type: 'fields',
      fields: [
        { label: "How the team's week splits", value: splitText(t.split) },
        {
          label: 'People by zone',
          value: `Red ${t.peopleByZone.red}% · Yellow ${t.peopleByZone.yellow}% · Green ${t.peopleByZone.green}%`,
        },
      ],
    });
    if (move) blocks.push({ type: 'text', text: `Why that move: ${move.reason}` });
  }
  blocks.push({
    type: 'actions',
    buttons: [
      {
        label: `Safer roles from ${worst.score.role.title}`,
        action: { command: 'transition', args: [worst.score.role.id] },
        primary: true,
      },
      ...t.groups.slice(0, 4).map((g) => riskButton(g.score.role)),
    ],
  });
  return { title: `Your team of ${t.headcount}: how exposed it is to AI`, tone: t.zone, blocks };
}

export function teamAnswer(catalog: Catalog, members: { role: Role; count: number }[]): Answer {
  const t = assessTeam(catalog, members);
  return { reply: teamReply(t, false), full: () => teamReply(t, true), doc: teamDoc(t) };
}
