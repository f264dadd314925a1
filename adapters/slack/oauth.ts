// Slack OAuth distribution: the bot installed in many workspaces, each answered with its own bot
// token. Bolt's HTTPReceiver does the OAuth work (its InstallProvider): GET /slack/install serves
// the "Add to Slack" page with a signed state (and the same state in a cookie, so a link forged or
// replayed in another browser is refused); GET /slack/oauth_redirect checks the state, exchanges the
// code once (oauth.v2.access) and stores the installation; every event's token then comes from the
// store. Written here: where installations live and forgetting them on uninstall or revocation.
import { HTTPReceiver, type App, type InstallationStore, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../runtime/log.ts';
import { errorContext } from '../runtime/log.ts';

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

/** The bot scopes asked for at install; slack-manifest.yaml lists the same (a test holds them equal). */
export const BOT_SCOPES = ['commands', 'chat:write', 'chat:write.public', 'app_mentions:read', 'im:history'] as const;

export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  installationStore: InstallationStore;
}

/** The HTTP receiver with Bolt's installer switched on; mounted under /slack like the token mode's. */
export function oauthReceiver(options: {
  signingSecret: string;
  oauth: OAuthSettings;
  endpoints: string;
  logger: BoltLogger;
  clientOptions: object;
}): HTTPReceiver {
  const { oauth } = options;
  return new HTTPReceiver({
    signingSecret: options.signingSecret,
    endpoints: options.endpoints,
    logger: options.logger,
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: [...BOT_SCOPES],
    installationStore: oauth.installationStore,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: REDIRECT_PATH,
      // oauth.v2.access and auth.test go where the Web API does (SLACK_API_URL in tests).
      clientOptions: options.clientOptions,
    },
  });
}

interface UninstallBody {
  team_id?: string;
  enterprise_id?: string;
  authorizations?: { is_enterprise_install?: boolean; enterprise_id?: string | null; team_id?: string | null }[];
  event?: { type?: string; tokens?: { bot?: string[]; oauth?: string[] } };
}

/** The installation an event is about: an org-wide install by its enterprise, else the workspace. */
function queryOf(body: UninstallBody) {
  const auth = body.authorizations?.[0];
  const isEnterpriseInstall = auth?.is_enterprise_install === true;
  return {
    teamId: auth?.team_id ?? body.team_id ?? undefined,
    enterpriseId: auth?.enterprise_id ?? body.enterprise_id ?? undefined,
    isEnterpriseInstall,
  };
}

/**
 * The app removed from a workspace, or its bot token revoked: the installation is forgotten, so
 * its token is not kept (or tried) any longer. Bolt delivers both events without looking a token up.
 */
export function forgetOnUninstall(app: App, store: InstallationStore, log: Logger): void {
  const forget = async (body: UninstallBody, why: string) => {
    const query = queryOf(body);
    try {
      await store.deleteInstallation?.(query);
      log.info('slack installation removed', { team: query.teamId, enterprise: query.enterpriseId, why });
    } catch (e) {
      log.error('slack installation could not be removed', { team: query.teamId, why, ...errorContext(e) });
    }
  };
  app.event('app_uninstalled', async ({ body }) => forget(body as UninstallBody, 'app_uninstalled'));
  app.event('tokens_revoked', async ({ body }) => {
    // Only the bot's token matters: user tokens are never asked for (no user scopes).
    if ((body as UninstallBody).event?.tokens?.bot?.length) await forget(body as UninstallBody, 'tokens_revoked');
  });
}
