// A bot configured for Slack and Discord loads Slack's undici 7 first; discord.js must still send
// a message with a file (the chart attachment). In a process of its own, so the load order is real.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe("GIVEN Slack's code loaded before discord.js in one process", () => {
  it('THEN a Discord message with a file is still sent, the file in it', () => {
    const script = fileURLToPath(new URL('./slack-loaded-first.ts', import.meta.url));
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 60_000 });
    expect(JSON.parse(child.stdout.trim().split('\n').at(-1)!)).toEqual({ sent: true, file: true });
  });
});
