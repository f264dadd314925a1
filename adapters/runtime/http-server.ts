// One HTTP server on PORT for everything that arrives over HTTP: Slack events and commands,
// Discord interactions, and /healthz. Each adapter contributes a route; this file knows none.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from './log.ts';
import { errorContext } from './log.ts';
import { isRequestId, newRequestId, runAsRequest } from './request-id.ts';
import type { Metrics } from './metrics.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
/** Path prefix → handler, e.g. "/slack/" → Bolt's request listener. */
export type Routes = Map<string, RouteHandler>;

export interface Readiness {
  ready: boolean;
  checks: Record<string, boolean>;
}
export interface ServerOptions {
  /** /readyz: is this copy able to answer (catalog loaded, Redis reachable when configured)? */
  readiness?: () => Promise<Readiness>;
  metrics?: Metrics;
  /** Set once shutdown begins (adapters/runtime/shutdown.ts). */
  lifecycle?: Lifecycle;
}
export interface Lifecycle {
  draining: boolean;
}

const json = (res: ServerResponse, status: number, body: unknown): void =>
  void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));

export function createHttpServer(routes: Routes, log: Logger, options: ServerOptions = {}): Server {
  const lifecycle = options.lifecycle ?? { draining: false };
  return createServer((req, res) => {
    const incoming = req.headers['x-request-id'];
    runAsRequest(isRequestId(incoming) ? incoming : newRequestId(), () => handle(req, res), res);
  });

  function handle(req: IncomingMessage, res: ServerResponse): void {
    // Shutting down: every answer tells the client not to reuse the connection, so no request is
    // ever sent on a socket this server is about to close.
    if (lifecycle.draining) res.setHeader('connection', 'close');
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/healthz') return json(res, 200, { ok: true });
    if (path === '/readyz') {
      if (lifecycle.draining) return json(res, 503, { ready: false, checks: { shuttingDown: true } });
      const check = options.readiness ?? (async () => ({ ready: true, checks: {} }));
      check().then(
        (r) => json(res, r.ready ? 200 : 503, r),
        () => json(res, 503, { ready: false, checks: {} }),
      );
      return;
    }
    if (path === '/metrics' && options.metrics) {
      const { registry } = options.metrics;
      registry.metrics().then(
        (body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body),
        () => json(res, 500, { error: 'metrics failed' }),
      );
      return;
    }
    const route = [...routes].find(
      ([prefix]) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`),
    );
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    Promise.resolve(route[1](req, res)).catch((e) => {
      log.error('http handler failed', { path, ...errorContext(e) });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal error');
    });
  }
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
