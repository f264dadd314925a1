// Structured logs with pino: one JSON line per event on stderr, secrets redacted. Never log tokens,
// secrets or whole user messages at info level (message text belongs at debug, if anywhere).
import { pino, type Logger as Pino } from 'pino';

export type Level = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(msg: string, context?: object): void;
  info(msg: string, context?: object): void;
  warn(msg: string, context?: object): void;
  error(msg: string, context?: object): void;
  /** A logger that adds these fields (a request id, a platform) to every line. */
  child(bindings: object): Logger;
}

const REDACT = [
  'token',
  'secret',
  'password',
  '*.token',
  '*.secret',
  'headers.authorization',
  'headers["x-slack-signature"]',
  'headers["x-signature-ed25519"]',
];

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
        timestamp: pino.stdTimeFunctions.isoTime,
      },
      destination,
    ),
  );
}

export const errorContext = (e: unknown) =>
  e instanceof Error ? { error: e.message, stack: e.stack } : { error: String(e) };
