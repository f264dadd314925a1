// THE CHART SLOT: where the compact risk, compare, team and transition cards carry their chart.
// Each card puts chartBlocks(...) right under its scores. Chart images are not drawn yet, so it
// returns nothing; the chart renderer fills this one function (an image block with alt text).
import type { Block } from '../src/output/reply.ts';
import type { RoleScore } from '../src/engine/scoring.ts';
import type { Suggestion } from '../src/engine/transition.ts';
import type { TeamAssessment } from '../src/engine/team.ts';

export type ChartRequest =
  | { kind: 'risk'; score: RoleScore }
  | { kind: 'compare'; a: RoleScore; b: RoleScore }
  | { kind: 'team'; team: TeamAssessment }
  | { kind: 'transition'; from: RoleScore; moves: Suggestion[] };

export function chartBlocks(_request: ChartRequest): Block[] {
  return [];
}
