// GET /charts/<kind>/<catalog version>/<role ids…>.png: the chart as a PNG, cacheable forever
// (the version is in the path). Anything that is not exactly a chart of this catalog is a 404.
import type { RouteHandler } from '../http-server.ts';
import type { ChartStore } from './store.ts';

export const CHARTS_ROUTE = '/charts';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

export function chartRoute(store: ChartStore): RouteHandler {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return void res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('GET only');
    const path = (req.url ?? '').split('?')[0]!;
    const png = await store.byPath(path);
    if (!png) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    res.writeHead(200, {
      'content-type': 'image/png',
      'content-length': png.length,
      'cache-control': `public, max-age=${YEAR_SECONDS}, immutable`,
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : png);
  };
}
