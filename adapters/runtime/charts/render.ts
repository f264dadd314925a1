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
 * Every chart is drawn 1,040 px wide (1.24–1.35 times its layout, which is 770–840 px): Slack and
 * Discord show a message's image at most about 520 px wide, so that is one pixel for each pixel of
 * a high-density (2x) screen. 1.5 times the layout (1,160–1,260 px) drew 1.2–1.5 times the pixels
 * for no sharper a picture there.
 */
export const CHART_WIDTH = 1040;

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
 * on a chart's shape (see chartShape). So each shape is compiled and parsed once. There are five:
 * one a kind, two for transitions (with and without moves).
 */
interface Shape {
  runtime: vega.Runtime;
  /**
   * The view this shape's charts are drawn on, one after another. A fresh view a chart cost twice
   * the layout time, and its dataflow, garbage a chart later, kept the collector busy.
   */
  view?: vega.View;
  /** What vega warned of while drawing the current chart. */
  problems: string[];
  /** What vega warned of while emptying the view after a chart: the next chart fails with it, loudly. */
  emptying?: string;
  /** The chart being drawn on the view: the next one waits for it. */
  turn: Promise<unknown>;
}
const shapes = new Map<string, Shape>();

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

/**
 * vega-lite, as it loads, gives every Set a toJSON (writing "Set(…)") for its own hashing. Code
 * elsewhere that serialises or inspects sets breaks on it: discord.js's event emitter failed to
 * load after it. So it is there only while vega-lite compiles (which is synchronous).
 */
const setToJson = Object.getOwnPropertyDescriptor(Set.prototype, 'toJSON');
Reflect.deleteProperty(Set.prototype, 'toJSON');
function withSetToJson<T>(compiling: () => T): T {
  if (!setToJson) return compiling();
  Object.defineProperty(Set.prototype, 'toJSON', setToJson);
  try {
    return compiling();
  } finally {
    Reflect.deleteProperty(Set.prototype, 'toJSON');
  }
}

function compileShape(spec: Record<string, unknown>): vega.Runtime {
  const problems: string[] = [];
  const compiled = withSetToJson(() => compile(spec as unknown as TopLevelSpec, { logger: collecting(problems) }));
  const runtime = vega.parse(compiled.spec);
  if (problems.length) throw new ChartSpecError(`chart spec problems: ${problems.join('; ')}`);
  return runtime;
}

/** How many shapes are compiled (for tests and the bench). */
export const compiledShapes = () => shapes.size;

/** Drops the kept views (for tests): the next chart of each shape is drawn on a fresh one. */
export function dropViews(): void {
  for (const shape of shapes.values()) {
    shape.view?.finalize();
    shape.view = undefined;
  }
}

function shapeOf(spec: Record<string, unknown>): Shape {
  const { shape: key } = chartShape(spec);
  let shape = shapes.get(key);
  if (!shape) shapes.set(key, (shape = { runtime: compileShape(spec), problems: [], turn: Promise.resolve() }));
  return shape;
}

/** A chart's SVG, and the view being emptied after it (see below), which the next chart waits for. */
interface Drawn {
  svg: string;
  emptied: Promise<void>;
}

async function draw(shape: Shape, spec: Record<string, unknown>): Promise<Drawn> {
  const { datasets, params } = chartShape(spec);
  if (shape.emptying) {
    const problems = shape.emptying;
    shape.emptying = undefined;
    throw new ChartSpecError(`problems emptying the view after a chart: ${problems}`);
  }
  shape.problems.length = 0;
  const view = (shape.view ??= new vega.View(shape.runtime, {
    renderer: 'none',
    logger: collecting(shape.problems),
  }));
  const fresh = () => {
    // Whatever state the view was left in, the next chart starts on a fresh one.
    view.finalize();
    if (shape.view === view) shape.view = undefined;
  };
  try {
    for (const [name, values] of Object.entries(datasets)) view.data(name, values);
    for (const { name, value } of params) view.signal(name, value);
    const svg = await view.toSVG();
    if (shape.problems.length) throw new ChartSpecError(`chart problems: ${shape.problems.join('; ')}`);
    // Emptied after (no rows, no data, no series), so that every label, tick and legend entry of
    // the next chart enters afresh: vega lays a legend's entries out only as they enter, and keeps
    // items in the order they entered. The next chart then comes out as on a fresh view (tests
    // compare), and this one's items are garbage while still young, which is cheap to collect.
    // The SVG is handed on first: vega goes on emptying at its next await, which comes after the
    // chart's rasterising and PNG (both synchronous), and the next chart of the shape waits for it.
    for (const name of Object.keys(datasets)) view.data(name, []);
    for (const { name, value } of params) if (Array.isArray(value)) view.signal(name, []);
    const emptied = view.runAsync().then(
      () => {
        if (!shape.problems.length) return;
        shape.emptying = shape.problems.join('; ');
        fresh();
      },
      (error: unknown) => {
        shape.emptying = String(error);
        fresh();
      },
    );
    return { svg, emptied };
  } catch (error) {
    fresh();
    throw error;
  }
}

/** A chart's SVG, drawn on its shape's view once the chart before it there is done. */
export async function chartSvg(spec: Record<string, unknown>): Promise<string> {
  const shape = shapeOf(spec);
  const drawing = shape.turn.then(() => draw(shape, spec));
  shape.turn = drawing.then(
    ({ emptied }) => emptied,
    () => undefined,
  );
  return (await drawing).svg;
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
    fitTo: { mode: 'width', value: CHART_WIDTH },
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
