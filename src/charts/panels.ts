// The panels charts are made of, as Vega-Lite view specs: a score on the 0–100 scale over the zone
// bands, bars on a 0–100 % axis, and one bar split into parts. Pure data → spec. A panel's view
// holds only its shape (which depends on the number of rows, never on their text); its rows,
// values and ranges are named datasets and parameters beside it, so the renderer compiles each
// shape once and swaps the data in.
import { METHOD } from '../engine/method.ts';
import { ZONE_NAMES, type Zone } from '../engine/scoring.ts';
import { BAR_COLOUR, CARD, INK, MUTED, PLOT_WIDTH, ZONE_COLOURS } from './theme.ts';

export type ViewSpec = Record<string, unknown>;
/** A panel: its view, and the datasets and parameters (by name) it reads. */
export interface Panel {
  view: ViewSpec;
  datasets: Record<string, Record<string, unknown>[]>;
  params: Record<string, unknown>;
}

const ROW_HEIGHT = 30;
/** Room above the first score row for the zone names: the bands reach this far above the rows. */
const ZONE_LABEL_SPACE = 20;
const ZONES: Zone[] = ['red', 'yellow', 'green'];
const zoneColour = { domain: ZONES.map((z) => ZONE_NAMES[z]), range: ZONES.map((z) => ZONE_COLOURS[z]) };

/** Row labels are cut to a sane length here; the renderer cuts them again to the label column's width. */
export const rowLabel = (text: string, max = 28) =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

const heading = (text: string) => ({ text, fontSize: 14, fontWeight: 'bold', color: INK, anchor: 'start', offset: 8 });
/** The rows, in order, come from a parameter: the labels are data, not shape. */
const rows = (param: string) => ({
  field: 'row',
  type: 'nominal',
  scale: { domain: { expr: param } },
  axis: { labelFontWeight: 'bold' },
});
const unique = (labels: string[]) => [...new Set(labels)];

export interface Marker {
  row: string;
  score: number;
}

/** Scores as diamonds over the Red / Yellow / Green bands, one row each, the number beside it. */
export function scorePanel(id: string, title: string, markers: Marker[]): Panel {
  const { yellow, green } = METHOD.zones;
  const bands = [
    { zone: 'Red', from: 0, to: yellow },
    { zone: 'Yellow', from: yellow, to: green },
    { zone: 'Green', from: green, to: 100 },
  ];
  const x = { type: 'quantitative', scale: { domain: [0, 100], nice: false } };
  const values = markers.map((m) => ({ ...m, text: m.score.toFixed(1), near: m.score > 86 }));
  const rowsParam = `${id}Rows`;
  const y = rows(rowsParam);
  const label = (near: boolean) => ({
    data: { name: id },
    transform: [{ filter: near ? 'datum.near' : '!datum.near' }],
    mark: { type: 'text', align: near ? 'right' : 'left', dx: near ? -12 : 12, fontWeight: 'bold', fontSize: 15 },
    encoding: { x: { ...x, field: 'score' }, y, text: { field: 'text' } },
  });
  const view = {
    title: heading(title),
    width: PLOT_WIDTH,
    // A step per row (not a height) keeps the row count out of the panel's shape.
    height: { step: ROW_HEIGHT },
    layer: [
      {
        data: { values: bands },
        // Faded by its fill, not its opacity: the same pixels, and the renderer draws no layer for it.
        mark: { type: 'rect', fillOpacity: 0.5 },
        encoding: {
          y: { value: -ZONE_LABEL_SPACE },
          y2: { value: 'height' },
          x: {
            ...x,
            field: 'from',
            axis: { values: [0, yellow, green, 100], title: 'Score out of 100 · higher is safer', grid: false },
          },
          x2: { field: 'to' },
          color: { field: 'zone', type: 'nominal', scale: zoneColour, legend: null },
        },
      },
      {
        data: { values: bands },
        mark: { type: 'text', align: 'left', baseline: 'top', dx: 6, dy: 3, fontSize: 11, color: INK },
        encoding: { x: { ...x, field: 'from' }, y: { value: -ZONE_LABEL_SPACE }, text: { field: 'zone' } },
      },
      {
        data: { name: id },
        mark: { type: 'point', shape: 'diamond', filled: true, size: 190, color: INK, stroke: CARD, strokeWidth: 1.5 },
        encoding: {
          x: { ...x, field: 'score' },
          y,
        },
      },
      label(false),
      label(true),
    ],
  };
  return { view, datasets: { [id]: values }, params: { [rowsParam]: unique(markers.map((m) => m.row)) } };
}

export interface Bar {
  row: string;
  /** Position on the axis. */
  value: number;
  /** What is written at the end of the bar. */
  text: string;
  /** The series (a role, a zone) when bars are coloured by it. */
  series?: string;
}

export interface BarOptions {
  axisTitle: string;
  domain: [number, number];
  /** Colours by series, with a legend; one colour when absent. */
  colours?: { domain: string[]; range: string[]; title: string | null };
  /** Two bars per row (compare) instead of one. */
  grouped?: boolean;
}

/** Horizontal bars, one row each (or one per series in a row), the value written at the end. */
export function barPanel(id: string, title: string, bars: Bar[], options: BarOptions): Panel {
  const labels = unique(bars.map((b) => b.row));
  const perRow = options.grouped ? Math.max(1, options.colours?.domain.length ?? 1) : 1;
  const [rowsParam, domainParam, seriesParam] = [`${id}Rows`, `${id}Domain`, `${id}Series`];
  const x = { field: 'value', type: 'quantitative', scale: { domain: { expr: domainParam }, nice: false } };
  const y = rows(rowsParam);
  const series = { domain: { expr: seriesParam } };
  const yOffset = options.grouped ? { yOffset: { field: 'series', scale: series } } : {};
  const colour = options.colours
    ? {
        color: {
          field: 'series',
          type: 'nominal',
          scale: { ...series, range: options.colours.range },
          legend: { title: options.colours.title, direction: 'horizontal' },
        },
      }
    : {};
  const values = bars.map((b) => ({ ...b, negative: b.value < 0 }));
  const text = (negative: boolean) => ({
    transform: [{ filter: negative ? 'datum.negative' : '!datum.negative' }],
    mark: { type: 'text', align: negative ? 'right' : 'left', dx: negative ? -5 : 5, color: INK },
    encoding: { x, y, ...yOffset, text: { field: 'text' } },
  });
  const view = {
    title: heading(title),
    width: PLOT_WIDTH,
    // Single bars: a step per row keeps the row count out of the shape (grouped bars: the five dimensions).
    height: perRow > 1 ? labels.length * perRow * 20 : { step: 26 },
    data: { name: id },
    layer: [
      {
        mark: {
          type: 'bar',
          color: BAR_COLOUR,
          stroke: MUTED,
          strokeWidth: 0.6,
          cornerRadiusEnd: 3,
          height: { band: 0.75 },
        },
        // Not stacked (one bar per row and series): a stacked bar's rounded end is drawn by clipping a group
        // to it, a layer the renderer draws on its own (it cost a tenth of a compare chart's drawing).
        encoding: {
          x: { ...x, stack: null, axis: { title: options.axisTitle, tickCount: 5 } },
          y,
          ...yOffset,
          ...colour,
        },
      },
      text(false),
      text(true),
    ],
  };
  const params = {
    [rowsParam]: labels,
    [domainParam]: options.domain,
    ...(options.colours ? { [seriesParam]: options.colours.domain } : {}),
  };
  return { view, datasets: { [id]: values }, params };
}

export interface Part {
  name: string;
  colour: string;
  /** Text colour on this part: dark or light, whichever reads better on its colour. */
  ink: string;
}
export interface Segment {
  row: string;
  part: string;
  percent: number;
}

/** One bar per row cut into parts that add up to 100 %, each part labelled when it is wide enough. */
export function partsPanel(id: string, title: string, parts: Part[], segments: Segment[]): Panel {
  const labels = unique(segments.map((s) => s.row));
  const rowsParam = `${id}Rows`;
  const values: Record<string, unknown>[] = [];
  for (const row of labels) {
    let from = 0;
    for (const part of parts) {
      const percent = segments.find((s) => s.row === row && s.part === part.name)?.percent ?? 0;
      if (percent <= 0) continue;
      const text =
        percent >= 22 ? `${part.name} ${Math.round(percent)}%` : percent >= 6 ? `${Math.round(percent)}%` : '';
      values.push({ row, part: part.name, from, to: from + percent, mid: from + percent / 2, text, ink: part.ink });
      from += percent;
    }
  }
  const x = { type: 'quantitative', scale: { domain: [0, 100], nice: false } };
  const y = rows(rowsParam);
  const view = {
    title: heading(title),
    width: PLOT_WIDTH,
    height: { step: 30 },
    data: { name: id },
    layer: [
      {
        mark: { type: 'bar', stroke: CARD, strokeWidth: 1, height: { band: 0.8 } },
        encoding: {
          x: { ...x, field: 'from', axis: { title: 'Percent', values: [0, 25, 50, 75, 100] } },
          x2: { field: 'to' },
          y,
          color: {
            field: 'part',
            type: 'nominal',
            scale: { domain: parts.map((p) => p.name), range: parts.map((p) => p.colour) },
            legend: { title: null, direction: 'horizontal' },
          },
        },
      },
      {
        mark: { type: 'text', align: 'center', fontWeight: 'bold', fontSize: 12 },
        encoding: {
          x: { ...x, field: 'mid' },
          y,
          text: { field: 'text' },
          color: { field: 'ink', type: 'nominal', scale: null },
        },
      },
    ],
  };
  return { view, datasets: { [id]: values }, params: { [rowsParam]: labels } };
}

export { zoneColour };
