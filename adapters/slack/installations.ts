// Slack installations (one per workspace, or one per Enterprise Grid org for an org-wide install),
// kept through a RecordStore: private files in INSTALLATIONS_DIR by default, Redis when REDIS_URL is
// set so every copy answers every workspace. Bolt's own FileInstallationStore is not used: it writes
// in place (a crash can leave half a file) with the default file mode (readable by other users), and
// keeps every past token in history files.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { RecordStore } from '../runtime/file-store.ts';

/** Slack ids are upper-case letters and digits (T0123ABC, E0123ABC). */
const SLACK_ID = /^[A-Z0-9]{1,40}$/;

/** One record per org-wide install (by enterprise id), else per workspace (by team id). */
export function installationKey(q: { enterpriseId?: string; teamId?: string; isEnterpriseInstall?: boolean }): string {
  const [kind, id] = q.isEnterpriseInstall ? ['enterprise', q.enterpriseId] : ['team', q.teamId];
  if (!id || !SLACK_ID.test(id)) throw new Error(`no valid ${kind} id to find the installation by`);
  return `${kind}-${id}`;
}

export class SlackInstallationStore implements InstallationStore {
  constructor(private readonly records: RecordStore) {}

  async storeInstallation<V extends 'v1' | 'v2'>(installation: Installation<V, boolean>): Promise<void> {
    const key = installationKey({
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
      isEnterpriseInstall: installation.isEnterpriseInstall,
    });
    await this.records.set(key, JSON.stringify(installation));
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const raw = await this.records.get(installationKey(query));
    // Bolt expects a throw for "not installed": the event is acknowledged and nothing is answered.
    if (!raw) throw new Error(`not installed in ${query.isEnterpriseInstall ? query.enterpriseId : query.teamId}`);
    return JSON.parse(raw) as Installation<'v1' | 'v2', boolean>;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    await this.records.delete(installationKey(query));
  }
}
