import { describe, expect, it } from 'vitest';
import { createLogger } from '../../adapters/runtime/log.ts';

describe('GIVEN the structured logger', () => {
  it('THEN each line is JSON with level, message and context', () => {
    const lines: string[] = [];
    createLogger('info', (l) => lines.push(l)).info('answered', { command: 'risk' });
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 30, msg: 'answered', command: 'risk' });
  });
  it('THEN tokens and secrets are redacted', () => {
    const lines: string[] = [];
    createLogger('info', (l) => lines.push(l)).info('config', { token: 'xoxb-123', nested: { secret: 's3cr3t' } });
    expect(lines[0]).not.toContain('xoxb-123');
    expect(lines[0]).not.toContain('s3cr3t');
  });
  it('THEN a child logger carries its request id on every line', () => {
    const lines: string[] = [];
    const log = createLogger('info', (l) => lines.push(l)).child({ requestId: 'r1' });
    log.warn('slow');
    expect(JSON.parse(lines[0]!)).toMatchObject({ requestId: 'r1', msg: 'slow' });
  });
  it('THEN lines below the level are dropped', () => {
    const lines: string[] = [];
    createLogger('warn', (l) => lines.push(l)).info('hidden');
    expect(lines).toEqual([]);
  });
});
