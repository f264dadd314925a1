// Chart figures for npm run bench: what the first chart costs (loading vega and resvg and drawing
// one chart of each kind to warm up, then drawing), what a new chart costs (and where its time goes,
// stage by stage, for each kind), what a kept one costs, and how much memory the store holds.
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { encodePng } from '../adapters/runtime/charts/png-encode.ts';
import { pngSize } from '../adapters/runtime/charts/png-size.ts';
import { ChartStore, DEFAULT_MAX_BYTES } from '../adapters/runtime/charts/store.ts';
import type { Catalog } from '../src/catalog/catalog.ts';
import { chartFor } from '../src/charts/chart.ts';
import type { ChartKind, ChartRef } from '../src/charts/ref.ts';
import { suggestTransitions } from '../src/engine/transition.ts';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

/** perKind charts of each kind: compares of two different roles, teams of 2 to 6 roles. */
function benchCharts(catalog: Catalog, perKind: number): ChartRef[] {
  const roles = catalog.roles.filter((r) => r.basis === 'assessed');
  const other = (i: number) => roles[(i * 7 + 3) % roles.length]!;
  return roles.slice(0, perKind).flatMap((r, i): ChartRef[] => [
    { kind: 'risk', roles: [{ id: r.id }] },
    { kind: 'compare', roles: [{ id: r.id }, { id: (other(i) === r ? roles[i + 1]! : other(i)).id }] },
    {
      kind: 'team',
      roles: roles.slice(i, i + 2 + (i % 5)).map((m, j) => ({ id: m.id, count: j === 0 ? 3 + i : 1 })),
    },
    { kind: 'transition', roles: [{ id: r.id }] },
  ]);
}

const STAGES = ['spec', 'layout and SVG (vega)', 'rasterise (resvg)', 'PNG (zlib)'] as const;

export async function chartBench(catalog: Catalog, perKind = 16): Promise<Record<string, number>> {
  const refs = benchCharts(catalog, perKind);
  // A chart is asked for from its card, which has already ranked the role's moves (and they are
  // kept): rank them here too, so the figures below are the drawing's.
  for (const r of catalog.roles.filter((r) => r.basis === 'assessed')) suggestTransitions(catalog, catalog.score(r));
  const store = new ChartStore(catalog);
  const [render, importMs] = await timed(() => store.ready());
  const [, firstMs] = await timed(() => store.png(refs[0]!));
  // Garbage-collection pauses, to tell how much of a slow chart was the collector's.
  const pauses: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  const spans: { ref: ChartRef; start: number; ms: number }[] = [];
  for (const ref of refs.slice(1)) {
    const start = performance.now();
    spans.push({ ref, start, ms: (await timed(() => store.png(ref)))[1] });
  }
  await new Promise((resolve) => setTimeout(resolve, 10)); // the observer is told after the fact
  observer.disconnect();
  const gcIn = ({ start, ms }: { start: number; ms: number }) =>
    pauses.filter((p) => p.startTime >= start && p.startTime < start + ms).reduce((sum, p) => sum + p.duration, 0);
  const drawTimes = spans.map((s) => s.ms);
  const slowest = spans.reduce((a, b) => (b.ms > a.ms ? b : a));
  const gcTimes = sorted(spans.map(gcIn));
  const keptTimes: number[] = [];
  for (let round = 0; round < 20; round++)
    for (const ref of refs) keptTimes.push((await timed(() => store.png(ref)))[1]);
  const widths = await Promise.all(refs.map(async (ref) => pngSize(await store.png(ref)).width));

  // The same charts drawn again stage by stage (the store would hand back the kept PNGs).
  const stages = new Map<ChartKind, number[][]>();
  for (const ref of refs) {
    const t0 = performance.now();
    const { spec } = chartFor(catalog, ref);
    const t1 = performance.now();
    const svg = await render.chartSvg(spec);
    const t2 = performance.now();
    const { pixels, width, height } = render.rasterise(svg);
    const t3 = performance.now();
    encodePng(pixels, width, height);
    const t4 = performance.now();
    const rows = stages.get(ref.kind) ?? [];
    rows.push([t1 - t0, t2 - t1, t3 - t2, t4 - t3, t4 - t0]);
    stages.set(ref.kind, rows);
  }

  const draw = sorted(drawTimes);
  const kept = sorted(keptTimes);
  const { charts, bytes } = store.stats();
  const average = bytes / charts;
  console.log(`\ncharts (vega-lite → SVG → resvg PNG ${render.CHART_WIDTH} px wide):`);
  console.log(
    `  loading the drawing libraries and drawing one chart of each kind to warm up (once, on the first chart): ${ms(importMs)}`,
  );
  console.log(`  first chart drawn: ${ms(firstMs)}`);
  console.log(
    `  each new chart after the first (${draw.length}: ${perKind} of each kind less the first): p50 ${ms(percentile(draw, 50))}, p99 ${ms(percentile(draw, 99))}, max ${ms(draw.at(-1)!)}`,
  );
  console.log(
    `    the slowest: a ${slowest.ref.kind} chart, ${ms(slowest.ms)}, ${ms(gcIn(slowest))} of it collecting garbage; the collector paused ${gcTimes.filter((t) => t > 0).length} of them, for ${ms(percentile(gcTimes, 50))} at p50 and ${ms(gcTimes.at(-1)!)} at most`,
  );
  console.log(`    by kind (p50 / p99 / max):`);
  for (const kind of new Set(spans.map((s) => s.ref.kind))) {
    const times = sorted(spans.filter((s) => s.ref.kind === kind).map((s) => s.ms));
    console.log(
      `      ${kind.padEnd(11)}${times.length} charts: ${ms(percentile(times, 50))} / ${ms(percentile(times, 99))} / ${ms(times.at(-1)!)}`,
    );
  }
  console.log(`  the same charts drawn again, stage by stage (p50 per stage; all stages p50 / max):`);
  console.log(`    ${'kind'.padEnd(11)}${STAGES.map((s) => s.padStart(24)).join('')}${'all'.padStart(22)}`);
  for (const [kind, rows] of stages) {
    const column = (i: number) => sorted(rows.map((r) => r[i]!));
    const cells = STAGES.map((_, i) => ms(percentile(column(i), 50)).padStart(24)).join('');
    const all = column(STAGES.length);
    console.log(`    ${kind.padEnd(11)}${cells}${`${ms(percentile(all, 50))} / ${ms(all.at(-1)!)}`.padStart(22)}`);
  }
  console.log(
    `  a kept chart (each chart is drawn once per catalog version): p50 ${ms(percentile(kept, 50))}, p99 ${ms(percentile(kept, 99))} over ${kept.length}`,
  );
  console.log(`  PNG width: ${Math.min(...widths)}–${Math.max(...widths)} px`);
  console.log(
    `  store: ${charts} charts in ${(bytes / 1024 / 1024).toFixed(2)} MiB (${(average / 1024).toFixed(0)} KiB each); the ${DEFAULT_MAX_BYTES / 1024 / 1024} MiB budget keeps about ${Math.floor(DEFAULT_MAX_BYTES / average)}`,
  );
  return {
    chartImportMs: importMs,
    chartFirstMs: firstMs,
    chartDrawn: draw.length,
    chartDrawP50Ms: percentile(draw, 50),
    chartDrawP99Ms: percentile(draw, 99),
    chartDrawMaxMs: draw.at(-1)!,
    chartDrawGcMaxMs: gcTimes.at(-1)!,
    chartKeptP50Ms: percentile(kept, 50),
    chartKeptP99Ms: percentile(kept, 99),
    chartStoreMiB: bytes / 1024 / 1024,
    chartPngKiB: average / 1024,
    chartMinWidthPx: Math.min(...widths),
  };
}
