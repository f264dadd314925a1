// `career-bot changes [--since VERSION]`: reads the committed history and the versions this
// machine has seen, and remembers the current one so it can be asked about later.
import { changesAnswer } from '../../commands/changes.ts';
import type { Answer } from '../../commands/define.ts';
import type { Catalog } from '../../src/catalog/catalog.ts';
import { changesSince, readHistory } from '../../src/catalog/history.ts';
import { catalogVersion, storedSnapshots } from '../../src/catalog/snapshot.ts';
import { recalledVersion, rememberVersion } from '../runtime/catalog-versions.ts';

/** The answer, or undefined when `since` names no version this machine or the history knows. */
export function catalogChanges(catalog: Catalog, dataDir: string, since?: string): Answer | undefined {
  const version = catalogVersion(catalog);
  const current = storedSnapshots(catalog);
  rememberVersion(dataDir, version, current);
  const history = readHistory();
  // Without --since: what is new since the latest release, or else what that release changed.
  if (!since) {
    const latest = history.releases[0];
    if (latest && latest.version === version)
      return changesAnswer(version, history.releases[1]?.version ?? 'the start', latest.changes);
    since = history.snapshot.version || version;
  }
  const changes = since === version ? [] : changesSince(history, since, current, recalledVersion(dataDir, since));
  return changes && changesAnswer(version, since, changes);
}
