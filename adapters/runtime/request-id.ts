// One id per request that every log line of that request carries, however deep the code that logs
// (Bolt's own lines, the stores, follow-ups after the ack). The id rides on the async context
// (AsyncLocalStorage), so the logger of each request is a child with { requestId } without every
// function passing one along. Platforms' own ids are used where they exist, so a line can be matched
// with what Slack or Discord shows: Slack's event_id or trigger_id, Discord's interaction id.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

interface RequestScope {
  id: string;
  /** The HTTP response, whose x-request-id header follows the id. */
  res?: { headersSent: boolean; setHeader(name: string, value: string): unknown };
}
const scope = new AsyncLocalStorage<RequestScope>();

/** Ids from outside (a header, a payload) are kept only when they look like ids. */
const ID = /^[A-Za-z0-9._:-]{1,100}$/;
export const isRequestId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);

export const newRequestId = (): string => randomUUID();

/** The id of the request this code runs for, if any. */
export const currentRequestId = (): string | undefined => scope.getStore()?.id;

/** Runs `fn` as one request with this id (a new scope; nested work inherits it). */
export function runAsRequest<T>(id: string, fn: () => T, res?: RequestScope['res']): T {
  res?.setHeader('x-request-id', id);
  return scope.run({ id, res }, fn);
}

/**
 * The platform's own id, learned once the body is read, becomes the id of the request already
 * running (before any of its lines are written). Returns false when there is no request to name.
 */
export function adoptRequestId(id: string | undefined): boolean {
  const current = scope.getStore();
  if (!current) return false;
  if (isRequestId(id)) {
    current.id = id;
    if (current.res && !current.res.headersSent) current.res.setHeader('x-request-id', id);
  }
  return true;
}

/** Runs `fn` under the platform's id: adopted by the running request, or a new one (Socket Mode, gateway). */
export function withRequestId<T>(id: string | undefined, fn: () => T): T {
  return adoptRequestId(id) ? fn() : runAsRequest(isRequestId(id) ? id : newRequestId(), fn);
}
