// What each chart shows, from the catalog: the Vega-Lite spec and the alt text that says the same
// in words. Pure: the drawing itself happens in adapters/runtime/charts.
import type { Catalog } from '../catalog/catalog.ts';
import { DIMENSION_KEYS, DIMENSION_NAMES } from '../engine/compare.ts';
import { METHOD } from '../engine/method.ts';
import { ZONE_NAMES, type Dimensions, type RoleScore, type Split } from '../engine/scoring.ts';
import { teamScores } from '../engine/team.ts';
import { suggestTransitions } from '../engine/transition.ts';
import { signed } from '../output/numbers.ts';
import { barPanel, partsPanel, rowLabel, scorePanel, zoneColour, type Panel, type Part } from './panels.ts';
import type { ChartRef } from './ref.ts';
import { CARD, CHART_CONFIG, INK, ROLE_COLOURS, SPLIT_COLOURS, ZONE_COLOURS } from './theme.ts';

/** The moves a transition chart shows: the same number the transition card lists. */
export const TRANSITION_CHART_MOVES = 5;

export interface Chart {
  /** A Vega-Lite spec whose rows, values and titles are all in its datasets and parameters. */
  spec: Record<string, unknown>;
  /** The chart in words, for screen readers and wherever the image does not load. */
  alt: string;
}

/** Where a dimension's value sits on its own range, and that range, from the method. */
export function dimensionRange(key: keyof Dimensions): { min: number; max: number } {
  const r = METHOD.itemRanges;
  switch (key) {
    case 'taskResistance':
      return { min: METHOD.trsOffset - METHOD.taskScore.max, max: METHOD.trsOffset - METHOD.taskScore.min };
    case 'evidence':
      return { min: r.evidence.min * 5, max: r.evidence.max * 5 };
    case 'barriers':
      return { min: r.barriers.min * 5, max: r.barriers.max * 5 };
    case 'protective':
      return { min: r.protective.min * 3, max: r.protective.max * 3 };
    case 'growth':
      return r.growth;
  }
}
const percentOfRange = (key: keyof Dimensions, value: number) => {
  const { min, max } = dimensionRange(key);
  return Math.round(((value - min) / (max - min)) * 1000) / 10;
};
const number = (v: number) => String(Math.round(v * 100) / 100).replace('-', '−');
const valueText = (key: keyof Dimensions, value: number) => {
  const { min, max } = dimensionRange(key);
  return `${number(value)} (${number(min)} to ${number(max)})`;
};

const SPLIT_PARTS: Part[] = [
  { name: 'Displaced', colour: SPLIT_COLOURS.displaced, ink: CARD },
  { name: 'Augmented', colour: SPLIT_COLOURS.augmented, ink: INK },
  { name: 'Not involved', colour: SPLIT_COLOURS.notInvolved, ink: CARD },
];
const splitSegments = (row: string, s: Split) => [
  { row, part: 'Displaced', percent: s.displaced },
  { row, part: 'Augmented', percent: s.augmented },
  { row, part: 'Not involved', percent: s.notInvolved },
];
const splitWords = (s: Split) =>
  `${s.displaced}% of the week displaced, ${s.augmented}% augmented, ${s.notInvolved}% not involved`;
const scoreWords = (s: { score: number; label: string }) => `${s.score.toFixed(1)} out of 100, ${s.label}`;
const ZONE_KEY = `Zones: Red below ${METHOD.zones.yellow}, Yellow from ${METHOD.zones.yellow}, Green from ${METHOD.zones.green}; higher is safer.`;

const DIMENSIONS_TITLE = 'The five dimensions, each on its own range (further right is safer)';

/** The chart: its panels one under another; the titles, like the panels' data, are parameters. */
function topLevel(title: string, subtitle: string, panels: Panel[]): Record<string, unknown> {
  const params = { chartTitle: rowLabel(title, 70), chartSubtitle: rowLabel(subtitle, 100) };
  for (const p of panels) Object.assign(params, p.params);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    params: Object.entries(params).map(([name, value]) => ({ name, value })),
    datasets: Object.assign({}, ...panels.map((p) => p.datasets)),
    title: { text: { expr: 'chartTitle' }, subtitle: { expr: 'chartSubtitle' } },
    config: CHART_CONFIG,
    // Sized again on every update: the renderer draws a kind's charts one after another on one view.
    autosize: { type: 'pad', resize: true },
    vconcat: panels.map((p) => p.view),
    // Each panel has its own axes and colours (zones, the week's parts, roles).
    resolve: {
      scale: { color: 'independent', x: 'independent', y: 'independent' },
      legend: { color: 'independent' },
    },
  };
}

interface Param {
  name: string;
  value: unknown;
}
/**
 * A spec taken apart: its shape (the spec less its datasets' values and its parameters' values, the
 * same for every chart of a kind), its datasets and its parameters. The renderer compiles a shape
 * once and draws every chart of it by setting the data.
 */
export function chartShape(spec: Record<string, unknown>) {
  const {
    datasets = {},
    params = [],
    ...rest
  } = spec as {
    datasets?: Record<string, unknown[]>;
    params?: Param[];
  };
  const shape = JSON.stringify([rest, Object.keys(datasets), params.map((p) => p.name)]);
  return { shape, datasets, params };
}

/** One row label per role, kept apart when two titles cut to the same text. */
function distinctRows(titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((t) => {
    const label = rowLabel(t);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${rowLabel(t, 24)} (${n})`;
  });
}

function riskChart(s: RoleScore): Chart {
  const row = 'Score';
  const spec = topLevel(s.role.title, `${scoreWords(s)} · how exposed the role is to AI`, [
    scorePanel('standing', 'Where it stands', [{ row, score: s.score }]),
    barPanel(
      'dimensions',
      DIMENSIONS_TITLE,
      DIMENSION_KEYS.map((key) => ({
        row: DIMENSION_NAMES[key],
        value: percentOfRange(key, s.dimensions[key]),
        text: valueText(key, s.dimensions[key]),
      })),
      { axisTitle: 'Percent of the range', domain: [0, 100] },
    ),
    partsPanel('week', 'How the week splits', SPLIT_PARTS, splitSegments('Week', s.split)),
  ]);
  const dims = DIMENSION_KEYS.map((k) => `${DIMENSION_NAMES[k]} ${valueText(k, s.dimensions[k])}`).join('; ');
  const alt = `Chart of ${s.role.title}: ${scoreWords(s)}. ${ZONE_KEY} Dimensions: ${dims}. Week: ${splitWords(s.split)}.`;
  return { spec, alt };
}

function compareChart(a: RoleScore, b: RoleScore): Chart {
  const [ra, rb] = distinctRows([a.role.title, b.role.title]) as [string, string];
  const spec = topLevel(
    `${a.role.title} vs ${b.role.title}`,
    `${ra} ${a.score.toFixed(1)} · ${rb} ${b.score.toFixed(1)}`,
    [
      scorePanel('standing', 'Where they stand', [
        { row: ra, score: a.score },
        { row: rb, score: b.score },
      ]),
      barPanel(
        'dimensions',
        DIMENSIONS_TITLE,
        DIMENSION_KEYS.flatMap((key) =>
          [
            [ra, a],
            [rb, b],
          ].map(([series, s]) => ({
            row: DIMENSION_NAMES[key],
            series: series as string,
            value: percentOfRange(key, (s as RoleScore).dimensions[key]),
            text: number((s as RoleScore).dimensions[key]),
          })),
        ),
        {
          axisTitle: 'Percent of the range',
          domain: [0, 100],
          grouped: true,
          colours: { domain: [ra, rb], range: [...ROLE_COLOURS], title: null },
        },
      ),
      partsPanel('week', 'How the week splits', SPLIT_PARTS, [
        ...splitSegments(ra, a.split),
        ...splitSegments(rb, b.split),
      ]),
    ],
  );
  const dims = DIMENSION_KEYS.map(
    (k) => `${DIMENSION_NAMES[k]} ${number(a.dimensions[k])} against ${number(b.dimensions[k])}`,
  ).join('; ');
  const alt = `Chart comparing ${a.role.title} (${scoreWords(a)}) with ${b.role.title} (${scoreWords(b)}). ${ZONE_KEY} Dimensions, first role against second: ${dims}. Week: ${a.role.title} ${splitWords(a.split)}; ${b.role.title} ${splitWords(b.split)}.`;
  return { spec, alt };
}

function teamChart(catalog: Catalog, ref: ChartRef): Chart {
  const t = teamScores(
    catalog,
    ref.roles.map((r) => ({ role: catalog.byId.get(r.id)!, count: r.count ?? 1 })),
  );
  const groups = [...t.groups].sort((x, y) => x.score.score - y.score.score);
  const rows = distinctRows(groups.map((g) => `${g.count} × ${g.score.role.title}`));
  const zoneParts: Part[] = (['red', 'yellow', 'green'] as const).map((z) => ({
    name: ZONE_NAMES[z],
    colour: ZONE_COLOURS[z],
    ink: z === 'yellow' ? INK : CARD,
  }));
  const spec = topLevel(`A team of ${t.headcount}`, `Head-count-weighted score ${scoreWords(t)}`, [
    scorePanel('standing', 'Where the team and each role stand', [
      { row: 'Team (weighted)', score: t.score },
      ...groups.map((g, i) => ({ row: rows[i]!, score: g.score.score })),
    ]),
    partsPanel(
      'people',
      'People by zone',
      zoneParts,
      (['red', 'yellow', 'green'] as const).map((z) => ({
        row: 'People',
        part: ZONE_NAMES[z],
        percent: t.peopleByZone[z],
      })),
    ),
  ]);
  const members = groups.map((g) => `${g.count} ${g.score.role.title} at ${scoreWords(g.score)}`).join('; ');
  const alt = `Chart of a team of ${t.headcount}: weighted score ${scoreWords(t)}. ${ZONE_KEY} People by zone: Red ${t.peopleByZone.red}%, Yellow ${t.peopleByZone.yellow}%, Green ${t.peopleByZone.green}%. Roles: ${members}.`;
  return { spec, alt };
}

function transitionChart(catalog: Catalog, from: RoleScore): Chart {
  const moves = suggestTransitions(catalog, from, TRANSITION_CHART_MOVES);
  const rows = distinctRows([from.role.title, ...moves.map((m) => m.to.role.title)]);
  const gains = moves.map((m) => m.gain);
  const reach = Math.max(10, ...gains.map(Math.abs));
  const panels: Panel[] = [
    scorePanel('standing', 'Where you stand and where each move leads', [
      { row: `Today: ${from.role.title}`, score: from.score },
      ...moves.map((m, i) => ({ row: rows[i + 1]!, score: m.to.score })),
    ]),
  ];
  if (moves.length)
    panels.push(
      barPanel(
        'gains',
        'Gain in score for each move',
        moves.map((m, i) => ({
          row: rows[i + 1]!,
          value: m.gain,
          text: `${signed(m.gain)} → ${m.to.score.toFixed(1)}`,
          series: ZONE_NAMES[m.to.zone],
        })),
        {
          axisTitle: 'Points gained (zone of the new role)',
          // Room past the longest bar for its label.
          domain: [Math.min(0, ...gains) < 0 ? -reach * 1.3 : 0, reach * 1.3],
          colours: { ...zoneColour, title: 'Zone' },
        },
      ),
    );
  const subtitle = moves.length
    ? `From ${scoreWords(from)}: ${moves.length} move${moves.length === 1 ? '' : 's'}`
    : `From ${scoreWords(from)}: no safer role shares enough of its skills`;
  const list = moves.map((m) => `${m.to.role.title} ${signed(m.gain)} to ${scoreWords(m.to)}`).join('; ');
  const alt = `Chart of moves from ${from.role.title} (${scoreWords(from)}). ${ZONE_KEY} ${moves.length ? `Moves: ${list}.` : 'No safer role shares enough of its skills to suggest.'}`;
  return { spec: topLevel(`Safer roles from ${from.role.title}`, subtitle, panels), alt };
}

/** The chart a (checked) reference names. */
export function chartFor(catalog: Catalog, ref: ChartRef): Chart {
  const score = (i: number) => catalog.score(catalog.byId.get(ref.roles[i]!.id)!);
  switch (ref.kind) {
    case 'risk':
      return riskChart(score(0));
    case 'compare':
      return compareChart(score(0), score(1));
    case 'team':
      return teamChart(catalog, ref);
    case 'transition':
      return transitionChart(catalog, score(0));
  }
}
