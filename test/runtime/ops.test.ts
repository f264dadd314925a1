// The small pieces behind installs and shutdown: private atomic files, the OAuth settings, secrets
// kept out of logs, and repeated signals.
import { EventEmitter } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ConfigError,
  installationsDir,
  loadEnv,
  slackConfigured,
  slackOAuthConfigured,
} from '../../adapters/runtime/config.ts';
import { FileRecordStore, writePrivateFile } from '../../adapters/runtime/file-store.ts';
import { createLogger } from '../../adapters/runtime/log.ts';
import { awaitShutdownSignal } from '../../adapters/runtime/shutdown.ts';
import { SlackInstallationStore } from '../../adapters/slack/installations.ts';

const dir = mkdtempSync(join(tmpdir(), 'career-bot-ops-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('GIVEN private files in DATA_DIR', () => {
  it('THEN a write creates 0700 folders and a 0600 file, replaces it whole, and leaves no temporary file', async () => {
    const path = join(dir, 'a', 'b', 'state.json');
    await writePrivateFile(path, 'first');
    await writePrivateFile(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(mode(path)).toBe(0o600);
    expect(mode(join(dir, 'a', 'b'))).toBe(0o700);
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['state.json']);
  });

  it('THEN a folder left readable by others is tightened to 0700', async () => {
    const open = join(dir, 'open');
    mkdirSync(open);
    chmodSync(open, 0o755);
    await writePrivateFile(join(open, 'x.json'), '{}');
    expect(mode(open)).toBe(0o700);
  });

  it('THEN a record key that is not a plain id (a path, dots) is refused', async () => {
    const store = new FileRecordStore(join(dir, 'records'));
    await expect(store.set('../escape', 'x')).rejects.toThrow(/not a safe record key/);
    await expect(store.set('team-T1/..', 'x')).rejects.toThrow(/not a safe record key/);
    await store.set('team-T1', 'ok');
    expect(await store.get('team-T1')).toBe('ok');
    await store.delete('team-T1');
    await store.delete('team-T1'); // deleting twice is fine
    expect(await store.get('team-T1')).toBeUndefined();
  });

  it('THEN installations are kept per workspace, and per org for an org-wide install', async () => {
    const store = new SlackInstallationStore(new FileRecordStore(join(dir, 'installs')));
    const base = {
      user: { id: 'U1', token: undefined, scopes: undefined },
      bot: { token: 'xoxb-1', scopes: [], id: 'B1', userId: 'UB1' },
    };
    await store.storeInstallation({ ...base, team: { id: 'T1' }, enterprise: undefined, isEnterpriseInstall: false });
    await store.storeInstallation({ ...base, team: undefined, enterprise: { id: 'E1' }, isEnterpriseInstall: true });
    const team = (teamId: string) => ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false as const });
    expect(readdirSync(join(dir, 'installs')).sort()).toEqual(['enterprise-E1.json', 'team-T1.json']);
    expect((await store.fetchInstallation(team('T1'))).bot?.token).toBe('xoxb-1');
    expect(
      (await store.fetchInstallation({ enterpriseId: 'E1', teamId: 'T9', isEnterpriseInstall: true })).enterprise?.id,
    ).toBe('E1');
    await expect(store.fetchInstallation(team('T2'))).rejects.toThrow(/not installed/);
    await expect(store.fetchInstallation(team('../T1'))).rejects.toThrow();
  });
});

describe('GIVEN the environment', () => {
  const oauth = {
    SLACK_CLIENT_ID: '1.2',
    SLACK_CLIENT_SECRET: 'cs',
    SLACK_STATE_SECRET: 'a-state-secret-16+',
    SLACK_SIGNING_SECRET: 'ss',
  };
  it('THEN the four OAuth settings switch OAuth mode on, with installations under DATA_DIR by default', () => {
    const e = loadEnv(oauth);
    expect(slackOAuthConfigured(e) && slackConfigured(e)).toBe(true);
    expect(installationsDir(e)).toBe(resolve('.data/installations'));
    expect(installationsDir(loadEnv({ ...oauth, DATA_DIR: '/srv/bot' }))).toBe('/srv/bot/installations');
    expect(installationsDir(loadEnv({ ...oauth, DATA_DIR: '/srv/bot', INSTALLATIONS_DIR: '/k/i' }))).toBe('/k/i');
    expect(installationsDir(loadEnv({ ...oauth, INSTALLATIONS_DIR: '' }))).toBe(resolve('.data/installations'));
  });
  it('THEN a missing piece, a bot token as well, or Socket Mode is a clear configuration error', () => {
    expect(() => loadEnv({ ...oauth, SLACK_STATE_SECRET: '' })).toThrow(/SLACK_STATE_SECRET/);
    expect(() => loadEnv({ ...oauth, SLACK_SIGNING_SECRET: ' ' })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => loadEnv({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/choose one/);
    expect(() => loadEnv({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' })).toThrow(ConfigError);
    expect(() => loadEnv({ ...oauth, SLACK_STATE_SECRET: 'short' })).toThrow(/16 characters/);
  });
  it('THEN the drain and grace default when unset or empty', () => {
    expect(loadEnv({})).toMatchObject({ SHUTDOWN_DRAIN_MS: 2000, SHUTDOWN_GRACE_MS: 10_000 });
    expect(loadEnv({ SHUTDOWN_DRAIN_MS: '', SHUTDOWN_GRACE_MS: '' })).toMatchObject({
      SHUTDOWN_DRAIN_MS: 2000,
      SHUTDOWN_GRACE_MS: 10_000,
    });
    expect(loadEnv({ SHUTDOWN_DRAIN_MS: '50' }).SHUTDOWN_DRAIN_MS).toBe(50);
  });
});

describe('GIVEN the logger', () => {
  it('THEN an installation, a token inside a message and a secret inside logged request text are redacted', () => {
    const lines: string[] = [];
    const log = createLogger('debug', (l) => lines.push(l));
    log.info('stored', {
      installation: { bot: { token: 'xoxb-AAA-1' }, user: { token: 'xoxp-BBB-2' } },
      botToken: 'xoxb-CCC-3',
    });
    log.debug('http request body: {"client_id":"1.2","client_secret":"cs-DDD","code":"c"}');
    log.warn('call failed with xoxb-EEE-5 in it', { error: 'refused token xapp-1-FFF' });
    const all = lines.join('\n');
    for (const secret of ['AAA', 'BBB', 'CCC', 'DDD', 'EEE', 'FFF']) expect(all).not.toContain(secret);
    expect((JSON.parse(lines[1]!) as { msg: string }).msg).toContain('"client_id":"1.2"'); // the rest stays readable
  });
});

describe('GIVEN the shutdown signal handler', () => {
  it('THEN the first signal starts the shutdown, the second is only noted, the third forces the exit', async () => {
    const source = new EventEmitter();
    const lines: string[] = [];
    let forced = 0;
    const signal = awaitShutdownSignal(
      createLogger('info', (l) => lines.push(l)),
      () => forced++,
      source,
    );
    source.emit('SIGTERM');
    expect(await signal).toBe('SIGTERM');
    source.emit('SIGINT');
    expect(forced).toBe(0);
    expect(lines.join()).toMatch(/shutdown already under way/);
    source.emit('SIGTERM');
    expect(forced).toBe(1);
    expect(lines.join()).toMatch(/shutdown forced/);
  });
});
