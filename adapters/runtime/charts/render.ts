// Draws a chart: Vega-Lite spec → Vega → SVG (vega's headless renderer) → PNG (resvg). Fonts are
// the ones the project ships (@expo-google-fonts/inter, see fonts.ts), loaded explicitly with
// system fonts off, so a chart looks the same on every machine.
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { cutFontFiles, FONT_FILES, inCutFonts } from './fonts.ts';
import { encodePng } from './png-encode.ts';
import { advanceWidths, type Advance } from './text-width.ts';
import { chartShape } from '../../../src/charts/chart.ts';
import { CHART_FONT } from '../../../src/charts/theme.ts';

/**
 * 1x is 770–840 px wide; 1.5x (1,160–1,260 px) keeps text sharp when a client scales the image up,
 * at a little over half the pixels of 2x, which took twice as long to rasterise and encode.
 */
export const CHART_SCALE = 1.5;

/** Paths, not buffers: resvg-js passes its options as JSON, where font buffers do not survive. */
const cutFonts = await cutFontFiles();
const [regular, bold] = FONT_FILES.map(advanceWidths) as [Advance, Advance];
interface TextItem {
  text?: unknown;
  fontSize?: number;
  fontWeight?: string | number;
  /** Vega cuts text longer than this (labelLimit) with an ellipsis. */
  limit?: number;
}
type Measure = (item: TextItem, text?: unknown) => number;
/** vega exports its text metrics at run time; its type declarations leave them out. */
const { textMetrics } = vega as unknown as { textMetrics: { width: Measure } };
// Vega's hook for measuring text without a canvas (what vl-convert does): use the shipped font.
textMetrics.width = (item, text) => {
  const size = item.fontSize ?? 11;
  const isBold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  const width = (isBold ? bold : regular)(String(text ?? item.text ?? '').trim(), size);
  // Asked for the item's own text (its bounds), a label longer than its limit is drawn cut to it.
  return text === undefined && item.limit ? Math.min(width, item.limit) : width;
};

/** Vega warns through its own logger; a chart problem must fail loudly in tests, not print. */
class ChartSpecError extends Error {}

/**
 * Compiling (vega-lite) and parsing (vega) cost more than laying out and drawing, and depend only
 * on a chart's shape (see chartShape). So each shape is compiled and parsed once; a chart gets a
 * fresh view of it (a kept view drawn again kept some of the last chart's layout) with its own
 * data and parameters. There are five shapes: one a kind, two for transitions (with and without moves).
 */
const shapes = new Map<string, vega.Runtime>();

function collecting(problems: string[]) {
  const logger = {
    level: () => logger,
    error: (...m: unknown[]) => (problems.push(m.join(' ')), logger),
    warn: (...m: unknown[]) => (problems.push(m.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger as never;
}

function compileShape(spec: Record<string, unknown>): vega.Runtime {
  const problems: string[] = [];
  const runtime = vega.parse(compile(spec as unknown as TopLevelSpec, { logger: collecting(problems) }).spec);
  if (problems.length) throw new ChartSpecError(`chart spec problems: ${problems.join('; ')}`);
  return runtime;
}

/** How many shapes are compiled (for tests and the bench). */
export const compiledShapes = () => shapes.size;

/** The compiled shape of a spec, compiled now if it is new. */
export function prepareShape(spec: Record<string, unknown>): vega.Runtime {
  const { shape } = chartShape(spec);
  let runtime = shapes.get(shape);
  if (!runtime) shapes.set(shape, (runtime = compileShape(spec)));
  return runtime;
}

export async function chartSvg(spec: Record<string, unknown>): Promise<string> {
  const runtime = prepareShape(spec);
  const { datasets, params } = chartShape(spec);
  const problems: string[] = [];
  const view = new vega.View(runtime, { renderer: 'none', logger: collecting(problems) });
  for (const [name, values] of Object.entries(datasets)) view.data(name, values);
  for (const { name, value } of params) view.signal(name, value);
  const svg = await view.toSVG();
  view.finalize();
  if (problems.length) throw new ChartSpecError(`chart problems: ${problems.join('; ')}`);
  return svg;
}

/** An SVG's pixels (RGBA), drawn with the cut fonts when they have every character it uses. */
export function rasterise(svg: string, fontFiles = inCutFonts(svg) ? cutFonts : FONT_FILES) {
  const resvg = new Resvg(svg, {
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: CHART_FONT,
      sansSerifFamily: CHART_FONT,
    },
    fitTo: { mode: 'zoom', value: CHART_SCALE },
  });
  const image = resvg.render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/** The PNG of an SVG. */
export function svgToPng(svg: string, fontFiles?: string[]): Buffer {
  const { pixels, width, height } = rasterise(svg, fontFiles);
  return encodePng(pixels, width, height);
}

export async function renderChartPng(spec: Record<string, unknown>): Promise<Buffer> {
  return svgToPng(await chartSvg(spec));
}
