// Draws a chart: Vega-Lite spec → Vega → SVG (vega's headless renderer) → PNG (resvg). Fonts are
// the ones the project ships (@expo-google-fonts/inter), loaded explicitly with system fonts off,
// so a chart looks the same on every machine.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { encodePng } from './png-encode.ts';
import { advanceWidths, type Advance } from './text-width.ts';
import { CHART_FONT } from '../../../src/charts/theme.ts';

const require = createRequire(import.meta.url);
const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '700Bold/Inter_700Bold.ttf'];
/**
 * 1x is 800-odd px wide; 1.5x (about 1,260 px) keeps text sharp when a client scales the image up,
 * at a little over half the pixels of 2x, which took twice as long to rasterise and encode.
 */
export const CHART_SCALE = 1.5;

/** Paths, not buffers: resvg-js passes its options as JSON, where font buffers do not survive. */
const fontFiles = FONT_FILES.map((f) => require.resolve(`@expo-google-fonts/inter/${f}`));
const [regular, bold] = fontFiles.map(advanceWidths) as [Advance, Advance];
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

export async function chartSvg(spec: Record<string, unknown>): Promise<string> {
  const problems: string[] = [];
  const logger = {
    level: () => logger,
    error: (...m: unknown[]) => (problems.push(m.join(' ')), logger),
    warn: (...m: unknown[]) => (problems.push(m.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  const compiled = compile(spec as unknown as TopLevelSpec, { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: logger as never });
  const svg = await view.toSVG();
  view.finalize();
  if (problems.length) throw new ChartSpecError(`chart spec problems: ${problems.join('; ')}`);
  return svg;
}

export function svgToPng(svg: string): Buffer {
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
  return encodePng(image.pixels, image.width, image.height);
}

export async function renderChartPng(spec: Record<string, unknown>): Promise<Buffer> {
  return svgToPng(await chartSvg(spec));
}
