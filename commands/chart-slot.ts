// THE CHART SLOT: where the compact risk, compare, team and transition cards carry their chart.
// Each card puts chartBlocks(...) right under its scores; this one function turns what the card
// shows into the chart block (the served image's path and its alt text, src/charts/block.ts).
import type { Block } from '../src/output/reply.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { RoleScore } from '../src/engine/scoring.ts';
import { suggestTransitions, type Suggestion } from '../src/engine/transition.ts';
import type { TeamAssessment } from '../src/engine/team.ts';
import { chartBlock } from '../src/charts/block.ts';
import { TRANSITION_CHART_MOVES } from '../src/charts/chart.ts';
import type { ChartRef } from '../src/charts/ref.ts';

export type ChartRequest =
  | { kind: 'risk'; score: RoleScore }
  | { kind: 'compare'; a: RoleScore; b: RoleScore }
  | { kind: 'team'; team: TeamAssessment }
  | { kind: 'transition'; from: RoleScore; moves: Suggestion[] };

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * The chart for what a card shows, or none. A chart path names only roles (the chart is drawn
 * from the catalog), so a transition card gets the moves chart only when its moves are the ones
 * that chart draws; one named move is drawn as the two roles side by side instead.
 */
function chartRef(catalog: Catalog, request: ChartRequest): ChartRef | undefined {
  switch (request.kind) {
    case 'risk':
      return { kind: 'risk', roles: [{ id: request.score.role.id }] };
    case 'compare':
      return { kind: 'compare', roles: [{ id: request.a.role.id }, { id: request.b.role.id }] };
    case 'team':
      return { kind: 'team', roles: request.team.groups.map((g) => ({ id: g.score.role.id, count: g.count })) };
    case 'transition': {
      const shown = request.moves.map((m) => m.to.role.id);
      const drawn = suggestTransitions(catalog, request.from, TRANSITION_CHART_MOVES).map((m) => m.to.role.id);
      if (shown.length && sameIds(shown, drawn)) return { kind: 'transition', roles: [{ id: request.from.role.id }] };
      if (shown.length === 1) return { kind: 'compare', roles: [{ id: request.from.role.id }, { id: shown[0]! }] };
      return undefined;
    }
  }
}

export function chartBlocks(catalog: Catalog, request: ChartRequest): Block[] {
  const ref = chartRef(catalog, request);
  return ref ? chartBlock(catalog, ref) : [];
}
