// Reads a Slack request body before Bolt sees it and turns away what Bolt would choke on: a JSON
// body that is not an object (`null`, `42`) makes Bolt's receiver throw an unhandled rejection and
// leave the request hanging; a form that is no Slack request waits 3 s for a 404. Bolt reuses a body read this way (it checks `req.rawBody`).
import type { IncomingMessage } from 'node:http';

/** Slack's payloads are a few kilobytes; Bolt's own limit is 4 MB. */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

export type GuardResult = { ok: true; raw: Buffer } | { ok: false; status: 400 | 413 };

/** Every Slack payload object names its kind (event_callback, block_actions, url_verification…). */
const isPayload = (v: unknown) =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { type?: unknown }).type === 'string';

/**
 * Is this body one Slack sends: a JSON payload, or a form with a slash `command`, an interactive
 * `payload`, or an `ssl_check`? Anything else would wait out Bolt's 3-second unhandled-request timer.
 */
export function wellFormed(raw: string, contentType: string | undefined): boolean {
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = new URLSearchParams(raw);
      const payload = form.get('payload');
      if (payload !== null) return isPayload(JSON.parse(payload));
      return form.get('command')?.startsWith('/') === true || form.get('ssl_check') === '1';
    }
    return isPayload(JSON.parse(raw));
  } catch {
    return false;
  }
}

export function readSlackBody(req: IncomingMessage): Promise<GuardResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_SLACK_BODY_BYTES) {
        resolve({ ok: false, status: 413 });
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      resolve(
        wellFormed(raw.toString('utf8'), req.headers['content-type']) ? { ok: true, raw } : { ok: false, status: 400 },
      );
    });
    req.on('error', reject);
  });
}
