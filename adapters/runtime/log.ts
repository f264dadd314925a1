// Structured logs with pino: one JSON line per event on stderr, secrets redacted. Never log tokens,
// secrets or whole user messages at info level (message text belongs at debug, if anywhere).
import { pino, type Logger as Pino } from 'pino';
import { currentRequestId } from './request-id.ts';

export type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(msg: string, context?: object): void;
  info(msg: string, context?: object): void;
  warn(msg: string, context?: object): void;
  error(msg: string, context?: object): void;
  /** A logger that adds these fields (a request id, a platform) to every line. */
  child(bindings: object): Logger;
}

const SECRET_KEYS = [
  'token',
  'secret',
  'password',
  'botToken',
  'userToken',
  'refreshToken',
  'botRefreshToken',
  'access_token',
  'refresh_token',
  'client_secret',
  'clientSecret',
  'stateSecret',
];
/** Secret fields at the top, one level down, and inside a Slack installation (bot.token, user.token). */
const REDACT = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  '*.bot.token',
  '*.user.token',
  '*.bot.refreshToken',
  '*.user.refreshToken',
  'headers.authorization',
  'headers.cookie',
  'headers["x-slack-signature"]',
  'headers["x-signature-ed25519"]',
];

/** Slack tokens (xoxb-, xoxp-, xapp-, rotating xoxe-) inside free text, e.g. a library's message. */
const TOKEN_IN_TEXT = /\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
/** A secret field inside logged text: `"client_secret":"…"` (JSON) or `client_secret=…` (a form). */
const FIELD_IN_TEXT = new RegExp(`(\\b(?:${SECRET_KEYS.join('|')})"?\\s*[:=]\\s*"?)[^"&\\s,}]+`, 'g');
/**
 * Text either pattern could match contains one of these words. Most logged strings (ids, command
 * names) contain none and skip both replacements: every answer logs a line, so this is per request.
 */
const MIGHT_HOLD_SECRET = new RegExp(`(xox[a-z]|xapp)-|${SECRET_KEYS.join('|')}`);
const mightHoldSecret = (v: unknown) => typeof v === 'string' && MIGHT_HOLD_SECRET.test(v);
export const scrubTokens = (text: string) =>
  MIGHT_HOLD_SECRET.test(text)
    ? text.replace(TOKEN_IN_TEXT, '$1-[redacted]').replace(FIELD_IN_TEXT, '$1[redacted]')
    : text;
/** The message and the context's text fields (an error message, a stack) with tokens cut out. */
const scrubArg = (a: unknown): unknown =>
  typeof a === 'string'
    ? scrubTokens(a)
    : a && Object.getPrototypeOf(a) === Object.prototype && Object.values(a).some(mightHoldSecret)
      ? Object.fromEntries(Object.entries(a).map(([k, v]) => [k, typeof v === 'string' ? scrubTokens(v) : v]))
      : a;

function wrap(p: Pino): Logger {
  return {
    debug: (msg, context = {}) => p.debug(context, msg),
    info: (msg, context = {}) => p.info(context, msg),
    warn: (msg, context = {}) => p.warn(context, msg),
    error: (msg, context = {}) => p.error(context, msg),
    child: (bindings) => wrap(p.child(bindings)),
  };
}

/** `write` receives each JSON line (tests pass their own); by default lines go to stderr. */
export function createLogger(level: Level = 'info', write?: (line: string) => void): Logger {
  const destination = write
    ? { write: (line: string) => write(line.trimEnd()) }
    : pino.destination({ fd: 2, sync: true });
  return wrap(
    pino(
      {
        level,
        base: undefined,
        redact: { paths: REDACT, censor: '[redacted]' },
        // Every line of a request carries its id (adapters/runtime/request-id.ts).
        mixin: () => {
          const requestId = currentRequestId();
          return requestId ? { requestId } : {};
        },
        hooks: {
          logMethod(args, method) {
            method.apply(this, args.map(scrubArg) as Parameters<typeof method>);
          },
        },
        timestamp: pino.stdTimeFunctions.isoTime,
      },
      destination,
    ),
  );
}

export const errorContext = (e: unknown) =>
  e instanceof Error ? { error: e.message, stack: e.stack } : { error: String(e) };
