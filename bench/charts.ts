// Chart figures for npm run bench: what the first chart costs (loading vega and resvg and drawing
// one chart of each kind to warm up, then drawing), what a new chart costs, what a kept one costs, and how much memory the store holds.
import { performance } from 'node:perf_hooks';
import { pngSize } from '../adapters/runtime/charts/png-size.ts';
import { ChartStore, DEFAULT_MAX_BYTES } from '../adapters/runtime/charts/store.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import type { ChartRef } from '../src/charts/ref.ts';
import { suggestTransitions } from '../src/engine/transition.ts';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

export async function chartBench(catalog: Catalog, perKind = 8): Promise<Record<string, number>> {
  const roles = catalog.roles.filter((r) => r.basis === 'assessed').slice(0, perKind + 1);
  const refs: ChartRef[] = roles.slice(0, perKind).flatMap((r, i): ChartRef[] => [
    { kind: 'risk', roles: [{ id: r.id }] },
    { kind: 'compare', roles: [{ id: r.id }, { id: roles[i + 1]!.id }] },
    {
      kind: 'team',
      roles: [
        { id: r.id, count: 3 + i },
        { id: roles[i + 1]!.id, count: 1 },
      ],
    },
    { kind: 'transition', roles: [{ id: r.id }] },
  ]);
  // A chart is asked for from its card, which has already ranked the role's moves (and they are
  // kept): rank them here too, so the figures below are the drawing's.
  for (const r of roles) suggestTransitions(catalog, catalog.score(r));
  const store = new ChartStore(catalog);
  const [{ CHART_SCALE }, importMs] = await timed(() => store.ready());
  const [, firstMs] = await timed(() => store.png(refs[0]!));
  const drawTimes: number[] = [];
  for (const ref of refs.slice(1)) drawTimes.push((await timed(() => store.png(ref)))[1]);
  const keptTimes: number[] = [];
  for (let round = 0; round < 20; round++)
    for (const ref of refs) keptTimes.push((await timed(() => store.png(ref)))[1]);
  const widths = await Promise.all(refs.map(async (ref) => pngSize(await store.png(ref)).width));
  drawTimes.sort((a, b) => a - b);
  keptTimes.sort((a, b) => a - b);
  const { charts, bytes } = store.stats();
  const average = bytes / charts;
  console.log(`\ncharts (vega-lite → SVG → resvg PNG at ${CHART_SCALE}x):`);
  console.log(
    `  loading the drawing libraries and drawing one chart of each kind to warm up (once, on the first chart): ${ms(importMs)}`,
  );
  console.log(`  first chart drawn: ${ms(firstMs)}`);
  console.log(
    `  each new chart after the first (${drawTimes.length}, all four kinds): p50 ${ms(percentile(drawTimes, 50))}, p99 ${ms(percentile(drawTimes, 99))}`,
  );
  console.log(
    `  a kept chart (each chart is drawn once per catalog version): p50 ${ms(percentile(keptTimes, 50))}, p99 ${ms(percentile(keptTimes, 99))} over ${keptTimes.length}`,
  );
  console.log(`  PNG width: ${Math.min(...widths)}–${Math.max(...widths)} px`);
  console.log(
    `  store: ${charts} charts in ${(bytes / 1024 / 1024).toFixed(2)} MiB (${(average / 1024).toFixed(0)} KiB each); the ${DEFAULT_MAX_BYTES / 1024 / 1024} MiB budget keeps about ${Math.floor(DEFAULT_MAX_BYTES / average)}`,
  );
  return {
    chartImportMs: importMs,
    chartFirstMs: firstMs,
    chartDrawP50Ms: percentile(drawTimes, 50),
    chartDrawP99Ms: percentile(drawTimes, 99),
    chartKeptP50Ms: percentile(keptTimes, 50),
    chartKeptP99Ms: percentile(keptTimes, 99),
    chartStoreMiB: bytes / 1024 / 1024,
    chartPngKiB: average / 1024,
    chartMinWidthPx: Math.min(...widths),
  };
}
