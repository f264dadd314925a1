// The catalog versions this machine has run with, kept under DATA_DIR so that
// `career-bot changes --since VERSION` can compare against any of them, not only releases.
import { join } from 'node:path';
import { isVersion } from '../../src/catalog/history.ts';
import type { RoleSnapshot } from '../../src/catalog/snapshot.ts';
import { readPrivateFile, writePrivateFile } from './private-file.ts';

const fileOf = (dataDir: string, version: string) => join(dataDir, 'catalog-versions', `${version}.json`);

export function rememberVersion(dataDir: string, version: string, roles: Record<string, RoleSnapshot>): void {
  if (isVersion(version) && readPrivateFile(fileOf(dataDir, version)) === undefined)
    writePrivateFile(fileOf(dataDir, version), JSON.stringify(roles));
}

/** The roles of a version seen here before, if any. */
export function recalledVersion(dataDir: string, version: string): Record<string, RoleSnapshot> | undefined {
  if (!isVersion(version)) return undefined;
  const text = readPrivateFile(fileOf(dataDir, version));
  return text ? (JSON.parse(text) as Record<string, RoleSnapshot>) : undefined;
}
