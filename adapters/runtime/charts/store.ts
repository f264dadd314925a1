// Charts drawn once per catalog version and kept, bounded (LRU by bytes). The key is the chart's
// path, which carries the catalog version, so a kept PNG is never stale. Concurrent requests for
// one chart share one drawing. The drawing libraries load on the first chart, not at start-up
// (they take seconds to import on a busy machine); with them, the bot's store draws one chart of
// each kind and throws it away, so that no later chart waits for a compile or runs cold code.
import type { Catalog } from '../../../src/catalog/catalog.ts';
import { catalogVersion } from '../../../src/catalog/snapshot.ts';
import { chartFor } from '../../../src/charts/chart.ts';
import { chartPath, parseChartPath, type ChartRef } from '../../../src/charts/ref.ts';

/** One chart of each kind, of the first hand-assessed roles: the warm-up. */
function sampleCharts(catalog: Catalog): ChartRef[] {
  const [a, b = a] = catalog.roles.filter((r) => r.basis === 'assessed');
  if (!a || !b) return [];
  return [
    { kind: 'risk', roles: [{ id: a.id }] },
    { kind: 'compare', roles: [{ id: a.id }, { id: b.id }] },
    { kind: 'team', roles: [{ id: a.id, count: 1 }] },
    { kind: 'transition', roles: [{ id: a.id }] },
  ];
}

/** About 430 charts at ~76 KiB each. */
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

export class ChartStore {
  private readonly kept = new Map<string, Buffer>();
  private readonly drawing = new Map<string, Promise<Buffer>>();
  private bytes = 0;
  private renderer?: Promise<typeof import('./render.ts')>;

  constructor(
    readonly catalog: Catalog,
    private readonly maxBytes = DEFAULT_MAX_BYTES,
    /** Off for a one-chart process (the command line): it would only add to its one chart. */
    private readonly warmUp = true,
  ) {}

  pathOf(ref: ChartRef): string {
    return chartPath(ref, catalogVersion(this.catalog));
  }

  /** The PNG a request path names, or undefined when it names no chart of this catalog. */
  async byPath(path: string): Promise<Buffer | undefined> {
    const ref = parseChartPath(path, this.catalog);
    return ref ? this.png(ref) : undefined;
  }

  async png(ref: ChartRef): Promise<Buffer> {
    const key = this.pathOf(ref);
    const hit = this.kept.get(key);
    if (hit) {
      this.kept.delete(key); // most recently used goes last
      this.kept.set(key, hit);
      return hit;
    }
    let pending = this.drawing.get(key);
    if (!pending) {
      pending = this.ready()
        .then(({ renderChartPng }) => renderChartPng(chartFor(this.catalog, ref).spec))
        .finally(() => this.drawing.delete(key));
      this.drawing.set(key, pending);
      this.keep(key, await pending);
    }
    return pending;
  }

  /** The drawing libraries, loaded, and (warming up) one chart of each kind drawn: once. */
  ready(): Promise<typeof import('./render.ts')> {
    return (this.renderer ??= import('./render.ts').then(async (render) => {
      if (this.warmUp)
        for (const ref of sampleCharts(this.catalog))
          // A kind that fails here fails when one of its charts is asked for, not the others.
          await render.renderChartPng(chartFor(this.catalog, ref).spec).catch(() => undefined);
      return render;
    }));
  }

  stats(): { charts: number; bytes: number } {
    return { charts: this.kept.size, bytes: this.bytes };
  }

  private keep(key: string, png: Buffer): void {
    if (this.kept.has(key) || png.length > this.maxBytes) return;
    this.kept.set(key, png);
    this.bytes += png.length;
    for (const [old, buf] of this.kept) {
      if (this.bytes <= this.maxBytes) break;
      this.kept.delete(old);
      this.bytes -= buf.length;
    }
  }
}
