// One HTTP server on PORT for everything that arrives over HTTP: Slack events and commands,
// Discord interactions, and /healthz. Each adapter contributes a route; this file knows none.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../log.ts';
import { errorContext } from '../log.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
/** Path prefix → handler, e.g. "/slack/" → Bolt's request listener. */
export type Routes = Map<string, RouteHandler>;

export function createHttpServer(routes: Routes, log: Logger): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: true }));
      return;
    }
    const route = [...routes].find(([prefix]) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    Promise.resolve(route[1](req, res)).catch((e) => {
      log.error('http handler failed', { path, ...errorContext(e) });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error');
    });
  });
}

export function listen(server: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
