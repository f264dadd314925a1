// Bolt's own log lines go through our structured logger, so one format reaches stderr.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../runtime/log.ts';

export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) =>
    parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
  return {
    debug: (...m: unknown[]) => log.debug(text(m), { source: 'bolt' }),
    info: (...m: unknown[]) => log.info(text(m), { source: 'bolt' }),
    warn: (...m: unknown[]) => log.warn(text(m), { source: 'bolt' }),
    error: (...m: unknown[]) => log.error(text(m), { source: 'bolt' }),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
