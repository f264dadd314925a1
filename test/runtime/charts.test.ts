// Drawing, keeping and serving charts: real PNGs from vega and resvg, served over loopback HTTP.
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize } from '../../adapters/runtime/charts/png-size.ts';
import { cutFontFiles, FONT_FILES, inCutFonts } from '../../adapters/runtime/charts/fonts.ts';
import { chartSvg, compiledShapes, dropViews, svgToPng } from '../../adapters/runtime/charts/render.ts';
import { chartRoute, CHARTS_ROUTE } from '../../adapters/runtime/charts/route.ts';
import { ChartStore } from '../../adapters/runtime/charts/store.ts';
import { createHttpServer, listen } from '../../adapters/runtime/http-server.ts';
import { catalogVersion } from '../../src/catalog/snapshot.ts';
import { chartFor } from '../../src/charts/chart.ts';
import type { ChartRef } from '../../src/charts/ref.ts';
import { silentLog } from '../discord/fakes.ts';
import { realCatalog } from '../helpers.ts';

const catalog = realCatalog();
const version = catalogVersion(catalog);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const refs: ChartRef[] = [
  { kind: 'risk', roles: [{ id: 'backend-developer-mid' }] },
  { kind: 'compare', roles: [{ id: 'backend-developer-mid' }, { id: 'data-engineer-mid' }] },
  {
    kind: 'team',
    roles: [
      { id: 'backend-developer-mid', count: 4 },
      { id: 'database-administrator-mid', count: 1 },
    ],
  },
  { kind: 'transition', roles: [{ id: 'backend-developer-mid' }] },
];

describe('GIVEN the chart store', () => {
  const store = new ChartStore(catalog);

  it.each(refs)('GIVEN a $kind chart THEN it is a PNG at least 400 px wide', async (ref) => {
    const png = await store.png(ref);
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(pngSize(png).width).toBeGreaterThanOrEqual(400);
  });

  it('GIVEN the same chart again THEN the kept PNG is returned, not drawn again', async () => {
    const first = await store.png(refs[0]!);
    expect(await store.png(refs[0]!)).toBe(first);
    expect(store.stats().charts).toBe(refs.length);
  });

  it('GIVEN a small byte budget THEN the least recently used charts are dropped', async () => {
    const small = new ChartStore(catalog, 1);
    await small.png(refs[0]!);
    expect(small.stats()).toEqual({ charts: 0, bytes: 0 });
    const two = new ChartStore(catalog, (await store.png(refs[0]!)).length + 10);
    await two.png(refs[0]!);
    await two.png(refs[3]!);
    expect(two.stats().charts).toBe(1);
    expect(two.stats().bytes).toBeLessThanOrEqual((await store.png(refs[0]!)).length + 10);
  });

  it('THEN the SVG uses only the shipped font', async () => {
    const svg = await chartSvg(chartFor(catalog, refs[0]!).spec);
    const families = new Set([...svg.matchAll(/font-family="([^"]*)"/g)].map((m) => m[1]));
    expect([...families]).toEqual(['Inter']);
  });
});

describe('GIVEN a chart of each kind', () => {
  // resvg draws a clipped group or a group with opacity on a layer of its own, which costs.
  it.each(refs)('GIVEN a $kind chart THEN its SVG has no clipped groups and no faded zone bands', async (ref) => {
    const svg = await chartSvg(chartFor(catalog, ref).spec);
    expect(svg).not.toContain('clip-path=');
    expect(svg).not.toMatch(/<path [^>]*fill="#(D55E00|F0E442|009E73)"[^>]* opacity="0\./);
  });
});

describe('GIVEN charts drawn from one compiled shape', () => {
  const team = (ids: string[], count: number): ChartRef => ({
    kind: 'team',
    roles: ids.map((id) => ({ id, count })),
  });
  const small = team(['backend-developer-mid', 'database-administrator-mid'], 2);
  const large = team(['data-engineer-mid', 'devops-engineer-mid', 'qa-engineer-mid', 'frontend-developer-mid'], 3);
  const svgOf = async (ref: ChartRef) => (await chartSvg(chartFor(catalog, ref).spec)).replace(/clip\d+/g, 'clip');

  it('GIVEN a store made ready THEN every kind is compiled, and charts of other roles compile nothing more', async () => {
    await new ChartStore(catalog).ready();
    const compiled = compiledShapes();
    expect(compiled).toBeGreaterThanOrEqual(4);
    await svgOf(large);
    await svgOf({ kind: 'compare', roles: [{ id: 'qa-engineer-mid' }, { id: 'devops-engineer-mid' }] });
    await svgOf({ kind: 'transition', roles: [{ id: 'data-engineer-mid' }] });
    await svgOf({ kind: 'risk', roles: [{ id: 'frontend-developer-mid' }] });
    expect(compiledShapes()).toBe(compiled);
  });

  it('THEN each chart shows its own rows, and a chart drawn again after another is the same drawing', async () => {
    const first = await svgOf(small);
    const other = await svgOf(large);
    expect(other).toContain('3 × Data Engineer');
    expect(other).not.toContain('Backend/API');
    expect(other.match(/<svg[^>]*height="(\d+)"/)![1]).not.toBe(first.match(/<svg[^>]*height="(\d+)"/)![1]);
    expect(await svgOf(small)).toBe(first);
  });

  it('GIVEN charts of every kind drawn one after another THEN each is the drawing a fresh view makes of it', async () => {
    const assessed = catalog.roles.filter((r) => r.basis === 'assessed');
    const some = assessed.filter((_, i) => i % 5 === 0);
    const charts: ChartRef[] = some.flatMap((r, i): ChartRef[] => [
      { kind: 'risk', roles: [{ id: r.id }] },
      { kind: 'compare', roles: [{ id: r.id }, { id: some[(i + 3) % some.length]!.id }] },
      { kind: 'team', roles: assessed.slice(i * 4, i * 4 + 1 + (i % 6)).map((m, j) => ({ id: m.id, count: 1 + j })) },
      { kind: 'transition', roles: [{ id: r.id }] },
    ]);
    const fresh = new Map<ChartRef, string>();
    for (const ref of charts) {
      dropViews();
      fresh.set(ref, await svgOf(ref));
    }
    // Drawn in another order, each on a view that has drawn others of its kind before.
    for (const ref of [...charts].reverse()) expect(await svgOf(ref), JSON.stringify(ref)).toBe(fresh.get(ref));
  });

  it('GIVEN charts of one kind asked for at once THEN each shows its own rows', async () => {
    const ids = ['backend-developer-mid', 'data-engineer-mid', 'qa-engineer-mid', 'devops-engineer-mid'];
    const svgs = await Promise.all(ids.map((id) => svgOf({ kind: 'risk', roles: [{ id }] })));
    for (const [i, id] of ids.entries()) expect(svgs[i]).toBe(await svgOf({ kind: 'risk', roles: [{ id }] }));
    expect(new Set(svgs).size).toBe(ids.length);
  });
});

describe('GIVEN the drawing libraries loaded and charts compiled', () => {
  it('THEN sets serialise as they do without them (vega-lite patches Set while it compiles, and only then)', async () => {
    await chartSvg(chartFor(catalog, refs[1]!).spec);
    expect(Object.getOwnPropertyNames(Set.prototype)).not.toContain('toJSON');
    expect(JSON.stringify({ ids: new Set(['a']) })).toBe('{"ids":{}}');
  });
});

describe('GIVEN the fonts', () => {
  it('THEN every role title in the catalog is in the cut fonts', () => {
    const outside = catalog.roles.map((r) => r.title).filter((t) => !inCutFonts(t));
    expect(outside).toEqual([]);
  });

  it.each(refs)('GIVEN a $kind chart THEN the cut fonts draw it pixel for pixel as the whole files do', async (ref) => {
    const svg = await chartSvg(chartFor(catalog, ref).spec);
    const [cut] = await cutFontFiles();
    expect(cut).not.toBe(FONT_FILES[0]);
    expect(svgToPng(svg).equals(svgToPng(svg, FONT_FILES))).toBe(true);
  });

  it('GIVEN text outside the cut (Cyrillic, Greek) THEN the chart is drawn with the whole files', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="5" y="28" font-family="Inter" font-size="20">Инженер Δ</text></svg>`;
    expect(inCutFonts(svg)).toBe(false);
    const whole = svgToPng(svg, FONT_FILES);
    expect(svgToPng(svg).equals(whole)).toBe(true);
    expect(svgToPng(svg, await cutFontFiles()).equals(whole)).toBe(false);
  });
});

describe('GIVEN the /charts route', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createHttpServer(new Map([[CHARTS_ROUTE, chartRoute(new ChartStore(catalog))]]), silentLog);
    base = `http://127.0.0.1:${await listen(server, 0, '127.0.0.1')}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('GIVEN a chart path THEN a PNG with immutable, long-lived cache headers', async () => {
    const res = await fetch(`${base}/charts/risk/${version}/backend-developer-mid.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toMatch(/max-age=31536000, immutable/);
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(Number(res.headers.get('content-length'))).toBe(png.length);
  });

  it.each([
    `/charts/risk/${version}/no-such-role.png`,
    `/charts/risk/000000000000/backend-developer-mid.png`,
    `/charts/risk/${version}/..%2f..%2fpackage.json.png`,
    `/charts/risk/${version}/backend%2ddeveloper%2dmid.png`,
    `/charts/`,
    `/charts`,
  ])('GIVEN the forged path %s THEN 404', async (path) => {
    const res = await fetch(`${base}${path}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/plain');
  });

  it('GIVEN a POST THEN 405', async () => {
    const res = await fetch(`${base}/charts/risk/${version}/backend-developer-mid.png`, { method: 'POST' });
    expect(res.status).toBe(405);
  });
});
