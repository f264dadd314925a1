// Shutdown that drops nothing. On SIGTERM or SIGINT:
//  1. drain: /readyz turns 503 at once and the server keeps answering for SHUTDOWN_DRAIN_MS, every
//     response with `Connection: close`, so a load balancer stops sending and clients stop reusing
//     their connections;
//  2. stop accepting new connections, but never close a connection under a client's feet: idle
//     keep-alive sockets are left to the server's own keep-alive timeout, which the client was told
//     (`Keep-Alive: timeout=5`) and so stops reusing them before it (closing them at once, as
//     server.close() does, resets any request already on its way on them);
//  3. wait for requests in progress and accepted follow-ups, within SHUTDOWN_GRACE_MS.
// A second signal (a process manager and npm both forwarding SIGTERM) does not cut this short;
// a third forces the exit.
import { Server as NetServer } from 'node:net';
import type { Server } from 'node:http';
import type { Lifecycle } from './http-server.ts';
import type { InFlight } from './inflight.ts';
import type { Logger } from './log.ts';

export type ShutdownSignal = 'SIGTERM' | 'SIGINT';
const SIGNALS: ShutdownSignal[] = ['SIGTERM', 'SIGINT'];
/** The signal that forces the exit: the first starts the shutdown, the second is only noted. */
export const FORCE_AT_SIGNAL = 3;

interface SignalSource {
  on(signal: ShutdownSignal, listener: () => void): unknown;
}

/** Resolves with the first SIGTERM or SIGINT. Later signals are logged; the third calls `force`. */
export function awaitShutdownSignal(
  log: Logger,
  force: () => void = () => process.exit(1),
  source: SignalSource = process,
): Promise<ShutdownSignal> {
  let count = 0;
  let resolve!: (s: ShutdownSignal) => void;
  const signal = new Promise<ShutdownSignal>((r) => (resolve = r));
  for (const name of SIGNALS)
    source.on(name, () => {
      count += 1;
      if (count === 1) return resolve(name);
      if (count < FORCE_AT_SIGNAL)
        return log.info('shutdown already under way; finishing what was accepted', { signal: name });
      log.error('shutdown forced: exiting without waiting for requests in progress', { signal: name, signals: count });
      force();
    });
  return signal;
}

export interface DrainOptions {
  drainMs: number;
  graceMs: number;
  inflight: InFlight;
  log: Logger;
  /**
   * 'expire' (on a signal): idle keep-alive sockets end by their own timeout, safe for clients still
   * sending. 'close' (tests, embedding, where nobody is sending): they are closed at once.
   */
  idle: 'expire' | 'close';
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Stops listening and resolves once every open connection has ended. */
function stopAccepting(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // After the poll phase (setImmediate), so connections the kernel already queued are accepted
    // and answered rather than reset with the listening socket.
    setImmediate(() => {
      if (!server.listening) return resolve();
      // net.Server's close, not http.Server's: the latter also closes idle keep-alive sockets at once.
      NetServer.prototype.close.call(server, () => resolve());
    });
  });
}

/** Steps 1–3 above. Resolves true when everything finished within the grace period. */
export async function drainAndClose(server: Server, lifecycle: Lifecycle, options: DrainOptions): Promise<boolean> {
  const { drainMs, graceMs, inflight, log } = options;
  lifecycle.draining = true;
  if (drainMs > 0) {
    log.info('shutdown: draining', { drainMs, graceMs });
    await sleep(drainMs);
  }
  const closed = stopAccepting(server);
  if (options.idle === 'close') server.closeIdleConnections();
  log.info('shutdown: no longer accepting connections; finishing requests in progress');
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((r) => (timer = setTimeout(() => r(false), graceMs)));
  const finished = Promise.all([closed, inflight.drain(graceMs)]).then(([, drained]) => drained);
  const inTime = await Promise.race([finished, deadline]);
  clearTimeout(timer);
  if (!inTime) {
    log.warn('shutdown: requests or answers still running after the grace period; closing', {
      pending: inflight.size,
    });
    server.closeAllConnections();
  }
  return inTime;
}
