// The catalog's version: a short hash of what every answer and chart is drawn from (each role's
// id, score, zone, dimensions and week split). Chart URLs carry it, so a URL names one drawing
// forever and can be cached as immutable. This is the one place a catalog version is computed.
import { createHash } from 'node:crypto';
import type { Catalog } from './catalog.ts';

const versions = new WeakMap<Catalog, string>();

export function catalogVersion(catalog: Catalog): string {
  let version = versions.get(catalog);
  if (version) return version;
  const hash = createHash('sha256');
  for (const role of [...catalog.roles].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const s = catalog.score(role);
    const d = s.dimensions;
    const parts = [role.id, role.title, s.score, s.label, d.taskResistance, d.evidence, d.barriers, d.protective];
    parts.push(d.growth, s.split.displaced, s.split.augmented, s.split.notInvolved);
    hash.update(parts.join('\u0001')).update('\u0000');
  }
  version = hash.digest('hex').slice(0, 12);
  versions.set(catalog, version);
  return version;
}
