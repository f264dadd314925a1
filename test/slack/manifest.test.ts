// The manifest people install from agrees with what the adapter serves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SLASH_COMMANDS, EVENTS_PATH } from '../../adapters/slack/app.ts';
import { BOT_SCOPES, REDIRECT_PATH } from '../../adapters/slack/oauth.ts';

interface Manifest {
  features: { slash_commands: { command: string; url: string }[]; app_home: { home_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] }; redirect_urls: string[] };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
}
const manifest = parse(readFileSync(new URL('../../slack-manifest.yaml', import.meta.url), 'utf8')) as Manifest;

describe('GIVEN slack-manifest.yaml', () => {
  it('THEN it declares exactly the slash commands the adapter answers, all at the events path', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual(
      SLASH_COMMANDS.map((c) => `/${c}`).sort(),
    );
    for (const c of manifest.features.slash_commands) expect(new URL(c.url).pathname).toBe(EVENTS_PATH);
  });

  it('THEN events and interactivity point at the events path, with the scopes they need', () => {
    expect(new URL(manifest.settings.event_subscriptions.request_url).pathname).toBe(EVENTS_PATH);
    expect(new URL(manifest.settings.interactivity.request_url).pathname).toBe(EVENTS_PATH);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_mention', 'message.im']),
    );
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history']),
    );
  });

  it('THEN OAuth installs ask for exactly the scopes the manifest lists, and come back to the redirect path', () => {
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
    expect(manifest.oauth_config.redirect_urls.map((u) => new URL(u).pathname)).toEqual([REDIRECT_PATH]);
  });

  it('THEN the Home tab is on, with the events it and the installs need', () => {
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(
      expect.arrayContaining(['app_home_opened', 'app_uninstalled', 'tokens_revoked']),
    );
  });
});
